// KpuLayerArgument.g.cs -- KPU layer argument
// GENERATED FILE - DO NOT EDIT. Source: firmware/native/regs/kpu_layer.regs.json
// Regenerate with: python3 tools/reggen/reggen.py

namespace NfK210.Registers
{
    /// <summary>
    /// KPU layer argument. Twelve little-endian 64-bit words describing one KPU layer, written to
    /// layer_argument_fifo in word order 0..11. The same 96-byte record is stored in kmodel v3/v4
    /// files. Fields marked count-1 hold the count minus one. [S1 lib/drivers/include/kpu.h
    /// kpu_layer_argument_t]; [SPEC 4]
    /// </summary>
    public static class KpuLayerArgument
    {
        /// <summary>Number of words in the record.</summary>
        public const int WordCount = 12;

        /// <summary>Word width in bits.</summary>
        public const int WordWidth = 64;

        /// <summary>Index of word interrupt_enable: Layer flags. The SDK spells this word interrupt_enabe.</summary>
        public const int WordInterruptEnable = 0;

        /// <summary>Index of word image_addr: Input and output feature map locations in KPU RAM.</summary>
        public const int WordImageAddr = 1;

        /// <summary>Index of word image_channel_num: Channel counts.</summary>
        public const int WordImageChannelNum = 2;

        /// <summary>Index of word image_size: Feature map sizes.</summary>
        public const int WordImageSize = 3;

        /// <summary>Index of word kernel_pool_type_cfg: Kernel, padding and pooling configuration; batch-norm table address.</summary>
        public const int WordKernelPoolTypeCfg = 4;

        /// <summary>Index of word kernel_load_cfg: Weight loading.</summary>
        public const int WordKernelLoadCfg = 5;

        /// <summary>Index of word kernel_offset: Weight offsets; always 0 in every public generator.</summary>
        public const int WordKernelOffset = 6;

        /// <summary>Index of word kernel_calc_type_cfg: Input map layout in KPU RAM; activation table address.</summary>
        public const int WordKernelCalcTypeCfg = 7;

        /// <summary>Index of word write_back_cfg: Output map layout in KPU RAM.</summary>
        public const int WordWriteBackCfg = 8;

        /// <summary>Index of word conv_value: Convolution offset-correction multipliers and shifts.</summary>
        public const int WordConvValue = 9;

        /// <summary>Index of word conv_value2: Convolution constant term.</summary>
        public const int WordConvValue2 = 10;

        /// <summary>Index of word dma_parameter: Output streaming.</summary>
        public const int WordDmaParameter = 11;

        /// <summary>Word index of int_en (word 0, bits 0): Raise calc_done_int when this layer finishes.</summary>
        public const int IntEnWord = 0;

        /// <summary>Bit position of int_en in its word.</summary>
        public const int IntEnShift = 0;

        /// <summary>Width in bits of int_en.</summary>
        public const int IntEnWidth = 1;

        /// <summary>Unshifted mask of int_en.</summary>
        public const ulong IntEnMask = 0x1UL;

        /// <summary>True when int_en is two's complement.</summary>
        public const bool IntEnSigned = false;

        /// <summary>Word index of ram_flag (word 0, bits 1): Unknown; nncase writes 0.</summary>
        public const int RamFlagWord = 0;

        /// <summary>Bit position of ram_flag in its word.</summary>
        public const int RamFlagShift = 1;

        /// <summary>Width in bits of ram_flag.</summary>
        public const int RamFlagWidth = 1;

        /// <summary>Unshifted mask of ram_flag.</summary>
        public const ulong RamFlagMask = 0x1UL;

        /// <summary>True when ram_flag is two's complement.</summary>
        public const bool RamFlagSigned = false;

        /// <summary>Word index of full_add (word 0, bits 2): Sum the results of each output channel (one 64-bit value per channel is streamed out); exact stage unknown, unused by nncase.</summary>
        public const int FullAddWord = 0;

        /// <summary>Bit position of full_add in its word.</summary>
        public const int FullAddShift = 2;

        /// <summary>Width in bits of full_add.</summary>
        public const int FullAddWidth = 1;

        /// <summary>Unshifted mask of full_add.</summary>
        public const ulong FullAddMask = 0x1UL;

        /// <summary>True when full_add is two's complement.</summary>
        public const bool FullAddSigned = false;

