// DmacRegisters.g.cs -- DMAC (Synopsys DesignWare AXI DMA controller, 6 channels)
// GENERATED FILE - DO NOT EDIT. Source: firmware/native/regs/dmac.regs.json
// Regenerate with: python3 tools/reggen/reggen.py

namespace NfK210.Registers
{
    /// <summary>
    /// DMAC (Synopsys DesignWare AXI DMA controller, 6 channels). System DMA controller. Common
    /// registers at the start of the block, then one 0x100-byte register window per channel
    /// starting at 0x100. All registers are 64 bits wide. Only the fields named by the Kendryte SDK
    /// are described; bits it marks reserved are left out. [S1 lib/drivers/include/dmac.h dmac_t];
    /// [S1 lib/bsp/include/platform.h DMAC_BASE_ADDR]
    /// </summary>
    public static class DmacRegisters
    {
        /// <summary>Physical base address of the dmac block.</summary>
        public const ulong Base = 0x50000000UL;

        /// <summary>Register width in bits.</summary>
        public const int RegisterWidth = 64;

        /// <summary>id offset (ro): Controller ID. Value on the K210 unknown.</summary>
        public const ulong IdOffset = 0x00UL;

        /// <summary>id reset value.</summary>
        public const ulong IdReset = 0x0UL;

        /// <summary>compver offset (ro): IP component version. Value on the K210 unknown.</summary>
        public const ulong CompverOffset = 0x08UL;

        /// <summary>compver reset value.</summary>
        public const ulong CompverReset = 0x0UL;

        /// <summary>cfg offset (rw): Global enable. The SDK polls until the whole register reads 0 after clearing it.</summary>
        public const ulong CfgOffset = 0x10UL;

        /// <summary>cfg reset value.</summary>
        public const ulong CfgReset = 0x0UL;

        /// <summary>Bit position of cfg.dmac_en [0] (rw): 1 = controller enabled.</summary>
        public const int CfgDmacEnShift = 0;

        /// <summary>Width in bits of cfg.dmac_en.</summary>
        public const int CfgDmacEnWidth = 1;

        /// <summary>Unshifted mask of cfg.dmac_en.</summary>
        public const ulong CfgDmacEnMask = 0x1UL;

        /// <summary>Bit position of cfg.int_en [1] (rw): 1 = interrupt output enabled globally.</summary>
        public const int CfgIntEnShift = 1;

        /// <summary>Width in bits of cfg.int_en.</summary>
        public const int CfgIntEnWidth = 1;

        /// <summary>Unshifted mask of cfg.int_en.</summary>
        public const ulong CfgIntEnMask = 0x1UL;

        /// <summary>chen offset (rw): Channel enable, suspend and abort. Bit n of each 6-bit field is channel n (0-based; the SDK names them ch1..ch6). A control bit changes only when its write-enable bit is 1 in the same write.</summary>
        public const ulong ChenOffset = 0x18UL;

        /// <summary>chen reset value.</summary>
        public const ulong ChenReset = 0x0UL;

        /// <summary>Bit position of chen.ch_en [5:0] (rw): 1 = channel enabled; the hardware clears it when the transfer is done.</summary>
        public const int ChenChEnShift = 0;

        /// <summary>Width in bits of chen.ch_en.</summary>
        public const int ChenChEnWidth = 6;

        /// <summary>Unshifted mask of chen.ch_en.</summary>
        public const ulong ChenChEnMask = 0x3FUL;

        /// <summary>Bit position of chen.ch_en_we [13:8] (wo): Write enable for the matching ch_en bit.</summary>
        public const int ChenChEnWeShift = 8;

        /// <summary>Width in bits of chen.ch_en_we.</summary>
        public const int ChenChEnWeWidth = 6;

        /// <summary>Unshifted mask of chen.ch_en_we.</summary>
        public const ulong ChenChEnWeMask = 0x3FUL;

        /// <summary>Bit position of chen.ch_susp [21:16] (rw): 1 = request channel suspend.</summary>
        public const int ChenChSuspShift = 16;

        /// <summary>Width in bits of chen.ch_susp.</summary>
        public const int ChenChSuspWidth = 6;

        /// <summary>Unshifted mask of chen.ch_susp.</summary>
        public const ulong ChenChSuspMask = 0x3FUL;

        /// <summary>Bit position of chen.ch_susp_we [29:24] (wo): Write enable for the matching ch_susp bit.</summary>
        public const int ChenChSuspWeShift = 24;

        /// <summary>Width in bits of chen.ch_susp_we.</summary>
        public const int ChenChSuspWeWidth = 6;

        /// <summary>Unshifted mask of chen.ch_susp_we.</summary>
        public const ulong ChenChSuspWeMask = 0x3FUL;

        /// <summary>Bit position of chen.ch_abort [37:32] (rw): 1 = request channel abort.</summary>
        public const int ChenChAbortShift = 32;

        /// <summary>Width in bits of chen.ch_abort.</summary>
        public const int ChenChAbortWidth = 6;

        /// <summary>Unshifted mask of chen.ch_abort.</summary>
        public const ulong ChenChAbortMask = 0x3FUL;

        /// <summary>Bit position of chen.ch_abort_we [45:40] (wo): Write enable for the matching ch_abort bit.</summary>
        public const int ChenChAbortWeShift = 40;

        /// <summary>Width in bits of chen.ch_abort_we.</summary>
        public const int ChenChAbortWeWidth = 6;

        /// <summary>Unshifted mask of chen.ch_abort_we.</summary>
        public const ulong ChenChAbortWeMask = 0x3FUL;

        /// <summary>intstatus offset (ro): Summary of interrupt sources: one bit per channel plus the common-register interrupt.</summary>
        public const ulong IntstatusOffset = 0x30UL;

        /// <summary>intstatus reset value.</summary>
        public const ulong IntstatusReset = 0x0UL;

        /// <summary>Bit position of intstatus.ch_intstat [5:0] (ro): Bit n = channel n has an active interrupt.</summary>
        public const int IntstatusChIntstatShift = 0;

        /// <summary>Width in bits of intstatus.ch_intstat.</summary>
        public const int IntstatusChIntstatWidth = 6;

        /// <summary>Unshifted mask of intstatus.ch_intstat.</summary>
        public const ulong IntstatusChIntstatMask = 0x3FUL;

        /// <summary>Bit position of intstatus.commonreg_intstat [16] (ro): A common-register (slave interface) interrupt is active.</summary>
        public const int IntstatusCommonregIntstatShift = 16;

        /// <summary>Width in bits of intstatus.commonreg_intstat.</summary>
        public const int IntstatusCommonregIntstatWidth = 1;

        /// <summary>Unshifted mask of intstatus.commonreg_intstat.</summary>
        public const ulong IntstatusCommonregIntstatMask = 0x1UL;

        /// <summary>com_intclear offset (w1c): Clear common-register interrupts: write 1 to clear the matching com_intstatus bit.</summary>
        public const ulong ComIntclearOffset = 0x38UL;

        /// <summary>com_intclear reset value.</summary>
        public const ulong ComIntclearReset = 0x0UL;

        /// <summary>Bit position of com_intclear.slvif_dec_err [0] (w1c): Slave interface decode error (access to an unmapped address).</summary>
        public const int ComIntclearSlvifDecErrShift = 0;

        /// <summary>Width in bits of com_intclear.slvif_dec_err.</summary>
        public const int ComIntclearSlvifDecErrWidth = 1;

        /// <summary>Unshifted mask of com_intclear.slvif_dec_err.</summary>
        public const ulong ComIntclearSlvifDecErrMask = 0x1UL;

        /// <summary>Bit position of com_intclear.slvif_wr2ro_err [1] (w1c): Write to a read-only register.</summary>
        public const int ComIntclearSlvifWr2roErrShift = 1;

        /// <summary>Width in bits of com_intclear.slvif_wr2ro_err.</summary>
        public const int ComIntclearSlvifWr2roErrWidth = 1;

        /// <summary>Unshifted mask of com_intclear.slvif_wr2ro_err.</summary>
        public const ulong ComIntclearSlvifWr2roErrMask = 0x1UL;

        /// <summary>Bit position of com_intclear.slvif_rd2wo_err [2] (w1c): Read of a write-only register.</summary>
        public const int ComIntclearSlvifRd2woErrShift = 2;

        /// <summary>Width in bits of com_intclear.slvif_rd2wo_err.</summary>
        public const int ComIntclearSlvifRd2woErrWidth = 1;

        /// <summary>Unshifted mask of com_intclear.slvif_rd2wo_err.</summary>
        public const ulong ComIntclearSlvifRd2woErrMask = 0x1UL;

        /// <summary>Bit position of com_intclear.slvif_wronhold_err [3] (w1c): Write while the register is on hold (channel busy).</summary>
        public const int ComIntclearSlvifWronholdErrShift = 3;

        /// <summary>Width in bits of com_intclear.slvif_wronhold_err.</summary>
        public const int ComIntclearSlvifWronholdErrWidth = 1;

        /// <summary>Unshifted mask of com_intclear.slvif_wronhold_err.</summary>
        public const ulong ComIntclearSlvifWronholdErrMask = 0x1UL;

        /// <summary>Bit position of com_intclear.slvif_undefinedreg_dec_err [8] (w1c): Access to an undefined register.</summary>
        public const int ComIntclearSlvifUndefinedregDecErrShift = 8;

        /// <summary>Width in bits of com_intclear.slvif_undefinedreg_dec_err.</summary>
        public const int ComIntclearSlvifUndefinedregDecErrWidth = 1;

