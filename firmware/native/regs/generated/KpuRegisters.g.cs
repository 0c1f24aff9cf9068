// KpuRegisters.g.cs -- KPU (neural network accelerator) configuration registers
// GENERATED FILE - DO NOT EDIT. Source: firmware/native/regs/kpu.regs.json
// Regenerate with: python3 tools/reggen/reggen.py

namespace NfK210.Registers
{
    /// <summary>
    /// KPU (neural network accelerator) configuration registers. Control block of the KPU. Every
    /// register is 64 bits wide and is accessed with 64-bit loads and stores. A layer is started by
    /// pushing its 12 argument words into layer_argument_fifo; results can be streamed out through
    /// fifo_data_out by a DMA channel. [S1 lib/drivers/include/kpu.h kpu_config_t]; [S1
    /// lib/bsp/include/platform.h AI_BASE_ADDR]; [SPEC 3]
    /// </summary>
    public static class KpuRegisters
    {
        /// <summary>Physical base address of the kpu block.</summary>
        public const ulong Base = 0x40800000UL;

        /// <summary>Register width in bits.</summary>
        public const int RegisterWidth = 64;

        /// <summary>layer_argument_fifo offset (wo): Layer argument input FIFO. Each 64-bit store appends one argument word; a layer is complete after 12 words (see k210_kpu_layer.h).</summary>
        public const ulong LayerArgumentFifoOffset = 0x00UL;

        /// <summary>layer_argument_fifo reset value.</summary>
        public const ulong LayerArgumentFifoReset = 0x0UL;

        /// <summary>Bit position of layer_argument_fifo.data [63:0] (wo): Next layer argument word, in word order 0..11.</summary>
        public const int LayerArgumentFifoDataShift = 0;

        /// <summary>Width in bits of layer_argument_fifo.data.</summary>
        public const int LayerArgumentFifoDataWidth = 64;

        /// <summary>Unshifted mask of layer_argument_fifo.data.</summary>
        public const ulong LayerArgumentFifoDataMask = 0xFFFFFFFFFFFFFFFFUL;

        /// <summary>interrupt_status offset (ro): Pending interrupts after masking (presumably interrupt_raw AND NOT interrupt_mask). Same bit layout as interrupt_raw.</summary>
        public const ulong InterruptStatusOffset = 0x08UL;

        /// <summary>interrupt_status reset value.</summary>
        public const ulong InterruptStatusReset = 0x0UL;

        /// <summary>Bit position of interrupt_status.calc_done_int [0] (ro): Unmasked layer-finished interrupt pending.</summary>
        public const int InterruptStatusCalcDoneIntShift = 0;

        /// <summary>Width in bits of interrupt_status.calc_done_int.</summary>
        public const int InterruptStatusCalcDoneIntWidth = 1;

        /// <summary>Unshifted mask of interrupt_status.calc_done_int.</summary>
        public const ulong InterruptStatusCalcDoneIntMask = 0x1UL;

        /// <summary>Bit position of interrupt_status.layer_cfg_almost_empty_int [1] (ro): Unmasked argument-FIFO almost-empty interrupt pending.</summary>
        public const int InterruptStatusLayerCfgAlmostEmptyIntShift = 1;

        /// <summary>Width in bits of interrupt_status.layer_cfg_almost_empty_int.</summary>
        public const int InterruptStatusLayerCfgAlmostEmptyIntWidth = 1;

        /// <summary>Unshifted mask of interrupt_status.layer_cfg_almost_empty_int.</summary>
        public const ulong InterruptStatusLayerCfgAlmostEmptyIntMask = 0x1UL;

        /// <summary>Bit position of interrupt_status.layer_cfg_almost_full_int [2] (ro): Unmasked argument-FIFO almost-full interrupt pending.</summary>
        public const int InterruptStatusLayerCfgAlmostFullIntShift = 2;

        /// <summary>Width in bits of interrupt_status.layer_cfg_almost_full_int.</summary>
        public const int InterruptStatusLayerCfgAlmostFullIntWidth = 1;

        /// <summary>Unshifted mask of interrupt_status.layer_cfg_almost_full_int.</summary>
        public const ulong InterruptStatusLayerCfgAlmostFullIntMask = 0x1UL;

        /// <summary>interrupt_raw offset (ro): Raw interrupt flags, before the mask is applied.</summary>
        public const ulong InterruptRawOffset = 0x10UL;

