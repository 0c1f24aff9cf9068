/*
 * k210_sysctl_regs.h -- SYSCTL (system controller), KPU/DMA subset
 *
 * GENERATED FILE - DO NOT EDIT. Source: firmware/native/regs/sysctl.regs.json
 * Regenerate with: python3 tools/reggen/reggen.py   (drift check: --check)
 *
 * Naming (<P> = K210_SYSCTL): <P>_BASE; <P>_<REG>_OFFSET and _RESET; <P>_<REG>_<FIELD>_SHIFT,
 * _WIDTH and _MASK (mask not shifted); <P>_<ENUM>_<VALUE>; offset, access and reset of every
 * register in the X-macro <P>_REG_LIST(X). Read and write fields with the K210_FIELD_* helpers of
 * k210_field.h.
 *
 * Enums:
 *   K210_SYSCTL_DMA_SELECT_{SSI0_RX_REQ, SSI0_TX_REQ, SSI1_RX_REQ, SSI1_TX_REQ, SSI2_RX_REQ,
 *       SSI2_TX_REQ, SSI3_RX_REQ, SSI3_TX_REQ, I2C0_RX_REQ, I2C0_TX_REQ, I2C1_RX_REQ,
 *       I2C1_TX_REQ, I2C2_RX_REQ, I2C2_TX_REQ, UART1_RX_REQ, UART1_TX_REQ, UART2_RX_REQ,
 *       UART2_TX_REQ, UART3_RX_REQ, UART3_TX_REQ, AES_REQ, SHA_RX_REQ, AI_RX_REQ, FFT_RX_REQ,
 *       FFT_TX_REQ, I2S0_TX_REQ, I2S0_RX_REQ, I2S1_TX_REQ, I2S1_RX_REQ, I2S2_TX_REQ,
 *       I2S2_RX_REQ, I2S0_BF_DIR_REQ, I2S0_BF_VOICE_REQ}
 *
 * Sources cited below:
 *   [S1] kendryte/kendryte-standalone-sdk @ 02576ba67e8797444f3ee3f34c625b5ed048e707
 */

#ifndef K210_SYSCTL_REGS_H_
#define K210_SYSCTL_REGS_H_

/*
 * SYSCTL (system controller), KPU/DMA subset. Only the parts of the system controller that the KPU
 * and DMA path needs: the peripheral clock enables for DMA and AI, and the DMA handshake selectors
 * that route a peripheral request to a DMAC channel. Registers are 32 bits wide. Fields not listed
 * here exist but are not described. [S1 lib/drivers/include/sysctl.h sysctl_t]; [S1
 * lib/bsp/include/platform.h SYSCTL_BASE_ADDR]
 */
#define K210_SYSCTL_BASE                                         0x50440000ull
#define K210_SYSCTL_REG_WIDTH                                    32
/* Reset values: The SDK does not document reset values; 0 is assumed. */

/*
 * clk_en_peri (offset 0x2C, rw, reset 0x0): Peripheral clock enables (only the DMA/KPU bits are
 * described). The SDK's SYSCTL_CLOCK_AI and SYSCTL_CLOCK_DMA map to these bits. [S1
 * lib/drivers/include/sysctl.h sysctl_clk_en_peri_t]; [S1 lib/drivers/sysctl.c
 * sysctl_clock_device_en]
 */
#define K210_SYSCTL_CLK_EN_PERI_OFFSET                           0x2Cull
#define K210_SYSCTL_CLK_EN_PERI_RESET                            0x0ull
/* [0] rom_clk_en (rw, reset 0x0): 1 = ROM clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_ROM_CLK_EN_SHIFT                 0
#define K210_SYSCTL_CLK_EN_PERI_ROM_CLK_EN_WIDTH                 1
#define K210_SYSCTL_CLK_EN_PERI_ROM_CLK_EN_MASK                  0x1ull
/* [1] dma_clk_en (rw, reset 0x0): 1 = DMAC clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_DMA_CLK_EN_SHIFT                 1
#define K210_SYSCTL_CLK_EN_PERI_DMA_CLK_EN_WIDTH                 1
#define K210_SYSCTL_CLK_EN_PERI_DMA_CLK_EN_MASK                  0x1ull
/* [2] ai_clk_en (rw, reset 0x0): 1 = KPU (AI) clock enabled; the KPU clock is derived from PLL1. */
#define K210_SYSCTL_CLK_EN_PERI_AI_CLK_EN_SHIFT                  2
#define K210_SYSCTL_CLK_EN_PERI_AI_CLK_EN_WIDTH                  1
#define K210_SYSCTL_CLK_EN_PERI_AI_CLK_EN_MASK                   0x1ull