        /// <summary>Unshifted mask of com_intclear.slvif_undefinedreg_dec_err.</summary>
        public const ulong ComIntclearSlvifUndefinedregDecErrMask = 0x1UL;

        /// <summary>com_intstatus_en offset (rw): Enable recording of common-register interrupts in com_intstatus. Same bits as com_intclear.</summary>
        public const ulong ComIntstatusEnOffset = 0x40UL;

        /// <summary>com_intstatus_en reset value.</summary>
        public const ulong ComIntstatusEnReset = 0x0UL;

        /// <summary>Bit position of com_intstatus_en.slvif_dec_err [0] (rw): Slave interface decode error (access to an unmapped address).</summary>
        public const int ComIntstatusEnSlvifDecErrShift = 0;

        /// <summary>Width in bits of com_intstatus_en.slvif_dec_err.</summary>
        public const int ComIntstatusEnSlvifDecErrWidth = 1;

        /// <summary>Unshifted mask of com_intstatus_en.slvif_dec_err.</summary>
        public const ulong ComIntstatusEnSlvifDecErrMask = 0x1UL;

        /// <summary>Bit position of com_intstatus_en.slvif_wr2ro_err [1] (rw): Write to a read-only register.</summary>
        public const int ComIntstatusEnSlvifWr2roErrShift = 1;

        /// <summary>Width in bits of com_intstatus_en.slvif_wr2ro_err.</summary>
        public const int ComIntstatusEnSlvifWr2roErrWidth = 1;

        /// <summary>Unshifted mask of com_intstatus_en.slvif_wr2ro_err.</summary>
        public const ulong ComIntstatusEnSlvifWr2roErrMask = 0x1UL;

        /// <summary>Bit position of com_intstatus_en.slvif_rd2wo_err [2] (rw): Read of a write-only register.</summary>
        public const int ComIntstatusEnSlvifRd2woErrShift = 2;

        /// <summary>Width in bits of com_intstatus_en.slvif_rd2wo_err.</summary>
        public const int ComIntstatusEnSlvifRd2woErrWidth = 1;

        /// <summary>Unshifted mask of com_intstatus_en.slvif_rd2wo_err.</summary>
        public const ulong ComIntstatusEnSlvifRd2woErrMask = 0x1UL;

        /// <summary>Bit position of com_intstatus_en.slvif_wronhold_err [3] (rw): Write while the register is on hold (channel busy).</summary>
        public const int ComIntstatusEnSlvifWronholdErrShift = 3;

        /// <summary>Width in bits of com_intstatus_en.slvif_wronhold_err.</summary>
        public const int ComIntstatusEnSlvifWronholdErrWidth = 1;

        /// <summary>Unshifted mask of com_intstatus_en.slvif_wronhold_err.</summary>
        public const ulong ComIntstatusEnSlvifWronholdErrMask = 0x1UL;

        /// <summary>Bit position of com_intstatus_en.slvif_undefinedreg_dec_err [8] (rw): Access to an undefined register.</summary>
        public const int ComIntstatusEnSlvifUndefinedregDecErrShift = 8;

        /// <summary>Width in bits of com_intstatus_en.slvif_undefinedreg_dec_err.</summary>
        public const int ComIntstatusEnSlvifUndefinedregDecErrWidth = 1;

        /// <summary>Unshifted mask of com_intstatus_en.slvif_undefinedreg_dec_err.</summary>
        public const ulong ComIntstatusEnSlvifUndefinedregDecErrMask = 0x1UL;

        /// <summary>com_intsignal_en offset (rw): Enable propagation of common-register interrupts to the interrupt output. Same bits as com_intclear.</summary>
        public const ulong ComIntsignalEnOffset = 0x48UL;

        /// <summary>com_intsignal_en reset value.</summary>
        public const ulong ComIntsignalEnReset = 0x0UL;

        /// <summary>Bit position of com_intsignal_en.slvif_dec_err [0] (rw): Slave interface decode error (access to an unmapped address).</summary>
        public const int ComIntsignalEnSlvifDecErrShift = 0;

        /// <summary>Width in bits of com_intsignal_en.slvif_dec_err.</summary>
        public const int ComIntsignalEnSlvifDecErrWidth = 1;

        /// <summary>Unshifted mask of com_intsignal_en.slvif_dec_err.</summary>
        public const ulong ComIntsignalEnSlvifDecErrMask = 0x1UL;

        /// <summary>Bit position of com_intsignal_en.slvif_wr2ro_err [1] (rw): Write to a read-only register.</summary>
        public const int ComIntsignalEnSlvifWr2roErrShift = 1;

        /// <summary>Width in bits of com_intsignal_en.slvif_wr2ro_err.</summary>
        public const int ComIntsignalEnSlvifWr2roErrWidth = 1;

        /// <summary>Unshifted mask of com_intsignal_en.slvif_wr2ro_err.</summary>
        public const ulong ComIntsignalEnSlvifWr2roErrMask = 0x1UL;

        /// <summary>Bit position of com_intsignal_en.slvif_rd2wo_err [2] (rw): Read of a write-only register.</summary>
        public const int ComIntsignalEnSlvifRd2woErrShift = 2;

        /// <summary>Width in bits of com_intsignal_en.slvif_rd2wo_err.</summary>
        public const int ComIntsignalEnSlvifRd2woErrWidth = 1;

        /// <summary>Unshifted mask of com_intsignal_en.slvif_rd2wo_err.</summary>
        public const ulong ComIntsignalEnSlvifRd2woErrMask = 0x1UL;

        /// <summary>Bit position of com_intsignal_en.slvif_wronhold_err [3] (rw): Write while the register is on hold (channel busy).</summary>
        public const int ComIntsignalEnSlvifWronholdErrShift = 3;

        /// <summary>Width in bits of com_intsignal_en.slvif_wronhold_err.</summary>
        public const int ComIntsignalEnSlvifWronholdErrWidth = 1;

        /// <summary>Unshifted mask of com_intsignal_en.slvif_wronhold_err.</summary>
        public const ulong ComIntsignalEnSlvifWronholdErrMask = 0x1UL;

        /// <summary>Bit position of com_intsignal_en.slvif_undefinedreg_dec_err [8] (rw): Access to an undefined register.</summary>
        public const int ComIntsignalEnSlvifUndefinedregDecErrShift = 8;

        /// <summary>Width in bits of com_intsignal_en.slvif_undefinedreg_dec_err.</summary>
        public const int ComIntsignalEnSlvifUndefinedregDecErrWidth = 1;

        /// <summary>Unshifted mask of com_intsignal_en.slvif_undefinedreg_dec_err.</summary>
        public const ulong ComIntsignalEnSlvifUndefinedregDecErrMask = 0x1UL;

        /// <summary>com_intstatus offset (ro): Common-register interrupt status. Same bits as com_intclear.</summary>
        public const ulong ComIntstatusOffset = 0x50UL;

        /// <summary>com_intstatus reset value.</summary>
        public const ulong ComIntstatusReset = 0x0UL;

        /// <summary>Bit position of com_intstatus.slvif_dec_err [0] (ro): Slave interface decode error (access to an unmapped address).</summary>
        public const int ComIntstatusSlvifDecErrShift = 0;

        /// <summary>Width in bits of com_intstatus.slvif_dec_err.</summary>
        public const int ComIntstatusSlvifDecErrWidth = 1;

        /// <summary>Unshifted mask of com_intstatus.slvif_dec_err.</summary>
        public const ulong ComIntstatusSlvifDecErrMask = 0x1UL;

        /// <summary>Bit position of com_intstatus.slvif_wr2ro_err [1] (ro): Write to a read-only register.</summary>
        public const int ComIntstatusSlvifWr2roErrShift = 1;

        /// <summary>Width in bits of com_intstatus.slvif_wr2ro_err.</summary>
        public const int ComIntstatusSlvifWr2roErrWidth = 1;

        /// <summary>Unshifted mask of com_intstatus.slvif_wr2ro_err.</summary>
        public const ulong ComIntstatusSlvifWr2roErrMask = 0x1UL;

        /// <summary>Bit position of com_intstatus.slvif_rd2wo_err [2] (ro): Read of a write-only register.</summary>
        public const int ComIntstatusSlvifRd2woErrShift = 2;

        /// <summary>Width in bits of com_intstatus.slvif_rd2wo_err.</summary>
        public const int ComIntstatusSlvifRd2woErrWidth = 1;

        /// <summary>Unshifted mask of com_intstatus.slvif_rd2wo_err.</summary>
        public const ulong ComIntstatusSlvifRd2woErrMask = 0x1UL;

        /// <summary>Bit position of com_intstatus.slvif_wronhold_err [3] (ro): Write while the register is on hold (channel busy).</summary>
        public const int ComIntstatusSlvifWronholdErrShift = 3;

        /// <summary>Width in bits of com_intstatus.slvif_wronhold_err.</summary>
        public const int ComIntstatusSlvifWronholdErrWidth = 1;

        /// <summary>Unshifted mask of com_intstatus.slvif_wronhold_err.</summary>
        public const ulong ComIntstatusSlvifWronholdErrMask = 0x1UL;

        /// <summary>Bit position of com_intstatus.slvif_undefinedreg_dec_err [8] (ro): Access to an undefined register.</summary>
        public const int ComIntstatusSlvifUndefinedregDecErrShift = 8;

        /// <summary>Width in bits of com_intstatus.slvif_undefinedreg_dec_err.</summary>
        public const int ComIntstatusSlvifUndefinedregDecErrWidth = 1;

        /// <summary>Unshifted mask of com_intstatus.slvif_undefinedreg_dec_err.</summary>
        public const ulong ComIntstatusSlvifUndefinedregDecErrMask = 0x1UL;