        /// <summary>interrupt_raw reset value.</summary>
        public const ulong InterruptRawReset = 0x0UL;

        /// <summary>Bit position of interrupt_raw.calc_done_int [0] (ro): Set when a layer whose int_en argument bit is 1 has finished.</summary>
        public const int InterruptRawCalcDoneIntShift = 0;

        /// <summary>Width in bits of interrupt_raw.calc_done_int.</summary>
        public const int InterruptRawCalcDoneIntWidth = 1;

        /// <summary>Unshifted mask of interrupt_raw.calc_done_int.</summary>
        public const ulong InterruptRawCalcDoneIntMask = 0x1UL;

        /// <summary>Bit position of interrupt_raw.layer_cfg_almost_empty_int [1] (ro): Set when the argument FIFO fill level has dropped to fifo_empty_threshold.</summary>
        public const int InterruptRawLayerCfgAlmostEmptyIntShift = 1;

        /// <summary>Width in bits of interrupt_raw.layer_cfg_almost_empty_int.</summary>
        public const int InterruptRawLayerCfgAlmostEmptyIntWidth = 1;

        /// <summary>Unshifted mask of interrupt_raw.layer_cfg_almost_empty_int.</summary>
        public const ulong InterruptRawLayerCfgAlmostEmptyIntMask = 0x1UL;

        /// <summary>Bit position of interrupt_raw.layer_cfg_almost_full_int [2] (ro): Set when the argument FIFO fill level has reached fifo_full_threshold.</summary>
        public const int InterruptRawLayerCfgAlmostFullIntShift = 2;

        /// <summary>Width in bits of interrupt_raw.layer_cfg_almost_full_int.</summary>
        public const int InterruptRawLayerCfgAlmostFullIntWidth = 1;

        /// <summary>Unshifted mask of interrupt_raw.layer_cfg_almost_full_int.</summary>
        public const ulong InterruptRawLayerCfgAlmostFullIntMask = 0x1UL;

        /// <summary>interrupt_mask offset (rw): Interrupt mask; a 1 bit disables (masks) the interrupt. The SDK writes 0b110 to wait for calc_done and 0b111 when completion comes from the DMA.</summary>
        public const ulong InterruptMaskOffset = 0x18UL;

        /// <summary>interrupt_mask reset value.</summary>
        public const ulong InterruptMaskReset = 0x0UL;

        /// <summary>Bit position of interrupt_mask.calc_done_int [0] (rw): 1 = layer-finished interrupt masked.</summary>
        public const int InterruptMaskCalcDoneIntShift = 0;

        /// <summary>Width in bits of interrupt_mask.calc_done_int.</summary>
        public const int InterruptMaskCalcDoneIntWidth = 1;

        /// <summary>Unshifted mask of interrupt_mask.calc_done_int.</summary>
        public const ulong InterruptMaskCalcDoneIntMask = 0x1UL;

        /// <summary>Bit position of interrupt_mask.layer_cfg_almost_empty_int [1] (rw): 1 = almost-empty interrupt masked.</summary>
        public const int InterruptMaskLayerCfgAlmostEmptyIntShift = 1;

        /// <summary>Width in bits of interrupt_mask.layer_cfg_almost_empty_int.</summary>
        public const int InterruptMaskLayerCfgAlmostEmptyIntWidth = 1;

        /// <summary>Unshifted mask of interrupt_mask.layer_cfg_almost_empty_int.</summary>
        public const ulong InterruptMaskLayerCfgAlmostEmptyIntMask = 0x1UL;

        /// <summary>Bit position of interrupt_mask.layer_cfg_almost_full_int [2] (rw): 1 = almost-full interrupt masked.</summary>
        public const int InterruptMaskLayerCfgAlmostFullIntShift = 2;

        /// <summary>Width in bits of interrupt_mask.layer_cfg_almost_full_int.</summary>
        public const int InterruptMaskLayerCfgAlmostFullIntWidth = 1;

        /// <summary>Unshifted mask of interrupt_mask.layer_cfg_almost_full_int.</summary>
        public const ulong InterruptMaskLayerCfgAlmostFullIntMask = 0x1UL;