        /// <summary>Word index of depth_wise_layer (word 0, bits 3): 1 = depthwise convolution (input channels == output channels).</summary>
        public const int DepthWiseLayerWord = 0;

        /// <summary>Bit position of depth_wise_layer in its word.</summary>
        public const int DepthWiseLayerShift = 3;

        /// <summary>Width in bits of depth_wise_layer.</summary>
        public const int DepthWiseLayerWidth = 1;

        /// <summary>Unshifted mask of depth_wise_layer.</summary>
        public const ulong DepthWiseLayerMask = 0x1UL;

        /// <summary>True when depth_wise_layer is two's complement.</summary>
        public const bool DepthWiseLayerSigned = false;

        /// <summary>Word index of image_src_addr (word 1, bits 14:0): KPU RAM line (64-byte row) where the input map starts.</summary>
        public const int ImageSrcAddrWord = 1;

        /// <summary>Bit position of image_src_addr in its word.</summary>
        public const int ImageSrcAddrShift = 0;

        /// <summary>Width in bits of image_src_addr.</summary>
        public const int ImageSrcAddrWidth = 15;

        /// <summary>Unshifted mask of image_src_addr.</summary>
        public const ulong ImageSrcAddrMask = 0x7FFFUL;

        /// <summary>True when image_src_addr is two's complement.</summary>
        public const bool ImageSrcAddrSigned = false;

        /// <summary>Word index of image_dst_addr (word 1, bits 46:32): KPU RAM line where the output map is written.</summary>
        public const int ImageDstAddrWord = 1;

        /// <summary>Bit position of image_dst_addr in its word.</summary>
        public const int ImageDstAddrShift = 32;

        /// <summary>Width in bits of image_dst_addr.</summary>
        public const int ImageDstAddrWidth = 15;

        /// <summary>Unshifted mask of image_dst_addr.</summary>
        public const ulong ImageDstAddrMask = 0x7FFFUL;

        /// <summary>True when image_dst_addr is two's complement.</summary>
        public const bool ImageDstAddrSigned = false;

        /// <summary>Word index of i_ch_num (word 2, bits 9:0): Input channels.</summary>
        public const int IChNumWord = 2;

        /// <summary>Bit position of i_ch_num in its word.</summary>
        public const int IChNumShift = 0;

        /// <summary>Width in bits of i_ch_num.</summary>
        public const int IChNumWidth = 10;

        /// <summary>Unshifted mask of i_ch_num.</summary>
        public const ulong IChNumMask = 0x3FFUL;

        /// <summary>True when i_ch_num is two's complement.</summary>
        public const bool IChNumSigned = false;

        /// <summary>Word index of o_ch_num (word 2, bits 41:32): Output channels.</summary>
        public const int OChNumWord = 2;

        /// <summary>Bit position of o_ch_num in its word.</summary>
        public const int OChNumShift = 32;

        /// <summary>Width in bits of o_ch_num.</summary>
        public const int OChNumWidth = 10;

        /// <summary>Unshifted mask of o_ch_num.</summary>
        public const ulong OChNumMask = 0x3FFUL;

        /// <summary>True when o_ch_num is two's complement.</summary>
        public const bool OChNumSigned = false;

        /// <summary>Word index of o_ch_num_coef (word 2, bits 57:48): Output channels covered by one weight load.</summary>
        public const int OChNumCoefWord = 2;

        /// <summary>Bit position of o_ch_num_coef in its word.</summary>
        public const int OChNumCoefShift = 48;

        /// <summary>Width in bits of o_ch_num_coef.</summary>
        public const int OChNumCoefWidth = 10;

        /// <summary>Unshifted mask of o_ch_num_coef.</summary>
        public const ulong OChNumCoefMask = 0x3FFUL;

        /// <summary>True when o_ch_num_coef is two's complement.</summary>
        public const bool OChNumCoefSigned = false;

        /// <summary>Word index of i_row_wid (word 3, bits 9:0): Input width.</summary>
        public const int IRowWidWord = 3;

        /// <summary>Bit position of i_row_wid in its word.</summary>
        public const int IRowWidShift = 0;

        /// <summary>Width in bits of i_row_wid.</summary>
        public const int IRowWidWidth = 10;

        /// <summary>Unshifted mask of i_row_wid.</summary>
        public const ulong IRowWidMask = 0x3FFUL;

        /// <summary>True when i_row_wid is two's complement.</summary>
        public const bool IRowWidSigned = false;