        /// <summary>reset offset (rw): Software reset of the controller.</summary>
        public const ulong ResetOffset = 0x58UL;

        /// <summary>reset reset value.</summary>
        public const ulong ResetReset = 0x0UL;

        /// <summary>Bit position of reset.rst [0] (rw): Write 1 to reset; reads 1 until the reset has completed (the SDK polls it).</summary>
        public const int ResetRstShift = 0;

        /// <summary>Width in bits of reset.rst.</summary>
        public const int ResetRstWidth = 1;

        /// <summary>Unshifted mask of reset.rst.</summary>
        public const ulong ResetRstMask = 0x1UL;

        /// <summary>Number of channels.</summary>
        public const int ChannelCount = 6;

        /// <summary>Offset of channel 0's register window.</summary>
        public const ulong ChBaseOffset = 0x100UL;

        /// <summary>Distance between two channel windows.</summary>
        public const ulong ChStride = 0x100UL;

        /// <summary>Per-channel register sar offset (rw): Source address of the current block.</summary>
        public const ulong ChSarOffset = 0x00UL;

        /// <summary>Per-channel register sar reset value.</summary>
        public const ulong ChSarReset = 0x0UL;

        /// <summary>Per-channel register dar offset (rw): Destination address of the current block.</summary>
        public const ulong ChDarOffset = 0x08UL;

        /// <summary>Per-channel register dar reset value.</summary>
        public const ulong ChDarReset = 0x0UL;

        /// <summary>Per-channel register block_ts offset (rw): Block size.</summary>
        public const ulong ChBlockTsOffset = 0x10UL;

        /// <summary>Per-channel register block_ts reset value.</summary>
        public const ulong ChBlockTsReset = 0x0UL;

        /// <summary>Bit position of block_ts.block_ts [21:0] (rw): Elements of src_tr_width per block.</summary>
        public const int ChBlockTsBlockTsShift = 0;

        /// <summary>Width in bits of block_ts.block_ts.</summary>
        public const int ChBlockTsBlockTsWidth = 22;

        /// <summary>Unshifted mask of block_ts.block_ts.</summary>
        public const ulong ChBlockTsBlockTsMask = 0x3FFFFFUL;

        /// <summary>Per-channel register ctl offset (rw): Channel control: masters, address update, element width, burst length, interrupts and linked-list flags.</summary>
        public const ulong ChCtlOffset = 0x18UL;

        /// <summary>Per-channel register ctl reset value.</summary>
        public const ulong ChCtlReset = 0x0UL;

        /// <summary>Bit position of ctl.sms [0] (rw): Source AXI master.</summary>
        public const int ChCtlSmsShift = 0;

        /// <summary>Width in bits of ctl.sms.</summary>
        public const int ChCtlSmsWidth = 1;

        /// <summary>Unshifted mask of ctl.sms.</summary>
        public const ulong ChCtlSmsMask = 0x1UL;

        /// <summary>Bit position of ctl.dms [2] (rw): Destination AXI master.</summary>
        public const int ChCtlDmsShift = 2;

        /// <summary>Width in bits of ctl.dms.</summary>
        public const int ChCtlDmsWidth = 1;

        /// <summary>Unshifted mask of ctl.dms.</summary>
        public const ulong ChCtlDmsMask = 0x1UL;

        /// <summary>Bit position of ctl.sinc [4] (rw): Source address update.</summary>
        public const int ChCtlSincShift = 4;

        /// <summary>Width in bits of ctl.sinc.</summary>
        public const int ChCtlSincWidth = 1;

        /// <summary>Unshifted mask of ctl.sinc.</summary>
        public const ulong ChCtlSincMask = 0x1UL;

        /// <summary>Bit position of ctl.dinc [6] (rw): Destination address update.</summary>
        public const int ChCtlDincShift = 6;

        /// <summary>Width in bits of ctl.dinc.</summary>
        public const int ChCtlDincWidth = 1;

        /// <summary>Unshifted mask of ctl.dinc.</summary>
        public const ulong ChCtlDincMask = 0x1UL;

        /// <summary>Bit position of ctl.src_tr_width [10:8] (rw): Source element width.</summary>
        public const int ChCtlSrcTrWidthShift = 8;

        /// <summary>Width in bits of ctl.src_tr_width.</summary>
        public const int ChCtlSrcTrWidthWidth = 3;

        /// <summary>Unshifted mask of ctl.src_tr_width.</summary>
        public const ulong ChCtlSrcTrWidthMask = 0x7UL;

        /// <summary>Bit position of ctl.dst_tr_width [13:11] (rw): Destination element width.</summary>
        public const int ChCtlDstTrWidthShift = 11;

        /// <summary>Width in bits of ctl.dst_tr_width.</summary>
        public const int ChCtlDstTrWidthWidth = 3;

        /// <summary>Unshifted mask of ctl.dst_tr_width.</summary>
        public const ulong ChCtlDstTrWidthMask = 0x7UL;

        /// <summary>Bit position of ctl.src_msize [17:14] (rw): Source burst length.</summary>
        public const int ChCtlSrcMsizeShift = 14;

        /// <summary>Width in bits of ctl.src_msize.</summary>
        public const int ChCtlSrcMsizeWidth = 4;

        /// <summary>Unshifted mask of ctl.src_msize.</summary>
        public const ulong ChCtlSrcMsizeMask = 0xFUL;

        /// <summary>Bit position of ctl.dst_msize [21:18] (rw): Destination burst length.</summary>
        public const int ChCtlDstMsizeShift = 18;

        /// <summary>Width in bits of ctl.dst_msize.</summary>
        public const int ChCtlDstMsizeWidth = 4;

        /// <summary>Unshifted mask of ctl.dst_msize.</summary>
        public const ulong ChCtlDstMsizeMask = 0xFUL;

        /// <summary>Bit position of ctl.nonposted_lastwrite_en [30] (rw): 1 = the last write of a block is non-posted.</summary>
        public const int ChCtlNonpostedLastwriteEnShift = 30;

        /// <summary>Width in bits of ctl.nonposted_lastwrite_en.</summary>
        public const int ChCtlNonpostedLastwriteEnWidth = 1;

        /// <summary>Unshifted mask of ctl.nonposted_lastwrite_en.</summary>
        public const ulong ChCtlNonpostedLastwriteEnMask = 0x1UL;

        /// <summary>Bit position of ctl.arlen_en [38] (rw): 1 = use arlen as the source AXI burst length.</summary>
        public const int ChCtlArlenEnShift = 38;

        /// <summary>Width in bits of ctl.arlen_en.</summary>
        public const int ChCtlArlenEnWidth = 1;

        /// <summary>Unshifted mask of ctl.arlen_en.</summary>
        public const ulong ChCtlArlenEnMask = 0x1UL;

        /// <summary>Bit position of ctl.arlen [46:39] (rw): Source AXI burst length.</summary>
        public const int ChCtlArlenShift = 39;

        /// <summary>Width in bits of ctl.arlen.</summary>
        public const int ChCtlArlenWidth = 8;

        /// <summary>Unshifted mask of ctl.arlen.</summary>
        public const ulong ChCtlArlenMask = 0xFFUL;

        /// <summary>Bit position of ctl.awlen_en [47] (rw): 1 = use awlen as the destination AXI burst length.</summary>
        public const int ChCtlAwlenEnShift = 47;

        /// <summary>Width in bits of ctl.awlen_en.</summary>
        public const int ChCtlAwlenEnWidth = 1;

        /// <summary>Unshifted mask of ctl.awlen_en.</summary>
        public const ulong ChCtlAwlenEnMask = 0x1UL;

        /// <summary>Bit position of ctl.awlen [55:48] (rw): Destination AXI burst length.</summary>
        public const int ChCtlAwlenShift = 48;

        /// <summary>Width in bits of ctl.awlen.</summary>
        public const int ChCtlAwlenWidth = 8;

        /// <summary>Unshifted mask of ctl.awlen.</summary>
        public const ulong ChCtlAwlenMask = 0xFFUL;

        /// <summary>Bit position of ctl.src_stat_en [56] (rw): 1 = fetch source status after each block.</summary>
        public const int ChCtlSrcStatEnShift = 56;

        /// <summary>Width in bits of ctl.src_stat_en.</summary>
        public const int ChCtlSrcStatEnWidth = 1;

        /// <summary>Unshifted mask of ctl.src_stat_en.</summary>
        public const ulong ChCtlSrcStatEnMask = 0x1UL;

        /// <summary>Bit position of ctl.dst_stat_en [57] (rw): 1 = fetch destination status after each block.</summary>
        public const int ChCtlDstStatEnShift = 57;

        /// <summary>Width in bits of ctl.dst_stat_en.</summary>
        public const int ChCtlDstStatEnWidth = 1;

        /// <summary>Unshifted mask of ctl.dst_stat_en.</summary>
        public const ulong ChCtlDstStatEnMask = 0x1UL;

        /// <summary>Bit position of ctl.ioc_blktfr [58] (rw): 1 = raise block_tfr_done at the end of each block.</summary>
        public const int ChCtlIocBlktfrShift = 58;

        /// <summary>Width in bits of ctl.ioc_blktfr.</summary>
        public const int ChCtlIocBlktfrWidth = 1;

        /// <summary>Unshifted mask of ctl.ioc_blktfr.</summary>
        public const ulong ChCtlIocBlktfrMask = 0x1UL;

        /// <summary>Bit position of ctl.shadowreg_or_lli_last [62] (rw): 1 = this is the last block of a shadow-register or linked-list transfer.</summary>
        public const int ChCtlShadowregOrLliLastShift = 62;

