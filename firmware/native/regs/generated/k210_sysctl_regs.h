/*
 * k210_sysctl_regs.h -- SYSCTL (system controller): PLLs, clocks, resets, DMA selectors, IO power
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
 *   K210_SYSCTL_PLL2_SOURCE_{IN0, PLL0, PLL1}
 *   K210_SYSCTL_CLOCK_SOURCE_SEL_{IN0, PLL0}
 *   K210_SYSCTL_IO_POWER_{V33, V18}
 *
 * Sources cited below:
 *   [S1] kendryte/kendryte-standalone-sdk @ 02576ba67e8797444f3ee3f34c625b5ed048e707
 */

#ifndef K210_SYSCTL_REGS_H_
#define K210_SYSCTL_REGS_H_

/*
 * SYSCTL (system controller): PLLs, clocks, resets, DMA selectors, IO power. The system controller:
 * the three PLLs and their lock status, clock selectors, dividers (thresholds) and enables,
 * peripheral resets, the SPI0/DVP pin sharing, DMA handshake selectors and the IO bank voltages.
 * Registers are 32 bits wide. The input clock IN0 is 26 MHz. Not described: git_id, rom_error,
 * peri, spi_sleep, reset_status. [S1 lib/drivers/include/sysctl.h sysctl_t]; [S1
 * lib/bsp/include/platform.h SYSCTL_BASE_ADDR]; [S1 lib/drivers/sysctl.c SYSCTRL_CLOCK_FREQ_IN0]
 */
#define K210_SYSCTL_BASE                                         0x50440000ull
#define K210_SYSCTL_REG_WIDTH                                    32
/* Reset values: The SDK does not document reset values; 0 is assumed. */

/*
 * clk_freq (offset 0x04, ro, reset 0x0): System clock base frequency as reported by the chip. [S1
 * lib/drivers/include/sysctl.h sysctl_clk_freq_t]
 */
#define K210_SYSCTL_CLK_FREQ_OFFSET                              0x04ull
#define K210_SYSCTL_CLK_FREQ_RESET                               0x0ull
/* [31:0] clk_freq (ro, reset 0x0): Frequency in Hz. */
#define K210_SYSCTL_CLK_FREQ_CLK_FREQ_SHIFT                      0
#define K210_SYSCTL_CLK_FREQ_CLK_FREQ_WIDTH                      32
#define K210_SYSCTL_CLK_FREQ_CLK_FREQ_MASK                       0xFFFFFFFFull

/*
 * pll0 (offset 0x08, rw, reset 0x0): PLL0: feeds ACLK (CPU, SRAM, APB buses) and the SPI, I2C and
 * timer dividers. FOUT = IN0 / NR * NF / OD. [S1 lib/drivers/include/sysctl.h sysctl_pll0_t]; [S1
 * lib/drivers/sysctl.c sysctl_pll_get_freq]
 */
#define K210_SYSCTL_PLL0_OFFSET                                  0x08ull
#define K210_SYSCTL_PLL0_RESET                                   0x0ull
/* [3:0] clkr0 (rw, reset 0x0) [count-1]: Reference divider NR - 1: the reference is IN0 / NR. */
#define K210_SYSCTL_PLL0_CLKR0_SHIFT                             0
#define K210_SYSCTL_PLL0_CLKR0_WIDTH                             4
#define K210_SYSCTL_PLL0_CLKR0_MASK                              0xFull
/* [9:4] clkf0 (rw, reset 0x0) [count-1]: Feedback divider NF - 1: VCO = reference * NF. */
#define K210_SYSCTL_PLL0_CLKF0_SHIFT                             4
#define K210_SYSCTL_PLL0_CLKF0_WIDTH                             6
#define K210_SYSCTL_PLL0_CLKF0_MASK                              0x3Full
/* [13:10] clkod0 (rw, reset 0x0) [count-1]: Output divider OD - 1: output = VCO / OD. */
#define K210_SYSCTL_PLL0_CLKOD0_SHIFT                            10
#define K210_SYSCTL_PLL0_CLKOD0_WIDTH                            4
#define K210_SYSCTL_PLL0_CLKOD0_MASK                             0xFull
/* [19:14] bwadj0 (rw, reset 0x0) [count-1]: Bandwidth adjust, NB - 1; the SDK sets NB = NF. */
#define K210_SYSCTL_PLL0_BWADJ0_SHIFT                            14
#define K210_SYSCTL_PLL0_BWADJ0_WIDTH                            6
#define K210_SYSCTL_PLL0_BWADJ0_MASK                             0x3Full
/*
 * [20] pll_reset0 (rw, reset 0x0): 1 = PLL held in reset; pulse 0-1-0 after power-up to start
 * locking.
 */
#define K210_SYSCTL_PLL0_PLL_RESET0_SHIFT                        20
#define K210_SYSCTL_PLL0_PLL_RESET0_WIDTH                        1
#define K210_SYSCTL_PLL0_PLL_RESET0_MASK                         0x1ull
/* [21] pll_pwrd0 (rw, reset 0x0): 1 = powered (the SDK's 'negative of PWRDN'); 0 = powered down. */
#define K210_SYSCTL_PLL0_PLL_PWRD0_SHIFT                         21
#define K210_SYSCTL_PLL0_PLL_PWRD0_WIDTH                         1
#define K210_SYSCTL_PLL0_PLL_PWRD0_MASK                          0x1ull
/* [22] pll_intfb0 (rw, reset 0x0): Internal feedback. */
#define K210_SYSCTL_PLL0_PLL_INTFB0_SHIFT                        22
#define K210_SYSCTL_PLL0_PLL_INTFB0_WIDTH                        1
#define K210_SYSCTL_PLL0_PLL_INTFB0_MASK                         0x1ull
/* [23] pll_bypass0 (rw, reset 0x0): 1 = the output is the reference, the PLL is bypassed. */
#define K210_SYSCTL_PLL0_PLL_BYPASS0_SHIFT                       23
#define K210_SYSCTL_PLL0_PLL_BYPASS0_WIDTH                       1
#define K210_SYSCTL_PLL0_PLL_BYPASS0_MASK                        0x1ull
/* [24] pll_test0 (rw, reset 0x0): Test mode. */
#define K210_SYSCTL_PLL0_PLL_TEST0_SHIFT                         24
#define K210_SYSCTL_PLL0_PLL_TEST0_WIDTH                         1
#define K210_SYSCTL_PLL0_PLL_TEST0_MASK                          0x1ull
/*
 * [25] pll_out_en0 (rw, reset 0x0): 1 = output enabled; the SDK clears it while reprogramming the
 * PLL.
 */
#define K210_SYSCTL_PLL0_PLL_OUT_EN0_SHIFT                       25
#define K210_SYSCTL_PLL0_PLL_OUT_EN0_WIDTH                       1
#define K210_SYSCTL_PLL0_PLL_OUT_EN0_MASK                        0x1ull
/* [26] pll_test_en (rw, reset 0x0): Test enable. */
#define K210_SYSCTL_PLL0_PLL_TEST_EN_SHIFT                       26
#define K210_SYSCTL_PLL0_PLL_TEST_EN_WIDTH                       1
#define K210_SYSCTL_PLL0_PLL_TEST_EN_MASK                        0x1ull

/*
 * pll1 (offset 0x0C, rw, reset 0x0): PLL1: feeds the KPU (AI) clock. FOUT = IN0 / NR * NF / OD. [S1
 * lib/drivers/include/sysctl.h sysctl_pll1_t]
 */
#define K210_SYSCTL_PLL1_OFFSET                                  0x0Cull
#define K210_SYSCTL_PLL1_RESET                                   0x0ull
/* [3:0] clkr1 (rw, reset 0x0) [count-1]: Reference divider NR - 1: the reference is IN0 / NR. */
#define K210_SYSCTL_PLL1_CLKR1_SHIFT                             0
#define K210_SYSCTL_PLL1_CLKR1_WIDTH                             4
#define K210_SYSCTL_PLL1_CLKR1_MASK                              0xFull
/* [9:4] clkf1 (rw, reset 0x0) [count-1]: Feedback divider NF - 1: VCO = reference * NF. */
#define K210_SYSCTL_PLL1_CLKF1_SHIFT                             4
#define K210_SYSCTL_PLL1_CLKF1_WIDTH                             6
#define K210_SYSCTL_PLL1_CLKF1_MASK                              0x3Full
/* [13:10] clkod1 (rw, reset 0x0) [count-1]: Output divider OD - 1: output = VCO / OD. */
#define K210_SYSCTL_PLL1_CLKOD1_SHIFT                            10
#define K210_SYSCTL_PLL1_CLKOD1_WIDTH                            4
#define K210_SYSCTL_PLL1_CLKOD1_MASK                             0xFull
/* [19:14] bwadj1 (rw, reset 0x0) [count-1]: Bandwidth adjust, NB - 1; the SDK sets NB = NF. */
#define K210_SYSCTL_PLL1_BWADJ1_SHIFT                            14
#define K210_SYSCTL_PLL1_BWADJ1_WIDTH                            6
#define K210_SYSCTL_PLL1_BWADJ1_MASK                             0x3Full
/*
 * [20] pll_reset1 (rw, reset 0x0): 1 = PLL held in reset; pulse 0-1-0 after power-up to start
 * locking.
 */
