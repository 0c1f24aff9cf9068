/*
 * k210_kpu_regs.h -- KPU (neural network accelerator) configuration registers
 *
 * GENERATED FILE - DO NOT EDIT. Source: firmware/native/regs/kpu.regs.json
 * Regenerate with: python3 tools/reggen/reggen.py   (drift check: --check)
 *
 * Naming (<P> = K210_KPU): <P>_BASE; <P>_<REG>_OFFSET and _RESET; <P>_<REG>_<FIELD>_SHIFT, _WIDTH
 * and _MASK (mask not shifted); <P>_<ENUM>_<VALUE>; offset, access and reset of every register in
 * the X-macro <P>_REG_LIST(X). Read and write fields with the K210_FIELD_* helpers of k210_field.h.
 *
 * Sources cited below:
 *   [S1] kendryte/kendryte-standalone-sdk @ 02576ba67e8797444f3ee3f34c625b5ed048e707
 *   [SPEC] spec/kpu.md (nf-k210 KPU emulator specification), section number given after the tag
 */

#ifndef K210_KPU_REGS_H_
#define K210_KPU_REGS_H_

/*
 * KPU (neural network accelerator) configuration registers. Control block of the KPU. Every
 * register is 64 bits wide and is accessed with 64-bit loads and stores. A layer is started by
 * pushing its 12 argument words into layer_argument_fifo; results can be streamed out through
 * fifo_data_out by a DMA channel. [S1 lib/drivers/include/kpu.h kpu_config_t]; [S1
 * lib/bsp/include/platform.h AI_BASE_ADDR]; [SPEC 3]
 */
#define K210_KPU_BASE                                            0x40800000ull
#define K210_KPU_REG_WIDTH                                       64
/* Reset values: No public source documents reset values; 0 is assumed for every register. */

/*
 * layer_argument_fifo (offset 0x00, wo, reset 0x0): Layer argument input FIFO. Each 64-bit store
 * appends one argument word; a layer is complete after 12 words (see k210_kpu_layer.h). [S1
 * lib/drivers/include/kpu.h kpu_config_t]; [SPEC 3]
 */
#define K210_KPU_LAYER_ARGUMENT_FIFO_OFFSET                      0x00ull
#define K210_KPU_LAYER_ARGUMENT_FIFO_RESET                       0x0ull
/* [63:0] data (wo, reset 0x0): Next layer argument word, in word order 0..11. */
#define K210_KPU_LAYER_ARGUMENT_FIFO_DATA_SHIFT                  0
#define K210_KPU_LAYER_ARGUMENT_FIFO_DATA_WIDTH                  64
#define K210_KPU_LAYER_ARGUMENT_FIFO_DATA_MASK                   0xFFFFFFFFFFFFFFFFull

/*
 * interrupt_status (offset 0x08, ro, reset 0x0): Pending interrupts after masking (presumably
 * interrupt_raw AND NOT interrupt_mask). Same bit layout as interrupt_raw. [S1
 * lib/drivers/include/kpu.h kpu_config_interrupt_t]; [SPEC 3]
 */
#define K210_KPU_INTERRUPT_STATUS_OFFSET                         0x08ull
#define K210_KPU_INTERRUPT_STATUS_RESET                          0x0ull
/* [0] calc_done_int (ro, reset 0x0): Unmasked layer-finished interrupt pending. */
#define K210_KPU_INTERRUPT_STATUS_CALC_DONE_INT_SHIFT            0
#define K210_KPU_INTERRUPT_STATUS_CALC_DONE_INT_WIDTH            1
#define K210_KPU_INTERRUPT_STATUS_CALC_DONE_INT_MASK             0x1ull
/*
 * [1] layer_cfg_almost_empty_int (ro, reset 0x0): Unmasked argument-FIFO almost-empty interrupt
 * pending.
 */
#define K210_KPU_INTERRUPT_STATUS_LAYER_CFG_ALMOST_EMPTY_INT_SHIFT 1
#define K210_KPU_INTERRUPT_STATUS_LAYER_CFG_ALMOST_EMPTY_INT_WIDTH 1
#define K210_KPU_INTERRUPT_STATUS_LAYER_CFG_ALMOST_EMPTY_INT_MASK 0x1ull
/*
 * [2] layer_cfg_almost_full_int (ro, reset 0x0): Unmasked argument-FIFO almost-full interrupt
 * pending.
 */
