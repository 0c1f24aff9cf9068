/*
 * k210_kpu_layer.h -- KPU layer argument and parameter tables
 *
 * GENERATED FILE - DO NOT EDIT. Source: firmware/native/regs/kpu_layer.regs.json
 * Regenerate with: python3 tools/reggen/reggen.py   (drift check: --check)
 *
 * Memory records that have no address of their own: the 12-word layer argument pushed into
 * layer_argument_fifo (and stored verbatim in kmodel files), one batch-norm word per output
 * channel, and one activation word per segment.
 *
 * Naming (<P> = K210_KPU_LAYER, K210_KPU_BN, K210_KPU_ACT): <P>_WORD_COUNT; <P>_WORD_<WORDNAME>
 * (word index); per field <P>_<FIELD>_WORD, _SHIFT, _WIDTH, _MASK (not shifted) and _SIGNED (1 =
 * two's complement, decode with k210_sext). Read and write fields with K210_LAYER_GET /
 * K210_LAYER_SET of k210_field.h.
 *
 * Sources cited below:
 *   [S1] kendryte/kendryte-standalone-sdk @ 02576ba67e8797444f3ee3f34c625b5ed048e707
 *   [S2] kendryte/nncase tag v0.1.0-rc5 (f92c085ec6355ae04258df5b76ec7570f784129d)
 *   [S3] kendryte/nncase tag v0.2.0-beta4 (bb231edcf620f40e6896fa7607806afce316781c)
 *   [SPEC] spec/kpu.md (nf-k210 KPU emulator specification), section number given after the tag
 */

#ifndef K210_KPU_LAYER_H_
#define K210_KPU_LAYER_H_

/* ==== KPU layer argument ==== */
/*
 * Twelve little-endian 64-bit words describing one KPU layer, written to layer_argument_fifo in
 * word order 0..11. The same 96-byte record is stored in kmodel v3/v4 files. Fields marked count-1
 * hold the count minus one. [S1 lib/drivers/include/kpu.h kpu_layer_argument_t]; [SPEC 4]
 */
#define K210_KPU_LAYER_WORD_COUNT                                12

/*
 * Word 0: interrupt_enable. Layer flags. The SDK spells this word interrupt_enabe. [S1
 * lib/drivers/include/kpu.h kpu_layer_argument_t]; [SPEC 4]
 */
#define K210_KPU_LAYER_WORD_INTERRUPT_ENABLE                     0
/* [0] int_en: Raise calc_done_int when this layer finishes. */
#define K210_KPU_LAYER_INT_EN_WORD                               0
#define K210_KPU_LAYER_INT_EN_SHIFT                              0
#define K210_KPU_LAYER_INT_EN_WIDTH                              1
#define K210_KPU_LAYER_INT_EN_MASK                               0x1ull
#define K210_KPU_LAYER_INT_EN_SIGNED                             0
/* [1] ram_flag: Unknown; nncase writes 0. */
#define K210_KPU_LAYER_RAM_FLAG_WORD                             0
#define K210_KPU_LAYER_RAM_FLAG_SHIFT                            1
#define K210_KPU_LAYER_RAM_FLAG_WIDTH                            1
#define K210_KPU_LAYER_RAM_FLAG_MASK                             0x1ull
#define K210_KPU_LAYER_RAM_FLAG_SIGNED                           0
/*
 * [2] full_add: Sum the results of each output channel (one 64-bit value per channel is streamed
 * out); exact stage unknown, unused by nncase.
 */
#define K210_KPU_LAYER_FULL_ADD_WORD                             0
#define K210_KPU_LAYER_FULL_ADD_SHIFT                            2
#define K210_KPU_LAYER_FULL_ADD_WIDTH                            1
#define K210_KPU_LAYER_FULL_ADD_MASK                             0x1ull
#define K210_KPU_LAYER_FULL_ADD_SIGNED                           0
/* [3] depth_wise_layer: 1 = depthwise convolution (input channels == output channels). */
#define K210_KPU_LAYER_DEPTH_WISE_LAYER_WORD                     0
#define K210_KPU_LAYER_DEPTH_WISE_LAYER_SHIFT                    3
#define K210_KPU_LAYER_DEPTH_WISE_LAYER_WIDTH                    1
#define K210_KPU_LAYER_DEPTH_WISE_LAYER_MASK                     0x1ull
#define K210_KPU_LAYER_DEPTH_WISE_LAYER_SIGNED                   0