#define K210_SYSCTL_PLL1_PLL_RESET1_SHIFT                        20
#define K210_SYSCTL_PLL1_PLL_RESET1_WIDTH                        1
#define K210_SYSCTL_PLL1_PLL_RESET1_MASK                         0x1ull
/* [21] pll_pwrd1 (rw, reset 0x0): 1 = powered (the SDK's 'negative of PWRDN'); 0 = powered down. */
#define K210_SYSCTL_PLL1_PLL_PWRD1_SHIFT                         21
#define K210_SYSCTL_PLL1_PLL_PWRD1_WIDTH                         1
#define K210_SYSCTL_PLL1_PLL_PWRD1_MASK                          0x1ull
/* [22] pll_intfb1 (rw, reset 0x0): Internal feedback. */
#define K210_SYSCTL_PLL1_PLL_INTFB1_SHIFT                        22
#define K210_SYSCTL_PLL1_PLL_INTFB1_WIDTH                        1
#define K210_SYSCTL_PLL1_PLL_INTFB1_MASK                         0x1ull
/* [23] pll_bypass1 (rw, reset 0x0): 1 = the output is the reference, the PLL is bypassed. */
#define K210_SYSCTL_PLL1_PLL_BYPASS1_SHIFT                       23
#define K210_SYSCTL_PLL1_PLL_BYPASS1_WIDTH                       1
#define K210_SYSCTL_PLL1_PLL_BYPASS1_MASK                        0x1ull
/* [24] pll_test1 (rw, reset 0x0): Test mode. */
#define K210_SYSCTL_PLL1_PLL_TEST1_SHIFT                         24
#define K210_SYSCTL_PLL1_PLL_TEST1_WIDTH                         1
#define K210_SYSCTL_PLL1_PLL_TEST1_MASK                          0x1ull
/*
 * [25] pll_out_en1 (rw, reset 0x0): 1 = output enabled; the SDK clears it while reprogramming the
 * PLL.
 */
#define K210_SYSCTL_PLL1_PLL_OUT_EN1_SHIFT                       25
#define K210_SYSCTL_PLL1_PLL_OUT_EN1_WIDTH                       1
#define K210_SYSCTL_PLL1_PLL_OUT_EN1_MASK                        0x1ull

/*
 * pll2 (offset 0x10, rw, reset 0x0): PLL2: feeds the I2S clocks; its reference is selectable. [S1
 * lib/drivers/include/sysctl.h sysctl_pll2_t]
 */
#define K210_SYSCTL_PLL2_OFFSET                                  0x10ull
#define K210_SYSCTL_PLL2_RESET                                   0x0ull
/* [3:0] clkr2 (rw, reset 0x0) [count-1]: Reference divider NR - 1: the reference is IN0 / NR. */
#define K210_SYSCTL_PLL2_CLKR2_SHIFT                             0
#define K210_SYSCTL_PLL2_CLKR2_WIDTH                             4
#define K210_SYSCTL_PLL2_CLKR2_MASK                              0xFull
/* [9:4] clkf2 (rw, reset 0x0) [count-1]: Feedback divider NF - 1: VCO = reference * NF. */
#define K210_SYSCTL_PLL2_CLKF2_SHIFT                             4
#define K210_SYSCTL_PLL2_CLKF2_WIDTH                             6
#define K210_SYSCTL_PLL2_CLKF2_MASK                              0x3Full
/* [13:10] clkod2 (rw, reset 0x0) [count-1]: Output divider OD - 1: output = VCO / OD. */
#define K210_SYSCTL_PLL2_CLKOD2_SHIFT                            10
#define K210_SYSCTL_PLL2_CLKOD2_WIDTH                            4
#define K210_SYSCTL_PLL2_CLKOD2_MASK                             0xFull
/* [19:14] bwadj2 (rw, reset 0x0) [count-1]: Bandwidth adjust, NB - 1; the SDK sets NB = NF. */
#define K210_SYSCTL_PLL2_BWADJ2_SHIFT                            14
#define K210_SYSCTL_PLL2_BWADJ2_WIDTH                            6
#define K210_SYSCTL_PLL2_BWADJ2_MASK                             0x3Full
/*
 * [20] pll_reset2 (rw, reset 0x0): 1 = PLL held in reset; pulse 0-1-0 after power-up to start
 * locking.
 */
#define K210_SYSCTL_PLL2_PLL_RESET2_SHIFT                        20
#define K210_SYSCTL_PLL2_PLL_RESET2_WIDTH                        1
#define K210_SYSCTL_PLL2_PLL_RESET2_MASK                         0x1ull
/* [21] pll_pwrd2 (rw, reset 0x0): 1 = powered (the SDK's 'negative of PWRDN'); 0 = powered down. */
#define K210_SYSCTL_PLL2_PLL_PWRD2_SHIFT                         21
#define K210_SYSCTL_PLL2_PLL_PWRD2_WIDTH                         1
#define K210_SYSCTL_PLL2_PLL_PWRD2_MASK                          0x1ull
/* [22] pll_intfb2 (rw, reset 0x0): Internal feedback. */
#define K210_SYSCTL_PLL2_PLL_INTFB2_SHIFT                        22
#define K210_SYSCTL_PLL2_PLL_INTFB2_WIDTH                        1
#define K210_SYSCTL_PLL2_PLL_INTFB2_MASK                         0x1ull
/* [23] pll_bypass2 (rw, reset 0x0): 1 = the output is the reference, the PLL is bypassed. */
#define K210_SYSCTL_PLL2_PLL_BYPASS2_SHIFT                       23
#define K210_SYSCTL_PLL2_PLL_BYPASS2_WIDTH                       1
#define K210_SYSCTL_PLL2_PLL_BYPASS2_MASK                        0x1ull
/* [24] pll_test2 (rw, reset 0x0): Test mode. */
#define K210_SYSCTL_PLL2_PLL_TEST2_SHIFT                         24
#define K210_SYSCTL_PLL2_PLL_TEST2_WIDTH                         1
#define K210_SYSCTL_PLL2_PLL_TEST2_MASK                          0x1ull
/*
 * [25] pll_out_en2 (rw, reset 0x0): 1 = output enabled; the SDK clears it while reprogramming the
 * PLL.
 */
#define K210_SYSCTL_PLL2_PLL_OUT_EN2_SHIFT                       25
#define K210_SYSCTL_PLL2_PLL_OUT_EN2_WIDTH                       1
#define K210_SYSCTL_PLL2_PLL_OUT_EN2_MASK                        0x1ull
/* [27:26] pll_ckin_sel2 (rw, reset 0x0): Reference of PLL2. Values: K210_SYSCTL_PLL2_SOURCE_*. */
#define K210_SYSCTL_PLL2_PLL_CKIN_SEL2_SHIFT                     26
#define K210_SYSCTL_PLL2_PLL_CKIN_SEL2_WIDTH                     2
#define K210_SYSCTL_PLL2_PLL_CKIN_SEL2_MASK                      0x3ull

/*
 * pll_lock (offset 0x18, rw, reset 0x0): PLL lock status and slip clear. [S1
 * lib/drivers/include/sysctl.h sysctl_pll_lock_t]
 */
#define K210_SYSCTL_PLL_LOCK_OFFSET                              0x18ull
#define K210_SYSCTL_PLL_LOCK_RESET                               0x0ull
/*
 * [1:0] pll_lock0 (ro, reset 0x0): PLL0 lock status; the SDK treats PLL0 as locked when both bits
 * are 1 and PLL1/PLL2 when bit 0 is 1.
 */
#define K210_SYSCTL_PLL_LOCK_PLL_LOCK0_SHIFT                     0
#define K210_SYSCTL_PLL_LOCK_PLL_LOCK0_WIDTH                     2
#define K210_SYSCTL_PLL_LOCK_PLL_LOCK0_MASK                      0x3ull
/*
 * [2] pll_slip_clear0 (rw, reset 0x0): Write 1 to clear PLL0's slip flags while waiting for lock.
 */
#define K210_SYSCTL_PLL_LOCK_PLL_SLIP_CLEAR0_SHIFT               2
#define K210_SYSCTL_PLL_LOCK_PLL_SLIP_CLEAR0_WIDTH               1
#define K210_SYSCTL_PLL_LOCK_PLL_SLIP_CLEAR0_MASK                0x1ull
/* [3] test_clk_out0 (rw, reset 0x0): Test clock output. */
#define K210_SYSCTL_PLL_LOCK_TEST_CLK_OUT0_SHIFT                 3
#define K210_SYSCTL_PLL_LOCK_TEST_CLK_OUT0_WIDTH                 1
#define K210_SYSCTL_PLL_LOCK_TEST_CLK_OUT0_MASK                  0x1ull
/*
 * [9:8] pll_lock1 (ro, reset 0x0): PLL1 lock status; the SDK treats PLL0 as locked when both bits
 * are 1 and PLL1/PLL2 when bit 0 is 1.
 */
#define K210_SYSCTL_PLL_LOCK_PLL_LOCK1_SHIFT                     8
#define K210_SYSCTL_PLL_LOCK_PLL_LOCK1_WIDTH                     2
#define K210_SYSCTL_PLL_LOCK_PLL_LOCK1_MASK                      0x3ull
/*
 * [10] pll_slip_clear1 (rw, reset 0x0): Write 1 to clear PLL1's slip flags while waiting for lock.
 */
