// SysctlRegisters.g.cs -- SYSCTL (system controller), KPU/DMA subset
// GENERATED FILE - DO NOT EDIT. Source: firmware/native/regs/sysctl.regs.json
// Regenerate with: python3 tools/reggen/reggen.py

namespace NfK210.Registers
{
    /// <summary>
    /// SYSCTL (system controller), KPU/DMA subset. Only the parts of the system controller that the
    /// KPU and DMA path needs: the peripheral clock enables for DMA and AI, and the DMA handshake
    /// selectors that route a peripheral request to a DMAC channel. Registers are 32 bits wide.
    /// Fields not listed here exist but are not described. [S1 lib/drivers/include/sysctl.h
    /// sysctl_t]; [S1 lib/bsp/include/platform.h SYSCTL_BASE_ADDR]
    /// </summary>
    public static class SysctlRegisters
    {
        /// <summary>Physical base address of the sysctl block.</summary>
        public const ulong Base = 0x50440000UL;

        /// <summary>Register width in bits.</summary>
        public const int RegisterWidth = 32;

        /// <summary>clk_en_peri offset (rw): Peripheral clock enables (only the DMA/KPU bits are described). The SDK's SYSCTL_CLOCK_AI and SYSCTL_CLOCK_DMA map to these bits.</summary>
        public const ulong ClkEnPeriOffset = 0x2CUL;

        /// <summary>clk_en_peri reset value.</summary>
        public const ulong ClkEnPeriReset = 0x0UL;

        /// <summary>Bit position of clk_en_peri.rom_clk_en [0] (rw): 1 = ROM clock enabled.</summary>
        public const int ClkEnPeriRomClkEnShift = 0;

        /// <summary>Width in bits of clk_en_peri.rom_clk_en.</summary>
        public const int ClkEnPeriRomClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.rom_clk_en.</summary>
        public const ulong ClkEnPeriRomClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_peri.dma_clk_en [1] (rw): 1 = DMAC clock enabled.</summary>
        public const int ClkEnPeriDmaClkEnShift = 1;

        /// <summary>Width in bits of clk_en_peri.dma_clk_en.</summary>
        public const int ClkEnPeriDmaClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.dma_clk_en.</summary>
        public const ulong ClkEnPeriDmaClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_peri.ai_clk_en [2] (rw): 1 = KPU (AI) clock enabled; the KPU clock is derived from PLL1.</summary>
        public const int ClkEnPeriAiClkEnShift = 2;

        /// <summary>Width in bits of clk_en_peri.ai_clk_en.</summary>
        public const int ClkEnPeriAiClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.ai_clk_en.</summary>
        public const ulong ClkEnPeriAiClkEnMask = 0x1UL;

        /// <summary>dma_sel0 offset (rw): DMA handshake selectors for DMAC channels 0..4: field dma_selN holds the dma_select code of the peripheral request routed to channel N.</summary>
        public const ulong DmaSel0Offset = 0x64UL;

        /// <summary>dma_sel0 reset value.</summary>
        public const ulong DmaSel0Reset = 0x0UL;

        /// <summary>Bit position of dma_sel0.dma_sel0 [5:0] (rw): Request routed to DMAC channel 0.</summary>
        public const int DmaSel0DmaSel0Shift = 0;

        /// <summary>Width in bits of dma_sel0.dma_sel0.</summary>
        public const int DmaSel0DmaSel0Width = 6;

        /// <summary>Unshifted mask of dma_sel0.dma_sel0.</summary>
        public const ulong DmaSel0DmaSel0Mask = 0x3FUL;

        /// <summary>Bit position of dma_sel0.dma_sel1 [11:6] (rw): Request routed to DMAC channel 1.</summary>
        public const int DmaSel0DmaSel1Shift = 6;

        /// <summary>Width in bits of dma_sel0.dma_sel1.</summary>
        public const int DmaSel0DmaSel1Width = 6;

        /// <summary>Unshifted mask of dma_sel0.dma_sel1.</summary>
        public const ulong DmaSel0DmaSel1Mask = 0x3FUL;

        /// <summary>Bit position of dma_sel0.dma_sel2 [17:12] (rw): Request routed to DMAC channel 2.</summary>
        public const int DmaSel0DmaSel2Shift = 12;

        /// <summary>Width in bits of dma_sel0.dma_sel2.</summary>
        public const int DmaSel0DmaSel2Width = 6;

        /// <summary>Unshifted mask of dma_sel0.dma_sel2.</summary>
        public const ulong DmaSel0DmaSel2Mask = 0x3FUL;

        /// <summary>Bit position of dma_sel0.dma_sel3 [23:18] (rw): Request routed to DMAC channel 3.</summary>
        public const int DmaSel0DmaSel3Shift = 18;

        /// <summary>Width in bits of dma_sel0.dma_sel3.</summary>
        public const int DmaSel0DmaSel3Width = 6;

        /// <summary>Unshifted mask of dma_sel0.dma_sel3.</summary>
        public const ulong DmaSel0DmaSel3Mask = 0x3FUL;

        /// <summary>Bit position of dma_sel0.dma_sel4 [29:24] (rw): Request routed to DMAC channel 4.</summary>
        public const int DmaSel0DmaSel4Shift = 24;

        /// <summary>Width in bits of dma_sel0.dma_sel4.</summary>
        public const int DmaSel0DmaSel4Width = 6;

        /// <summary>Unshifted mask of dma_sel0.dma_sel4.</summary>
        public const ulong DmaSel0DmaSel4Mask = 0x3FUL;

        /// <summary>dma_sel1 offset (rw): DMA handshake selector for DMAC channel 5.</summary>
        public const ulong DmaSel1Offset = 0x68UL;