/*
 * Word 1: image_addr. Input and output feature map locations in KPU RAM. [S1
 * lib/drivers/include/kpu.h kpu_layer_argument_t]; [SPEC 4]
 */
#define K210_KPU_LAYER_WORD_IMAGE_ADDR                           1
/* [14:0] image_src_addr: KPU RAM line (64-byte row) where the input map starts. */
#define K210_KPU_LAYER_IMAGE_SRC_ADDR_WORD                       1
#define K210_KPU_LAYER_IMAGE_SRC_ADDR_SHIFT                      0
#define K210_KPU_LAYER_IMAGE_SRC_ADDR_WIDTH                      15
#define K210_KPU_LAYER_IMAGE_SRC_ADDR_MASK                       0x7FFFull
#define K210_KPU_LAYER_IMAGE_SRC_ADDR_SIGNED                     0
/* [46:32] image_dst_addr: KPU RAM line where the output map is written. */
#define K210_KPU_LAYER_IMAGE_DST_ADDR_WORD                       1
#define K210_KPU_LAYER_IMAGE_DST_ADDR_SHIFT                      32
#define K210_KPU_LAYER_IMAGE_DST_ADDR_WIDTH                      15
#define K210_KPU_LAYER_IMAGE_DST_ADDR_MASK                       0x7FFFull
#define K210_KPU_LAYER_IMAGE_DST_ADDR_SIGNED                     0

/*
 * Word 2: image_channel_num. Channel counts. [S1 lib/drivers/include/kpu.h kpu_layer_argument_t];
 * [SPEC 4]
 */
#define K210_KPU_LAYER_WORD_IMAGE_CHANNEL_NUM                    2
/* [9:0] i_ch_num [count-1]: Input channels. */
#define K210_KPU_LAYER_I_CH_NUM_WORD                             2
#define K210_KPU_LAYER_I_CH_NUM_SHIFT                            0
#define K210_KPU_LAYER_I_CH_NUM_WIDTH                            10
#define K210_KPU_LAYER_I_CH_NUM_MASK                             0x3FFull
#define K210_KPU_LAYER_I_CH_NUM_SIGNED                           0
/* [41:32] o_ch_num [count-1]: Output channels. */
#define K210_KPU_LAYER_O_CH_NUM_WORD                             2
#define K210_KPU_LAYER_O_CH_NUM_SHIFT                            32
#define K210_KPU_LAYER_O_CH_NUM_WIDTH                            10
#define K210_KPU_LAYER_O_CH_NUM_MASK                             0x3FFull
#define K210_KPU_LAYER_O_CH_NUM_SIGNED                           0
/* [57:48] o_ch_num_coef [count-1]: Output channels covered by one weight load. */
#define K210_KPU_LAYER_O_CH_NUM_COEF_WORD                        2
#define K210_KPU_LAYER_O_CH_NUM_COEF_SHIFT                       48
#define K210_KPU_LAYER_O_CH_NUM_COEF_WIDTH                       10
#define K210_KPU_LAYER_O_CH_NUM_COEF_MASK                        0x3FFull
#define K210_KPU_LAYER_O_CH_NUM_COEF_SIGNED                      0

/*
 * Word 3: image_size. Feature map sizes. [S1 lib/drivers/include/kpu.h kpu_layer_argument_t]; [SPEC
 * 4]
 */