#define K210_SYSCTL_PLL_LOCK_PLL_SLIP_CLEAR1_SHIFT               10
#define K210_SYSCTL_PLL_LOCK_PLL_SLIP_CLEAR1_WIDTH               1
#define K210_SYSCTL_PLL_LOCK_PLL_SLIP_CLEAR1_MASK                0x1ull
/* [11] test_clk_out1 (rw, reset 0x0): Test clock output. */
#define K210_SYSCTL_PLL_LOCK_TEST_CLK_OUT1_SHIFT                 11
#define K210_SYSCTL_PLL_LOCK_TEST_CLK_OUT1_WIDTH                 1
#define K210_SYSCTL_PLL_LOCK_TEST_CLK_OUT1_MASK                  0x1ull
/*
 * [17:16] pll_lock2 (ro, reset 0x0): PLL2 lock status; the SDK treats PLL0 as locked when both bits
 * are 1 and PLL1/PLL2 when bit 0 is 1.
 */
#define K210_SYSCTL_PLL_LOCK_PLL_LOCK2_SHIFT                     16
#define K210_SYSCTL_PLL_LOCK_PLL_LOCK2_WIDTH                     2
#define K210_SYSCTL_PLL_LOCK_PLL_LOCK2_MASK                      0x3ull
/*
 * [18] pll_slip_clear2 (rw, reset 0x0): Write 1 to clear PLL2's slip flags while waiting for lock.
 */
#define K210_SYSCTL_PLL_LOCK_PLL_SLIP_CLEAR2_SHIFT               18
#define K210_SYSCTL_PLL_LOCK_PLL_SLIP_CLEAR2_WIDTH               1
#define K210_SYSCTL_PLL_LOCK_PLL_SLIP_CLEAR2_MASK                0x1ull
/* [19] test_clk_out2 (rw, reset 0x0): Test clock output. */
#define K210_SYSCTL_PLL_LOCK_TEST_CLK_OUT2_SHIFT                 19
#define K210_SYSCTL_PLL_LOCK_TEST_CLK_OUT2_WIDTH                 1
#define K210_SYSCTL_PLL_LOCK_TEST_CLK_OUT2_MASK                  0x1ull

/*
 * clk_sel0 (offset 0x20, rw, reset 0x0): Clock selectors: ACLK source and divider, APB dividers,
 * SPI3 and timer sources. [S1 lib/drivers/include/sysctl.h sysctl_clk_sel0_t]
 */
#define K210_SYSCTL_CLK_SEL0_OFFSET                              0x20ull
#define K210_SYSCTL_CLK_SEL0_RESET                               0x0ull
/* [0] aclk_sel (rw, reset 0x0): ACLK source (CPU clock). Values: K210_SYSCTL_CLOCK_SOURCE_SEL_*. */
#define K210_SYSCTL_CLK_SEL0_ACLK_SEL_SHIFT                      0
#define K210_SYSCTL_CLK_SEL0_ACLK_SEL_WIDTH                      1
#define K210_SYSCTL_CLK_SEL0_ACLK_SEL_MASK                       0x1ull
/*
 * [2:1] aclk_divider_sel (rw, reset 0x0): ACLK = PLL0 / (2 << aclk_divider_sel) when aclk_sel is
 * PLL0.
 */
#define K210_SYSCTL_CLK_SEL0_ACLK_DIVIDER_SEL_SHIFT              1
#define K210_SYSCTL_CLK_SEL0_ACLK_DIVIDER_SEL_WIDTH              2
#define K210_SYSCTL_CLK_SEL0_ACLK_DIVIDER_SEL_MASK               0x3ull
/* [5:3] apb0_clk_sel (rw, reset 0x0): APB0 = ACLK / (apb0_clk_sel + 1). */
#define K210_SYSCTL_CLK_SEL0_APB0_CLK_SEL_SHIFT                  3
#define K210_SYSCTL_CLK_SEL0_APB0_CLK_SEL_WIDTH                  3
#define K210_SYSCTL_CLK_SEL0_APB0_CLK_SEL_MASK                   0x7ull
/* [8:6] apb1_clk_sel (rw, reset 0x0): APB1 = ACLK / (apb1_clk_sel + 1). */
#define K210_SYSCTL_CLK_SEL0_APB1_CLK_SEL_SHIFT                  6
#define K210_SYSCTL_CLK_SEL0_APB1_CLK_SEL_WIDTH                  3
#define K210_SYSCTL_CLK_SEL0_APB1_CLK_SEL_MASK                   0x7ull
/* [11:9] apb2_clk_sel (rw, reset 0x0): APB2 = ACLK / (apb2_clk_sel + 1). */
#define K210_SYSCTL_CLK_SEL0_APB2_CLK_SEL_SHIFT                  9
#define K210_SYSCTL_CLK_SEL0_APB2_CLK_SEL_WIDTH                  3
#define K210_SYSCTL_CLK_SEL0_APB2_CLK_SEL_MASK                   0x7ull
/* [12] spi3_clk_sel (rw, reset 0x0): SPI3 clock source. Values: K210_SYSCTL_CLOCK_SOURCE_SEL_*. */
#define K210_SYSCTL_CLK_SEL0_SPI3_CLK_SEL_SHIFT                  12
#define K210_SYSCTL_CLK_SEL0_SPI3_CLK_SEL_WIDTH                  1
#define K210_SYSCTL_CLK_SEL0_SPI3_CLK_SEL_MASK                   0x1ull
/*
 * [13] timer0_clk_sel (rw, reset 0x0): TIMER0 clock source. Values: K210_SYSCTL_CLOCK_SOURCE_SEL_*.
 */
#define K210_SYSCTL_CLK_SEL0_TIMER0_CLK_SEL_SHIFT                13
#define K210_SYSCTL_CLK_SEL0_TIMER0_CLK_SEL_WIDTH                1
#define K210_SYSCTL_CLK_SEL0_TIMER0_CLK_SEL_MASK                 0x1ull
/*
 * [14] timer1_clk_sel (rw, reset 0x0): TIMER1 clock source. Values: K210_SYSCTL_CLOCK_SOURCE_SEL_*.
 */
#define K210_SYSCTL_CLK_SEL0_TIMER1_CLK_SEL_SHIFT                14
#define K210_SYSCTL_CLK_SEL0_TIMER1_CLK_SEL_WIDTH                1
#define K210_SYSCTL_CLK_SEL0_TIMER1_CLK_SEL_MASK                 0x1ull
/*
 * [15] timer2_clk_sel (rw, reset 0x0): TIMER2 clock source. Values: K210_SYSCTL_CLOCK_SOURCE_SEL_*.
 */
#define K210_SYSCTL_CLK_SEL0_TIMER2_CLK_SEL_SHIFT                15
#define K210_SYSCTL_CLK_SEL0_TIMER2_CLK_SEL_WIDTH                1
#define K210_SYSCTL_CLK_SEL0_TIMER2_CLK_SEL_MASK                 0x1ull

/*
 * clk_sel1 (offset 0x24, rw, reset 0x0): SPI3 sample clock selector. [S1
 * lib/drivers/include/sysctl.h sysctl_clk_sel1_t]
 */
#define K210_SYSCTL_CLK_SEL1_OFFSET                              0x24ull
#define K210_SYSCTL_CLK_SEL1_RESET                               0x0ull
/* [0] spi3_sample_clk_sel (rw, reset 0x0): SPI3 sample clock edge select. */
#define K210_SYSCTL_CLK_SEL1_SPI3_SAMPLE_CLK_SEL_SHIFT           0
#define K210_SYSCTL_CLK_SEL1_SPI3_SAMPLE_CLK_SEL_WIDTH           1
#define K210_SYSCTL_CLK_SEL1_SPI3_SAMPLE_CLK_SEL_MASK            0x1ull

/*
 * clk_en_cent (offset 0x28, rw, reset 0x0): Central clock enables: CPU, SRAM banks and the three
 * APB buses (a peripheral needs its bus clock and its own clock). [S1 lib/drivers/include/sysctl.h
 * sysctl_clk_en_cent_t]; [S1 lib/drivers/sysctl.c sysctl_clock_bus_en]
 */
#define K210_SYSCTL_CLK_EN_CENT_OFFSET                           0x28ull
#define K210_SYSCTL_CLK_EN_CENT_RESET                            0x0ull
/* [0] cpu_clk_en (rw, reset 0x0): 1 = CPU clock enabled. */
#define K210_SYSCTL_CLK_EN_CENT_CPU_CLK_EN_SHIFT                 0
#define K210_SYSCTL_CLK_EN_CENT_CPU_CLK_EN_WIDTH                 1
#define K210_SYSCTL_CLK_EN_CENT_CPU_CLK_EN_MASK                  0x1ull
/* [1] sram0_clk_en (rw, reset 0x0): 1 = SRAM0 clock enabled. */
#define K210_SYSCTL_CLK_EN_CENT_SRAM0_CLK_EN_SHIFT               1
#define K210_SYSCTL_CLK_EN_CENT_SRAM0_CLK_EN_WIDTH               1
#define K210_SYSCTL_CLK_EN_CENT_SRAM0_CLK_EN_MASK                0x1ull
/* [2] sram1_clk_en (rw, reset 0x0): 1 = SRAM1 clock enabled. */
#define K210_SYSCTL_CLK_EN_CENT_SRAM1_CLK_EN_SHIFT               2
#define K210_SYSCTL_CLK_EN_CENT_SRAM1_CLK_EN_WIDTH               1
#define K210_SYSCTL_CLK_EN_CENT_SRAM1_CLK_EN_MASK                0x1ull
/*
 * [3] apb0_clk_en (rw, reset 0x0): 1 = APB0 enabled (GPIO, UART1-3, SPI2, I2S, I2C, FPIOA, SHA,
 * timers).
 */