/*
 * dma_sel0 (offset 0x64, rw, reset 0x0): DMA handshake selectors for DMAC channels 0..4: field
 * dma_selN holds the dma_select code of the peripheral request routed to channel N. [S1
 * lib/drivers/include/sysctl.h sysctl_dma_sel0_t]; [S1 lib/drivers/sysctl.c sysctl_dma_select]
 */
#define K210_SYSCTL_DMA_SEL0_OFFSET                              0x64ull
#define K210_SYSCTL_DMA_SEL0_RESET                               0x0ull
/*
 * [5:0] dma_sel0 (rw, reset 0x0): Request routed to DMAC channel 0. Values:
 * K210_SYSCTL_DMA_SELECT_*.
 */
#define K210_SYSCTL_DMA_SEL0_DMA_SEL0_SHIFT                      0
#define K210_SYSCTL_DMA_SEL0_DMA_SEL0_WIDTH                      6
#define K210_SYSCTL_DMA_SEL0_DMA_SEL0_MASK                       0x3Full
/*
 * [11:6] dma_sel1 (rw, reset 0x0): Request routed to DMAC channel 1. Values:
 * K210_SYSCTL_DMA_SELECT_*.
 */
#define K210_SYSCTL_DMA_SEL0_DMA_SEL1_SHIFT                      6
#define K210_SYSCTL_DMA_SEL0_DMA_SEL1_WIDTH                      6
#define K210_SYSCTL_DMA_SEL0_DMA_SEL1_MASK                       0x3Full
/*
 * [17:12] dma_sel2 (rw, reset 0x0): Request routed to DMAC channel 2. Values:
 * K210_SYSCTL_DMA_SELECT_*.
 */
#define K210_SYSCTL_DMA_SEL0_DMA_SEL2_SHIFT                      12
#define K210_SYSCTL_DMA_SEL0_DMA_SEL2_WIDTH                      6
#define K210_SYSCTL_DMA_SEL0_DMA_SEL2_MASK                       0x3Full
/*
 * [23:18] dma_sel3 (rw, reset 0x0): Request routed to DMAC channel 3. Values:
 * K210_SYSCTL_DMA_SELECT_*.
 */
#define K210_SYSCTL_DMA_SEL0_DMA_SEL3_SHIFT                      18
#define K210_SYSCTL_DMA_SEL0_DMA_SEL3_WIDTH                      6
#define K210_SYSCTL_DMA_SEL0_DMA_SEL3_MASK                       0x3Full
/*
 * [29:24] dma_sel4 (rw, reset 0x0): Request routed to DMAC channel 4. Values:
 * K210_SYSCTL_DMA_SELECT_*.
 */
#define K210_SYSCTL_DMA_SEL0_DMA_SEL4_SHIFT                      24
#define K210_SYSCTL_DMA_SEL0_DMA_SEL4_WIDTH                      6
#define K210_SYSCTL_DMA_SEL0_DMA_SEL4_MASK                       0x3Full

/*
 * dma_sel1 (offset 0x68, rw, reset 0x0): DMA handshake selector for DMAC channel 5. [S1
 * lib/drivers/include/sysctl.h sysctl_dma_sel1_t]; [S1 lib/drivers/sysctl.c sysctl_dma_select]
 */
#define K210_SYSCTL_DMA_SEL1_OFFSET                              0x68ull
#define K210_SYSCTL_DMA_SEL1_RESET                               0x0ull
/*
 * [5:0] dma_sel5 (rw, reset 0x0): Request routed to DMAC channel 5. Values:
 * K210_SYSCTL_DMA_SELECT_*.
 */
#define K210_SYSCTL_DMA_SEL1_DMA_SEL5_SHIFT                      0
#define K210_SYSCTL_DMA_SEL1_DMA_SEL5_WIDTH                      6
#define K210_SYSCTL_DMA_SEL1_DMA_SEL5_MASK                       0x3Full

/*
 * X-macro table of the sysctl registers: X(NAME, OFFSET, ACCESS, RESET), ACCESS one of the tokens
 * RW, RO, WO, W1C.
 */
#define K210_SYSCTL_REG_LIST(X)                                  \
    X(CLK_EN_PERI, 0x2Cull, RW, 0x0ull) \
    X(DMA_SEL0, 0x64ull, RW, 0x0ull) \
    X(DMA_SEL1, 0x68ull, RW, 0x0ull)