#define K210_KPU_LAYER_WORD_IMAGE_SIZE                           3
/* [9:0] i_row_wid [count-1]: Input width. */
#define K210_KPU_LAYER_I_ROW_WID_WORD                            3
#define K210_KPU_LAYER_I_ROW_WID_SHIFT                           0
#define K210_KPU_LAYER_I_ROW_WID_WIDTH                           10
#define K210_KPU_LAYER_I_ROW_WID_MASK                            0x3FFull
#define K210_KPU_LAYER_I_ROW_WID_SIGNED                          0
/* [18:10] i_col_high [count-1]: Input height. */
#define K210_KPU_LAYER_I_COL_HIGH_WORD                           3
#define K210_KPU_LAYER_I_COL_HIGH_SHIFT                          10
#define K210_KPU_LAYER_I_COL_HIGH_WIDTH                          9
#define K210_KPU_LAYER_I_COL_HIGH_MASK                           0x1FFull
#define K210_KPU_LAYER_I_COL_HIGH_SIGNED                         0
/* [41:32] o_row_wid [count-1]: Output width, after pooling. */
#define K210_KPU_LAYER_O_ROW_WID_WORD                            3
#define K210_KPU_LAYER_O_ROW_WID_SHIFT                           32
#define K210_KPU_LAYER_O_ROW_WID_WIDTH                           10
#define K210_KPU_LAYER_O_ROW_WID_MASK                            0x3FFull
#define K210_KPU_LAYER_O_ROW_WID_SIGNED                          0
/* [50:42] o_col_high [count-1]: Output height, after pooling. */
#define K210_KPU_LAYER_O_COL_HIGH_WORD                           3
#define K210_KPU_LAYER_O_COL_HIGH_SHIFT                          42
#define K210_KPU_LAYER_O_COL_HIGH_WIDTH                          9
#define K210_KPU_LAYER_O_COL_HIGH_MASK                           0x1FFull
#define K210_KPU_LAYER_O_COL_HIGH_SIGNED                         0

/*
 * Word 4: kernel_pool_type_cfg. Kernel, padding and pooling configuration; batch-norm table
 * address. [S1 lib/drivers/include/kpu.h kpu_layer_argument_t]; [SPEC 4]
 */
#define K210_KPU_LAYER_WORD_KERNEL_POOL_TYPE_CFG                 4
/* [2:0] kernel_type: 0 = 1x1 kernel, 1 = 3x3 kernel; other codes unknown. */
#define K210_KPU_LAYER_KERNEL_TYPE_WORD                          4
#define K210_KPU_LAYER_KERNEL_TYPE_SHIFT                         0
#define K210_KPU_LAYER_KERNEL_TYPE_WIDTH                         3
#define K210_KPU_LAYER_KERNEL_TYPE_MASK                          0x7ull
#define K210_KPU_LAYER_KERNEL_TYPE_SIGNED                        0
/* [3] pad_type: 0 = pad the 3x3 border with pad_value; meaning of 1 unknown. */
#define K210_KPU_LAYER_PAD_TYPE_WORD                             4
#define K210_KPU_LAYER_PAD_TYPE_SHIFT                            3
#define K210_KPU_LAYER_PAD_TYPE_WIDTH                            1
#define K210_KPU_LAYER_PAD_TYPE_MASK                             0x1ull
#define K210_KPU_LAYER_PAD_TYPE_SIGNED                           0
/* [7:4] pool_type: Pooling / subsampling mode (spec/kpu.md section 7.5). */
#define K210_KPU_LAYER_POOL_TYPE_WORD                            4
#define K210_KPU_LAYER_POOL_TYPE_SHIFT                           4
#define K210_KPU_LAYER_POOL_TYPE_WIDTH                           4
#define K210_KPU_LAYER_POOL_TYPE_MASK                            0xFull
#define K210_KPU_LAYER_POOL_TYPE_SIGNED                          0
/*
 * [8] first_stride: Use only even input rows and columns; exact alignment unknown, never set by
 * nncase.
 */