#define K210_SYSCTL_CLK_EN_CENT_APB0_CLK_EN_SHIFT                3
#define K210_SYSCTL_CLK_EN_CENT_APB0_CLK_EN_WIDTH                1
#define K210_SYSCTL_CLK_EN_CENT_APB0_CLK_EN_MASK                 0x1ull
/*
 * [4] apb1_clk_en (rw, reset 0x0): 1 = APB1 enabled (AES, WDT, OTP, RTC; the SCCB/DVP timing base).
 */
#define K210_SYSCTL_CLK_EN_CENT_APB1_CLK_EN_SHIFT                4
#define K210_SYSCTL_CLK_EN_CENT_APB1_CLK_EN_WIDTH                1
#define K210_SYSCTL_CLK_EN_CENT_APB1_CLK_EN_MASK                 0x1ull
/* [5] apb2_clk_en (rw, reset 0x0): 1 = APB2 enabled (SPI0, SPI1). */
#define K210_SYSCTL_CLK_EN_CENT_APB2_CLK_EN_SHIFT                5
#define K210_SYSCTL_CLK_EN_CENT_APB2_CLK_EN_WIDTH                1
#define K210_SYSCTL_CLK_EN_CENT_APB2_CLK_EN_MASK                 0x1ull

/*
 * clk_en_peri (offset 0x2C, rw, reset 0x0): Peripheral clock enables, one bit per device. The SDK's
 * sysctl_clock_enable sets the bus bit in clk_en_cent and the device bit here. [S1
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
/* [3] dvp_clk_en (rw, reset 0x0): 1 = DVP clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_DVP_CLK_EN_SHIFT                 3
#define K210_SYSCTL_CLK_EN_PERI_DVP_CLK_EN_WIDTH                 1
#define K210_SYSCTL_CLK_EN_PERI_DVP_CLK_EN_MASK                  0x1ull
/* [4] fft_clk_en (rw, reset 0x0): 1 = FFT clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_FFT_CLK_EN_SHIFT                 4
#define K210_SYSCTL_CLK_EN_PERI_FFT_CLK_EN_WIDTH                 1
#define K210_SYSCTL_CLK_EN_PERI_FFT_CLK_EN_MASK                  0x1ull
/* [5] gpio_clk_en (rw, reset 0x0): 1 = GPIO clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_GPIO_CLK_EN_SHIFT                5
#define K210_SYSCTL_CLK_EN_PERI_GPIO_CLK_EN_WIDTH                1
#define K210_SYSCTL_CLK_EN_PERI_GPIO_CLK_EN_MASK                 0x1ull
/* [6] spi0_clk_en (rw, reset 0x0): 1 = SPI0 clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_SPI0_CLK_EN_SHIFT                6
#define K210_SYSCTL_CLK_EN_PERI_SPI0_CLK_EN_WIDTH                1
#define K210_SYSCTL_CLK_EN_PERI_SPI0_CLK_EN_MASK                 0x1ull
/* [7] spi1_clk_en (rw, reset 0x0): 1 = SPI1 clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_SPI1_CLK_EN_SHIFT                7
#define K210_SYSCTL_CLK_EN_PERI_SPI1_CLK_EN_WIDTH                1
#define K210_SYSCTL_CLK_EN_PERI_SPI1_CLK_EN_MASK                 0x1ull
/* [8] spi2_clk_en (rw, reset 0x0): 1 = SPI2 clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_SPI2_CLK_EN_SHIFT                8
#define K210_SYSCTL_CLK_EN_PERI_SPI2_CLK_EN_WIDTH                1
#define K210_SYSCTL_CLK_EN_PERI_SPI2_CLK_EN_MASK                 0x1ull
/* [9] spi3_clk_en (rw, reset 0x0): 1 = SPI3 clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_SPI3_CLK_EN_SHIFT                9
#define K210_SYSCTL_CLK_EN_PERI_SPI3_CLK_EN_WIDTH                1
#define K210_SYSCTL_CLK_EN_PERI_SPI3_CLK_EN_MASK                 0x1ull
/* [10] i2s0_clk_en (rw, reset 0x0): 1 = I2S0 clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_I2S0_CLK_EN_SHIFT                10
#define K210_SYSCTL_CLK_EN_PERI_I2S0_CLK_EN_WIDTH                1
#define K210_SYSCTL_CLK_EN_PERI_I2S0_CLK_EN_MASK                 0x1ull
/* [11] i2s1_clk_en (rw, reset 0x0): 1 = I2S1 clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_I2S1_CLK_EN_SHIFT                11
#define K210_SYSCTL_CLK_EN_PERI_I2S1_CLK_EN_WIDTH                1
#define K210_SYSCTL_CLK_EN_PERI_I2S1_CLK_EN_MASK                 0x1ull
/* [12] i2s2_clk_en (rw, reset 0x0): 1 = I2S2 clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_I2S2_CLK_EN_SHIFT                12
#define K210_SYSCTL_CLK_EN_PERI_I2S2_CLK_EN_WIDTH                1
#define K210_SYSCTL_CLK_EN_PERI_I2S2_CLK_EN_MASK                 0x1ull
/* [13] i2c0_clk_en (rw, reset 0x0): 1 = I2C0 clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_I2C0_CLK_EN_SHIFT                13
#define K210_SYSCTL_CLK_EN_PERI_I2C0_CLK_EN_WIDTH                1
#define K210_SYSCTL_CLK_EN_PERI_I2C0_CLK_EN_MASK                 0x1ull
/* [14] i2c1_clk_en (rw, reset 0x0): 1 = I2C1 clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_I2C1_CLK_EN_SHIFT                14
#define K210_SYSCTL_CLK_EN_PERI_I2C1_CLK_EN_WIDTH                1
#define K210_SYSCTL_CLK_EN_PERI_I2C1_CLK_EN_MASK                 0x1ull
/* [15] i2c2_clk_en (rw, reset 0x0): 1 = I2C2 clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_I2C2_CLK_EN_SHIFT                15
#define K210_SYSCTL_CLK_EN_PERI_I2C2_CLK_EN_WIDTH                1
#define K210_SYSCTL_CLK_EN_PERI_I2C2_CLK_EN_MASK                 0x1ull
/* [16] uart1_clk_en (rw, reset 0x0): 1 = UART1 clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_UART1_CLK_EN_SHIFT               16
#define K210_SYSCTL_CLK_EN_PERI_UART1_CLK_EN_WIDTH               1
#define K210_SYSCTL_CLK_EN_PERI_UART1_CLK_EN_MASK                0x1ull
/* [17] uart2_clk_en (rw, reset 0x0): 1 = UART2 clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_UART2_CLK_EN_SHIFT               17
#define K210_SYSCTL_CLK_EN_PERI_UART2_CLK_EN_WIDTH               1
#define K210_SYSCTL_CLK_EN_PERI_UART2_CLK_EN_MASK                0x1ull
/* [18] uart3_clk_en (rw, reset 0x0): 1 = UART3 clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_UART3_CLK_EN_SHIFT               18
#define K210_SYSCTL_CLK_EN_PERI_UART3_CLK_EN_WIDTH               1
#define K210_SYSCTL_CLK_EN_PERI_UART3_CLK_EN_MASK                0x1ull
/* [19] aes_clk_en (rw, reset 0x0): 1 = AES clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_AES_CLK_EN_SHIFT                 19
#define K210_SYSCTL_CLK_EN_PERI_AES_CLK_EN_WIDTH                 1
#define K210_SYSCTL_CLK_EN_PERI_AES_CLK_EN_MASK                  0x1ull
/* [20] fpioa_clk_en (rw, reset 0x0): 1 = FPIOA clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_FPIOA_CLK_EN_SHIFT               20
#define K210_SYSCTL_CLK_EN_PERI_FPIOA_CLK_EN_WIDTH               1
#define K210_SYSCTL_CLK_EN_PERI_FPIOA_CLK_EN_MASK                0x1ull
/* [21] timer0_clk_en (rw, reset 0x0): 1 = TIMER0 clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_TIMER0_CLK_EN_SHIFT              21
#define K210_SYSCTL_CLK_EN_PERI_TIMER0_CLK_EN_WIDTH              1
#define K210_SYSCTL_CLK_EN_PERI_TIMER0_CLK_EN_MASK               0x1ull
/* [22] timer1_clk_en (rw, reset 0x0): 1 = TIMER1 clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_TIMER1_CLK_EN_SHIFT              22
#define K210_SYSCTL_CLK_EN_PERI_TIMER1_CLK_EN_WIDTH              1
#define K210_SYSCTL_CLK_EN_PERI_TIMER1_CLK_EN_MASK               0x1ull
/* [23] timer2_clk_en (rw, reset 0x0): 1 = TIMER2 clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_TIMER2_CLK_EN_SHIFT              23
#define K210_SYSCTL_CLK_EN_PERI_TIMER2_CLK_EN_WIDTH              1
#define K210_SYSCTL_CLK_EN_PERI_TIMER2_CLK_EN_MASK               0x1ull
/* [24] wdt0_clk_en (rw, reset 0x0): 1 = WDT0 clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_WDT0_CLK_EN_SHIFT                24
#define K210_SYSCTL_CLK_EN_PERI_WDT0_CLK_EN_WIDTH                1
#define K210_SYSCTL_CLK_EN_PERI_WDT0_CLK_EN_MASK                 0x1ull
/* [25] wdt1_clk_en (rw, reset 0x0): 1 = WDT1 clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_WDT1_CLK_EN_SHIFT                25
#define K210_SYSCTL_CLK_EN_PERI_WDT1_CLK_EN_WIDTH                1
#define K210_SYSCTL_CLK_EN_PERI_WDT1_CLK_EN_MASK                 0x1ull
/* [26] sha_clk_en (rw, reset 0x0): 1 = SHA clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_SHA_CLK_EN_SHIFT                 26
#define K210_SYSCTL_CLK_EN_PERI_SHA_CLK_EN_WIDTH                 1
#define K210_SYSCTL_CLK_EN_PERI_SHA_CLK_EN_MASK                  0x1ull
/* [27] otp_clk_en (rw, reset 0x0): 1 = OTP clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_OTP_CLK_EN_SHIFT                 27
#define K210_SYSCTL_CLK_EN_PERI_OTP_CLK_EN_WIDTH                 1
#define K210_SYSCTL_CLK_EN_PERI_OTP_CLK_EN_MASK                  0x1ull
/* [29] rtc_clk_en (rw, reset 0x0): 1 = RTC clock enabled. */
#define K210_SYSCTL_CLK_EN_PERI_RTC_CLK_EN_SHIFT                 29
#define K210_SYSCTL_CLK_EN_PERI_RTC_CLK_EN_WIDTH                 1
#define K210_SYSCTL_CLK_EN_PERI_RTC_CLK_EN_MASK                  0x1ull