        /// <summary>Width in bits of ctl.shadowreg_or_lli_last.</summary>
        public const int ChCtlShadowregOrLliLastWidth = 1;

        /// <summary>Unshifted mask of ctl.shadowreg_or_lli_last.</summary>
        public const ulong ChCtlShadowregOrLliLastMask = 0x1UL;

        /// <summary>Bit position of ctl.shadowreg_or_lli_valid [63] (rw): 1 = the shadow registers / linked-list item are valid.</summary>
        public const int ChCtlShadowregOrLliValidShift = 63;

        /// <summary>Width in bits of ctl.shadowreg_or_lli_valid.</summary>
        public const int ChCtlShadowregOrLliValidWidth = 1;

        /// <summary>Unshifted mask of ctl.shadowreg_or_lli_valid.</summary>
        public const ulong ChCtlShadowregOrLliValidMask = 0x1UL;

        /// <summary>Per-channel register cfg offset (rw): Channel configuration: multi-block mode, flow control, handshakes, priority. The SDK writes it before block_ts, sar and dar.</summary>
        public const ulong ChCfgOffset = 0x20UL;

        /// <summary>Per-channel register cfg reset value.</summary>
        public const ulong ChCfgReset = 0x0UL;

        /// <summary>Bit position of cfg.src_multblk_type [1:0] (rw): Source multi-block type.</summary>
        public const int ChCfgSrcMultblkTypeShift = 0;

        /// <summary>Width in bits of cfg.src_multblk_type.</summary>
        public const int ChCfgSrcMultblkTypeWidth = 2;

        /// <summary>Unshifted mask of cfg.src_multblk_type.</summary>
        public const ulong ChCfgSrcMultblkTypeMask = 0x3UL;

        /// <summary>Bit position of cfg.dst_multblk_type [3:2] (rw): Destination multi-block type.</summary>
        public const int ChCfgDstMultblkTypeShift = 2;

        /// <summary>Width in bits of cfg.dst_multblk_type.</summary>
        public const int ChCfgDstMultblkTypeWidth = 2;

        /// <summary>Unshifted mask of cfg.dst_multblk_type.</summary>
        public const ulong ChCfgDstMultblkTypeMask = 0x3UL;

        /// <summary>Bit position of cfg.tt_fc [34:32] (rw): Transfer type and flow controller.</summary>
        public const int ChCfgTtFcShift = 32;

        /// <summary>Width in bits of cfg.tt_fc.</summary>
        public const int ChCfgTtFcWidth = 3;

        /// <summary>Unshifted mask of cfg.tt_fc.</summary>
        public const ulong ChCfgTtFcMask = 0x7UL;

        /// <summary>Bit position of cfg.hs_sel_src [35] (rw): Source handshake kind.</summary>
        public const int ChCfgHsSelSrcShift = 35;

        /// <summary>Width in bits of cfg.hs_sel_src.</summary>
        public const int ChCfgHsSelSrcWidth = 1;

        /// <summary>Unshifted mask of cfg.hs_sel_src.</summary>
        public const ulong ChCfgHsSelSrcMask = 0x1UL;

        /// <summary>Bit position of cfg.hs_sel_dst [36] (rw): Destination handshake kind.</summary>
        public const int ChCfgHsSelDstShift = 36;

        /// <summary>Width in bits of cfg.hs_sel_dst.</summary>
        public const int ChCfgHsSelDstWidth = 1;

        /// <summary>Unshifted mask of cfg.hs_sel_dst.</summary>
        public const ulong ChCfgHsSelDstMask = 0x1UL;

        /// <summary>Bit position of cfg.src_hwhs_pol [37] (rw): Source hardware handshake polarity.</summary>
        public const int ChCfgSrcHwhsPolShift = 37;

        /// <summary>Width in bits of cfg.src_hwhs_pol.</summary>
        public const int ChCfgSrcHwhsPolWidth = 1;

        /// <summary>Unshifted mask of cfg.src_hwhs_pol.</summary>
        public const ulong ChCfgSrcHwhsPolMask = 0x1UL;

        /// <summary>Bit position of cfg.dst_hwhs_pol [38] (rw): Destination hardware handshake polarity.</summary>
        public const int ChCfgDstHwhsPolShift = 38;

        /// <summary>Width in bits of cfg.dst_hwhs_pol.</summary>
        public const int ChCfgDstHwhsPolWidth = 1;

        /// <summary>Unshifted mask of cfg.dst_hwhs_pol.</summary>
        public const ulong ChCfgDstHwhsPolMask = 0x1UL;

        /// <summary>Bit position of cfg.src_per [42:39] (rw): Hardware handshake interface of the source. The SDK uses the channel number; sysctl dma_sel then routes a peripheral request to that interface.</summary>
        public const int ChCfgSrcPerShift = 39;

        /// <summary>Width in bits of cfg.src_per.</summary>
        public const int ChCfgSrcPerWidth = 4;

        /// <summary>Unshifted mask of cfg.src_per.</summary>
        public const ulong ChCfgSrcPerMask = 0xFUL;

        /// <summary>Bit position of cfg.dst_per [47:44] (rw): Hardware handshake interface of the destination (see src_per).</summary>
        public const int ChCfgDstPerShift = 44;

        /// <summary>Width in bits of cfg.dst_per.</summary>
        public const int ChCfgDstPerWidth = 4;

        /// <summary>Unshifted mask of cfg.dst_per.</summary>
        public const ulong ChCfgDstPerMask = 0xFUL;

        /// <summary>Bit position of cfg.ch_prior [51:49] (rw): Channel priority, 7 highest.</summary>
        public const int ChCfgChPriorShift = 49;

        /// <summary>Width in bits of cfg.ch_prior.</summary>
        public const int ChCfgChPriorWidth = 3;

        /// <summary>Unshifted mask of cfg.ch_prior.</summary>
        public const ulong ChCfgChPriorMask = 0x7UL;

        /// <summary>Bit position of cfg.lock_ch [52] (rw): 1 = lock the channel for the duration given by lock_ch_l.</summary>
        public const int ChCfgLockChShift = 52;

        /// <summary>Width in bits of cfg.lock_ch.</summary>
        public const int ChCfgLockChWidth = 1;

        /// <summary>Unshifted mask of cfg.lock_ch.</summary>
        public const ulong ChCfgLockChMask = 0x1UL;

        /// <summary>Bit position of cfg.lock_ch_l [54:53] (rw): Channel lock level (0 = whole transfer, 1 = block, 2 = transaction).</summary>
        public const int ChCfgLockChLShift = 53;

        /// <summary>Width in bits of cfg.lock_ch_l.</summary>
        public const int ChCfgLockChLWidth = 2;

        /// <summary>Unshifted mask of cfg.lock_ch_l.</summary>
        public const ulong ChCfgLockChLMask = 0x3UL;

        /// <summary>Bit position of cfg.src_osr_lmt [58:55] (rw): Source outstanding request limit.</summary>
        public const int ChCfgSrcOsrLmtShift = 55;

        /// <summary>Width in bits of cfg.src_osr_lmt.</summary>
        public const int ChCfgSrcOsrLmtWidth = 4;

        /// <summary>Unshifted mask of cfg.src_osr_lmt.</summary>
        public const ulong ChCfgSrcOsrLmtMask = 0xFUL;

        /// <summary>Bit position of cfg.dst_osr_lmt [62:59] (rw): Destination outstanding request limit.</summary>
        public const int ChCfgDstOsrLmtShift = 59;

        /// <summary>Width in bits of cfg.dst_osr_lmt.</summary>
        public const int ChCfgDstOsrLmtWidth = 4;

        /// <summary>Unshifted mask of cfg.dst_osr_lmt.</summary>
        public const ulong ChCfgDstOsrLmtMask = 0xFUL;

        /// <summary>Per-channel register llp offset (rw): Linked-list pointer.</summary>
        public const ulong ChLlpOffset = 0x28UL;

        /// <summary>Per-channel register llp reset value.</summary>
        public const ulong ChLlpReset = 0x0UL;

        /// <summary>Bit position of llp.lms [0] (rw): AXI master used to fetch linked-list items.</summary>
        public const int ChLlpLmsShift = 0;

        /// <summary>Width in bits of llp.lms.</summary>
        public const int ChLlpLmsWidth = 1;

        /// <summary>Unshifted mask of llp.lms.</summary>
        public const ulong ChLlpLmsMask = 0x1UL;

        /// <summary>Bit position of llp.loc [63:6] (rw): Address of the next linked-list item, in 64-byte units (address &gt;&gt; 6).</summary>
        public const int ChLlpLocShift = 6;

        /// <summary>Width in bits of llp.loc.</summary>
        public const int ChLlpLocWidth = 58;

        /// <summary>Unshifted mask of llp.loc.</summary>
        public const ulong ChLlpLocMask = 0x3FFFFFFFFFFFFFFUL;

        /// <summary>Per-channel register status offset (ro): Channel status.</summary>
        public const ulong ChStatusOffset = 0x30UL;

        /// <summary>Per-channel register status reset value.</summary>
        public const ulong ChStatusReset = 0x0UL;

        /// <summary>Bit position of status.cmpltd_blk_size [21:0] (ro): Elements transferred so far in the current block.</summary>
        public const int ChStatusCmpltdBlkSizeShift = 0;

        /// <summary>Width in bits of status.cmpltd_blk_size.</summary>
        public const int ChStatusCmpltdBlkSizeWidth = 22;

        /// <summary>Unshifted mask of status.cmpltd_blk_size.</summary>
        public const ulong ChStatusCmpltdBlkSizeMask = 0x3FFFFFUL;