        /// <summary>Word index of i_col_high (word 3, bits 18:10): Input height.</summary>
        public const int IColHighWord = 3;

        /// <summary>Bit position of i_col_high in its word.</summary>
        public const int IColHighShift = 10;

        /// <summary>Width in bits of i_col_high.</summary>
        public const int IColHighWidth = 9;

        /// <summary>Unshifted mask of i_col_high.</summary>
        public const ulong IColHighMask = 0x1FFUL;

        /// <summary>True when i_col_high is two's complement.</summary>
        public const bool IColHighSigned = false;

        /// <summary>Word index of o_row_wid (word 3, bits 41:32): Output width, after pooling.</summary>
        public const int ORowWidWord = 3;

        /// <summary>Bit position of o_row_wid in its word.</summary>
        public const int ORowWidShift = 32;

        /// <summary>Width in bits of o_row_wid.</summary>
        public const int ORowWidWidth = 10;

        /// <summary>Unshifted mask of o_row_wid.</summary>
        public const ulong ORowWidMask = 0x3FFUL;

        /// <summary>True when o_row_wid is two's complement.</summary>
        public const bool ORowWidSigned = false;

        /// <summary>Word index of o_col_high (word 3, bits 50:42): Output height, after pooling.</summary>
        public const int OColHighWord = 3;

        /// <summary>Bit position of o_col_high in its word.</summary>
        public const int OColHighShift = 42;

        /// <summary>Width in bits of o_col_high.</summary>
        public const int OColHighWidth = 9;

        /// <summary>Unshifted mask of o_col_high.</summary>
        public const ulong OColHighMask = 0x1FFUL;

        /// <summary>True when o_col_high is two's complement.</summary>
        public const bool OColHighSigned = false;

        /// <summary>Word index of kernel_type (word 4, bits 2:0): 0 = 1x1 kernel, 1 = 3x3 kernel; other codes unknown.</summary>
        public const int KernelTypeWord = 4;

        /// <summary>Bit position of kernel_type in its word.</summary>
        public const int KernelTypeShift = 0;

        /// <summary>Width in bits of kernel_type.</summary>
        public const int KernelTypeWidth = 3;

        /// <summary>Unshifted mask of kernel_type.</summary>
        public const ulong KernelTypeMask = 0x7UL;

        /// <summary>True when kernel_type is two's complement.</summary>
        public const bool KernelTypeSigned = false;

        /// <summary>Word index of pad_type (word 4, bits 3): 0 = pad the 3x3 border with pad_value; meaning of 1 unknown.</summary>
        public const int PadTypeWord = 4;

        /// <summary>Bit position of pad_type in its word.</summary>
        public const int PadTypeShift = 3;

        /// <summary>Width in bits of pad_type.</summary>
        public const int PadTypeWidth = 1;

        /// <summary>Unshifted mask of pad_type.</summary>
        public const ulong PadTypeMask = 0x1UL;

        /// <summary>True when pad_type is two's complement.</summary>
        public const bool PadTypeSigned = false;

        /// <summary>Word index of pool_type (word 4, bits 7:4): Pooling / subsampling mode (spec/kpu.md section 7.5).</summary>
        public const int PoolTypeWord = 4;

        /// <summary>Bit position of pool_type in its word.</summary>
        public const int PoolTypeShift = 4;

        /// <summary>Width in bits of pool_type.</summary>
        public const int PoolTypeWidth = 4;

        /// <summary>Unshifted mask of pool_type.</summary>
        public const ulong PoolTypeMask = 0xFUL;

        /// <summary>True when pool_type is two's complement.</summary>
        public const bool PoolTypeSigned = false;

        /// <summary>Word index of first_stride (word 4, bits 8): Use only even input rows and columns; exact alignment unknown, never set by nncase.</summary>
        public const int FirstStrideWord = 4;

        /// <summary>Bit position of first_stride in its word.</summary>
        public const int FirstStrideShift = 8;

        /// <summary>Width in bits of first_stride.</summary>
        public const int FirstStrideWidth = 1;

        /// <summary>Unshifted mask of first_stride.</summary>
        public const ulong FirstStrideMask = 0x1UL;

        /// <summary>True when first_stride is two's complement.</summary>
        public const bool FirstStrideSigned = false;

        /// <summary>Word index of bypass_conv (word 4, bits 9): Skip the convolution; semantics unknown.</summary>
        public const int BypassConvWord = 4;

        /// <summary>Bit position of bypass_conv in its word.</summary>
        public const int BypassConvShift = 9;