        /// <summary>interrupt_clear offset (w1c): Interrupt acknowledge; writing 1 to a bit clears the matching interrupt_raw flag. The SDK writes 0b111 before starting work.</summary>
        public const ulong InterruptClearOffset = 0x20UL;

        /// <summary>interrupt_clear reset value.</summary>
        public const ulong InterruptClearReset = 0x0UL;

        /// <summary>Bit position of interrupt_clear.calc_done_int [0] (w1c): Write 1 to clear the layer-finished flag.</summary>
        public const int InterruptClearCalcDoneIntShift = 0;

        /// <summary>Width in bits of interrupt_clear.calc_done_int.</summary>
        public const int InterruptClearCalcDoneIntWidth = 1;

        /// <summary>Unshifted mask of interrupt_clear.calc_done_int.</summary>
        public const ulong InterruptClearCalcDoneIntMask = 0x1UL;

        /// <summary>Bit position of interrupt_clear.layer_cfg_almost_empty_int [1] (w1c): Write 1 to clear the almost-empty flag.</summary>
        public const int InterruptClearLayerCfgAlmostEmptyIntShift = 1;

        /// <summary>Width in bits of interrupt_clear.layer_cfg_almost_empty_int.</summary>
        public const int InterruptClearLayerCfgAlmostEmptyIntWidth = 1;

        /// <summary>Unshifted mask of interrupt_clear.layer_cfg_almost_empty_int.</summary>
        public const ulong InterruptClearLayerCfgAlmostEmptyIntMask = 0x1UL;

        /// <summary>Bit position of interrupt_clear.layer_cfg_almost_full_int [2] (w1c): Write 1 to clear the almost-full flag.</summary>
        public const int InterruptClearLayerCfgAlmostFullIntShift = 2;

        /// <summary>Width in bits of interrupt_clear.layer_cfg_almost_full_int.</summary>
        public const int InterruptClearLayerCfgAlmostFullIntWidth = 1;

        /// <summary>Unshifted mask of interrupt_clear.layer_cfg_almost_full_int.</summary>
        public const ulong InterruptClearLayerCfgAlmostFullIntMask = 0x1UL;

        /// <summary>fifo_threshold offset (rw): Fill levels of the argument FIFO at which the almost-full / almost-empty interrupts fire. The SDK programs full = 10, empty = 1 (0x1A).</summary>
        public const ulong FifoThresholdOffset = 0x28UL;

        /// <summary>fifo_threshold reset value.</summary>
        public const ulong FifoThresholdReset = 0x0UL;

        /// <summary>Bit position of fifo_threshold.fifo_full_threshold [3:0] (rw): Almost-full level.</summary>
        public const int FifoThresholdFifoFullThresholdShift = 0;

        /// <summary>Width in bits of fifo_threshold.fifo_full_threshold.</summary>
        public const int FifoThresholdFifoFullThresholdWidth = 4;

        /// <summary>Unshifted mask of fifo_threshold.fifo_full_threshold.</summary>
        public const ulong FifoThresholdFifoFullThresholdMask = 0xFUL;

        /// <summary>Bit position of fifo_threshold.fifo_empty_threshold [7:4] (rw): Almost-empty level.</summary>
        public const int FifoThresholdFifoEmptyThresholdShift = 4;

        /// <summary>Width in bits of fifo_threshold.fifo_empty_threshold.</summary>
        public const int FifoThresholdFifoEmptyThresholdWidth = 4;

        /// <summary>Unshifted mask of fifo_threshold.fifo_empty_threshold.</summary>
        public const ulong FifoThresholdFifoEmptyThresholdMask = 0xFUL;

        /// <summary>fifo_data_out offset (ro): Output stream of a layer with send_data_out = 1: each 64-bit read returns the next 8 result bytes (first byte in bits 7:0). Normally drained by a DMA channel with a fixed source address.</summary>
        public const ulong FifoDataOutOffset = 0x30UL;

        /// <summary>fifo_data_out reset value.</summary>
        public const ulong FifoDataOutReset = 0x0UL;

        /// <summary>Bit position of fifo_data_out.data [63:0] (ro): Next 8 output bytes, little-endian.</summary>
        public const int FifoDataOutDataShift = 0;

        /// <summary>Width in bits of fifo_data_out.data.</summary>
        public const int FifoDataOutDataWidth = 64;