#define K210_KPU_LAYER_FIRST_STRIDE_WORD                         4
#define K210_KPU_LAYER_FIRST_STRIDE_SHIFT                        8
#define K210_KPU_LAYER_FIRST_STRIDE_WIDTH                        1
#define K210_KPU_LAYER_FIRST_STRIDE_MASK                         0x1ull
#define K210_KPU_LAYER_FIRST_STRIDE_SIGNED                       0
/* [9] bypass_conv: Skip the convolution; semantics unknown. */
#define K210_KPU_LAYER_BYPASS_CONV_WORD                          4
#define K210_KPU_LAYER_BYPASS_CONV_SHIFT                         9
#define K210_KPU_LAYER_BYPASS_CONV_WIDTH                         1
#define K210_KPU_LAYER_BYPASS_CONV_MASK                          0x1ull
#define K210_KPU_LAYER_BYPASS_CONV_SIGNED                        0
/* [10] load_para: 1 = fetch the batch-norm table from bwsx_base_addr. */
#define K210_KPU_LAYER_LOAD_PARA_WORD                            4
#define K210_KPU_LAYER_LOAD_PARA_SHIFT                           10
#define K210_KPU_LAYER_LOAD_PARA_WIDTH                           1
#define K210_KPU_LAYER_LOAD_PARA_MASK                            0x1ull
#define K210_KPU_LAYER_LOAD_PARA_SIGNED                          0
/*
 * [23:16] dma_burst_size: Parameter fetch burst size; all known generators write 15; no effect on
 * results.
 */
#define K210_KPU_LAYER_DMA_BURST_SIZE_WORD                       4
#define K210_KPU_LAYER_DMA_BURST_SIZE_SHIFT                      16
#define K210_KPU_LAYER_DMA_BURST_SIZE_WIDTH                      8
#define K210_KPU_LAYER_DMA_BURST_SIZE_MASK                       0xFFull
#define K210_KPU_LAYER_DMA_BURST_SIZE_SIGNED                     0
/* [31:24] pad_value: uint8 value used for the 3x3 border (quantised zero of the input). */
#define K210_KPU_LAYER_PAD_VALUE_WORD                            4
#define K210_KPU_LAYER_PAD_VALUE_SHIFT                           24
#define K210_KPU_LAYER_PAD_VALUE_WIDTH                           8
#define K210_KPU_LAYER_PAD_VALUE_MASK                            0xFFull
#define K210_KPU_LAYER_PAD_VALUE_SIGNED                          0
/*
 * [63:32] bwsx_base_addr: System bus address of the batch-norm table (one K210_KPU_BN word per
 * output channel).
 */
#define K210_KPU_LAYER_BWSX_BASE_ADDR_WORD                       4
#define K210_KPU_LAYER_BWSX_BASE_ADDR_SHIFT                      32
#define K210_KPU_LAYER_BWSX_BASE_ADDR_WIDTH                      32
#define K210_KPU_LAYER_BWSX_BASE_ADDR_MASK                       0xFFFFFFFFull
#define K210_KPU_LAYER_BWSX_BASE_ADDR_SIGNED                     0

/*
 * Word 5: kernel_load_cfg. Weight loading. [S1 lib/drivers/include/kpu.h kpu_layer_argument_t];
 * [SPEC 4]
 */
#define K210_KPU_LAYER_WORD_KERNEL_LOAD_CFG                      5
/* [0] load_coor: 1 = load the convolution weights. */
#define K210_KPU_LAYER_LOAD_COOR_WORD                            5
#define K210_KPU_LAYER_LOAD_COOR_SHIFT                           0
#define K210_KPU_LAYER_LOAD_COOR_WIDTH                           1
#define K210_KPU_LAYER_LOAD_COOR_MASK                            0x1ull
#define K210_KPU_LAYER_LOAD_COOR_SIGNED                          0
/* [6:1] load_time [count-1]: Number of weight loads. */
#define K210_KPU_LAYER_LOAD_TIME_WORD                            5
#define K210_KPU_LAYER_LOAD_TIME_SHIFT                           1
#define K210_KPU_LAYER_LOAD_TIME_WIDTH                           6
#define K210_KPU_LAYER_LOAD_TIME_MASK                            0x3Full
#define K210_KPU_LAYER_LOAD_TIME_SIGNED                          0
/* [31:15] para_size: Bytes of weights per load. */
#define K210_KPU_LAYER_PARA_SIZE_WORD                            5
#define K210_KPU_LAYER_PARA_SIZE_SHIFT                           15
#define K210_KPU_LAYER_PARA_SIZE_WIDTH                           17
#define K210_KPU_LAYER_PARA_SIZE_MASK                            0x1FFFFull
#define K210_KPU_LAYER_PARA_SIZE_SIGNED                          0
/* [63:32] para_start_addr: System bus address of the weights. */
#define K210_KPU_LAYER_PARA_START_ADDR_WORD                      5
#define K210_KPU_LAYER_PARA_START_ADDR_SHIFT                     32
#define K210_KPU_LAYER_PARA_START_ADDR_WIDTH                     32
#define K210_KPU_LAYER_PARA_START_ADDR_MASK                      0xFFFFFFFFull
#define K210_KPU_LAYER_PARA_START_ADDR_SIGNED                    0