        /// <summary>Width in bits of bypass_conv.</summary>
        public const int BypassConvWidth = 1;

        /// <summary>Unshifted mask of bypass_conv.</summary>
        public const ulong BypassConvMask = 0x1UL;

        /// <summary>True when bypass_conv is two's complement.</summary>
        public const bool BypassConvSigned = false;

        /// <summary>Word index of load_para (word 4, bits 10): 1 = fetch the batch-norm table from bwsx_base_addr.</summary>
        public const int LoadParaWord = 4;

        /// <summary>Bit position of load_para in its word.</summary>
        public const int LoadParaShift = 10;

        /// <summary>Width in bits of load_para.</summary>
        public const int LoadParaWidth = 1;

        /// <summary>Unshifted mask of load_para.</summary>
        public const ulong LoadParaMask = 0x1UL;

        /// <summary>True when load_para is two's complement.</summary>
        public const bool LoadParaSigned = false;

        /// <summary>Word index of dma_burst_size (word 4, bits 23:16): Parameter fetch burst size; all known generators write 15; no effect on results.</summary>
        public const int DmaBurstSizeWord = 4;

        /// <summary>Bit position of dma_burst_size in its word.</summary>
        public const int DmaBurstSizeShift = 16;

        /// <summary>Width in bits of dma_burst_size.</summary>
        public const int DmaBurstSizeWidth = 8;

        /// <summary>Unshifted mask of dma_burst_size.</summary>
        public const ulong DmaBurstSizeMask = 0xFFUL;

        /// <summary>True when dma_burst_size is two's complement.</summary>
        public const bool DmaBurstSizeSigned = false;

        /// <summary>Word index of pad_value (word 4, bits 31:24): uint8 value used for the 3x3 border (quantised zero of the input).</summary>
        public const int PadValueWord = 4;

        /// <summary>Bit position of pad_value in its word.</summary>
        public const int PadValueShift = 24;

        /// <summary>Width in bits of pad_value.</summary>
        public const int PadValueWidth = 8;

        /// <summary>Unshifted mask of pad_value.</summary>
        public const ulong PadValueMask = 0xFFUL;

        /// <summary>True when pad_value is two's complement.</summary>
        public const bool PadValueSigned = false;

        /// <summary>Word index of bwsx_base_addr (word 4, bits 63:32): System bus address of the batch-norm table (one K210_KPU_BN word per output channel).</summary>
        public const int BwsxBaseAddrWord = 4;

        /// <summary>Bit position of bwsx_base_addr in its word.</summary>
        public const int BwsxBaseAddrShift = 32;

        /// <summary>Width in bits of bwsx_base_addr.</summary>
        public const int BwsxBaseAddrWidth = 32;

        /// <summary>Unshifted mask of bwsx_base_addr.</summary>
        public const ulong BwsxBaseAddrMask = 0xFFFFFFFFUL;

        /// <summary>True when bwsx_base_addr is two's complement.</summary>
        public const bool BwsxBaseAddrSigned = false;

        /// <summary>Word index of load_coor (word 5, bits 0): 1 = load the convolution weights.</summary>
        public const int LoadCoorWord = 5;

        /// <summary>Bit position of load_coor in its word.</summary>
        public const int LoadCoorShift = 0;

        /// <summary>Width in bits of load_coor.</summary>
        public const int LoadCoorWidth = 1;

        /// <summary>Unshifted mask of load_coor.</summary>
        public const ulong LoadCoorMask = 0x1UL;

        /// <summary>True when load_coor is two's complement.</summary>
        public const bool LoadCoorSigned = false;

        /// <summary>Word index of load_time (word 5, bits 6:1): Number of weight loads.</summary>
        public const int LoadTimeWord = 5;

        /// <summary>Bit position of load_time in its word.</summary>
        public const int LoadTimeShift = 1;

        /// <summary>Width in bits of load_time.</summary>
        public const int LoadTimeWidth = 6;

        /// <summary>Unshifted mask of load_time.</summary>
        public const ulong LoadTimeMask = 0x3FUL;

        /// <summary>True when load_time is two's complement.</summary>
        public const bool LoadTimeSigned = false;

        /// <summary>Word index of para_size (word 5, bits 31:15): Bytes of weights per load.</summary>
        public const int ParaSizeWord = 5;

        /// <summary>Bit position of para_size in its word.</summary>
        public const int ParaSizeShift = 15;