#define K210_KPU_INTERRUPT_STATUS_LAYER_CFG_ALMOST_FULL_INT_SHIFT 2
#define K210_KPU_INTERRUPT_STATUS_LAYER_CFG_ALMOST_FULL_INT_WIDTH 1
#define K210_KPU_INTERRUPT_STATUS_LAYER_CFG_ALMOST_FULL_INT_MASK 0x1ull

/*
 * interrupt_raw (offset 0x10, ro, reset 0x0): Raw interrupt flags, before the mask is applied. [S1
 * lib/drivers/include/kpu.h kpu_config_interrupt_t]; [SPEC 3]
 */
#define K210_KPU_INTERRUPT_RAW_OFFSET                            0x10ull
#define K210_KPU_INTERRUPT_RAW_RESET                             0x0ull
/*
 * [0] calc_done_int (ro, reset 0x0): Set when a layer whose int_en argument bit is 1 has finished.
 */
#define K210_KPU_INTERRUPT_RAW_CALC_DONE_INT_SHIFT               0
#define K210_KPU_INTERRUPT_RAW_CALC_DONE_INT_WIDTH               1
#define K210_KPU_INTERRUPT_RAW_CALC_DONE_INT_MASK                0x1ull
/*
 * [1] layer_cfg_almost_empty_int (ro, reset 0x0): Set when the argument FIFO fill level has dropped
 * to fifo_empty_threshold.
 */
#define K210_KPU_INTERRUPT_RAW_LAYER_CFG_ALMOST_EMPTY_INT_SHIFT  1
#define K210_KPU_INTERRUPT_RAW_LAYER_CFG_ALMOST_EMPTY_INT_WIDTH  1
#define K210_KPU_INTERRUPT_RAW_LAYER_CFG_ALMOST_EMPTY_INT_MASK   0x1ull
/*
 * [2] layer_cfg_almost_full_int (ro, reset 0x0): Set when the argument FIFO fill level has reached
 * fifo_full_threshold.
 */
#define K210_KPU_INTERRUPT_RAW_LAYER_CFG_ALMOST_FULL_INT_SHIFT   2
#define K210_KPU_INTERRUPT_RAW_LAYER_CFG_ALMOST_FULL_INT_WIDTH   1
#define K210_KPU_INTERRUPT_RAW_LAYER_CFG_ALMOST_FULL_INT_MASK    0x1ull

/*
 * interrupt_mask (offset 0x18, rw, reset 0x0): Interrupt mask; a 1 bit disables (masks) the
 * interrupt. The SDK writes 0b110 to wait for calc_done and 0b111 when completion comes from the
 * DMA. [S1 lib/drivers/kpu.c kpu_conv]; [SPEC 3]
 */
#define K210_KPU_INTERRUPT_MASK_OFFSET                           0x18ull
#define K210_KPU_INTERRUPT_MASK_RESET                            0x0ull
/* [0] calc_done_int (rw, reset 0x0): 1 = layer-finished interrupt masked. */
#define K210_KPU_INTERRUPT_MASK_CALC_DONE_INT_SHIFT              0
#define K210_KPU_INTERRUPT_MASK_CALC_DONE_INT_WIDTH              1
#define K210_KPU_INTERRUPT_MASK_CALC_DONE_INT_MASK               0x1ull
/* [1] layer_cfg_almost_empty_int (rw, reset 0x0): 1 = almost-empty interrupt masked. */
#define K210_KPU_INTERRUPT_MASK_LAYER_CFG_ALMOST_EMPTY_INT_SHIFT 1
#define K210_KPU_INTERRUPT_MASK_LAYER_CFG_ALMOST_EMPTY_INT_WIDTH 1
#define K210_KPU_INTERRUPT_MASK_LAYER_CFG_ALMOST_EMPTY_INT_MASK  0x1ull
/* [2] layer_cfg_almost_full_int (rw, reset 0x0): 1 = almost-full interrupt masked. */
#define K210_KPU_INTERRUPT_MASK_LAYER_CFG_ALMOST_FULL_INT_SHIFT  2
#define K210_KPU_INTERRUPT_MASK_LAYER_CFG_ALMOST_FULL_INT_WIDTH  1
#define K210_KPU_INTERRUPT_MASK_LAYER_CFG_ALMOST_FULL_INT_MASK   0x1ull

/*
 * interrupt_clear (offset 0x20, w1c, reset 0x0): Interrupt acknowledge; writing 1 to a bit clears
 * the matching interrupt_raw flag. The SDK writes 0b111 before starting work. [S1 lib/drivers/kpu.c
 * kpu_conv]; [SPEC 3]
 */