/*
 * Word 6: kernel_offset. Weight offsets; always 0 in every public generator. [S1
 * lib/drivers/include/kpu.h kpu_layer_argument_t]; [SPEC 4]
 */
#define K210_KPU_LAYER_WORD_KERNEL_OFFSET                        6
/* [3:0] coef_column_offset: Meaning unknown; always 0. */
#define K210_KPU_LAYER_COEF_COLUMN_OFFSET_WORD                   6
#define K210_KPU_LAYER_COEF_COLUMN_OFFSET_SHIFT                  0
#define K210_KPU_LAYER_COEF_COLUMN_OFFSET_WIDTH                  4
#define K210_KPU_LAYER_COEF_COLUMN_OFFSET_MASK                   0xFull
#define K210_KPU_LAYER_COEF_COLUMN_OFFSET_SIGNED                 0
/* [15:4] coef_row_offset: Meaning unknown; always 0. */
#define K210_KPU_LAYER_COEF_ROW_OFFSET_WORD                      6
#define K210_KPU_LAYER_COEF_ROW_OFFSET_SHIFT                     4
#define K210_KPU_LAYER_COEF_ROW_OFFSET_WIDTH                     12
#define K210_KPU_LAYER_COEF_ROW_OFFSET_MASK                      0xFFFull
#define K210_KPU_LAYER_COEF_ROW_OFFSET_SIGNED                    0

/*
 * Word 7: kernel_calc_type_cfg. Input map layout in KPU RAM; activation table address. [S1
 * lib/drivers/include/kpu.h kpu_layer_argument_t]; [SPEC 4]
 */
#define K210_KPU_LAYER_WORD_KERNEL_CALC_TYPE_CFG                 7
/* [14:0] channel_switch_addr: KPU RAM lines per input channel group (row_len_in x H). */
#define K210_KPU_LAYER_CHANNEL_SWITCH_ADDR_WORD                  7
#define K210_KPU_LAYER_CHANNEL_SWITCH_ADDR_SHIFT                 0
#define K210_KPU_LAYER_CHANNEL_SWITCH_ADDR_WIDTH                 15
#define K210_KPU_LAYER_CHANNEL_SWITCH_ADDR_MASK                  0x7FFFull
#define K210_KPU_LAYER_CHANNEL_SWITCH_ADDR_SIGNED                0
/* [19:16] row_switch_addr: KPU RAM lines per input row (row_len_in). */
#define K210_KPU_LAYER_ROW_SWITCH_ADDR_WORD                      7
#define K210_KPU_LAYER_ROW_SWITCH_ADDR_SHIFT                     16
#define K210_KPU_LAYER_ROW_SWITCH_ADDR_WIDTH                     4
#define K210_KPU_LAYER_ROW_SWITCH_ADDR_MASK                      0xFull
#define K210_KPU_LAYER_ROW_SWITCH_ADDR_SIGNED                    0
/* [27:20] coef_size: Reserved; always 0. */
#define K210_KPU_LAYER_COEF_SIZE_WORD                            7
#define K210_KPU_LAYER_COEF_SIZE_SHIFT                           20
#define K210_KPU_LAYER_COEF_SIZE_WIDTH                           8
#define K210_KPU_LAYER_COEF_SIZE_MASK                            0xFFull
#define K210_KPU_LAYER_COEF_SIZE_SIGNED                          0
/* [30:28] coef_group: Input channels packed in one KPU RAM line (1, 2 or 4). */
#define K210_KPU_LAYER_COEF_GROUP_WORD                           7
#define K210_KPU_LAYER_COEF_GROUP_SHIFT                          28
#define K210_KPU_LAYER_COEF_GROUP_WIDTH                          3
#define K210_KPU_LAYER_COEF_GROUP_MASK                           0x7ull
#define K210_KPU_LAYER_COEF_GROUP_SIGNED                         0
/* [31] load_act: 1 = fetch the activation table from active_addr. */
#define K210_KPU_LAYER_LOAD_ACT_WORD                             7
#define K210_KPU_LAYER_LOAD_ACT_SHIFT                            31
#define K210_KPU_LAYER_LOAD_ACT_WIDTH                            1
#define K210_KPU_LAYER_LOAD_ACT_MASK                             0x1ull
#define K210_KPU_LAYER_LOAD_ACT_SIGNED                           0
/* [63:32] active_addr: System bus address of the 144-byte activation table. */
#define K210_KPU_LAYER_ACTIVE_ADDR_WORD                          7
#define K210_KPU_LAYER_ACTIVE_ADDR_SHIFT                         32
#define K210_KPU_LAYER_ACTIVE_ADDR_WIDTH                         32
#define K210_KPU_LAYER_ACTIVE_ADDR_MASK                          0xFFFFFFFFull
#define K210_KPU_LAYER_ACTIVE_ADDR_SIGNED                        0