/*
 * soft_reset (offset 0x30, rw, reset 0x0): Whole-chip soft reset. [S1 lib/drivers/include/sysctl.h
 * sysctl_soft_reset_t]
 */
#define K210_SYSCTL_SOFT_RESET_OFFSET                            0x30ull
#define K210_SYSCTL_SOFT_RESET_RESET                             0x0ull
/* [0] soft_reset (rw, reset 0x0): 1 = reset the SoC. */
#define K210_SYSCTL_SOFT_RESET_SOFT_RESET_SHIFT                  0
#define K210_SYSCTL_SOFT_RESET_SOFT_RESET_WIDTH                  1
#define K210_SYSCTL_SOFT_RESET_SOFT_RESET_MASK                   0x1ull

/*
 * peri_reset (offset 0x34, rw, reset 0x0): Peripheral resets, one bit per device (same order as
 * clk_en_peri). [S1 lib/drivers/include/sysctl.h sysctl_peri_reset_t]
 */
#define K210_SYSCTL_PERI_RESET_OFFSET                            0x34ull
#define K210_SYSCTL_PERI_RESET_RESET                             0x0ull
/* [0] rom_reset (rw, reset 0x0): 1 = hold ROM in reset; the SDK pulses 1 then 0. */
#define K210_SYSCTL_PERI_RESET_ROM_RESET_SHIFT                   0
#define K210_SYSCTL_PERI_RESET_ROM_RESET_WIDTH                   1
#define K210_SYSCTL_PERI_RESET_ROM_RESET_MASK                    0x1ull
/* [1] dma_reset (rw, reset 0x0): 1 = hold DMA in reset; the SDK pulses 1 then 0. */
#define K210_SYSCTL_PERI_RESET_DMA_RESET_SHIFT                   1
#define K210_SYSCTL_PERI_RESET_DMA_RESET_WIDTH                   1
#define K210_SYSCTL_PERI_RESET_DMA_RESET_MASK                    0x1ull
/* [2] ai_reset (rw, reset 0x0): 1 = hold AI in reset; the SDK pulses 1 then 0. */
#define K210_SYSCTL_PERI_RESET_AI_RESET_SHIFT                    2
#define K210_SYSCTL_PERI_RESET_AI_RESET_WIDTH                    1
#define K210_SYSCTL_PERI_RESET_AI_RESET_MASK                     0x1ull
/* [3] dvp_reset (rw, reset 0x0): 1 = hold DVP in reset; the SDK pulses 1 then 0. */
#define K210_SYSCTL_PERI_RESET_DVP_RESET_SHIFT                   3
#define K210_SYSCTL_PERI_RESET_DVP_RESET_WIDTH                   1
#define K210_SYSCTL_PERI_RESET_DVP_RESET_MASK                    0x1ull
/* [4] fft_reset (rw, reset 0x0): 1 = hold FFT in reset; the SDK pulses 1 then 0. */
#define K210_SYSCTL_PERI_RESET_FFT_RESET_SHIFT                   4
#define K210_SYSCTL_PERI_RESET_FFT_RESET_WIDTH                   1
#define K210_SYSCTL_PERI_RESET_FFT_RESET_MASK                    0x1ull
/* [5] gpio_reset (rw, reset 0x0): 1 = hold GPIO in reset; the SDK pulses 1 then 0. */
#define K210_SYSCTL_PERI_RESET_GPIO_RESET_SHIFT                  5
#define K210_SYSCTL_PERI_RESET_GPIO_RESET_WIDTH                  1
#define K210_SYSCTL_PERI_RESET_GPIO_RESET_MASK                   0x1ull
/* [6] spi0_reset (rw, reset 0x0): 1 = hold SPI0 in reset; the SDK pulses 1 then 0. */
#define K210_SYSCTL_PERI_RESET_SPI0_RESET_SHIFT                  6
#define K210_SYSCTL_PERI_RESET_SPI0_RESET_WIDTH                  1
#define K210_SYSCTL_PERI_RESET_SPI0_RESET_MASK                   0x1ull
/* [7] spi1_reset (rw, reset 0x0): 1 = hold SPI1 in reset; the SDK pulses 1 then 0. */
#define K210_SYSCTL_PERI_RESET_SPI1_RESET_SHIFT                  7
#define K210_SYSCTL_PERI_RESET_SPI1_RESET_WIDTH                  1
#define K210_SYSCTL_PERI_RESET_SPI1_RESET_MASK                   0x1ull
/* [8] spi2_reset (rw, reset 0x0): 1 = hold SPI2 in reset; the SDK pulses 1 then 0. */
#define K210_SYSCTL_PERI_RESET_SPI2_RESET_SHIFT                  8
#define K210_SYSCTL_PERI_RESET_SPI2_RESET_WIDTH                  1
#define K210_SYSCTL_PERI_RESET_SPI2_RESET_MASK                   0x1ull
/* [9] spi3_reset (rw, reset 0x0): 1 = hold SPI3 in reset; the SDK pulses 1 then 0. */
#define K210_SYSCTL_PERI_RESET_SPI3_RESET_SHIFT                  9
#define K210_SYSCTL_PERI_RESET_SPI3_RESET_WIDTH                  1
#define K210_SYSCTL_PERI_RESET_SPI3_RESET_MASK                   0x1ull
/* [10] i2s0_reset (rw, reset 0x0): 1 = hold I2S0 in reset; the SDK pulses 1 then 0. */
#define K210_SYSCTL_PERI_RESET_I2S0_RESET_SHIFT                  10
#define K210_SYSCTL_PERI_RESET_I2S0_RESET_WIDTH                  1
#define K210_SYSCTL_PERI_RESET_I2S0_RESET_MASK                   0x1ull
/* [11] i2s1_reset (rw, reset 0x0): 1 = hold I2S1 in reset; the SDK pulses 1 then 0. */
#define K210_SYSCTL_PERI_RESET_I2S1_RESET_SHIFT                  11
#define K210_SYSCTL_PERI_RESET_I2S1_RESET_WIDTH                  1
#define K210_SYSCTL_PERI_RESET_I2S1_RESET_MASK                   0x1ull
/* [12] i2s2_reset (rw, reset 0x0): 1 = hold I2S2 in reset; the SDK pulses 1 then 0. */
#define K210_SYSCTL_PERI_RESET_I2S2_RESET_SHIFT                  12
#define K210_SYSCTL_PERI_RESET_I2S2_RESET_WIDTH                  1
#define K210_SYSCTL_PERI_RESET_I2S2_RESET_MASK                   0x1ull
/* [13] i2c0_reset (rw, reset 0x0): 1 = hold I2C0 in reset; the SDK pulses 1 then 0. */
#define K210_SYSCTL_PERI_RESET_I2C0_RESET_SHIFT                  13
#define K210_SYSCTL_PERI_RESET_I2C0_RESET_WIDTH                  1
#define K210_SYSCTL_PERI_RESET_I2C0_RESET_MASK                   0x1ull
/* [14] i2c1_reset (rw, reset 0x0): 1 = hold I2C1 in reset; the SDK pulses 1 then 0. */
#define K210_SYSCTL_PERI_RESET_I2C1_RESET_SHIFT                  14
#define K210_SYSCTL_PERI_RESET_I2C1_RESET_WIDTH                  1
#define K210_SYSCTL_PERI_RESET_I2C1_RESET_MASK                   0x1ull
/* [15] i2c2_reset (rw, reset 0x0): 1 = hold I2C2 in reset; the SDK pulses 1 then 0. */
#define K210_SYSCTL_PERI_RESET_I2C2_RESET_SHIFT                  15
#define K210_SYSCTL_PERI_RESET_I2C2_RESET_WIDTH                  1
#define K210_SYSCTL_PERI_RESET_I2C2_RESET_MASK                   0x1ull
/* [16] uart1_reset (rw, reset 0x0): 1 = hold UART1 in reset; the SDK pulses 1 then 0. */
#define K210_SYSCTL_PERI_RESET_UART1_RESET_SHIFT                 16
#define K210_SYSCTL_PERI_RESET_UART1_RESET_WIDTH                 1
#define K210_SYSCTL_PERI_RESET_UART1_RESET_MASK                  0x1ull
/* [17] uart2_reset (rw, reset 0x0): 1 = hold UART2 in reset; the SDK pulses 1 then 0. */
#define K210_SYSCTL_PERI_RESET_UART2_RESET_SHIFT                 17
#define K210_SYSCTL_PERI_RESET_UART2_RESET_WIDTH                 1
#define K210_SYSCTL_PERI_RESET_UART2_RESET_MASK                  0x1ull
/* [18] uart3_reset (rw, reset 0x0): 1 = hold UART3 in reset; the SDK pulses 1 then 0. */
#define K210_SYSCTL_PERI_RESET_UART3_RESET_SHIFT                 18
#define K210_SYSCTL_PERI_RESET_UART3_RESET_WIDTH                 1
#define K210_SYSCTL_PERI_RESET_UART3_RESET_MASK                  0x1ull
/* [19] aes_reset (rw, reset 0x0): 1 = hold AES in reset; the SDK pulses 1 then 0. */
#define K210_SYSCTL_PERI_RESET_AES_RESET_SHIFT                   19
#define K210_SYSCTL_PERI_RESET_AES_RESET_WIDTH                   1
#define K210_SYSCTL_PERI_RESET_AES_RESET_MASK                    0x1ull
/* [20] fpioa_reset (rw, reset 0x0): 1 = hold FPIOA in reset; the SDK pulses 1 then 0. */
#define K210_SYSCTL_PERI_RESET_FPIOA_RESET_SHIFT                 20
#define K210_SYSCTL_PERI_RESET_FPIOA_RESET_WIDTH                 1
#define K210_SYSCTL_PERI_RESET_FPIOA_RESET_MASK                  0x1ull
/* [21] timer0_reset (rw, reset 0x0): 1 = hold TIMER0 in reset; the SDK pulses 1 then 0. */
#define K210_SYSCTL_PERI_RESET_TIMER0_RESET_SHIFT                21
#define K210_SYSCTL_PERI_RESET_TIMER0_RESET_WIDTH                1
#define K210_SYSCTL_PERI_RESET_TIMER0_RESET_MASK                 0x1ull
/* [22] timer1_reset (rw, reset 0x0): 1 = hold TIMER1 in reset; the SDK pulses 1 then 0. */
#define K210_SYSCTL_PERI_RESET_TIMER1_RESET_SHIFT                22
#define K210_SYSCTL_PERI_RESET_TIMER1_RESET_WIDTH                1
#define K210_SYSCTL_PERI_RESET_TIMER1_RESET_MASK                 0x1ull
/* [23] timer2_reset (rw, reset 0x0): 1 = hold TIMER2 in reset; the SDK pulses 1 then 0. */
#define K210_SYSCTL_PERI_RESET_TIMER2_RESET_SHIFT                23
#define K210_SYSCTL_PERI_RESET_TIMER2_RESET_WIDTH                1
#define K210_SYSCTL_PERI_RESET_TIMER2_RESET_MASK                 0x1ull
/* [24] wdt0_reset (rw, reset 0x0): 1 = hold WDT0 in reset; the SDK pulses 1 then 0. */
#define K210_SYSCTL_PERI_RESET_WDT0_RESET_SHIFT                  24
#define K210_SYSCTL_PERI_RESET_WDT0_RESET_WIDTH                  1
#define K210_SYSCTL_PERI_RESET_WDT0_RESET_MASK                   0x1ull
/* [25] wdt1_reset (rw, reset 0x0): 1 = hold WDT1 in reset; the SDK pulses 1 then 0. */
#define K210_SYSCTL_PERI_RESET_WDT1_RESET_SHIFT                  25
#define K210_SYSCTL_PERI_RESET_WDT1_RESET_WIDTH                  1
#define K210_SYSCTL_PERI_RESET_WDT1_RESET_MASK                   0x1ull
/* [26] sha_reset (rw, reset 0x0): 1 = hold SHA in reset; the SDK pulses 1 then 0. */
#define K210_SYSCTL_PERI_RESET_SHA_RESET_SHIFT                   26
#define K210_SYSCTL_PERI_RESET_SHA_RESET_WIDTH                   1
#define K210_SYSCTL_PERI_RESET_SHA_RESET_MASK                    0x1ull
/* [29] rtc_reset (rw, reset 0x0): 1 = hold the RTC in reset. */
#define K210_SYSCTL_PERI_RESET_RTC_RESET_SHIFT                   29
#define K210_SYSCTL_PERI_RESET_RTC_RESET_WIDTH                   1
#define K210_SYSCTL_PERI_RESET_RTC_RESET_MASK                    0x1ull