/*
 * enum dma_select: Peripheral DMA request selected by a dma_sel field (position in the SDK enum).
 * The KPU output FIFO is ai_rx_req. [S1 lib/drivers/include/sysctl.h sysctl_dma_select_t]; [S1
 * lib/drivers/kpu.c]
 */
#define K210_SYSCTL_DMA_SELECT_SSI0_RX_REQ                       0    /* SPI0 receive */
#define K210_SYSCTL_DMA_SELECT_SSI0_TX_REQ                       1    /* SPI0 transmit */
#define K210_SYSCTL_DMA_SELECT_SSI1_RX_REQ                       2    /* SPI1 receive */
#define K210_SYSCTL_DMA_SELECT_SSI1_TX_REQ                       3    /* SPI1 transmit */
#define K210_SYSCTL_DMA_SELECT_SSI2_RX_REQ                       4    /* SPI2 (slave) receive */
#define K210_SYSCTL_DMA_SELECT_SSI2_TX_REQ                       5    /* SPI2 (slave) transmit */
#define K210_SYSCTL_DMA_SELECT_SSI3_RX_REQ                       6    /* SPI3 receive */
#define K210_SYSCTL_DMA_SELECT_SSI3_TX_REQ                       7    /* SPI3 transmit */
#define K210_SYSCTL_DMA_SELECT_I2C0_RX_REQ                       8    /* I2C0 receive */
#define K210_SYSCTL_DMA_SELECT_I2C0_TX_REQ                       9    /* I2C0 transmit */
#define K210_SYSCTL_DMA_SELECT_I2C1_RX_REQ                       10   /* I2C1 receive */
#define K210_SYSCTL_DMA_SELECT_I2C1_TX_REQ                       11   /* I2C1 transmit */
#define K210_SYSCTL_DMA_SELECT_I2C2_RX_REQ                       12   /* I2C2 receive */
#define K210_SYSCTL_DMA_SELECT_I2C2_TX_REQ                       13   /* I2C2 transmit */
#define K210_SYSCTL_DMA_SELECT_UART1_RX_REQ                      14   /* UART1 receive */
#define K210_SYSCTL_DMA_SELECT_UART1_TX_REQ                      15   /* UART1 transmit */
#define K210_SYSCTL_DMA_SELECT_UART2_RX_REQ                      16   /* UART2 receive */
#define K210_SYSCTL_DMA_SELECT_UART2_TX_REQ                      17   /* UART2 transmit */
#define K210_SYSCTL_DMA_SELECT_UART3_RX_REQ                      18   /* UART3 receive */
#define K210_SYSCTL_DMA_SELECT_UART3_TX_REQ                      19   /* UART3 transmit */
#define K210_SYSCTL_DMA_SELECT_AES_REQ                           20   /* AES */
#define K210_SYSCTL_DMA_SELECT_SHA_RX_REQ                        21   /* SHA256 input */
#define K210_SYSCTL_DMA_SELECT_AI_RX_REQ                         22   /* KPU output FIFO (fifo_data_out) */
#define K210_SYSCTL_DMA_SELECT_FFT_RX_REQ                        23   /* FFT receive */
#define K210_SYSCTL_DMA_SELECT_FFT_TX_REQ                        24   /* FFT transmit */
#define K210_SYSCTL_DMA_SELECT_I2S0_TX_REQ                       25   /* I2S0 transmit */
#define K210_SYSCTL_DMA_SELECT_I2S0_RX_REQ                       26   /* I2S0 receive */
#define K210_SYSCTL_DMA_SELECT_I2S1_TX_REQ                       27   /* I2S1 transmit */
#define K210_SYSCTL_DMA_SELECT_I2S1_RX_REQ                       28   /* I2S1 receive */
#define K210_SYSCTL_DMA_SELECT_I2S2_TX_REQ                       29   /* I2S2 transmit */
#define K210_SYSCTL_DMA_SELECT_I2S2_RX_REQ                       30   /* I2S2 receive */
#define K210_SYSCTL_DMA_SELECT_I2S0_BF_DIR_REQ                   31   /* I2S0 beamforming direction */
#define K210_SYSCTL_DMA_SELECT_I2S0_BF_VOICE_REQ                 32   /* I2S0 beamforming voice */

#endif /* K210_SYSCTL_REGS_H_ */