        /// <summary>Width in bits of para_size.</summary>
        public const int ParaSizeWidth = 17;

        /// <summary>Unshifted mask of para_size.</summary>
        public const ulong ParaSizeMask = 0x1FFFFUL;

        /// <summary>True when para_size is two's complement.</summary>
        public const bool ParaSizeSigned = false;

        /// <summary>Word index of para_start_addr (word 5, bits 63:32): System bus address of the weights.</summary>
        public const int ParaStartAddrWord = 5;

        /// <summary>Bit position of para_start_addr in its word.</summary>
        public const int ParaStartAddrShift = 32;

        /// <summary>Width in bits of para_start_addr.</summary>
        public const int ParaStartAddrWidth = 32;

        /// <summary>Unshifted mask of para_start_addr.</summary>
        public const ulong ParaStartAddrMask = 0xFFFFFFFFUL;

        /// <summary>True when para_start_addr is two's complement.</summary>
        public const bool ParaStartAddrSigned = false;

        /// <summary>Word index of coef_column_offset (word 6, bits 3:0): Meaning unknown; always 0.</summary>
        public const int CoefColumnOffsetWord = 6;

        /// <summary>Bit position of coef_column_offset in its word.</summary>
        public const int CoefColumnOffsetShift = 0;

        /// <summary>Width in bits of coef_column_offset.</summary>
        public const int CoefColumnOffsetWidth = 4;

        /// <summary>Unshifted mask of coef_column_offset.</summary>
        public const ulong CoefColumnOffsetMask = 0xFUL;

        /// <summary>True when coef_column_offset is two's complement.</summary>
        public const bool CoefColumnOffsetSigned = false;

        /// <summary>Word index of coef_row_offset (word 6, bits 15:4): Meaning unknown; always 0.</summary>
        public const int CoefRowOffsetWord = 6;

        /// <summary>Bit position of coef_row_offset in its word.</summary>
        public const int CoefRowOffsetShift = 4;

        /// <summary>Width in bits of coef_row_offset.</summary>
        public const int CoefRowOffsetWidth = 12;

        /// <summary>Unshifted mask of coef_row_offset.</summary>
        public const ulong CoefRowOffsetMask = 0xFFFUL;

        /// <summary>True when coef_row_offset is two's complement.</summary>
        public const bool CoefRowOffsetSigned = false;

        /// <summary>Word index of channel_switch_addr (word 7, bits 14:0): KPU RAM lines per input channel group (row_len_in x H).</summary>
        public const int ChannelSwitchAddrWord = 7;

        /// <summary>Bit position of channel_switch_addr in its word.</summary>
        public const int ChannelSwitchAddrShift = 0;

        /// <summary>Width in bits of channel_switch_addr.</summary>
        public const int ChannelSwitchAddrWidth = 15;

        /// <summary>Unshifted mask of channel_switch_addr.</summary>
        public const ulong ChannelSwitchAddrMask = 0x7FFFUL;

        /// <summary>True when channel_switch_addr is two's complement.</summary>
        public const bool ChannelSwitchAddrSigned = false;

        /// <summary>Word index of row_switch_addr (word 7, bits 19:16): KPU RAM lines per input row (row_len_in).</summary>
        public const int RowSwitchAddrWord = 7;

        /// <summary>Bit position of row_switch_addr in its word.</summary>
        public const int RowSwitchAddrShift = 16;

        /// <summary>Width in bits of row_switch_addr.</summary>
        public const int RowSwitchAddrWidth = 4;

        /// <summary>Unshifted mask of row_switch_addr.</summary>
        public const ulong RowSwitchAddrMask = 0xFUL;

        /// <summary>True when row_switch_addr is two's complement.</summary>
        public const bool RowSwitchAddrSigned = false;

        /// <summary>Word index of coef_size (word 7, bits 27:20): Reserved; always 0.</summary>
        public const int CoefSizeWord = 7;

        /// <summary>Bit position of coef_size in its word.</summary>
        public const int CoefSizeShift = 20;

        /// <summary>Width in bits of coef_size.</summary>
        public const int CoefSizeWidth = 8;

        /// <summary>Unshifted mask of coef_size.</summary>
        public const ulong CoefSizeMask = 0xFFUL;

        /// <summary>True when coef_size is two's complement.</summary>
        public const bool CoefSizeSigned = false;