        /// <summary>Per-channel register swhssrc offset (rw): Software handshake, source side. Each request bit changes only when its _we bit is 1 in the same write.</summary>
        public const ulong ChSwhssrcOffset = 0x38UL;

        /// <summary>Per-channel register swhssrc reset value.</summary>
        public const ulong ChSwhssrcReset = 0x0UL;

        /// <summary>Bit position of swhssrc.swhs_req_src [0] (rw): Burst transaction request.</summary>
        public const int ChSwhssrcSwhsReqSrcShift = 0;

        /// <summary>Width in bits of swhssrc.swhs_req_src.</summary>
        public const int ChSwhssrcSwhsReqSrcWidth = 1;

        /// <summary>Unshifted mask of swhssrc.swhs_req_src.</summary>
        public const ulong ChSwhssrcSwhsReqSrcMask = 0x1UL;

        /// <summary>Bit position of swhssrc.swhs_req_src_we [1] (wo): Write enable for swhs_req_src.</summary>
        public const int ChSwhssrcSwhsReqSrcWeShift = 1;

        /// <summary>Width in bits of swhssrc.swhs_req_src_we.</summary>
        public const int ChSwhssrcSwhsReqSrcWeWidth = 1;

        /// <summary>Unshifted mask of swhssrc.swhs_req_src_we.</summary>
        public const ulong ChSwhssrcSwhsReqSrcWeMask = 0x1UL;

        /// <summary>Bit position of swhssrc.swhs_sglreq_src [2] (rw): Single transaction request.</summary>
        public const int ChSwhssrcSwhsSglreqSrcShift = 2;

        /// <summary>Width in bits of swhssrc.swhs_sglreq_src.</summary>
        public const int ChSwhssrcSwhsSglreqSrcWidth = 1;

        /// <summary>Unshifted mask of swhssrc.swhs_sglreq_src.</summary>
        public const ulong ChSwhssrcSwhsSglreqSrcMask = 0x1UL;

        /// <summary>Bit position of swhssrc.swhs_sglreq_src_we [3] (wo): Write enable for swhs_sglreq_src.</summary>
        public const int ChSwhssrcSwhsSglreqSrcWeShift = 3;

        /// <summary>Width in bits of swhssrc.swhs_sglreq_src_we.</summary>
        public const int ChSwhssrcSwhsSglreqSrcWeWidth = 1;

        /// <summary>Unshifted mask of swhssrc.swhs_sglreq_src_we.</summary>
        public const ulong ChSwhssrcSwhsSglreqSrcWeMask = 0x1UL;

        /// <summary>Bit position of swhssrc.swhs_lst_src [4] (rw): Last transaction request.</summary>
        public const int ChSwhssrcSwhsLstSrcShift = 4;

        /// <summary>Width in bits of swhssrc.swhs_lst_src.</summary>
        public const int ChSwhssrcSwhsLstSrcWidth = 1;

        /// <summary>Unshifted mask of swhssrc.swhs_lst_src.</summary>
        public const ulong ChSwhssrcSwhsLstSrcMask = 0x1UL;

        /// <summary>Bit position of swhssrc.swhs_lst_src_we [5] (wo): Write enable for swhs_lst_src.</summary>
        public const int ChSwhssrcSwhsLstSrcWeShift = 5;

        /// <summary>Width in bits of swhssrc.swhs_lst_src_we.</summary>
        public const int ChSwhssrcSwhsLstSrcWeWidth = 1;

        /// <summary>Unshifted mask of swhssrc.swhs_lst_src_we.</summary>
        public const ulong ChSwhssrcSwhsLstSrcWeMask = 0x1UL;

        /// <summary>Per-channel register swhsdst offset (rw): Software handshake, destination side. Each request bit changes only when its _we bit is 1 in the same write.</summary>
        public const ulong ChSwhsdstOffset = 0x40UL;

        /// <summary>Per-channel register swhsdst reset value.</summary>
        public const ulong ChSwhsdstReset = 0x0UL;

        /// <summary>Bit position of swhsdst.swhs_req_dst [0] (rw): Burst transaction request.</summary>
        public const int ChSwhsdstSwhsReqDstShift = 0;

        /// <summary>Width in bits of swhsdst.swhs_req_dst.</summary>
        public const int ChSwhsdstSwhsReqDstWidth = 1;

        /// <summary>Unshifted mask of swhsdst.swhs_req_dst.</summary>
        public const ulong ChSwhsdstSwhsReqDstMask = 0x1UL;

        /// <summary>Bit position of swhsdst.swhs_req_dst_we [1] (wo): Write enable for swhs_req_dst.</summary>
        public const int ChSwhsdstSwhsReqDstWeShift = 1;

        /// <summary>Width in bits of swhsdst.swhs_req_dst_we.</summary>
        public const int ChSwhsdstSwhsReqDstWeWidth = 1;

        /// <summary>Unshifted mask of swhsdst.swhs_req_dst_we.</summary>
        public const ulong ChSwhsdstSwhsReqDstWeMask = 0x1UL;

        /// <summary>Bit position of swhsdst.swhs_sglreq_dst [2] (rw): Single transaction request.</summary>
        public const int ChSwhsdstSwhsSglreqDstShift = 2;

        /// <summary>Width in bits of swhsdst.swhs_sglreq_dst.</summary>
        public const int ChSwhsdstSwhsSglreqDstWidth = 1;

        /// <summary>Unshifted mask of swhsdst.swhs_sglreq_dst.</summary>
        public const ulong ChSwhsdstSwhsSglreqDstMask = 0x1UL;

        /// <summary>Bit position of swhsdst.swhs_sglreq_dst_we [3] (wo): Write enable for swhs_sglreq_dst.</summary>
        public const int ChSwhsdstSwhsSglreqDstWeShift = 3;

        /// <summary>Width in bits of swhsdst.swhs_sglreq_dst_we.</summary>
        public const int ChSwhsdstSwhsSglreqDstWeWidth = 1;

        /// <summary>Unshifted mask of swhsdst.swhs_sglreq_dst_we.</summary>
        public const ulong ChSwhsdstSwhsSglreqDstWeMask = 0x1UL;

        /// <summary>Bit position of swhsdst.swhs_lst_dst [4] (rw): Last transaction request.</summary>
        public const int ChSwhsdstSwhsLstDstShift = 4;

        /// <summary>Width in bits of swhsdst.swhs_lst_dst.</summary>
        public const int ChSwhsdstSwhsLstDstWidth = 1;

        /// <summary>Unshifted mask of swhsdst.swhs_lst_dst.</summary>
        public const ulong ChSwhsdstSwhsLstDstMask = 0x1UL;

        /// <summary>Bit position of swhsdst.swhs_lst_dst_we [5] (wo): Write enable for swhs_lst_dst.</summary>
        public const int ChSwhsdstSwhsLstDstWeShift = 5;

        /// <summary>Width in bits of swhsdst.swhs_lst_dst_we.</summary>
        public const int ChSwhsdstSwhsLstDstWeWidth = 1;

        /// <summary>Unshifted mask of swhsdst.swhs_lst_dst_we.</summary>
        public const ulong ChSwhsdstSwhsLstDstWeMask = 0x1UL;

        /// <summary>Per-channel register blk_tfr_resumereq offset (wo): Block transfer resume request (the SDK struct member is named blk_tfr).</summary>
        public const ulong ChBlkTfrResumereqOffset = 0x48UL;

        /// <summary>Per-channel register blk_tfr_resumereq reset value.</summary>
        public const ulong ChBlkTfrResumereqReset = 0x0UL;

        /// <summary>Bit position of blk_tfr_resumereq.blk_tfr_resumereq [0] (wo): Write 1 to resume a transfer stalled between blocks.</summary>
        public const int ChBlkTfrResumereqBlkTfrResumereqShift = 0;

        /// <summary>Width in bits of blk_tfr_resumereq.blk_tfr_resumereq.</summary>
        public const int ChBlkTfrResumereqBlkTfrResumereqWidth = 1;

        /// <summary>Unshifted mask of blk_tfr_resumereq.blk_tfr_resumereq.</summary>
        public const ulong ChBlkTfrResumereqBlkTfrResumereqMask = 0x1UL;

        /// <summary>Per-channel register axi_id offset (rw): AXI ID suffixes; fields not described by the SDK.</summary>
        public const ulong ChAxiIdOffset = 0x50UL;

        /// <summary>Per-channel register axi_id reset value.</summary>
        public const ulong ChAxiIdReset = 0x0UL;

        /// <summary>Per-channel register axi_qos offset (rw): AXI QoS values; fields not described by the SDK.</summary>
        public const ulong ChAxiQosOffset = 0x58UL;

        /// <summary>Per-channel register axi_qos reset value.</summary>
        public const ulong ChAxiQosReset = 0x0UL;

        /// <summary>Per-channel register intstatus_en offset (rw): Enable recording of channel events in intstatus. The SDK writes 0x2 (dma_tfr_done only).</summary>
        public const ulong ChIntstatusEnOffset = 0x80UL;

        /// <summary>Per-channel register intstatus_en reset value.</summary>
        public const ulong ChIntstatusEnReset = 0x0UL;

        /// <summary>Bit position of intstatus_en.block_tfr_done [0] (rw): Block transfer done.</summary>
        public const int ChIntstatusEnBlockTfrDoneShift = 0;

        /// <summary>Width in bits of intstatus_en.block_tfr_done.</summary>
        public const int ChIntstatusEnBlockTfrDoneWidth = 1;

        /// <summary>Unshifted mask of intstatus_en.block_tfr_done.</summary>
        public const ulong ChIntstatusEnBlockTfrDoneMask = 0x1UL;