/*
 * clk_th0 (offset 0x38, rw, reset 0x0): Clock dividers (thresholds) of SRAM, KPU, DVP and ROM:
 * clock = source / (threshold + 1). [S1 lib/drivers/include/sysctl.h sysctl_clk_th0_t]; [S1
 * lib/drivers/sysctl.c sysctl_clock_set_threshold]
 */
#define K210_SYSCTL_CLK_TH0_OFFSET                               0x38ull
#define K210_SYSCTL_CLK_TH0_RESET                                0x0ull
/* [3:0] sram0_gclk_threshold (rw, reset 0x0): SRAM0 = ACLK / (t + 1). */
#define K210_SYSCTL_CLK_TH0_SRAM0_GCLK_THRESHOLD_SHIFT           0
#define K210_SYSCTL_CLK_TH0_SRAM0_GCLK_THRESHOLD_WIDTH           4
#define K210_SYSCTL_CLK_TH0_SRAM0_GCLK_THRESHOLD_MASK            0xFull
/* [7:4] sram1_gclk_threshold (rw, reset 0x0): SRAM1 = ACLK / (t + 1). */
#define K210_SYSCTL_CLK_TH0_SRAM1_GCLK_THRESHOLD_SHIFT           4
#define K210_SYSCTL_CLK_TH0_SRAM1_GCLK_THRESHOLD_WIDTH           4
#define K210_SYSCTL_CLK_TH0_SRAM1_GCLK_THRESHOLD_MASK            0xFull
/* [11:8] ai_gclk_threshold (rw, reset 0x0): KPU = PLL1 / (t + 1). */
#define K210_SYSCTL_CLK_TH0_AI_GCLK_THRESHOLD_SHIFT              8
#define K210_SYSCTL_CLK_TH0_AI_GCLK_THRESHOLD_WIDTH              4
#define K210_SYSCTL_CLK_TH0_AI_GCLK_THRESHOLD_MASK               0xFull
/* [15:12] dvp_gclk_threshold (rw, reset 0x0): DVP = ACLK / (t + 1). */
#define K210_SYSCTL_CLK_TH0_DVP_GCLK_THRESHOLD_SHIFT             12
#define K210_SYSCTL_CLK_TH0_DVP_GCLK_THRESHOLD_WIDTH             4
#define K210_SYSCTL_CLK_TH0_DVP_GCLK_THRESHOLD_MASK              0xFull
/* [19:16] rom_gclk_threshold (rw, reset 0x0): ROM = ACLK / (t + 1). */
#define K210_SYSCTL_CLK_TH0_ROM_GCLK_THRESHOLD_SHIFT             16
#define K210_SYSCTL_CLK_TH0_ROM_GCLK_THRESHOLD_WIDTH             4
#define K210_SYSCTL_CLK_TH0_ROM_GCLK_THRESHOLD_MASK              0xFull

/*
 * clk_th1 (offset 0x3C, rw, reset 0x0): SPI clock dividers: SPIn = PLL0 (SPI3: its selected source)
 * / ((t + 1) * 2). [S1 lib/drivers/include/sysctl.h sysctl_clk_th1_t]; [S1 lib/drivers/sysctl.c
 * sysctl_clock_set_threshold]
 */