        /// <summary>Word index of coef_group (word 7, bits 30:28): Input channels packed in one KPU RAM line (1, 2 or 4).</summary>
        public const int CoefGroupWord = 7;

        /// <summary>Bit position of coef_group in its word.</summary>
        public const int CoefGroupShift = 28;

        /// <summary>Width in bits of coef_group.</summary>
        public const int CoefGroupWidth = 3;

        /// <summary>Unshifted mask of coef_group.</summary>
        public const ulong CoefGroupMask = 0x7UL;

        /// <summary>True when coef_group is two's complement.</summary>
        public const bool CoefGroupSigned = false;

        /// <summary>Word index of load_act (word 7, bits 31): 1 = fetch the activation table from active_addr.</summary>
        public const int LoadActWord = 7;

        /// <summary>Bit position of load_act in its word.</summary>
        public const int LoadActShift = 31;

        /// <summary>Width in bits of load_act.</summary>
        public const int LoadActWidth = 1;

        /// <summary>Unshifted mask of load_act.</summary>
        public const ulong LoadActMask = 0x1UL;

        /// <summary>True when load_act is two's complement.</summary>
        public const bool LoadActSigned = false;

        /// <summary>Word index of active_addr (word 7, bits 63:32): System bus address of the 144-byte activation table.</summary>
        public const int ActiveAddrWord = 7;

        /// <summary>Bit position of active_addr in its word.</summary>
        public const int ActiveAddrShift = 32;

        /// <summary>Width in bits of active_addr.</summary>
        public const int ActiveAddrWidth = 32;

        /// <summary>Unshifted mask of active_addr.</summary>
        public const ulong ActiveAddrMask = 0xFFFFFFFFUL;

        /// <summary>True when active_addr is two's complement.</summary>
        public const bool ActiveAddrSigned = false;

        /// <summary>Word index of wb_channel_switch_addr (word 8, bits 14:0): KPU RAM lines per output channel group (row_len_out x OH).</summary>
        public const int WbChannelSwitchAddrWord = 8;

        /// <summary>Bit position of wb_channel_switch_addr in its word.</summary>
        public const int WbChannelSwitchAddrShift = 0;

        /// <summary>Width in bits of wb_channel_switch_addr.</summary>
        public const int WbChannelSwitchAddrWidth = 15;

        /// <summary>Unshifted mask of wb_channel_switch_addr.</summary>
        public const ulong WbChannelSwitchAddrMask = 0x7FFFUL;

        /// <summary>True when wb_channel_switch_addr is two's complement.</summary>
        public const bool WbChannelSwitchAddrSigned = false;

        /// <summary>Word index of wb_row_switch_addr (word 8, bits 19:16): KPU RAM lines per output row (row_len_out).</summary>
        public const int WbRowSwitchAddrWord = 8;

        /// <summary>Bit position of wb_row_switch_addr in its word.</summary>
        public const int WbRowSwitchAddrShift = 16;

        /// <summary>Width in bits of wb_row_switch_addr.</summary>
        public const int WbRowSwitchAddrWidth = 4;

        /// <summary>Unshifted mask of wb_row_switch_addr.</summary>
        public const ulong WbRowSwitchAddrMask = 0xFUL;

        /// <summary>True when wb_row_switch_addr is two's complement.</summary>
        public const bool WbRowSwitchAddrSigned = false;

        /// <summary>Word index of wb_group (word 8, bits 22:20): Output channels packed in one KPU RAM line (1, 2 or 4).</summary>
        public const int WbGroupWord = 8;

        /// <summary>Bit position of wb_group in its word.</summary>
        public const int WbGroupShift = 20;

        /// <summary>Width in bits of wb_group.</summary>
        public const int WbGroupWidth = 3;

        /// <summary>Unshifted mask of wb_group.</summary>
        public const ulong WbGroupMask = 0x7UL;

        /// <summary>True when wb_group is two's complement.</summary>
        public const bool WbGroupSigned = false;

        /// <summary>Word index of shr_w (word 9, bits 3:0): Right shift applied to arg_w times the weight sum.</summary>
        public const int ShrWWord = 9;

        /// <summary>Bit position of shr_w in its word.</summary>
        public const int ShrWShift = 0;

        /// <summary>Width in bits of shr_w.</summary>
        public const int ShrWWidth = 4;

        /// <summary>Unshifted mask of shr_w.</summary>
        public const ulong ShrWMask = 0xFUL;