        /// <summary>Bit position of intstatus_en.dma_tfr_done [1] (rw): Whole DMA transfer done (the SDK's completion test).</summary>
        public const int ChIntstatusEnDmaTfrDoneShift = 1;

        /// <summary>Width in bits of intstatus_en.dma_tfr_done.</summary>
        public const int ChIntstatusEnDmaTfrDoneWidth = 1;

        /// <summary>Unshifted mask of intstatus_en.dma_tfr_done.</summary>
        public const ulong ChIntstatusEnDmaTfrDoneMask = 0x1UL;

        /// <summary>Bit position of intstatus_en.src_transcomp [3] (rw): Source transaction complete.</summary>
        public const int ChIntstatusEnSrcTranscompShift = 3;

        /// <summary>Width in bits of intstatus_en.src_transcomp.</summary>
        public const int ChIntstatusEnSrcTranscompWidth = 1;

        /// <summary>Unshifted mask of intstatus_en.src_transcomp.</summary>
        public const ulong ChIntstatusEnSrcTranscompMask = 0x1UL;

        /// <summary>Bit position of intstatus_en.dst_transcomp [4] (rw): Destination transaction complete.</summary>
        public const int ChIntstatusEnDstTranscompShift = 4;

        /// <summary>Width in bits of intstatus_en.dst_transcomp.</summary>
        public const int ChIntstatusEnDstTranscompWidth = 1;

        /// <summary>Unshifted mask of intstatus_en.dst_transcomp.</summary>
        public const ulong ChIntstatusEnDstTranscompMask = 0x1UL;

        /// <summary>Bit position of intstatus_en.src_dec_err [5] (rw): Source decode error.</summary>
        public const int ChIntstatusEnSrcDecErrShift = 5;

        /// <summary>Width in bits of intstatus_en.src_dec_err.</summary>
        public const int ChIntstatusEnSrcDecErrWidth = 1;

        /// <summary>Unshifted mask of intstatus_en.src_dec_err.</summary>
        public const ulong ChIntstatusEnSrcDecErrMask = 0x1UL;

        /// <summary>Bit position of intstatus_en.dst_dec_err [6] (rw): Destination decode error.</summary>
        public const int ChIntstatusEnDstDecErrShift = 6;

        /// <summary>Width in bits of intstatus_en.dst_dec_err.</summary>
        public const int ChIntstatusEnDstDecErrWidth = 1;

        /// <summary>Unshifted mask of intstatus_en.dst_dec_err.</summary>
        public const ulong ChIntstatusEnDstDecErrMask = 0x1UL;

        /// <summary>Bit position of intstatus_en.src_slv_err [7] (rw): Source slave error.</summary>
        public const int ChIntstatusEnSrcSlvErrShift = 7;

        /// <summary>Width in bits of intstatus_en.src_slv_err.</summary>
        public const int ChIntstatusEnSrcSlvErrWidth = 1;

        /// <summary>Unshifted mask of intstatus_en.src_slv_err.</summary>
        public const ulong ChIntstatusEnSrcSlvErrMask = 0x1UL;

        /// <summary>Bit position of intstatus_en.dst_slv_err [8] (rw): Destination slave error.</summary>
        public const int ChIntstatusEnDstSlvErrShift = 8;

        /// <summary>Width in bits of intstatus_en.dst_slv_err.</summary>
        public const int ChIntstatusEnDstSlvErrWidth = 1;

        /// <summary>Unshifted mask of intstatus_en.dst_slv_err.</summary>
        public const ulong ChIntstatusEnDstSlvErrMask = 0x1UL;

        /// <summary>Bit position of intstatus_en.lli_rd_dec_err [9] (rw): Linked-list item read decode error.</summary>
        public const int ChIntstatusEnLliRdDecErrShift = 9;

        /// <summary>Width in bits of intstatus_en.lli_rd_dec_err.</summary>
        public const int ChIntstatusEnLliRdDecErrWidth = 1;

        /// <summary>Unshifted mask of intstatus_en.lli_rd_dec_err.</summary>
        public const ulong ChIntstatusEnLliRdDecErrMask = 0x1UL;

        /// <summary>Bit position of intstatus_en.lli_wr_dec_err [10] (rw): Linked-list item write decode error.</summary>
        public const int ChIntstatusEnLliWrDecErrShift = 10;

        /// <summary>Width in bits of intstatus_en.lli_wr_dec_err.</summary>
        public const int ChIntstatusEnLliWrDecErrWidth = 1;

        /// <summary>Unshifted mask of intstatus_en.lli_wr_dec_err.</summary>
        public const ulong ChIntstatusEnLliWrDecErrMask = 0x1UL;

        /// <summary>Bit position of intstatus_en.lli_rd_slv_err [11] (rw): Linked-list item read slave error.</summary>
        public const int ChIntstatusEnLliRdSlvErrShift = 11;

        /// <summary>Width in bits of intstatus_en.lli_rd_slv_err.</summary>
        public const int ChIntstatusEnLliRdSlvErrWidth = 1;

        /// <summary>Unshifted mask of intstatus_en.lli_rd_slv_err.</summary>
        public const ulong ChIntstatusEnLliRdSlvErrMask = 0x1UL;

        /// <summary>Bit position of intstatus_en.lli_wr_slv_err [12] (rw): Linked-list item write slave error.</summary>
        public const int ChIntstatusEnLliWrSlvErrShift = 12;

        /// <summary>Width in bits of intstatus_en.lli_wr_slv_err.</summary>
        public const int ChIntstatusEnLliWrSlvErrWidth = 1;

        /// <summary>Unshifted mask of intstatus_en.lli_wr_slv_err.</summary>
        public const ulong ChIntstatusEnLliWrSlvErrMask = 0x1UL;

        /// <summary>Per-channel register intstatus offset (ro): Channel event status (enabled events only). Bit layout taken from intstatus_en; the SDK tests bit 1 (dma_tfr_done).</summary>
        public const ulong ChIntstatusOffset = 0x88UL;

        /// <summary>Per-channel register intstatus reset value.</summary>
        public const ulong ChIntstatusReset = 0x0UL;

        /// <summary>Bit position of intstatus.block_tfr_done [0] (ro): Block transfer done.</summary>
        public const int ChIntstatusBlockTfrDoneShift = 0;

        /// <summary>Width in bits of intstatus.block_tfr_done.</summary>
        public const int ChIntstatusBlockTfrDoneWidth = 1;

        /// <summary>Unshifted mask of intstatus.block_tfr_done.</summary>
        public const ulong ChIntstatusBlockTfrDoneMask = 0x1UL;

        /// <summary>Bit position of intstatus.dma_tfr_done [1] (ro): Whole DMA transfer done (the SDK's completion test).</summary>
        public const int ChIntstatusDmaTfrDoneShift = 1;

        /// <summary>Width in bits of intstatus.dma_tfr_done.</summary>
        public const int ChIntstatusDmaTfrDoneWidth = 1;

        /// <summary>Unshifted mask of intstatus.dma_tfr_done.</summary>
        public const ulong ChIntstatusDmaTfrDoneMask = 0x1UL;

        /// <summary>Bit position of intstatus.src_transcomp [3] (ro): Source transaction complete.</summary>
        public const int ChIntstatusSrcTranscompShift = 3;

        /// <summary>Width in bits of intstatus.src_transcomp.</summary>
        public const int ChIntstatusSrcTranscompWidth = 1;

        /// <summary>Unshifted mask of intstatus.src_transcomp.</summary>
        public const ulong ChIntstatusSrcTranscompMask = 0x1UL;

        /// <summary>Bit position of intstatus.dst_transcomp [4] (ro): Destination transaction complete.</summary>
        public const int ChIntstatusDstTranscompShift = 4;

        /// <summary>Width in bits of intstatus.dst_transcomp.</summary>
        public const int ChIntstatusDstTranscompWidth = 1;

        /// <summary>Unshifted mask of intstatus.dst_transcomp.</summary>
        public const ulong ChIntstatusDstTranscompMask = 0x1UL;

        /// <summary>Bit position of intstatus.src_dec_err [5] (ro): Source decode error.</summary>
        public const int ChIntstatusSrcDecErrShift = 5;

        /// <summary>Width in bits of intstatus.src_dec_err.</summary>
        public const int ChIntstatusSrcDecErrWidth = 1;

        /// <summary>Unshifted mask of intstatus.src_dec_err.</summary>
        public const ulong ChIntstatusSrcDecErrMask = 0x1UL;

        /// <summary>Bit position of intstatus.dst_dec_err [6] (ro): Destination decode error.</summary>
        public const int ChIntstatusDstDecErrShift = 6;

        /// <summary>Width in bits of intstatus.dst_dec_err.</summary>
        public const int ChIntstatusDstDecErrWidth = 1;

        /// <summary>Unshifted mask of intstatus.dst_dec_err.</summary>
        public const ulong ChIntstatusDstDecErrMask = 0x1UL;

        /// <summary>Bit position of intstatus.src_slv_err [7] (ro): Source slave error.</summary>
        public const int ChIntstatusSrcSlvErrShift = 7;

        /// <summary>Width in bits of intstatus.src_slv_err.</summary>
        public const int ChIntstatusSrcSlvErrWidth = 1;

        /// <summary>Unshifted mask of intstatus.src_slv_err.</summary>
        public const ulong ChIntstatusSrcSlvErrMask = 0x1UL;

        /// <summary>Bit position of intstatus.dst_slv_err [8] (ro): Destination slave error.</summary>
        public const int ChIntstatusDstSlvErrShift = 8;

        /// <summary>Width in bits of intstatus.dst_slv_err.</summary>
        public const int ChIntstatusDstSlvErrWidth = 1;