/*
 * Word 8: write_back_cfg. Output map layout in KPU RAM. [S1 lib/drivers/include/kpu.h
 * kpu_layer_argument_t]; [SPEC 4]
 */
#define K210_KPU_LAYER_WORD_WRITE_BACK_CFG                       8
/* [14:0] wb_channel_switch_addr: KPU RAM lines per output channel group (row_len_out x OH). */
#define K210_KPU_LAYER_WB_CHANNEL_SWITCH_ADDR_WORD               8
#define K210_KPU_LAYER_WB_CHANNEL_SWITCH_ADDR_SHIFT              0
#define K210_KPU_LAYER_WB_CHANNEL_SWITCH_ADDR_WIDTH              15
#define K210_KPU_LAYER_WB_CHANNEL_SWITCH_ADDR_MASK               0x7FFFull
#define K210_KPU_LAYER_WB_CHANNEL_SWITCH_ADDR_SIGNED             0
/* [19:16] wb_row_switch_addr: KPU RAM lines per output row (row_len_out). */
#define K210_KPU_LAYER_WB_ROW_SWITCH_ADDR_WORD                   8
#define K210_KPU_LAYER_WB_ROW_SWITCH_ADDR_SHIFT                  16
#define K210_KPU_LAYER_WB_ROW_SWITCH_ADDR_WIDTH                  4
#define K210_KPU_LAYER_WB_ROW_SWITCH_ADDR_MASK                   0xFull
#define K210_KPU_LAYER_WB_ROW_SWITCH_ADDR_SIGNED                 0
/* [22:20] wb_group: Output channels packed in one KPU RAM line (1, 2 or 4). */
#define K210_KPU_LAYER_WB_GROUP_WORD                             8
#define K210_KPU_LAYER_WB_GROUP_SHIFT                            20
#define K210_KPU_LAYER_WB_GROUP_WIDTH                            3
#define K210_KPU_LAYER_WB_GROUP_MASK                             0x7ull
#define K210_KPU_LAYER_WB_GROUP_SIGNED                           0

/*
 * Word 9: conv_value. Convolution offset-correction multipliers and shifts. [S1
 * lib/drivers/include/kpu.h kpu_layer_argument_t]; [SPEC 4]; [SPEC 7.2]
 */