#define K210_SYSCTL_CLK_TH1_OFFSET                               0x3Cull
#define K210_SYSCTL_CLK_TH1_RESET                                0x0ull
/* [7:0] spi0_clk_threshold (rw, reset 0x0): SPI0 divider. */
#define K210_SYSCTL_CLK_TH1_SPI0_CLK_THRESHOLD_SHIFT             0
#define K210_SYSCTL_CLK_TH1_SPI0_CLK_THRESHOLD_WIDTH             8
#define K210_SYSCTL_CLK_TH1_SPI0_CLK_THRESHOLD_MASK              0xFFull
/* [15:8] spi1_clk_threshold (rw, reset 0x0): SPI1 divider. */
#define K210_SYSCTL_CLK_TH1_SPI1_CLK_THRESHOLD_SHIFT             8
#define K210_SYSCTL_CLK_TH1_SPI1_CLK_THRESHOLD_WIDTH             8
#define K210_SYSCTL_CLK_TH1_SPI1_CLK_THRESHOLD_MASK              0xFFull
/* [23:16] spi2_clk_threshold (rw, reset 0x0): SPI2 divider. */
#define K210_SYSCTL_CLK_TH1_SPI2_CLK_THRESHOLD_SHIFT             16
#define K210_SYSCTL_CLK_TH1_SPI2_CLK_THRESHOLD_WIDTH             8
#define K210_SYSCTL_CLK_TH1_SPI2_CLK_THRESHOLD_MASK              0xFFull
/* [31:24] spi3_clk_threshold (rw, reset 0x0): SPI3 divider. */
#define K210_SYSCTL_CLK_TH1_SPI3_CLK_THRESHOLD_SHIFT             24
#define K210_SYSCTL_CLK_TH1_SPI3_CLK_THRESHOLD_WIDTH             8
#define K210_SYSCTL_CLK_TH1_SPI3_CLK_THRESHOLD_MASK              0xFFull

/*
 * clk_th2 (offset 0x40, rw, reset 0x0): Timer clock dividers: TIMERn = source / ((t + 1) * 2). [S1
 * lib/drivers/include/sysctl.h sysctl_clk_th2_t]; [S1 lib/drivers/sysctl.c
 * sysctl_clock_set_threshold]
 */
#define K210_SYSCTL_CLK_TH2_OFFSET                               0x40ull
#define K210_SYSCTL_CLK_TH2_RESET                                0x0ull
/* [7:0] timer0_clk_threshold (rw, reset 0x0): TIMER0 divider. */
#define K210_SYSCTL_CLK_TH2_TIMER0_CLK_THRESHOLD_SHIFT           0
#define K210_SYSCTL_CLK_TH2_TIMER0_CLK_THRESHOLD_WIDTH           8
#define K210_SYSCTL_CLK_TH2_TIMER0_CLK_THRESHOLD_MASK            0xFFull
/* [15:8] timer1_clk_threshold (rw, reset 0x0): TIMER1 divider. */
#define K210_SYSCTL_CLK_TH2_TIMER1_CLK_THRESHOLD_SHIFT           8
#define K210_SYSCTL_CLK_TH2_TIMER1_CLK_THRESHOLD_WIDTH           8
#define K210_SYSCTL_CLK_TH2_TIMER1_CLK_THRESHOLD_MASK            0xFFull
/* [23:16] timer2_clk_threshold (rw, reset 0x0): TIMER2 divider. */
#define K210_SYSCTL_CLK_TH2_TIMER2_CLK_THRESHOLD_SHIFT           16
#define K210_SYSCTL_CLK_TH2_TIMER2_CLK_THRESHOLD_WIDTH           8
#define K210_SYSCTL_CLK_TH2_TIMER2_CLK_THRESHOLD_MASK            0xFFull

/*
 * clk_th3 (offset 0x44, rw, reset 0x0): I2S clock dividers: I2Sn = PLL2 / ((t + 1) * 2). [S1
 * lib/drivers/include/sysctl.h sysctl_clk_th3_t]; [S1 lib/drivers/sysctl.c
 * sysctl_clock_set_threshold]
 */
#define K210_SYSCTL_CLK_TH3_OFFSET                               0x44ull
#define K210_SYSCTL_CLK_TH3_RESET                                0x0ull
/* [15:0] i2s0_clk_threshold (rw, reset 0x0): I2S0 divider. */
#define K210_SYSCTL_CLK_TH3_I2S0_CLK_THRESHOLD_SHIFT             0
#define K210_SYSCTL_CLK_TH3_I2S0_CLK_THRESHOLD_WIDTH             16
#define K210_SYSCTL_CLK_TH3_I2S0_CLK_THRESHOLD_MASK              0xFFFFull
/* [31:16] i2s1_clk_threshold (rw, reset 0x0): I2S1 divider. */
#define K210_SYSCTL_CLK_TH3_I2S1_CLK_THRESHOLD_SHIFT             16
#define K210_SYSCTL_CLK_TH3_I2S1_CLK_THRESHOLD_WIDTH             16
#define K210_SYSCTL_CLK_TH3_I2S1_CLK_THRESHOLD_MASK              0xFFFFull

/*
 * clk_th4 (offset 0x48, rw, reset 0x0): I2S2 and I2S master clock dividers. [S1
 * lib/drivers/include/sysctl.h sysctl_clk_th4_t]; [S1 lib/drivers/sysctl.c
 * sysctl_clock_set_threshold]
 */
#define K210_SYSCTL_CLK_TH4_OFFSET                               0x48ull
#define K210_SYSCTL_CLK_TH4_RESET                                0x0ull
/* [15:0] i2s2_clk_threshold (rw, reset 0x0): I2S2 divider. */
#define K210_SYSCTL_CLK_TH4_I2S2_CLK_THRESHOLD_SHIFT             0
#define K210_SYSCTL_CLK_TH4_I2S2_CLK_THRESHOLD_WIDTH             16
#define K210_SYSCTL_CLK_TH4_I2S2_CLK_THRESHOLD_MASK              0xFFFFull
/* [23:16] i2s0_mclk_threshold (rw, reset 0x0): I2S0 MCLK divider. */
#define K210_SYSCTL_CLK_TH4_I2S0_MCLK_THRESHOLD_SHIFT            16
#define K210_SYSCTL_CLK_TH4_I2S0_MCLK_THRESHOLD_WIDTH            8
#define K210_SYSCTL_CLK_TH4_I2S0_MCLK_THRESHOLD_MASK             0xFFull
/* [31:24] i2s1_mclk_threshold (rw, reset 0x0): I2S1 MCLK divider. */
#define K210_SYSCTL_CLK_TH4_I2S1_MCLK_THRESHOLD_SHIFT            24
#define K210_SYSCTL_CLK_TH4_I2S1_MCLK_THRESHOLD_WIDTH            8
#define K210_SYSCTL_CLK_TH4_I2S1_MCLK_THRESHOLD_MASK             0xFFull

/*
 * clk_th5 (offset 0x4C, rw, reset 0x0): I2S2 master clock and I2C clock dividers: I2Cn = PLL0 / ((t
 * + 1) * 2). [S1 lib/drivers/include/sysctl.h sysctl_clk_th5_t]; [S1 lib/drivers/sysctl.c
 * sysctl_clock_set_threshold]
 */
#define K210_SYSCTL_CLK_TH5_OFFSET                               0x4Cull
#define K210_SYSCTL_CLK_TH5_RESET                                0x0ull
/* [7:0] i2s2_mclk_threshold (rw, reset 0x0): I2S2 MCLK divider. */
#define K210_SYSCTL_CLK_TH5_I2S2_MCLK_THRESHOLD_SHIFT            0
#define K210_SYSCTL_CLK_TH5_I2S2_MCLK_THRESHOLD_WIDTH            8
#define K210_SYSCTL_CLK_TH5_I2S2_MCLK_THRESHOLD_MASK             0xFFull
/* [15:8] i2c0_clk_threshold (rw, reset 0x0): I2C0 divider. */
#define K210_SYSCTL_CLK_TH5_I2C0_CLK_THRESHOLD_SHIFT             8
#define K210_SYSCTL_CLK_TH5_I2C0_CLK_THRESHOLD_WIDTH             8
#define K210_SYSCTL_CLK_TH5_I2C0_CLK_THRESHOLD_MASK              0xFFull
/* [23:16] i2c1_clk_threshold (rw, reset 0x0): I2C1 divider. */
#define K210_SYSCTL_CLK_TH5_I2C1_CLK_THRESHOLD_SHIFT             16
#define K210_SYSCTL_CLK_TH5_I2C1_CLK_THRESHOLD_WIDTH             8
#define K210_SYSCTL_CLK_TH5_I2C1_CLK_THRESHOLD_MASK              0xFFull
/* [31:24] i2c2_clk_threshold (rw, reset 0x0): I2C2 divider. */
#define K210_SYSCTL_CLK_TH5_I2C2_CLK_THRESHOLD_SHIFT             24
#define K210_SYSCTL_CLK_TH5_I2C2_CLK_THRESHOLD_WIDTH             8
#define K210_SYSCTL_CLK_TH5_I2C2_CLK_THRESHOLD_MASK              0xFFull

/*
 * clk_th6 (offset 0x50, rw, reset 0x0): Watchdog clock dividers: WDTn = IN0 / ((t + 1) * 2). [S1
 * lib/drivers/include/sysctl.h sysctl_clk_th6_t]; [S1 lib/drivers/sysctl.c
 * sysctl_clock_set_threshold]
 */
#define K210_SYSCTL_CLK_TH6_OFFSET                               0x50ull
#define K210_SYSCTL_CLK_TH6_RESET                                0x0ull
/* [7:0] wdt0_clk_threshold (rw, reset 0x0): WDT0 divider. */
#define K210_SYSCTL_CLK_TH6_WDT0_CLK_THRESHOLD_SHIFT             0
#define K210_SYSCTL_CLK_TH6_WDT0_CLK_THRESHOLD_WIDTH             8
#define K210_SYSCTL_CLK_TH6_WDT0_CLK_THRESHOLD_MASK              0xFFull
/* [15:8] wdt1_clk_threshold (rw, reset 0x0): WDT1 divider. */
#define K210_SYSCTL_CLK_TH6_WDT1_CLK_THRESHOLD_SHIFT             8
#define K210_SYSCTL_CLK_TH6_WDT1_CLK_THRESHOLD_WIDTH             8
#define K210_SYSCTL_CLK_TH6_WDT1_CLK_THRESHOLD_MASK              0xFFull