        /// <summary>Unshifted mask of intstatus.dst_slv_err.</summary>
        public const ulong ChIntstatusDstSlvErrMask = 0x1UL;

        /// <summary>Bit position of intstatus.lli_rd_dec_err [9] (ro): Linked-list item read decode error.</summary>
        public const int ChIntstatusLliRdDecErrShift = 9;

        /// <summary>Width in bits of intstatus.lli_rd_dec_err.</summary>
        public const int ChIntstatusLliRdDecErrWidth = 1;

        /// <summary>Unshifted mask of intstatus.lli_rd_dec_err.</summary>
        public const ulong ChIntstatusLliRdDecErrMask = 0x1UL;

        /// <summary>Bit position of intstatus.lli_wr_dec_err [10] (ro): Linked-list item write decode error.</summary>
        public const int ChIntstatusLliWrDecErrShift = 10;

        /// <summary>Width in bits of intstatus.lli_wr_dec_err.</summary>
        public const int ChIntstatusLliWrDecErrWidth = 1;

        /// <summary>Unshifted mask of intstatus.lli_wr_dec_err.</summary>
        public const ulong ChIntstatusLliWrDecErrMask = 0x1UL;

        /// <summary>Bit position of intstatus.lli_rd_slv_err [11] (ro): Linked-list item read slave error.</summary>
        public const int ChIntstatusLliRdSlvErrShift = 11;

        /// <summary>Width in bits of intstatus.lli_rd_slv_err.</summary>
        public const int ChIntstatusLliRdSlvErrWidth = 1;

        /// <summary>Unshifted mask of intstatus.lli_rd_slv_err.</summary>
        public const ulong ChIntstatusLliRdSlvErrMask = 0x1UL;

        /// <summary>Bit position of intstatus.lli_wr_slv_err [12] (ro): Linked-list item write slave error.</summary>
        public const int ChIntstatusLliWrSlvErrShift = 12;

        /// <summary>Width in bits of intstatus.lli_wr_slv_err.</summary>
        public const int ChIntstatusLliWrSlvErrWidth = 1;

        /// <summary>Unshifted mask of intstatus.lli_wr_slv_err.</summary>
        public const ulong ChIntstatusLliWrSlvErrMask = 0x1UL;

        /// <summary>Per-channel register intsignal_en offset (rw): Enable propagation of channel events to the interrupt output. Bit layout taken from intstatus_en.</summary>
        public const ulong ChIntsignalEnOffset = 0x90UL;

        /// <summary>Per-channel register intsignal_en reset value.</summary>
        public const ulong ChIntsignalEnReset = 0x0UL;

        /// <summary>Bit position of intsignal_en.block_tfr_done [0] (rw): Block transfer done.</summary>
        public const int ChIntsignalEnBlockTfrDoneShift = 0;

        /// <summary>Width in bits of intsignal_en.block_tfr_done.</summary>
        public const int ChIntsignalEnBlockTfrDoneWidth = 1;

        /// <summary>Unshifted mask of intsignal_en.block_tfr_done.</summary>
        public const ulong ChIntsignalEnBlockTfrDoneMask = 0x1UL;

        /// <summary>Bit position of intsignal_en.dma_tfr_done [1] (rw): Whole DMA transfer done (the SDK's completion test).</summary>
        public const int ChIntsignalEnDmaTfrDoneShift = 1;

        /// <summary>Width in bits of intsignal_en.dma_tfr_done.</summary>
        public const int ChIntsignalEnDmaTfrDoneWidth = 1;

        /// <summary>Unshifted mask of intsignal_en.dma_tfr_done.</summary>
        public const ulong ChIntsignalEnDmaTfrDoneMask = 0x1UL;

        /// <summary>Bit position of intsignal_en.src_transcomp [3] (rw): Source transaction complete.</summary>
        public const int ChIntsignalEnSrcTranscompShift = 3;

        /// <summary>Width in bits of intsignal_en.src_transcomp.</summary>
        public const int ChIntsignalEnSrcTranscompWidth = 1;

        /// <summary>Unshifted mask of intsignal_en.src_transcomp.</summary>
        public const ulong ChIntsignalEnSrcTranscompMask = 0x1UL;

        /// <summary>Bit position of intsignal_en.dst_transcomp [4] (rw): Destination transaction complete.</summary>
        public const int ChIntsignalEnDstTranscompShift = 4;

        /// <summary>Width in bits of intsignal_en.dst_transcomp.</summary>
        public const int ChIntsignalEnDstTranscompWidth = 1;

        /// <summary>Unshifted mask of intsignal_en.dst_transcomp.</summary>
        public const ulong ChIntsignalEnDstTranscompMask = 0x1UL;

        /// <summary>Bit position of intsignal_en.src_dec_err [5] (rw): Source decode error.</summary>
        public const int ChIntsignalEnSrcDecErrShift = 5;

        /// <summary>Width in bits of intsignal_en.src_dec_err.</summary>
        public const int ChIntsignalEnSrcDecErrWidth = 1;

        /// <summary>Unshifted mask of intsignal_en.src_dec_err.</summary>
        public const ulong ChIntsignalEnSrcDecErrMask = 0x1UL;

        /// <summary>Bit position of intsignal_en.dst_dec_err [6] (rw): Destination decode error.</summary>
        public const int ChIntsignalEnDstDecErrShift = 6;

        /// <summary>Width in bits of intsignal_en.dst_dec_err.</summary>
        public const int ChIntsignalEnDstDecErrWidth = 1;

        /// <summary>Unshifted mask of intsignal_en.dst_dec_err.</summary>
        public const ulong ChIntsignalEnDstDecErrMask = 0x1UL;

        /// <summary>Bit position of intsignal_en.src_slv_err [7] (rw): Source slave error.</summary>
        public const int ChIntsignalEnSrcSlvErrShift = 7;

        /// <summary>Width in bits of intsignal_en.src_slv_err.</summary>
        public const int ChIntsignalEnSrcSlvErrWidth = 1;

        /// <summary>Unshifted mask of intsignal_en.src_slv_err.</summary>
        public const ulong ChIntsignalEnSrcSlvErrMask = 0x1UL;

        /// <summary>Bit position of intsignal_en.dst_slv_err [8] (rw): Destination slave error.</summary>
        public const int ChIntsignalEnDstSlvErrShift = 8;

        /// <summary>Width in bits of intsignal_en.dst_slv_err.</summary>
        public const int ChIntsignalEnDstSlvErrWidth = 1;

        /// <summary>Unshifted mask of intsignal_en.dst_slv_err.</summary>
        public const ulong ChIntsignalEnDstSlvErrMask = 0x1UL;

        /// <summary>Bit position of intsignal_en.lli_rd_dec_err [9] (rw): Linked-list item read decode error.</summary>
        public const int ChIntsignalEnLliRdDecErrShift = 9;

        /// <summary>Width in bits of intsignal_en.lli_rd_dec_err.</summary>
        public const int ChIntsignalEnLliRdDecErrWidth = 1;

        /// <summary>Unshifted mask of intsignal_en.lli_rd_dec_err.</summary>
        public const ulong ChIntsignalEnLliRdDecErrMask = 0x1UL;

        /// <summary>Bit position of intsignal_en.lli_wr_dec_err [10] (rw): Linked-list item write decode error.</summary>
        public const int ChIntsignalEnLliWrDecErrShift = 10;

        /// <summary>Width in bits of intsignal_en.lli_wr_dec_err.</summary>
        public const int ChIntsignalEnLliWrDecErrWidth = 1;

        /// <summary>Unshifted mask of intsignal_en.lli_wr_dec_err.</summary>
        public const ulong ChIntsignalEnLliWrDecErrMask = 0x1UL;

        /// <summary>Bit position of intsignal_en.lli_rd_slv_err [11] (rw): Linked-list item read slave error.</summary>
        public const int ChIntsignalEnLliRdSlvErrShift = 11;

        /// <summary>Width in bits of intsignal_en.lli_rd_slv_err.</summary>
        public const int ChIntsignalEnLliRdSlvErrWidth = 1;

        /// <summary>Unshifted mask of intsignal_en.lli_rd_slv_err.</summary>
        public const ulong ChIntsignalEnLliRdSlvErrMask = 0x1UL;

        /// <summary>Bit position of intsignal_en.lli_wr_slv_err [12] (rw): Linked-list item write slave error.</summary>
        public const int ChIntsignalEnLliWrSlvErrShift = 12;

        /// <summary>Width in bits of intsignal_en.lli_wr_slv_err.</summary>
        public const int ChIntsignalEnLliWrSlvErrWidth = 1;

        /// <summary>Unshifted mask of intsignal_en.lli_wr_slv_err.</summary>
        public const ulong ChIntsignalEnLliWrSlvErrMask = 0x1UL;

        /// <summary>Per-channel register intclear offset (w1c): Write 1 to clear the matching intstatus bit. The SDK writes 0xffffffff. Bit layout taken from intstatus_en (the SDK names bits 0 and 1).</summary>
        public const ulong ChIntclearOffset = 0x98UL;

        /// <summary>Per-channel register intclear reset value.</summary>
        public const ulong ChIntclearReset = 0x0UL;

        /// <summary>Bit position of intclear.block_tfr_done [0] (w1c): Block transfer done.</summary>
        public const int ChIntclearBlockTfrDoneShift = 0;

        /// <summary>Width in bits of intclear.block_tfr_done.</summary>
        public const int ChIntclearBlockTfrDoneWidth = 1;

        /// <summary>Unshifted mask of intclear.block_tfr_done.</summary>
        public const ulong ChIntclearBlockTfrDoneMask = 0x1UL;