#define K210_KPU_LAYER_WORD_CONV_VALUE                           9
/* [3:0] shr_w: Right shift applied to arg_w times the weight sum. */
#define K210_KPU_LAYER_SHR_W_WORD                                9
#define K210_KPU_LAYER_SHR_W_SHIFT                               0
#define K210_KPU_LAYER_SHR_W_WIDTH                               4
#define K210_KPU_LAYER_SHR_W_MASK                                0xFull
#define K210_KPU_LAYER_SHR_W_SIGNED                              0
/* [7:4] shr_x: Right shift applied to arg_x times the input sum. */
#define K210_KPU_LAYER_SHR_X_WORD                                9
#define K210_KPU_LAYER_SHR_X_SHIFT                               4
#define K210_KPU_LAYER_SHR_X_WIDTH                               4
#define K210_KPU_LAYER_SHR_X_MASK                                0xFull
#define K210_KPU_LAYER_SHR_X_SIGNED                              0
/* [31:8] arg_w (signed): Multiplier of the weight sum (encodes the input zero point). */
#define K210_KPU_LAYER_ARG_W_WORD                                9
#define K210_KPU_LAYER_ARG_W_SHIFT                               8
#define K210_KPU_LAYER_ARG_W_WIDTH                               24
#define K210_KPU_LAYER_ARG_W_MASK                                0xFFFFFFull
#define K210_KPU_LAYER_ARG_W_SIGNED                              1
/* [55:32] arg_x (signed): Multiplier of the input sum (encodes the weight zero point). */
#define K210_KPU_LAYER_ARG_X_WORD                                9
#define K210_KPU_LAYER_ARG_X_SHIFT                               32
#define K210_KPU_LAYER_ARG_X_WIDTH                               24
#define K210_KPU_LAYER_ARG_X_MASK                                0xFFFFFFull
#define K210_KPU_LAYER_ARG_X_SIGNED                              1

/*
 * Word 10: conv_value2. Convolution constant term. [S1 lib/drivers/include/kpu.h
 * kpu_layer_argument_t]; [SPEC 4]
 */
#define K210_KPU_LAYER_WORD_CONV_VALUE2                          10
/* [39:0] arg_add (signed): Constant added once per input channel. */
#define K210_KPU_LAYER_ARG_ADD_WORD                              10
#define K210_KPU_LAYER_ARG_ADD_SHIFT                             0
#define K210_KPU_LAYER_ARG_ADD_WIDTH                             40
#define K210_KPU_LAYER_ARG_ADD_MASK                              0xFFFFFFFFFFull
#define K210_KPU_LAYER_ARG_ADD_SIGNED                            1

/*
 * Word 11: dma_parameter. Output streaming. [S1 lib/drivers/include/kpu.h kpu_layer_argument_t];
 * [SPEC 4]
 */
#define K210_KPU_LAYER_WORD_DMA_PARAMETER                        11
/* [0] send_data_out: 1 = also stream the result through fifo_data_out. */
#define K210_KPU_LAYER_SEND_DATA_OUT_WORD                        11
#define K210_KPU_LAYER_SEND_DATA_OUT_SHIFT                       0
#define K210_KPU_LAYER_SEND_DATA_OUT_WIDTH                       1
#define K210_KPU_LAYER_SEND_DATA_OUT_MASK                        0x1ull
#define K210_KPU_LAYER_SEND_DATA_OUT_SIGNED                      0
/* [31:16] channel_byte_num [count-1]: Output bytes per channel (OW x OH). */
#define K210_KPU_LAYER_CHANNEL_BYTE_NUM_WORD                     11
#define K210_KPU_LAYER_CHANNEL_BYTE_NUM_SHIFT                    16
#define K210_KPU_LAYER_CHANNEL_BYTE_NUM_WIDTH                    16
#define K210_KPU_LAYER_CHANNEL_BYTE_NUM_MASK                     0xFFFFull
#define K210_KPU_LAYER_CHANNEL_BYTE_NUM_SIGNED                   0
/* [63:32] dma_total_byte [count-1]: Total output bytes (OW x OH x OC). */
#define K210_KPU_LAYER_DMA_TOTAL_BYTE_WORD                       11
#define K210_KPU_LAYER_DMA_TOTAL_BYTE_SHIFT                      32
#define K210_KPU_LAYER_DMA_TOTAL_BYTE_WIDTH                      32
#define K210_KPU_LAYER_DMA_TOTAL_BYTE_MASK                       0xFFFFFFFFull
#define K210_KPU_LAYER_DMA_TOTAL_BYTE_SIGNED                     0

/* ==== KPU batch-norm word ==== */
/*
 * One 64-bit word per output channel in the table at bwsx_base_addr. [S1 lib/drivers/include/kpu.h
 * kpu_batchnorm_argument_t]; [SPEC 5.2]
 */
#define K210_KPU_BN_WORD_COUNT                                   1

/*
 * Word 0: batchnorm. Per-channel scale and offset (spec/kpu.md section 7.3). [S1
 * lib/drivers/include/kpu.h kpu_batchnorm_argument_t]; [SPEC 5.2]
 */