#define K210_KPU_INTERRUPT_CLEAR_OFFSET                          0x20ull
#define K210_KPU_INTERRUPT_CLEAR_RESET                           0x0ull
/* [0] calc_done_int (w1c, reset 0x0): Write 1 to clear the layer-finished flag. */
#define K210_KPU_INTERRUPT_CLEAR_CALC_DONE_INT_SHIFT             0
#define K210_KPU_INTERRUPT_CLEAR_CALC_DONE_INT_WIDTH             1
#define K210_KPU_INTERRUPT_CLEAR_CALC_DONE_INT_MASK              0x1ull
/* [1] layer_cfg_almost_empty_int (w1c, reset 0x0): Write 1 to clear the almost-empty flag. */
#define K210_KPU_INTERRUPT_CLEAR_LAYER_CFG_ALMOST_EMPTY_INT_SHIFT 1
#define K210_KPU_INTERRUPT_CLEAR_LAYER_CFG_ALMOST_EMPTY_INT_WIDTH 1
#define K210_KPU_INTERRUPT_CLEAR_LAYER_CFG_ALMOST_EMPTY_INT_MASK 0x1ull
/* [2] layer_cfg_almost_full_int (w1c, reset 0x0): Write 1 to clear the almost-full flag. */
#define K210_KPU_INTERRUPT_CLEAR_LAYER_CFG_ALMOST_FULL_INT_SHIFT 2
#define K210_KPU_INTERRUPT_CLEAR_LAYER_CFG_ALMOST_FULL_INT_WIDTH 1
#define K210_KPU_INTERRUPT_CLEAR_LAYER_CFG_ALMOST_FULL_INT_MASK  0x1ull

/*
 * fifo_threshold (offset 0x28, rw, reset 0x0): Fill levels of the argument FIFO at which the
 * almost-full / almost-empty interrupts fire. The SDK programs full = 10, empty = 1 (0x1A). [S1
 * lib/drivers/include/kpu.h kpu_config_fifo_threshold_t]; [S1 lib/drivers/kpu.c]; [SPEC 3]
 */
#define K210_KPU_FIFO_THRESHOLD_OFFSET                           0x28ull
#define K210_KPU_FIFO_THRESHOLD_RESET                            0x0ull
/* [3:0] fifo_full_threshold (rw, reset 0x0): Almost-full level. */
#define K210_KPU_FIFO_THRESHOLD_FIFO_FULL_THRESHOLD_SHIFT        0
#define K210_KPU_FIFO_THRESHOLD_FIFO_FULL_THRESHOLD_WIDTH        4
#define K210_KPU_FIFO_THRESHOLD_FIFO_FULL_THRESHOLD_MASK         0xFull
/* [7:4] fifo_empty_threshold (rw, reset 0x0): Almost-empty level. */
#define K210_KPU_FIFO_THRESHOLD_FIFO_EMPTY_THRESHOLD_SHIFT       4
#define K210_KPU_FIFO_THRESHOLD_FIFO_EMPTY_THRESHOLD_WIDTH       4
#define K210_KPU_FIFO_THRESHOLD_FIFO_EMPTY_THRESHOLD_MASK        0xFull

/*
 * fifo_data_out (offset 0x30, ro, reset 0x0): Output stream of a layer with send_data_out = 1: each
 * 64-bit read returns the next 8 result bytes (first byte in bits 7:0). Normally drained by a DMA
 * channel with a fixed source address. [S1 lib/drivers/kpu.c kpu_conv2d_output]; [SPEC 8]
 */
#define K210_KPU_FIFO_DATA_OUT_OFFSET                            0x30ull
#define K210_KPU_FIFO_DATA_OUT_RESET                             0x0ull
/* [63:0] data (ro, reset 0x0): Next 8 output bytes, little-endian. */
#define K210_KPU_FIFO_DATA_OUT_DATA_SHIFT                        0
#define K210_KPU_FIFO_DATA_OUT_DATA_WIDTH                        64
#define K210_KPU_FIFO_DATA_OUT_DATA_MASK                         0xFFFFFFFFFFFFFFFFull

/*
 * fifo_ctrl (offset 0x38, rw, reset 0x0): FIFO flush controls. No public source writes this
 * register; the _n suffix suggests active-low flushes, which is unconfirmed. [S1
 * lib/drivers/include/kpu.h kpu_config_fifo_ctrl_t]; [SPEC 3]
 */