        /// <summary>Bit position of intclear.dma_tfr_done [1] (w1c): Whole DMA transfer done (the SDK's completion test).</summary>
        public const int ChIntclearDmaTfrDoneShift = 1;

        /// <summary>Width in bits of intclear.dma_tfr_done.</summary>
        public const int ChIntclearDmaTfrDoneWidth = 1;

        /// <summary>Unshifted mask of intclear.dma_tfr_done.</summary>
        public const ulong ChIntclearDmaTfrDoneMask = 0x1UL;

        /// <summary>Bit position of intclear.src_transcomp [3] (w1c): Source transaction complete.</summary>
        public const int ChIntclearSrcTranscompShift = 3;

        /// <summary>Width in bits of intclear.src_transcomp.</summary>
        public const int ChIntclearSrcTranscompWidth = 1;

        /// <summary>Unshifted mask of intclear.src_transcomp.</summary>
        public const ulong ChIntclearSrcTranscompMask = 0x1UL;

        /// <summary>Bit position of intclear.dst_transcomp [4] (w1c): Destination transaction complete.</summary>
        public const int ChIntclearDstTranscompShift = 4;

        /// <summary>Width in bits of intclear.dst_transcomp.</summary>
        public const int ChIntclearDstTranscompWidth = 1;

        /// <summary>Unshifted mask of intclear.dst_transcomp.</summary>
        public const ulong ChIntclearDstTranscompMask = 0x1UL;

        /// <summary>Bit position of intclear.src_dec_err [5] (w1c): Source decode error.</summary>
        public const int ChIntclearSrcDecErrShift = 5;

        /// <summary>Width in bits of intclear.src_dec_err.</summary>
        public const int ChIntclearSrcDecErrWidth = 1;

        /// <summary>Unshifted mask of intclear.src_dec_err.</summary>
        public const ulong ChIntclearSrcDecErrMask = 0x1UL;

        /// <summary>Bit position of intclear.dst_dec_err [6] (w1c): Destination decode error.</summary>
        public const int ChIntclearDstDecErrShift = 6;

        /// <summary>Width in bits of intclear.dst_dec_err.</summary>
        public const int ChIntclearDstDecErrWidth = 1;

        /// <summary>Unshifted mask of intclear.dst_dec_err.</summary>
        public const ulong ChIntclearDstDecErrMask = 0x1UL;

        /// <summary>Bit position of intclear.src_slv_err [7] (w1c): Source slave error.</summary>
        public const int ChIntclearSrcSlvErrShift = 7;

        /// <summary>Width in bits of intclear.src_slv_err.</summary>
        public const int ChIntclearSrcSlvErrWidth = 1;

        /// <summary>Unshifted mask of intclear.src_slv_err.</summary>
        public const ulong ChIntclearSrcSlvErrMask = 0x1UL;

        /// <summary>Bit position of intclear.dst_slv_err [8] (w1c): Destination slave error.</summary>
        public const int ChIntclearDstSlvErrShift = 8;

        /// <summary>Width in bits of intclear.dst_slv_err.</summary>
        public const int ChIntclearDstSlvErrWidth = 1;

        /// <summary>Unshifted mask of intclear.dst_slv_err.</summary>
        public const ulong ChIntclearDstSlvErrMask = 0x1UL;

        /// <summary>Bit position of intclear.lli_rd_dec_err [9] (w1c): Linked-list item read decode error.</summary>
        public const int ChIntclearLliRdDecErrShift = 9;

        /// <summary>Width in bits of intclear.lli_rd_dec_err.</summary>
        public const int ChIntclearLliRdDecErrWidth = 1;

        /// <summary>Unshifted mask of intclear.lli_rd_dec_err.</summary>
        public const ulong ChIntclearLliRdDecErrMask = 0x1UL;

        /// <summary>Bit position of intclear.lli_wr_dec_err [10] (w1c): Linked-list item write decode error.</summary>
        public const int ChIntclearLliWrDecErrShift = 10;

        /// <summary>Width in bits of intclear.lli_wr_dec_err.</summary>
        public const int ChIntclearLliWrDecErrWidth = 1;

        /// <summary>Unshifted mask of intclear.lli_wr_dec_err.</summary>
        public const ulong ChIntclearLliWrDecErrMask = 0x1UL;

        /// <summary>Bit position of intclear.lli_rd_slv_err [11] (w1c): Linked-list item read slave error.</summary>
        public const int ChIntclearLliRdSlvErrShift = 11;

        /// <summary>Width in bits of intclear.lli_rd_slv_err.</summary>
        public const int ChIntclearLliRdSlvErrWidth = 1;

        /// <summary>Unshifted mask of intclear.lli_rd_slv_err.</summary>
        public const ulong ChIntclearLliRdSlvErrMask = 0x1UL;

        /// <summary>Bit position of intclear.lli_wr_slv_err [12] (w1c): Linked-list item write slave error.</summary>
        public const int ChIntclearLliWrSlvErrShift = 12;

        /// <summary>Width in bits of intclear.lli_wr_slv_err.</summary>
        public const int ChIntclearLliWrSlvErrWidth = 1;

        /// <summary>Unshifted mask of intclear.lli_wr_slv_err.</summary>
        public const ulong ChIntclearLliWrSlvErrMask = 0x1UL;

        /// <summary>tr_width = 8: 8-bit elements.</summary>
        public const ulong TrWidth8 = 0;

        /// <summary>tr_width = 16: 16-bit elements.</summary>
        public const ulong TrWidth16 = 1;

        /// <summary>tr_width = 32: 32-bit elements.</summary>
        public const ulong TrWidth32 = 2;

        /// <summary>tr_width = 64: 64-bit elements.</summary>
        public const ulong TrWidth64 = 3;

        /// <summary>tr_width = 128: 128-bit elements.</summary>
        public const ulong TrWidth128 = 4;

        /// <summary>tr_width = 256: 256-bit elements.</summary>
        public const ulong TrWidth256 = 5;

        /// <summary>msize = 1: 1 element per burst.</summary>
        public const ulong Msize1 = 0;

        /// <summary>msize = 4: 4 elements per burst.</summary>
        public const ulong Msize4 = 1;

        /// <summary>msize = 8: 8 elements per burst.</summary>
        public const ulong Msize8 = 2;

        /// <summary>msize = 16: 16 elements per burst.</summary>
        public const ulong Msize16 = 3;

        /// <summary>msize = 32: 32 elements per burst.</summary>
        public const ulong Msize32 = 4;

        /// <summary>msize = 64: 64 elements per burst.</summary>
        public const ulong Msize64 = 5;

        /// <summary>msize = 128: 128 elements per burst.</summary>
        public const ulong Msize128 = 6;

        /// <summary>msize = 256: 256 elements per burst.</summary>
        public const ulong Msize256 = 7;

        /// <summary>addr_inc = increment: address advances by the element size.</summary>
        public const ulong AddrIncIncrement = 0;

        /// <summary>addr_inc = nochange: address stays fixed (peripheral FIFO).</summary>
        public const ulong AddrIncNochange = 1;

        /// <summary>master = 1: AXI master 1.</summary>
        public const ulong Master1 = 0;

        /// <summary>master = 2: AXI master 2.</summary>
        public const ulong Master2 = 1;

        /// <summary>tt_fc = mem2mem_dma: memory to memory, DMAC controls the flow.</summary>
        public const ulong TtFcMem2memDma = 0;

        /// <summary>tt_fc = mem2prf_dma: memory to peripheral, DMAC controls the flow.</summary>
        public const ulong TtFcMem2prfDma = 1;

        /// <summary>tt_fc = prf2mem_dma: peripheral to memory, DMAC controls the flow.</summary>
        public const ulong TtFcPrf2memDma = 2;

        /// <summary>tt_fc = prf2prf_dma: peripheral to peripheral, DMAC controls the flow.</summary>
        public const ulong TtFcPrf2prfDma = 3;

        /// <summary>tt_fc = prf2mem_prf: peripheral to memory, source peripheral controls the flow.</summary>
        public const ulong TtFcPrf2memPrf = 4;

        /// <summary>tt_fc = prf2prf_srcprf: peripheral to peripheral, source peripheral controls the flow.</summary>
        public const ulong TtFcPrf2prfSrcprf = 5;

        /// <summary>tt_fc = mem2prf_prf: memory to peripheral, destination peripheral controls the flow.</summary>
        public const ulong TtFcMem2prfPrf = 6;

        /// <summary>tt_fc = prf2prf_dstprf: peripheral to peripheral, destination peripheral controls the flow.</summary>
        public const ulong TtFcPrf2prfDstprf = 7;

        /// <summary>hs_sel = hardware: hardware handshake (peripheral request line).</summary>
        public const ulong HsSelHardware = 0;

        /// <summary>hs_sel = software: software handshake.</summary>
        public const ulong HsSelSoftware = 1;

        /// <summary>hwhs_pol = active_high: request active high.</summary>
        public const ulong HwhsPolActiveHigh = 0;

        /// <summary>hwhs_pol = active_low: request active low.</summary>
        public const ulong HwhsPolActiveLow = 1;

        /// <summary>multblk_type = contiguous: contiguous blocks.</summary>
        public const ulong MultblkTypeContiguous = 0;

        /// <summary>multblk_type = reload: address reloaded for each block.</summary>
        public const ulong MultblkTypeReload = 1;

        /// <summary>multblk_type = shadow_register: shadow-register based.</summary>
        public const ulong MultblkTypeShadowRegister = 2;

        /// <summary>multblk_type = linked_list: linked-list based.</summary>
        public const ulong MultblkTypeLinkedList = 3;
    }
}