/*
 * misc (offset 0x54, rw, reset 0x0): Miscellaneous: debug select and the SPI0/DVP data pin sharing.
 * [S1 lib/drivers/include/sysctl.h sysctl_misc_t]
 */
#define K210_SYSCTL_MISC_OFFSET                                  0x54ull
#define K210_SYSCTL_MISC_RESET                                   0x0ull
/* [5:0] debug_sel (rw, reset 0x0): Debug signal select. */
#define K210_SYSCTL_MISC_DEBUG_SEL_SHIFT                         0
#define K210_SYSCTL_MISC_DEBUG_SEL_WIDTH                         6
#define K210_SYSCTL_MISC_DEBUG_SEL_MASK                          0x3Full
/*
 * [10] spi_dvp_data_enable (rw, reset 0x0): 1 = SPI0's D0-D7 drive the DVP data pins (the Maix
 * boards' 8-bit LCD bus shares them).
 */
#define K210_SYSCTL_MISC_SPI_DVP_DATA_ENABLE_SHIFT               10
#define K210_SYSCTL_MISC_SPI_DVP_DATA_ENABLE_WIDTH               1
#define K210_SYSCTL_MISC_SPI_DVP_DATA_ENABLE_MASK                0x1ull

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
 * power_sel (offset 0x6C, rw, reset 0x0): IO voltage of the eight pin banks (6 pins each): bit n is
 * bank n. [S1 lib/drivers/include/sysctl.h sysctl_power_sel_t]; [S1 lib/drivers/sysctl.c
 * sysctl_set_power_mode]
 */
#define K210_SYSCTL_POWER_SEL_OFFSET                             0x6Cull
#define K210_SYSCTL_POWER_SEL_RESET                              0x0ull
/* [0] power_mode_sel0 (rw, reset 0x0): Bank 0 (IO0-IO5) voltage. Values: K210_SYSCTL_IO_POWER_*. */
#define K210_SYSCTL_POWER_SEL_POWER_MODE_SEL0_SHIFT              0
#define K210_SYSCTL_POWER_SEL_POWER_MODE_SEL0_WIDTH              1
#define K210_SYSCTL_POWER_SEL_POWER_MODE_SEL0_MASK               0x1ull
/*
 * [1] power_mode_sel1 (rw, reset 0x0): Bank 1 (IO6-IO11) voltage. Values: K210_SYSCTL_IO_POWER_*.
 */
#define K210_SYSCTL_POWER_SEL_POWER_MODE_SEL1_SHIFT              1
#define K210_SYSCTL_POWER_SEL_POWER_MODE_SEL1_WIDTH              1
#define K210_SYSCTL_POWER_SEL_POWER_MODE_SEL1_MASK               0x1ull
/*
 * [2] power_mode_sel2 (rw, reset 0x0): Bank 2 (IO12-IO17) voltage. Values: K210_SYSCTL_IO_POWER_*.
 */
#define K210_SYSCTL_POWER_SEL_POWER_MODE_SEL2_SHIFT              2
#define K210_SYSCTL_POWER_SEL_POWER_MODE_SEL2_WIDTH              1
#define K210_SYSCTL_POWER_SEL_POWER_MODE_SEL2_MASK               0x1ull
/*
 * [3] power_mode_sel3 (rw, reset 0x0): Bank 3 (IO18-IO23) voltage. Values: K210_SYSCTL_IO_POWER_*.
 */
#define K210_SYSCTL_POWER_SEL_POWER_MODE_SEL3_SHIFT              3
#define K210_SYSCTL_POWER_SEL_POWER_MODE_SEL3_WIDTH              1
#define K210_SYSCTL_POWER_SEL_POWER_MODE_SEL3_MASK               0x1ull
/*
 * [4] power_mode_sel4 (rw, reset 0x0): Bank 4 (IO24-IO29) voltage. Values: K210_SYSCTL_IO_POWER_*.
 */
#define K210_SYSCTL_POWER_SEL_POWER_MODE_SEL4_SHIFT              4
#define K210_SYSCTL_POWER_SEL_POWER_MODE_SEL4_WIDTH              1
#define K210_SYSCTL_POWER_SEL_POWER_MODE_SEL4_MASK               0x1ull
/*
 * [5] power_mode_sel5 (rw, reset 0x0): Bank 5 (IO30-IO35) voltage. Values: K210_SYSCTL_IO_POWER_*.
 */
#define K210_SYSCTL_POWER_SEL_POWER_MODE_SEL5_SHIFT              5
#define K210_SYSCTL_POWER_SEL_POWER_MODE_SEL5_WIDTH              1
#define K210_SYSCTL_POWER_SEL_POWER_MODE_SEL5_MASK               0x1ull
/*
 * [6] power_mode_sel6 (rw, reset 0x0): Bank 6 (IO36-IO41) voltage. Values: K210_SYSCTL_IO_POWER_*.
 */
#define K210_SYSCTL_POWER_SEL_POWER_MODE_SEL6_SHIFT              6
#define K210_SYSCTL_POWER_SEL_POWER_MODE_SEL6_WIDTH              1
#define K210_SYSCTL_POWER_SEL_POWER_MODE_SEL6_MASK               0x1ull
/*
 * [7] power_mode_sel7 (rw, reset 0x0): Bank 7 (IO42-IO47) voltage. Values: K210_SYSCTL_IO_POWER_*.
 */
#define K210_SYSCTL_POWER_SEL_POWER_MODE_SEL7_SHIFT              7
#define K210_SYSCTL_POWER_SEL_POWER_MODE_SEL7_WIDTH              1
#define K210_SYSCTL_POWER_SEL_POWER_MODE_SEL7_MASK               0x1ull

/*
 * X-macro table of the sysctl registers: X(NAME, OFFSET, ACCESS, RESET), ACCESS one of the tokens
 * RW, RO, WO, W1C.
 */
#define K210_SYSCTL_REG_LIST(X)                                  \
    X(CLK_FREQ, 0x04ull, RO, 0x0ull) \
    X(PLL0, 0x08ull, RW, 0x0ull) \
    X(PLL1, 0x0Cull, RW, 0x0ull) \
    X(PLL2, 0x10ull, RW, 0x0ull) \
    X(PLL_LOCK, 0x18ull, RW, 0x0ull) \
    X(CLK_SEL0, 0x20ull, RW, 0x0ull) \
    X(CLK_SEL1, 0x24ull, RW, 0x0ull) \
    X(CLK_EN_CENT, 0x28ull, RW, 0x0ull) \
    X(CLK_EN_PERI, 0x2Cull, RW, 0x0ull) \
    X(SOFT_RESET, 0x30ull, RW, 0x0ull) \
    X(PERI_RESET, 0x34ull, RW, 0x0ull) \
    X(CLK_TH0, 0x38ull, RW, 0x0ull) \
    X(CLK_TH1, 0x3Cull, RW, 0x0ull) \
    X(CLK_TH2, 0x40ull, RW, 0x0ull) \
    X(CLK_TH3, 0x44ull, RW, 0x0ull) \
    X(CLK_TH4, 0x48ull, RW, 0x0ull) \
    X(CLK_TH5, 0x4Cull, RW, 0x0ull) \
    X(CLK_TH6, 0x50ull, RW, 0x0ull) \
    X(MISC, 0x54ull, RW, 0x0ull) \
    X(DMA_SEL0, 0x64ull, RW, 0x0ull) \
    X(DMA_SEL1, 0x68ull, RW, 0x0ull) \
    X(POWER_SEL, 0x6Cull, RW, 0x0ull)

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

/*
 * enum pll2_source: Reference clock of PLL2 (pll_ckin_sel2). [S1 lib/drivers/sysctl.c
 * get_select_pll2]
 */
#define K210_SYSCTL_PLL2_SOURCE_IN0                              0    /* 26 MHz oscillator */
#define K210_SYSCTL_PLL2_SOURCE_PLL0                             1    /* PLL0 output */
#define K210_SYSCTL_PLL2_SOURCE_PLL1                             2    /* PLL1 output */

/*
 * enum clock_source_sel: One-bit clock source selectors (aclk_sel, spi3_clk_sel, timerN_clk_sel).
 * [S1 lib/drivers/sysctl.c sysctl_clock_get_freq]
 */
#define K210_SYSCTL_CLOCK_SOURCE_SEL_IN0                         0    /* 26 MHz oscillator */
#define K210_SYSCTL_CLOCK_SOURCE_SEL_PLL0                        1    /* PLL0 (ACLK: divided by 2 << aclk_divider_sel) */

/* enum io_power: IO bank voltage. [S1 lib/drivers/include/sysctl.h sysctl_io_power_mode_t] */
#define K210_SYSCTL_IO_POWER_V33                                 0    /* 3.3 V */
#define K210_SYSCTL_IO_POWER_V18                                 1    /* 1.8 V (the DVP and LCD banks 6 and 7 on Maix boards) */

#endif /* K210_SYSCTL_REGS_H_ */