        /// <summary>dma_sel1 reset value.</summary>
        public const ulong DmaSel1Reset = 0x0UL;

        /// <summary>Bit position of dma_sel1.dma_sel5 [5:0] (rw): Request routed to DMAC channel 5.</summary>
        public const int DmaSel1DmaSel5Shift = 0;

        /// <summary>Width in bits of dma_sel1.dma_sel5.</summary>
        public const int DmaSel1DmaSel5Width = 6;

        /// <summary>Unshifted mask of dma_sel1.dma_sel5.</summary>
        public const ulong DmaSel1DmaSel5Mask = 0x3FUL;

        /// <summary>dma_select = ssi0_rx_req: SPI0 receive.</summary>
        public const ulong DmaSelectSsi0RxReq = 0;

        /// <summary>dma_select = ssi0_tx_req: SPI0 transmit.</summary>
        public const ulong DmaSelectSsi0TxReq = 1;

        /// <summary>dma_select = ssi1_rx_req: SPI1 receive.</summary>
        public const ulong DmaSelectSsi1RxReq = 2;

        /// <summary>dma_select = ssi1_tx_req: SPI1 transmit.</summary>
        public const ulong DmaSelectSsi1TxReq = 3;

        /// <summary>dma_select = ssi2_rx_req: SPI2 (slave) receive.</summary>
        public const ulong DmaSelectSsi2RxReq = 4;

        /// <summary>dma_select = ssi2_tx_req: SPI2 (slave) transmit.</summary>
        public const ulong DmaSelectSsi2TxReq = 5;

        /// <summary>dma_select = ssi3_rx_req: SPI3 receive.</summary>
        public const ulong DmaSelectSsi3RxReq = 6;

        /// <summary>dma_select = ssi3_tx_req: SPI3 transmit.</summary>
        public const ulong DmaSelectSsi3TxReq = 7;

        /// <summary>dma_select = i2c0_rx_req: I2C0 receive.</summary>
        public const ulong DmaSelectI2c0RxReq = 8;

        /// <summary>dma_select = i2c0_tx_req: I2C0 transmit.</summary>
        public const ulong DmaSelectI2c0TxReq = 9;

        /// <summary>dma_select = i2c1_rx_req: I2C1 receive.</summary>
        public const ulong DmaSelectI2c1RxReq = 10;

        /// <summary>dma_select = i2c1_tx_req: I2C1 transmit.</summary>
        public const ulong DmaSelectI2c1TxReq = 11;

        /// <summary>dma_select = i2c2_rx_req: I2C2 receive.</summary>
        public const ulong DmaSelectI2c2RxReq = 12;

        /// <summary>dma_select = i2c2_tx_req: I2C2 transmit.</summary>
        public const ulong DmaSelectI2c2TxReq = 13;

        /// <summary>dma_select = uart1_rx_req: UART1 receive.</summary>
        public const ulong DmaSelectUart1RxReq = 14;

        /// <summary>dma_select = uart1_tx_req: UART1 transmit.</summary>
        public const ulong DmaSelectUart1TxReq = 15;

        /// <summary>dma_select = uart2_rx_req: UART2 receive.</summary>
        public const ulong DmaSelectUart2RxReq = 16;

        /// <summary>dma_select = uart2_tx_req: UART2 transmit.</summary>
        public const ulong DmaSelectUart2TxReq = 17;

        /// <summary>dma_select = uart3_rx_req: UART3 receive.</summary>
        public const ulong DmaSelectUart3RxReq = 18;

        /// <summary>dma_select = uart3_tx_req: UART3 transmit.</summary>
        public const ulong DmaSelectUart3TxReq = 19;

        /// <summary>dma_select = aes_req: AES.</summary>
        public const ulong DmaSelectAesReq = 20;

        /// <summary>dma_select = sha_rx_req: SHA256 input.</summary>
        public const ulong DmaSelectShaRxReq = 21;

        /// <summary>dma_select = ai_rx_req: KPU output FIFO (fifo_data_out).</summary>
        public const ulong DmaSelectAiRxReq = 22;

        /// <summary>dma_select = fft_rx_req: FFT receive.</summary>
        public const ulong DmaSelectFftRxReq = 23;

        /// <summary>dma_select = fft_tx_req: FFT transmit.</summary>
        public const ulong DmaSelectFftTxReq = 24;

        /// <summary>dma_select = i2s0_tx_req: I2S0 transmit.</summary>
        public const ulong DmaSelectI2s0TxReq = 25;

        /// <summary>dma_select = i2s0_rx_req: I2S0 receive.</summary>
        public const ulong DmaSelectI2s0RxReq = 26;

        /// <summary>dma_select = i2s1_tx_req: I2S1 transmit.</summary>
        public const ulong DmaSelectI2s1TxReq = 27;

        /// <summary>dma_select = i2s1_rx_req: I2S1 receive.</summary>
        public const ulong DmaSelectI2s1RxReq = 28;

        /// <summary>dma_select = i2s2_tx_req: I2S2 transmit.</summary>
        public const ulong DmaSelectI2s2TxReq = 29;

        /// <summary>dma_select = i2s2_rx_req: I2S2 receive.</summary>
        public const ulong DmaSelectI2s2RxReq = 30;

        /// <summary>dma_select = i2s0_bf_dir_req: I2S0 beamforming direction.</summary>
        public const ulong DmaSelectI2s0BfDirReq = 31;

        /// <summary>dma_select = i2s0_bf_voice_req: I2S0 beamforming voice.</summary>
        public const ulong DmaSelectI2s0BfVoiceReq = 32;
    }
}