        /// <summary>True when shr_w is two's complement.</summary>
        public const bool ShrWSigned = false;

        /// <summary>Word index of shr_x (word 9, bits 7:4): Right shift applied to arg_x times the input sum.</summary>
        public const int ShrXWord = 9;

        /// <summary>Bit position of shr_x in its word.</summary>
        public const int ShrXShift = 4;

        /// <summary>Width in bits of shr_x.</summary>
        public const int ShrXWidth = 4;

        /// <summary>Unshifted mask of shr_x.</summary>
        public const ulong ShrXMask = 0xFUL;

        /// <summary>True when shr_x is two's complement.</summary>
        public const bool ShrXSigned = false;

        /// <summary>Word index of arg_w (word 9, bits 31:8, signed): Multiplier of the weight sum (encodes the input zero point).</summary>
        public const int ArgWWord = 9;

        /// <summary>Bit position of arg_w in its word.</summary>
        public const int ArgWShift = 8;

        /// <summary>Width in bits of arg_w.</summary>
        public const int ArgWWidth = 24;

        /// <summary>Unshifted mask of arg_w.</summary>
        public const ulong ArgWMask = 0xFFFFFFUL;

        /// <summary>True when arg_w is two's complement.</summary>
        public const bool ArgWSigned = true;

        /// <summary>Word index of arg_x (word 9, bits 55:32, signed): Multiplier of the input sum (encodes the weight zero point).</summary>
        public const int ArgXWord = 9;

        /// <summary>Bit position of arg_x in its word.</summary>
        public const int ArgXShift = 32;

        /// <summary>Width in bits of arg_x.</summary>
        public const int ArgXWidth = 24;

        /// <summary>Unshifted mask of arg_x.</summary>
        public const ulong ArgXMask = 0xFFFFFFUL;

        /// <summary>True when arg_x is two's complement.</summary>
        public const bool ArgXSigned = true;

        /// <summary>Word index of arg_add (word 10, bits 39:0, signed): Constant added once per input channel.</summary>
        public const int ArgAddWord = 10;

        /// <summary>Bit position of arg_add in its word.</summary>
        public const int ArgAddShift = 0;

        /// <summary>Width in bits of arg_add.</summary>
        public const int ArgAddWidth = 40;

        /// <summary>Unshifted mask of arg_add.</summary>
        public const ulong ArgAddMask = 0xFFFFFFFFFFUL;

        /// <summary>True when arg_add is two's complement.</summary>
        public const bool ArgAddSigned = true;

        /// <summary>Word index of send_data_out (word 11, bits 0): 1 = also stream the result through fifo_data_out.</summary>
        public const int SendDataOutWord = 11;

        /// <summary>Bit position of send_data_out in its word.</summary>
        public const int SendDataOutShift = 0;

        /// <summary>Width in bits of send_data_out.</summary>
        public const int SendDataOutWidth = 1;

        /// <summary>Unshifted mask of send_data_out.</summary>
        public const ulong SendDataOutMask = 0x1UL;

        /// <summary>True when send_data_out is two's complement.</summary>
        public const bool SendDataOutSigned = false;

        /// <summary>Word index of channel_byte_num (word 11, bits 31:16): Output bytes per channel (OW x OH).</summary>
        public const int ChannelByteNumWord = 11;

        /// <summary>Bit position of channel_byte_num in its word.</summary>
        public const int ChannelByteNumShift = 16;

        /// <summary>Width in bits of channel_byte_num.</summary>
        public const int ChannelByteNumWidth = 16;

        /// <summary>Unshifted mask of channel_byte_num.</summary>
        public const ulong ChannelByteNumMask = 0xFFFFUL;

        /// <summary>True when channel_byte_num is two's complement.</summary>
        public const bool ChannelByteNumSigned = false;

        /// <summary>Word index of dma_total_byte (word 11, bits 63:32): Total output bytes (OW x OH x OC).</summary>
        public const int DmaTotalByteWord = 11;

        /// <summary>Bit position of dma_total_byte in its word.</summary>
        public const int DmaTotalByteShift = 32;

        /// <summary>Width in bits of dma_total_byte.</summary>
        public const int DmaTotalByteWidth = 32;

        /// <summary>Unshifted mask of dma_total_byte.</summary>
        public const ulong DmaTotalByteMask = 0xFFFFFFFFUL;

        /// <summary>True when dma_total_byte is two's complement.</summary>
        public const bool DmaTotalByteSigned = false;
    }
}