#define K210_KPU_BN_WORD_BATCHNORM                               0
/* [23:0] norm_mul (signed): Fixed-point multiplier. */
#define K210_KPU_BN_NORM_MUL_WORD                                0
#define K210_KPU_BN_NORM_MUL_SHIFT                               0
#define K210_KPU_BN_NORM_MUL_WIDTH                               24
#define K210_KPU_BN_NORM_MUL_MASK                                0xFFFFFFull
#define K210_KPU_BN_NORM_MUL_SIGNED                              1
/* [55:24] norm_add (signed): Offset added after the multiplication. */
#define K210_KPU_BN_NORM_ADD_WORD                                0
#define K210_KPU_BN_NORM_ADD_SHIFT                               24
#define K210_KPU_BN_NORM_ADD_WIDTH                               32
#define K210_KPU_BN_NORM_ADD_MASK                                0xFFFFFFFFull
#define K210_KPU_BN_NORM_ADD_SIGNED                              1
/* [59:56] norm_shift: Right shift (0..15). */
#define K210_KPU_BN_NORM_SHIFT_WORD                              0
#define K210_KPU_BN_NORM_SHIFT_SHIFT                             56
#define K210_KPU_BN_NORM_SHIFT_WIDTH                             4
#define K210_KPU_BN_NORM_SHIFT_MASK                              0xFull
#define K210_KPU_BN_NORM_SHIFT_SIGNED                            0

/* ==== KPU activation segment word ==== */
/*
 * Words 0..15 of the activation table at active_addr, one per segment; words 16 and 17 hold the 16
 * uint8 segment biases (bias i in byte i % 8 of word 16 + i / 8). [S1 lib/drivers/include/kpu.h
 * kpu_activate_table_t]; [SPEC 5.3]
 */
#define K210_KPU_ACT_WORD_COUNT                                  1
#define K210_KPU_ACT_SEGMENT_COUNT                               16     /* Segments (and segment words) per activation table. */
#define K210_KPU_ACT_TABLE_WORDS                                 18     /* 64-bit words per activation table (16 segment words + 2 bias words). */
#define K210_KPU_ACT_TABLE_BYTES                                 144    /* Bytes per activation table. */
#define K210_KPU_ACT_BIAS_FIRST_WORD                             16     /* Index of the first of the two bias words in the table. */

/*
 * Word 0: segment. One piecewise-linear segment (spec/kpu.md section 7.4). [S1
 * lib/drivers/include/kpu.h kpu_activate_table_t]; [SPEC 5.3]
 */
#define K210_KPU_ACT_WORD_SEGMENT                                0
/* [7:0] shift_number: Right shift applied to the product. */
#define K210_KPU_ACT_SHIFT_NUMBER_WORD                           0
#define K210_KPU_ACT_SHIFT_NUMBER_SHIFT                          0
#define K210_KPU_ACT_SHIFT_NUMBER_WIDTH                          8
#define K210_KPU_ACT_SHIFT_NUMBER_MASK                           0xFFull
#define K210_KPU_ACT_SHIFT_NUMBER_SIGNED                         0
/*
 * [23:8] y_mul (signed): Slope multiplier; decoded as signed by both nncase simulators (Sipeed
 * treats it as unsigned; no rc5 table has bit 15 set).
 */
#define K210_KPU_ACT_Y_MUL_WORD                                  0
#define K210_KPU_ACT_Y_MUL_SHIFT                                 8
#define K210_KPU_ACT_Y_MUL_WIDTH                                 16
#define K210_KPU_ACT_Y_MUL_MASK                                  0xFFFFull
#define K210_KPU_ACT_Y_MUL_SIGNED                                1
/* [59:24] x_start (signed): Segment start on the input axis. */
#define K210_KPU_ACT_X_START_WORD                                0
#define K210_KPU_ACT_X_START_SHIFT                               24
#define K210_KPU_ACT_X_START_WIDTH                               36
#define K210_KPU_ACT_X_START_MASK                                0xFFFFFFFFFull
#define K210_KPU_ACT_X_START_SIGNED                              1

#endif /* K210_KPU_LAYER_H_ */