        /// <summary>Unshifted mask of fifo_data_out.data.</summary>
        public const ulong FifoDataOutDataMask = 0xFFFFFFFFFFFFFFFFUL;

        /// <summary>fifo_ctrl offset (rw): FIFO flush controls. No public source writes this register; the _n suffix suggests active-low flushes, which is unconfirmed.</summary>
        public const ulong FifoCtrlOffset = 0x38UL;

        /// <summary>fifo_ctrl reset value.</summary>
        public const ulong FifoCtrlReset = 0x0UL;

        /// <summary>Bit position of fifo_ctrl.dma_fifo_flush_n [0] (rw): Output (DMA) FIFO flush control; semantics unknown.</summary>
        public const int FifoCtrlDmaFifoFlushNShift = 0;

        /// <summary>Width in bits of fifo_ctrl.dma_fifo_flush_n.</summary>
        public const int FifoCtrlDmaFifoFlushNWidth = 1;

        /// <summary>Unshifted mask of fifo_ctrl.dma_fifo_flush_n.</summary>
        public const ulong FifoCtrlDmaFifoFlushNMask = 0x1UL;

        /// <summary>Bit position of fifo_ctrl.gs_fifo_flush_n [1] (rw): GS FIFO flush control; semantics unknown.</summary>
        public const int FifoCtrlGsFifoFlushNShift = 1;

        /// <summary>Width in bits of fifo_ctrl.gs_fifo_flush_n.</summary>
        public const int FifoCtrlGsFifoFlushNWidth = 1;

        /// <summary>Unshifted mask of fifo_ctrl.gs_fifo_flush_n.</summary>
        public const ulong FifoCtrlGsFifoFlushNMask = 0x1UL;

        /// <summary>Bit position of fifo_ctrl.cfg_fifo_flush_n [2] (rw): Argument (configuration) FIFO flush control; semantics unknown.</summary>
        public const int FifoCtrlCfgFifoFlushNShift = 2;

        /// <summary>Width in bits of fifo_ctrl.cfg_fifo_flush_n.</summary>
        public const int FifoCtrlCfgFifoFlushNWidth = 1;

        /// <summary>Unshifted mask of fifo_ctrl.cfg_fifo_flush_n.</summary>
        public const ulong FifoCtrlCfgFifoFlushNMask = 0x1UL;

        /// <summary>Bit position of fifo_ctrl.cmd_fifo_flush_n [3] (rw): Command FIFO flush control; semantics unknown.</summary>
        public const int FifoCtrlCmdFifoFlushNShift = 3;

        /// <summary>Width in bits of fifo_ctrl.cmd_fifo_flush_n.</summary>
        public const int FifoCtrlCmdFifoFlushNWidth = 1;

        /// <summary>Unshifted mask of fifo_ctrl.cmd_fifo_flush_n.</summary>
        public const ulong FifoCtrlCmdFifoFlushNMask = 0x1UL;

        /// <summary>Bit position of fifo_ctrl.resp_fifo_flush_n [4] (rw): Response FIFO flush control; semantics unknown.</summary>
        public const int FifoCtrlRespFifoFlushNShift = 4;

        /// <summary>Width in bits of fifo_ctrl.resp_fifo_flush_n.</summary>
        public const int FifoCtrlRespFifoFlushNWidth = 1;

        /// <summary>Unshifted mask of fifo_ctrl.resp_fifo_flush_n.</summary>
        public const ulong FifoCtrlRespFifoFlushNMask = 0x1UL;

        /// <summary>eight_bit_mode offset (rw): Weight element size for the following layers. The SDK copies bit 0 of the kmodel header flags here.</summary>
        public const ulong EightBitModeOffset = 0x40UL;

        /// <summary>eight_bit_mode reset value.</summary>
        public const ulong EightBitModeReset = 0x0UL;

        /// <summary>Bit position of eight_bit_mode.eight_bit_mode [0] (rw): 1 = weights are uint8, 0 = weights are uint16 little-endian.</summary>
        public const int EightBitModeEightBitModeShift = 0;

        /// <summary>Width in bits of eight_bit_mode.eight_bit_mode.</summary>
        public const int EightBitModeEightBitModeWidth = 1;

        /// <summary>Unshifted mask of eight_bit_mode.eight_bit_mode.</summary>
        public const ulong EightBitModeEightBitModeMask = 0x1UL;
    }
}