#define K210_KPU_FIFO_CTRL_OFFSET                                0x38ull
#define K210_KPU_FIFO_CTRL_RESET                                 0x0ull
/* [0] dma_fifo_flush_n (rw, reset 0x0): Output (DMA) FIFO flush control; semantics unknown. */
#define K210_KPU_FIFO_CTRL_DMA_FIFO_FLUSH_N_SHIFT                0
#define K210_KPU_FIFO_CTRL_DMA_FIFO_FLUSH_N_WIDTH                1
#define K210_KPU_FIFO_CTRL_DMA_FIFO_FLUSH_N_MASK                 0x1ull
/* [1] gs_fifo_flush_n (rw, reset 0x0): GS FIFO flush control; semantics unknown. */
#define K210_KPU_FIFO_CTRL_GS_FIFO_FLUSH_N_SHIFT                 1
#define K210_KPU_FIFO_CTRL_GS_FIFO_FLUSH_N_WIDTH                 1
#define K210_KPU_FIFO_CTRL_GS_FIFO_FLUSH_N_MASK                  0x1ull
/*
 * [2] cfg_fifo_flush_n (rw, reset 0x0): Argument (configuration) FIFO flush control; semantics
 * unknown.
 */
#define K210_KPU_FIFO_CTRL_CFG_FIFO_FLUSH_N_SHIFT                2
#define K210_KPU_FIFO_CTRL_CFG_FIFO_FLUSH_N_WIDTH                1
#define K210_KPU_FIFO_CTRL_CFG_FIFO_FLUSH_N_MASK                 0x1ull
/* [3] cmd_fifo_flush_n (rw, reset 0x0): Command FIFO flush control; semantics unknown. */
#define K210_KPU_FIFO_CTRL_CMD_FIFO_FLUSH_N_SHIFT                3
#define K210_KPU_FIFO_CTRL_CMD_FIFO_FLUSH_N_WIDTH                1
#define K210_KPU_FIFO_CTRL_CMD_FIFO_FLUSH_N_MASK                 0x1ull
/* [4] resp_fifo_flush_n (rw, reset 0x0): Response FIFO flush control; semantics unknown. */
#define K210_KPU_FIFO_CTRL_RESP_FIFO_FLUSH_N_SHIFT               4
#define K210_KPU_FIFO_CTRL_RESP_FIFO_FLUSH_N_WIDTH               1
#define K210_KPU_FIFO_CTRL_RESP_FIFO_FLUSH_N_MASK                0x1ull

/*
 * eight_bit_mode (offset 0x40, rw, reset 0x0): Weight element size for the following layers. The
 * SDK copies bit 0 of the kmodel header flags here. [S1 lib/drivers/include/kpu.h
 * kpu_config_eight_bit_mode_t]; [SPEC 3]
 */
#define K210_KPU_EIGHT_BIT_MODE_OFFSET                           0x40ull
#define K210_KPU_EIGHT_BIT_MODE_RESET                            0x0ull
/*
 * [0] eight_bit_mode (rw, reset 0x0): 1 = weights are uint8, 0 = weights are uint16 little-endian.
 */
#define K210_KPU_EIGHT_BIT_MODE_EIGHT_BIT_MODE_SHIFT             0
#define K210_KPU_EIGHT_BIT_MODE_EIGHT_BIT_MODE_WIDTH             1
#define K210_KPU_EIGHT_BIT_MODE_EIGHT_BIT_MODE_MASK              0x1ull

/*
 * X-macro table of the kpu registers: X(NAME, OFFSET, ACCESS, RESET), ACCESS one of the tokens RW,
 * RO, WO, W1C.
 */
#define K210_KPU_REG_LIST(X)                                     \
    X(LAYER_ARGUMENT_FIFO, 0x00ull, WO, 0x0ull) \
    X(INTERRUPT_STATUS, 0x08ull, RO, 0x0ull) \
    X(INTERRUPT_RAW, 0x10ull, RO, 0x0ull) \
    X(INTERRUPT_MASK, 0x18ull, RW, 0x0ull) \
    X(INTERRUPT_CLEAR, 0x20ull, W1C, 0x0ull) \
    X(FIFO_THRESHOLD, 0x28ull, RW, 0x0ull) \
    X(FIFO_DATA_OUT, 0x30ull, RO, 0x0ull) \
    X(FIFO_CTRL, 0x38ull, RW, 0x0ull) \
    X(EIGHT_BIT_MODE, 0x40ull, RW, 0x0ull)

#endif /* K210_KPU_REGS_H_ */
