// SysctlRegisters.g.cs -- SYSCTL (system controller): PLLs, clocks, resets, DMA selectors, IO power
// GENERATED FILE - DO NOT EDIT. Source: firmware/native/regs/sysctl.regs.json
// Regenerate with: python3 tools/reggen/reggen.py

namespace NfK210.Registers
{
    /// <summary>
    /// SYSCTL (system controller): PLLs, clocks, resets, DMA selectors, IO power. The system
    /// controller: the three PLLs and their lock status, clock selectors, dividers (thresholds) and
    /// enables, peripheral resets, the SPI0/DVP pin sharing, DMA handshake selectors and the IO
    /// bank voltages. Registers are 32 bits wide. The input clock IN0 is 26 MHz. Not described:
    /// git_id, rom_error, peri, spi_sleep, reset_status. [S1 lib/drivers/include/sysctl.h
    /// sysctl_t]; [S1 lib/bsp/include/platform.h SYSCTL_BASE_ADDR]; [S1 lib/drivers/sysctl.c
    /// SYSCTRL_CLOCK_FREQ_IN0]
    /// </summary>
    public static class SysctlRegisters
    {
        /// <summary>Physical base address of the sysctl block.</summary>
        public const ulong Base = 0x50440000UL;

        /// <summary>Register width in bits.</summary>
        public const int RegisterWidth = 32;

        /// <summary>clk_freq offset (ro): System clock base frequency as reported by the chip.</summary>
        public const ulong ClkFreqOffset = 0x04UL;

        /// <summary>clk_freq reset value.</summary>
        public const ulong ClkFreqReset = 0x0UL;

        /// <summary>Bit position of clk_freq.clk_freq [31:0] (ro): Frequency in Hz.</summary>
        public const int ClkFreqClkFreqShift = 0;

        /// <summary>Width in bits of clk_freq.clk_freq.</summary>
        public const int ClkFreqClkFreqWidth = 32;

        /// <summary>Unshifted mask of clk_freq.clk_freq.</summary>
        public const ulong ClkFreqClkFreqMask = 0xFFFFFFFFUL;

        /// <summary>pll0 offset (rw): PLL0: feeds ACLK (CPU, SRAM, APB buses) and the SPI, I2C and timer dividers. FOUT = IN0 / NR * NF / OD.</summary>
        public const ulong Pll0Offset = 0x08UL;

        /// <summary>pll0 reset value.</summary>
        public const ulong Pll0Reset = 0x0UL;

        /// <summary>Bit position of pll0.clkr0 [3:0] (rw): Reference divider NR - 1: the reference is IN0 / NR.</summary>
        public const int Pll0Clkr0Shift = 0;

        /// <summary>Width in bits of pll0.clkr0.</summary>
        public const int Pll0Clkr0Width = 4;

        /// <summary>Unshifted mask of pll0.clkr0.</summary>
        public const ulong Pll0Clkr0Mask = 0xFUL;

        /// <summary>Bit position of pll0.clkf0 [9:4] (rw): Feedback divider NF - 1: VCO = reference * NF.</summary>
        public const int Pll0Clkf0Shift = 4;

        /// <summary>Width in bits of pll0.clkf0.</summary>
        public const int Pll0Clkf0Width = 6;

        /// <summary>Unshifted mask of pll0.clkf0.</summary>
        public const ulong Pll0Clkf0Mask = 0x3FUL;

        /// <summary>Bit position of pll0.clkod0 [13:10] (rw): Output divider OD - 1: output = VCO / OD.</summary>
        public const int Pll0Clkod0Shift = 10;

        /// <summary>Width in bits of pll0.clkod0.</summary>
        public const int Pll0Clkod0Width = 4;

        /// <summary>Unshifted mask of pll0.clkod0.</summary>
        public const ulong Pll0Clkod0Mask = 0xFUL;

        /// <summary>Bit position of pll0.bwadj0 [19:14] (rw): Bandwidth adjust, NB - 1; the SDK sets NB = NF.</summary>
        public const int Pll0Bwadj0Shift = 14;

        /// <summary>Width in bits of pll0.bwadj0.</summary>
        public const int Pll0Bwadj0Width = 6;

        /// <summary>Unshifted mask of pll0.bwadj0.</summary>
        public const ulong Pll0Bwadj0Mask = 0x3FUL;

        /// <summary>Bit position of pll0.pll_reset0 [20] (rw): 1 = PLL held in reset; pulse 0-1-0 after power-up to start locking.</summary>
        public const int Pll0PllReset0Shift = 20;

        /// <summary>Width in bits of pll0.pll_reset0.</summary>
        public const int Pll0PllReset0Width = 1;

        /// <summary>Unshifted mask of pll0.pll_reset0.</summary>
        public const ulong Pll0PllReset0Mask = 0x1UL;

        /// <summary>Bit position of pll0.pll_pwrd0 [21] (rw): 1 = powered (the SDK's 'negative of PWRDN'); 0 = powered down.</summary>
        public const int Pll0PllPwrd0Shift = 21;

        /// <summary>Width in bits of pll0.pll_pwrd0.</summary>
        public const int Pll0PllPwrd0Width = 1;

        /// <summary>Unshifted mask of pll0.pll_pwrd0.</summary>
        public const ulong Pll0PllPwrd0Mask = 0x1UL;

        /// <summary>Bit position of pll0.pll_intfb0 [22] (rw): Internal feedback.</summary>
        public const int Pll0PllIntfb0Shift = 22;

        /// <summary>Width in bits of pll0.pll_intfb0.</summary>
        public const int Pll0PllIntfb0Width = 1;

        /// <summary>Unshifted mask of pll0.pll_intfb0.</summary>
        public const ulong Pll0PllIntfb0Mask = 0x1UL;

        /// <summary>Bit position of pll0.pll_bypass0 [23] (rw): 1 = the output is the reference, the PLL is bypassed.</summary>
        public const int Pll0PllBypass0Shift = 23;

        /// <summary>Width in bits of pll0.pll_bypass0.</summary>
        public const int Pll0PllBypass0Width = 1;

        /// <summary>Unshifted mask of pll0.pll_bypass0.</summary>
        public const ulong Pll0PllBypass0Mask = 0x1UL;

        /// <summary>Bit position of pll0.pll_test0 [24] (rw): Test mode.</summary>
        public const int Pll0PllTest0Shift = 24;

        /// <summary>Width in bits of pll0.pll_test0.</summary>
        public const int Pll0PllTest0Width = 1;

        /// <summary>Unshifted mask of pll0.pll_test0.</summary>
        public const ulong Pll0PllTest0Mask = 0x1UL;

        /// <summary>Bit position of pll0.pll_out_en0 [25] (rw): 1 = output enabled; the SDK clears it while reprogramming the PLL.</summary>
        public const int Pll0PllOutEn0Shift = 25;

        /// <summary>Width in bits of pll0.pll_out_en0.</summary>
        public const int Pll0PllOutEn0Width = 1;

        /// <summary>Unshifted mask of pll0.pll_out_en0.</summary>
        public const ulong Pll0PllOutEn0Mask = 0x1UL;

        /// <summary>Bit position of pll0.pll_test_en [26] (rw): Test enable.</summary>
        public const int Pll0PllTestEnShift = 26;

        /// <summary>Width in bits of pll0.pll_test_en.</summary>
        public const int Pll0PllTestEnWidth = 1;

        /// <summary>Unshifted mask of pll0.pll_test_en.</summary>
        public const ulong Pll0PllTestEnMask = 0x1UL;

        /// <summary>pll1 offset (rw): PLL1: feeds the KPU (AI) clock. FOUT = IN0 / NR * NF / OD.</summary>
        public const ulong Pll1Offset = 0x0CUL;

        /// <summary>pll1 reset value.</summary>
        public const ulong Pll1Reset = 0x0UL;

        /// <summary>Bit position of pll1.clkr1 [3:0] (rw): Reference divider NR - 1: the reference is IN0 / NR.</summary>
        public const int Pll1Clkr1Shift = 0;

        /// <summary>Width in bits of pll1.clkr1.</summary>
        public const int Pll1Clkr1Width = 4;

        /// <summary>Unshifted mask of pll1.clkr1.</summary>
        public const ulong Pll1Clkr1Mask = 0xFUL;

        /// <summary>Bit position of pll1.clkf1 [9:4] (rw): Feedback divider NF - 1: VCO = reference * NF.</summary>
        public const int Pll1Clkf1Shift = 4;

        /// <summary>Width in bits of pll1.clkf1.</summary>
        public const int Pll1Clkf1Width = 6;

        /// <summary>Unshifted mask of pll1.clkf1.</summary>
        public const ulong Pll1Clkf1Mask = 0x3FUL;

        /// <summary>Bit position of pll1.clkod1 [13:10] (rw): Output divider OD - 1: output = VCO / OD.</summary>
        public const int Pll1Clkod1Shift = 10;

        /// <summary>Width in bits of pll1.clkod1.</summary>
        public const int Pll1Clkod1Width = 4;

        /// <summary>Unshifted mask of pll1.clkod1.</summary>
        public const ulong Pll1Clkod1Mask = 0xFUL;

        /// <summary>Bit position of pll1.bwadj1 [19:14] (rw): Bandwidth adjust, NB - 1; the SDK sets NB = NF.</summary>
        public const int Pll1Bwadj1Shift = 14;

        /// <summary>Width in bits of pll1.bwadj1.</summary>
        public const int Pll1Bwadj1Width = 6;

        /// <summary>Unshifted mask of pll1.bwadj1.</summary>
        public const ulong Pll1Bwadj1Mask = 0x3FUL;

        /// <summary>Bit position of pll1.pll_reset1 [20] (rw): 1 = PLL held in reset; pulse 0-1-0 after power-up to start locking.</summary>
        public const int Pll1PllReset1Shift = 20;

        /// <summary>Width in bits of pll1.pll_reset1.</summary>
        public const int Pll1PllReset1Width = 1;

        /// <summary>Unshifted mask of pll1.pll_reset1.</summary>
        public const ulong Pll1PllReset1Mask = 0x1UL;

        /// <summary>Bit position of pll1.pll_pwrd1 [21] (rw): 1 = powered (the SDK's 'negative of PWRDN'); 0 = powered down.</summary>
        public const int Pll1PllPwrd1Shift = 21;

        /// <summary>Width in bits of pll1.pll_pwrd1.</summary>
        public const int Pll1PllPwrd1Width = 1;

        /// <summary>Unshifted mask of pll1.pll_pwrd1.</summary>
        public const ulong Pll1PllPwrd1Mask = 0x1UL;

        /// <summary>Bit position of pll1.pll_intfb1 [22] (rw): Internal feedback.</summary>
        public const int Pll1PllIntfb1Shift = 22;

        /// <summary>Width in bits of pll1.pll_intfb1.</summary>
        public const int Pll1PllIntfb1Width = 1;

        /// <summary>Unshifted mask of pll1.pll_intfb1.</summary>
        public const ulong Pll1PllIntfb1Mask = 0x1UL;

        /// <summary>Bit position of pll1.pll_bypass1 [23] (rw): 1 = the output is the reference, the PLL is bypassed.</summary>
        public const int Pll1PllBypass1Shift = 23;

        /// <summary>Width in bits of pll1.pll_bypass1.</summary>
        public const int Pll1PllBypass1Width = 1;

        /// <summary>Unshifted mask of pll1.pll_bypass1.</summary>
        public const ulong Pll1PllBypass1Mask = 0x1UL;

        /// <summary>Bit position of pll1.pll_test1 [24] (rw): Test mode.</summary>
        public const int Pll1PllTest1Shift = 24;

        /// <summary>Width in bits of pll1.pll_test1.</summary>
        public const int Pll1PllTest1Width = 1;

        /// <summary>Unshifted mask of pll1.pll_test1.</summary>
        public const ulong Pll1PllTest1Mask = 0x1UL;

        /// <summary>Bit position of pll1.pll_out_en1 [25] (rw): 1 = output enabled; the SDK clears it while reprogramming the PLL.</summary>
        public const int Pll1PllOutEn1Shift = 25;

        /// <summary>Width in bits of pll1.pll_out_en1.</summary>
        public const int Pll1PllOutEn1Width = 1;

        /// <summary>Unshifted mask of pll1.pll_out_en1.</summary>
        public const ulong Pll1PllOutEn1Mask = 0x1UL;

        /// <summary>pll2 offset (rw): PLL2: feeds the I2S clocks; its reference is selectable.</summary>
        public const ulong Pll2Offset = 0x10UL;

        /// <summary>pll2 reset value.</summary>
        public const ulong Pll2Reset = 0x0UL;

        /// <summary>Bit position of pll2.clkr2 [3:0] (rw): Reference divider NR - 1: the reference is IN0 / NR.</summary>
        public const int Pll2Clkr2Shift = 0;

        /// <summary>Width in bits of pll2.clkr2.</summary>
        public const int Pll2Clkr2Width = 4;

        /// <summary>Unshifted mask of pll2.clkr2.</summary>
        public const ulong Pll2Clkr2Mask = 0xFUL;

        /// <summary>Bit position of pll2.clkf2 [9:4] (rw): Feedback divider NF - 1: VCO = reference * NF.</summary>
        public const int Pll2Clkf2Shift = 4;

        /// <summary>Width in bits of pll2.clkf2.</summary>
        public const int Pll2Clkf2Width = 6;

        /// <summary>Unshifted mask of pll2.clkf2.</summary>
        public const ulong Pll2Clkf2Mask = 0x3FUL;

        /// <summary>Bit position of pll2.clkod2 [13:10] (rw): Output divider OD - 1: output = VCO / OD.</summary>
        public const int Pll2Clkod2Shift = 10;

        /// <summary>Width in bits of pll2.clkod2.</summary>
        public const int Pll2Clkod2Width = 4;

        /// <summary>Unshifted mask of pll2.clkod2.</summary>
        public const ulong Pll2Clkod2Mask = 0xFUL;

        /// <summary>Bit position of pll2.bwadj2 [19:14] (rw): Bandwidth adjust, NB - 1; the SDK sets NB = NF.</summary>
        public const int Pll2Bwadj2Shift = 14;

        /// <summary>Width in bits of pll2.bwadj2.</summary>
        public const int Pll2Bwadj2Width = 6;

        /// <summary>Unshifted mask of pll2.bwadj2.</summary>
        public const ulong Pll2Bwadj2Mask = 0x3FUL;

        /// <summary>Bit position of pll2.pll_reset2 [20] (rw): 1 = PLL held in reset; pulse 0-1-0 after power-up to start locking.</summary>
        public const int Pll2PllReset2Shift = 20;

        /// <summary>Width in bits of pll2.pll_reset2.</summary>
        public const int Pll2PllReset2Width = 1;

        /// <summary>Unshifted mask of pll2.pll_reset2.</summary>
        public const ulong Pll2PllReset2Mask = 0x1UL;

        /// <summary>Bit position of pll2.pll_pwrd2 [21] (rw): 1 = powered (the SDK's 'negative of PWRDN'); 0 = powered down.</summary>
        public const int Pll2PllPwrd2Shift = 21;

        /// <summary>Width in bits of pll2.pll_pwrd2.</summary>
        public const int Pll2PllPwrd2Width = 1;

        /// <summary>Unshifted mask of pll2.pll_pwrd2.</summary>
        public const ulong Pll2PllPwrd2Mask = 0x1UL;

        /// <summary>Bit position of pll2.pll_intfb2 [22] (rw): Internal feedback.</summary>
        public const int Pll2PllIntfb2Shift = 22;

        /// <summary>Width in bits of pll2.pll_intfb2.</summary>
        public const int Pll2PllIntfb2Width = 1;

        /// <summary>Unshifted mask of pll2.pll_intfb2.</summary>
        public const ulong Pll2PllIntfb2Mask = 0x1UL;

        /// <summary>Bit position of pll2.pll_bypass2 [23] (rw): 1 = the output is the reference, the PLL is bypassed.</summary>
        public const int Pll2PllBypass2Shift = 23;

        /// <summary>Width in bits of pll2.pll_bypass2.</summary>
        public const int Pll2PllBypass2Width = 1;

        /// <summary>Unshifted mask of pll2.pll_bypass2.</summary>
        public const ulong Pll2PllBypass2Mask = 0x1UL;

        /// <summary>Bit position of pll2.pll_test2 [24] (rw): Test mode.</summary>
        public const int Pll2PllTest2Shift = 24;

        /// <summary>Width in bits of pll2.pll_test2.</summary>
        public const int Pll2PllTest2Width = 1;

        /// <summary>Unshifted mask of pll2.pll_test2.</summary>
        public const ulong Pll2PllTest2Mask = 0x1UL;

        /// <summary>Bit position of pll2.pll_out_en2 [25] (rw): 1 = output enabled; the SDK clears it while reprogramming the PLL.</summary>
        public const int Pll2PllOutEn2Shift = 25;

        /// <summary>Width in bits of pll2.pll_out_en2.</summary>
        public const int Pll2PllOutEn2Width = 1;

        /// <summary>Unshifted mask of pll2.pll_out_en2.</summary>
        public const ulong Pll2PllOutEn2Mask = 0x1UL;

        /// <summary>Bit position of pll2.pll_ckin_sel2 [27:26] (rw): Reference of PLL2.</summary>
        public const int Pll2PllCkinSel2Shift = 26;

        /// <summary>Width in bits of pll2.pll_ckin_sel2.</summary>
        public const int Pll2PllCkinSel2Width = 2;

        /// <summary>Unshifted mask of pll2.pll_ckin_sel2.</summary>
        public const ulong Pll2PllCkinSel2Mask = 0x3UL;

        /// <summary>pll_lock offset (rw): PLL lock status and slip clear.</summary>
        public const ulong PllLockOffset = 0x18UL;

        /// <summary>pll_lock reset value.</summary>
        public const ulong PllLockReset = 0x0UL;

        /// <summary>Bit position of pll_lock.pll_lock0 [1:0] (ro): PLL0 lock status; the SDK treats PLL0 as locked when both bits are 1 and PLL1/PLL2 when bit 0 is 1.</summary>
        public const int PllLockPllLock0Shift = 0;

        /// <summary>Width in bits of pll_lock.pll_lock0.</summary>
        public const int PllLockPllLock0Width = 2;

        /// <summary>Unshifted mask of pll_lock.pll_lock0.</summary>
        public const ulong PllLockPllLock0Mask = 0x3UL;

        /// <summary>Bit position of pll_lock.pll_slip_clear0 [2] (rw): Write 1 to clear PLL0's slip flags while waiting for lock.</summary>
        public const int PllLockPllSlipClear0Shift = 2;

        /// <summary>Width in bits of pll_lock.pll_slip_clear0.</summary>
        public const int PllLockPllSlipClear0Width = 1;

        /// <summary>Unshifted mask of pll_lock.pll_slip_clear0.</summary>
        public const ulong PllLockPllSlipClear0Mask = 0x1UL;

        /// <summary>Bit position of pll_lock.test_clk_out0 [3] (rw): Test clock output.</summary>
        public const int PllLockTestClkOut0Shift = 3;

        /// <summary>Width in bits of pll_lock.test_clk_out0.</summary>
        public const int PllLockTestClkOut0Width = 1;

        /// <summary>Unshifted mask of pll_lock.test_clk_out0.</summary>
        public const ulong PllLockTestClkOut0Mask = 0x1UL;

        /// <summary>Bit position of pll_lock.pll_lock1 [9:8] (ro): PLL1 lock status; the SDK treats PLL0 as locked when both bits are 1 and PLL1/PLL2 when bit 0 is 1.</summary>
        public const int PllLockPllLock1Shift = 8;

        /// <summary>Width in bits of pll_lock.pll_lock1.</summary>
        public const int PllLockPllLock1Width = 2;

        /// <summary>Unshifted mask of pll_lock.pll_lock1.</summary>
        public const ulong PllLockPllLock1Mask = 0x3UL;

        /// <summary>Bit position of pll_lock.pll_slip_clear1 [10] (rw): Write 1 to clear PLL1's slip flags while waiting for lock.</summary>
        public const int PllLockPllSlipClear1Shift = 10;

        /// <summary>Width in bits of pll_lock.pll_slip_clear1.</summary>
        public const int PllLockPllSlipClear1Width = 1;

        /// <summary>Unshifted mask of pll_lock.pll_slip_clear1.</summary>
        public const ulong PllLockPllSlipClear1Mask = 0x1UL;

        /// <summary>Bit position of pll_lock.test_clk_out1 [11] (rw): Test clock output.</summary>
        public const int PllLockTestClkOut1Shift = 11;

        /// <summary>Width in bits of pll_lock.test_clk_out1.</summary>
        public const int PllLockTestClkOut1Width = 1;

        /// <summary>Unshifted mask of pll_lock.test_clk_out1.</summary>
        public const ulong PllLockTestClkOut1Mask = 0x1UL;

        /// <summary>Bit position of pll_lock.pll_lock2 [17:16] (ro): PLL2 lock status; the SDK treats PLL0 as locked when both bits are 1 and PLL1/PLL2 when bit 0 is 1.</summary>
        public const int PllLockPllLock2Shift = 16;

        /// <summary>Width in bits of pll_lock.pll_lock2.</summary>
        public const int PllLockPllLock2Width = 2;

        /// <summary>Unshifted mask of pll_lock.pll_lock2.</summary>
        public const ulong PllLockPllLock2Mask = 0x3UL;

        /// <summary>Bit position of pll_lock.pll_slip_clear2 [18] (rw): Write 1 to clear PLL2's slip flags while waiting for lock.</summary>
        public const int PllLockPllSlipClear2Shift = 18;

        /// <summary>Width in bits of pll_lock.pll_slip_clear2.</summary>
        public const int PllLockPllSlipClear2Width = 1;

        /// <summary>Unshifted mask of pll_lock.pll_slip_clear2.</summary>
        public const ulong PllLockPllSlipClear2Mask = 0x1UL;

        /// <summary>Bit position of pll_lock.test_clk_out2 [19] (rw): Test clock output.</summary>
        public const int PllLockTestClkOut2Shift = 19;

        /// <summary>Width in bits of pll_lock.test_clk_out2.</summary>
        public const int PllLockTestClkOut2Width = 1;

        /// <summary>Unshifted mask of pll_lock.test_clk_out2.</summary>
        public const ulong PllLockTestClkOut2Mask = 0x1UL;

        /// <summary>clk_sel0 offset (rw): Clock selectors: ACLK source and divider, APB dividers, SPI3 and timer sources.</summary>
        public const ulong ClkSel0Offset = 0x20UL;

        /// <summary>clk_sel0 reset value.</summary>
        public const ulong ClkSel0Reset = 0x0UL;

        /// <summary>Bit position of clk_sel0.aclk_sel [0] (rw): ACLK source (CPU clock).</summary>
        public const int ClkSel0AclkSelShift = 0;

        /// <summary>Width in bits of clk_sel0.aclk_sel.</summary>
        public const int ClkSel0AclkSelWidth = 1;

        /// <summary>Unshifted mask of clk_sel0.aclk_sel.</summary>
        public const ulong ClkSel0AclkSelMask = 0x1UL;

        /// <summary>Bit position of clk_sel0.aclk_divider_sel [2:1] (rw): ACLK = PLL0 / (2 &lt;&lt; aclk_divider_sel) when aclk_sel is PLL0.</summary>
        public const int ClkSel0AclkDividerSelShift = 1;

        /// <summary>Width in bits of clk_sel0.aclk_divider_sel.</summary>
        public const int ClkSel0AclkDividerSelWidth = 2;

        /// <summary>Unshifted mask of clk_sel0.aclk_divider_sel.</summary>
        public const ulong ClkSel0AclkDividerSelMask = 0x3UL;

        /// <summary>Bit position of clk_sel0.apb0_clk_sel [5:3] (rw): APB0 = ACLK / (apb0_clk_sel + 1).</summary>
        public const int ClkSel0Apb0ClkSelShift = 3;

        /// <summary>Width in bits of clk_sel0.apb0_clk_sel.</summary>
        public const int ClkSel0Apb0ClkSelWidth = 3;

        /// <summary>Unshifted mask of clk_sel0.apb0_clk_sel.</summary>
        public const ulong ClkSel0Apb0ClkSelMask = 0x7UL;

        /// <summary>Bit position of clk_sel0.apb1_clk_sel [8:6] (rw): APB1 = ACLK / (apb1_clk_sel + 1).</summary>
        public const int ClkSel0Apb1ClkSelShift = 6;

        /// <summary>Width in bits of clk_sel0.apb1_clk_sel.</summary>
        public const int ClkSel0Apb1ClkSelWidth = 3;

        /// <summary>Unshifted mask of clk_sel0.apb1_clk_sel.</summary>
        public const ulong ClkSel0Apb1ClkSelMask = 0x7UL;

        /// <summary>Bit position of clk_sel0.apb2_clk_sel [11:9] (rw): APB2 = ACLK / (apb2_clk_sel + 1).</summary>
        public const int ClkSel0Apb2ClkSelShift = 9;

        /// <summary>Width in bits of clk_sel0.apb2_clk_sel.</summary>
        public const int ClkSel0Apb2ClkSelWidth = 3;

        /// <summary>Unshifted mask of clk_sel0.apb2_clk_sel.</summary>
        public const ulong ClkSel0Apb2ClkSelMask = 0x7UL;

        /// <summary>Bit position of clk_sel0.spi3_clk_sel [12] (rw): SPI3 clock source.</summary>
        public const int ClkSel0Spi3ClkSelShift = 12;

        /// <summary>Width in bits of clk_sel0.spi3_clk_sel.</summary>
        public const int ClkSel0Spi3ClkSelWidth = 1;

        /// <summary>Unshifted mask of clk_sel0.spi3_clk_sel.</summary>
        public const ulong ClkSel0Spi3ClkSelMask = 0x1UL;

        /// <summary>Bit position of clk_sel0.timer0_clk_sel [13] (rw): TIMER0 clock source.</summary>
        public const int ClkSel0Timer0ClkSelShift = 13;

        /// <summary>Width in bits of clk_sel0.timer0_clk_sel.</summary>
        public const int ClkSel0Timer0ClkSelWidth = 1;

        /// <summary>Unshifted mask of clk_sel0.timer0_clk_sel.</summary>
        public const ulong ClkSel0Timer0ClkSelMask = 0x1UL;

        /// <summary>Bit position of clk_sel0.timer1_clk_sel [14] (rw): TIMER1 clock source.</summary>
        public const int ClkSel0Timer1ClkSelShift = 14;

        /// <summary>Width in bits of clk_sel0.timer1_clk_sel.</summary>
        public const int ClkSel0Timer1ClkSelWidth = 1;

        /// <summary>Unshifted mask of clk_sel0.timer1_clk_sel.</summary>
        public const ulong ClkSel0Timer1ClkSelMask = 0x1UL;

        /// <summary>Bit position of clk_sel0.timer2_clk_sel [15] (rw): TIMER2 clock source.</summary>
        public const int ClkSel0Timer2ClkSelShift = 15;

        /// <summary>Width in bits of clk_sel0.timer2_clk_sel.</summary>
        public const int ClkSel0Timer2ClkSelWidth = 1;

        /// <summary>Unshifted mask of clk_sel0.timer2_clk_sel.</summary>
        public const ulong ClkSel0Timer2ClkSelMask = 0x1UL;

        /// <summary>clk_sel1 offset (rw): SPI3 sample clock selector.</summary>
        public const ulong ClkSel1Offset = 0x24UL;

        /// <summary>clk_sel1 reset value.</summary>
        public const ulong ClkSel1Reset = 0x0UL;

        /// <summary>Bit position of clk_sel1.spi3_sample_clk_sel [0] (rw): SPI3 sample clock edge select.</summary>
        public const int ClkSel1Spi3SampleClkSelShift = 0;

        /// <summary>Width in bits of clk_sel1.spi3_sample_clk_sel.</summary>
        public const int ClkSel1Spi3SampleClkSelWidth = 1;

        /// <summary>Unshifted mask of clk_sel1.spi3_sample_clk_sel.</summary>
        public const ulong ClkSel1Spi3SampleClkSelMask = 0x1UL;

        /// <summary>clk_en_cent offset (rw): Central clock enables: CPU, SRAM banks and the three APB buses (a peripheral needs its bus clock and its own clock).</summary>
        public const ulong ClkEnCentOffset = 0x28UL;

        /// <summary>clk_en_cent reset value.</summary>
        public const ulong ClkEnCentReset = 0x0UL;

        /// <summary>Bit position of clk_en_cent.cpu_clk_en [0] (rw): 1 = CPU clock enabled.</summary>
        public const int ClkEnCentCpuClkEnShift = 0;

        /// <summary>Width in bits of clk_en_cent.cpu_clk_en.</summary>
        public const int ClkEnCentCpuClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_cent.cpu_clk_en.</summary>
        public const ulong ClkEnCentCpuClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_cent.sram0_clk_en [1] (rw): 1 = SRAM0 clock enabled.</summary>
        public const int ClkEnCentSram0ClkEnShift = 1;

        /// <summary>Width in bits of clk_en_cent.sram0_clk_en.</summary>
        public const int ClkEnCentSram0ClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_cent.sram0_clk_en.</summary>
        public const ulong ClkEnCentSram0ClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_cent.sram1_clk_en [2] (rw): 1 = SRAM1 clock enabled.</summary>
        public const int ClkEnCentSram1ClkEnShift = 2;

        /// <summary>Width in bits of clk_en_cent.sram1_clk_en.</summary>
        public const int ClkEnCentSram1ClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_cent.sram1_clk_en.</summary>
        public const ulong ClkEnCentSram1ClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_cent.apb0_clk_en [3] (rw): 1 = APB0 enabled (GPIO, UART1-3, SPI2, I2S, I2C, FPIOA, SHA, timers).</summary>
        public const int ClkEnCentApb0ClkEnShift = 3;

        /// <summary>Width in bits of clk_en_cent.apb0_clk_en.</summary>
        public const int ClkEnCentApb0ClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_cent.apb0_clk_en.</summary>
        public const ulong ClkEnCentApb0ClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_cent.apb1_clk_en [4] (rw): 1 = APB1 enabled (AES, WDT, OTP, RTC; the SCCB/DVP timing base).</summary>
        public const int ClkEnCentApb1ClkEnShift = 4;

        /// <summary>Width in bits of clk_en_cent.apb1_clk_en.</summary>
        public const int ClkEnCentApb1ClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_cent.apb1_clk_en.</summary>
        public const ulong ClkEnCentApb1ClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_cent.apb2_clk_en [5] (rw): 1 = APB2 enabled (SPI0, SPI1).</summary>
        public const int ClkEnCentApb2ClkEnShift = 5;

        /// <summary>Width in bits of clk_en_cent.apb2_clk_en.</summary>
        public const int ClkEnCentApb2ClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_cent.apb2_clk_en.</summary>
        public const ulong ClkEnCentApb2ClkEnMask = 0x1UL;

        /// <summary>clk_en_peri offset (rw): Peripheral clock enables, one bit per device. The SDK's sysctl_clock_enable sets the bus bit in clk_en_cent and the device bit here.</summary>
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

        /// <summary>Bit position of clk_en_peri.dvp_clk_en [3] (rw): 1 = DVP clock enabled.</summary>
        public const int ClkEnPeriDvpClkEnShift = 3;

        /// <summary>Width in bits of clk_en_peri.dvp_clk_en.</summary>
        public const int ClkEnPeriDvpClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.dvp_clk_en.</summary>
        public const ulong ClkEnPeriDvpClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_peri.fft_clk_en [4] (rw): 1 = FFT clock enabled.</summary>
        public const int ClkEnPeriFftClkEnShift = 4;

        /// <summary>Width in bits of clk_en_peri.fft_clk_en.</summary>
        public const int ClkEnPeriFftClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.fft_clk_en.</summary>
        public const ulong ClkEnPeriFftClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_peri.gpio_clk_en [5] (rw): 1 = GPIO clock enabled.</summary>
        public const int ClkEnPeriGpioClkEnShift = 5;

        /// <summary>Width in bits of clk_en_peri.gpio_clk_en.</summary>
        public const int ClkEnPeriGpioClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.gpio_clk_en.</summary>
        public const ulong ClkEnPeriGpioClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_peri.spi0_clk_en [6] (rw): 1 = SPI0 clock enabled.</summary>
        public const int ClkEnPeriSpi0ClkEnShift = 6;

        /// <summary>Width in bits of clk_en_peri.spi0_clk_en.</summary>
        public const int ClkEnPeriSpi0ClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.spi0_clk_en.</summary>
        public const ulong ClkEnPeriSpi0ClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_peri.spi1_clk_en [7] (rw): 1 = SPI1 clock enabled.</summary>
        public const int ClkEnPeriSpi1ClkEnShift = 7;

        /// <summary>Width in bits of clk_en_peri.spi1_clk_en.</summary>
        public const int ClkEnPeriSpi1ClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.spi1_clk_en.</summary>
        public const ulong ClkEnPeriSpi1ClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_peri.spi2_clk_en [8] (rw): 1 = SPI2 clock enabled.</summary>
        public const int ClkEnPeriSpi2ClkEnShift = 8;

        /// <summary>Width in bits of clk_en_peri.spi2_clk_en.</summary>
        public const int ClkEnPeriSpi2ClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.spi2_clk_en.</summary>
        public const ulong ClkEnPeriSpi2ClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_peri.spi3_clk_en [9] (rw): 1 = SPI3 clock enabled.</summary>
        public const int ClkEnPeriSpi3ClkEnShift = 9;

        /// <summary>Width in bits of clk_en_peri.spi3_clk_en.</summary>
        public const int ClkEnPeriSpi3ClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.spi3_clk_en.</summary>
        public const ulong ClkEnPeriSpi3ClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_peri.i2s0_clk_en [10] (rw): 1 = I2S0 clock enabled.</summary>
        public const int ClkEnPeriI2s0ClkEnShift = 10;

        /// <summary>Width in bits of clk_en_peri.i2s0_clk_en.</summary>
        public const int ClkEnPeriI2s0ClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.i2s0_clk_en.</summary>
        public const ulong ClkEnPeriI2s0ClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_peri.i2s1_clk_en [11] (rw): 1 = I2S1 clock enabled.</summary>
        public const int ClkEnPeriI2s1ClkEnShift = 11;

        /// <summary>Width in bits of clk_en_peri.i2s1_clk_en.</summary>
        public const int ClkEnPeriI2s1ClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.i2s1_clk_en.</summary>
        public const ulong ClkEnPeriI2s1ClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_peri.i2s2_clk_en [12] (rw): 1 = I2S2 clock enabled.</summary>
        public const int ClkEnPeriI2s2ClkEnShift = 12;

        /// <summary>Width in bits of clk_en_peri.i2s2_clk_en.</summary>
        public const int ClkEnPeriI2s2ClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.i2s2_clk_en.</summary>
        public const ulong ClkEnPeriI2s2ClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_peri.i2c0_clk_en [13] (rw): 1 = I2C0 clock enabled.</summary>
        public const int ClkEnPeriI2c0ClkEnShift = 13;

        /// <summary>Width in bits of clk_en_peri.i2c0_clk_en.</summary>
        public const int ClkEnPeriI2c0ClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.i2c0_clk_en.</summary>
        public const ulong ClkEnPeriI2c0ClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_peri.i2c1_clk_en [14] (rw): 1 = I2C1 clock enabled.</summary>
        public const int ClkEnPeriI2c1ClkEnShift = 14;

        /// <summary>Width in bits of clk_en_peri.i2c1_clk_en.</summary>
        public const int ClkEnPeriI2c1ClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.i2c1_clk_en.</summary>
        public const ulong ClkEnPeriI2c1ClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_peri.i2c2_clk_en [15] (rw): 1 = I2C2 clock enabled.</summary>
        public const int ClkEnPeriI2c2ClkEnShift = 15;

        /// <summary>Width in bits of clk_en_peri.i2c2_clk_en.</summary>
        public const int ClkEnPeriI2c2ClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.i2c2_clk_en.</summary>
        public const ulong ClkEnPeriI2c2ClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_peri.uart1_clk_en [16] (rw): 1 = UART1 clock enabled.</summary>
        public const int ClkEnPeriUart1ClkEnShift = 16;

        /// <summary>Width in bits of clk_en_peri.uart1_clk_en.</summary>
        public const int ClkEnPeriUart1ClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.uart1_clk_en.</summary>
        public const ulong ClkEnPeriUart1ClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_peri.uart2_clk_en [17] (rw): 1 = UART2 clock enabled.</summary>
        public const int ClkEnPeriUart2ClkEnShift = 17;

        /// <summary>Width in bits of clk_en_peri.uart2_clk_en.</summary>
        public const int ClkEnPeriUart2ClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.uart2_clk_en.</summary>
        public const ulong ClkEnPeriUart2ClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_peri.uart3_clk_en [18] (rw): 1 = UART3 clock enabled.</summary>
        public const int ClkEnPeriUart3ClkEnShift = 18;

        /// <summary>Width in bits of clk_en_peri.uart3_clk_en.</summary>
        public const int ClkEnPeriUart3ClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.uart3_clk_en.</summary>
        public const ulong ClkEnPeriUart3ClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_peri.aes_clk_en [19] (rw): 1 = AES clock enabled.</summary>
        public const int ClkEnPeriAesClkEnShift = 19;

        /// <summary>Width in bits of clk_en_peri.aes_clk_en.</summary>
        public const int ClkEnPeriAesClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.aes_clk_en.</summary>
        public const ulong ClkEnPeriAesClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_peri.fpioa_clk_en [20] (rw): 1 = FPIOA clock enabled.</summary>
        public const int ClkEnPeriFpioaClkEnShift = 20;

        /// <summary>Width in bits of clk_en_peri.fpioa_clk_en.</summary>
        public const int ClkEnPeriFpioaClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.fpioa_clk_en.</summary>
        public const ulong ClkEnPeriFpioaClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_peri.timer0_clk_en [21] (rw): 1 = TIMER0 clock enabled.</summary>
        public const int ClkEnPeriTimer0ClkEnShift = 21;

        /// <summary>Width in bits of clk_en_peri.timer0_clk_en.</summary>
        public const int ClkEnPeriTimer0ClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.timer0_clk_en.</summary>
        public const ulong ClkEnPeriTimer0ClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_peri.timer1_clk_en [22] (rw): 1 = TIMER1 clock enabled.</summary>
        public const int ClkEnPeriTimer1ClkEnShift = 22;

        /// <summary>Width in bits of clk_en_peri.timer1_clk_en.</summary>
        public const int ClkEnPeriTimer1ClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.timer1_clk_en.</summary>
        public const ulong ClkEnPeriTimer1ClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_peri.timer2_clk_en [23] (rw): 1 = TIMER2 clock enabled.</summary>
        public const int ClkEnPeriTimer2ClkEnShift = 23;

        /// <summary>Width in bits of clk_en_peri.timer2_clk_en.</summary>
        public const int ClkEnPeriTimer2ClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.timer2_clk_en.</summary>
        public const ulong ClkEnPeriTimer2ClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_peri.wdt0_clk_en [24] (rw): 1 = WDT0 clock enabled.</summary>
        public const int ClkEnPeriWdt0ClkEnShift = 24;

        /// <summary>Width in bits of clk_en_peri.wdt0_clk_en.</summary>
        public const int ClkEnPeriWdt0ClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.wdt0_clk_en.</summary>
        public const ulong ClkEnPeriWdt0ClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_peri.wdt1_clk_en [25] (rw): 1 = WDT1 clock enabled.</summary>
        public const int ClkEnPeriWdt1ClkEnShift = 25;

        /// <summary>Width in bits of clk_en_peri.wdt1_clk_en.</summary>
        public const int ClkEnPeriWdt1ClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.wdt1_clk_en.</summary>
        public const ulong ClkEnPeriWdt1ClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_peri.sha_clk_en [26] (rw): 1 = SHA clock enabled.</summary>
        public const int ClkEnPeriShaClkEnShift = 26;

        /// <summary>Width in bits of clk_en_peri.sha_clk_en.</summary>
        public const int ClkEnPeriShaClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.sha_clk_en.</summary>
        public const ulong ClkEnPeriShaClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_peri.otp_clk_en [27] (rw): 1 = OTP clock enabled.</summary>
        public const int ClkEnPeriOtpClkEnShift = 27;

        /// <summary>Width in bits of clk_en_peri.otp_clk_en.</summary>
        public const int ClkEnPeriOtpClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.otp_clk_en.</summary>
        public const ulong ClkEnPeriOtpClkEnMask = 0x1UL;

        /// <summary>Bit position of clk_en_peri.rtc_clk_en [29] (rw): 1 = RTC clock enabled.</summary>
        public const int ClkEnPeriRtcClkEnShift = 29;

        /// <summary>Width in bits of clk_en_peri.rtc_clk_en.</summary>
        public const int ClkEnPeriRtcClkEnWidth = 1;

        /// <summary>Unshifted mask of clk_en_peri.rtc_clk_en.</summary>
        public const ulong ClkEnPeriRtcClkEnMask = 0x1UL;

        /// <summary>soft_reset offset (rw): Whole-chip soft reset.</summary>
        public const ulong SoftResetOffset = 0x30UL;

        /// <summary>soft_reset reset value.</summary>
        public const ulong SoftResetReset = 0x0UL;

        /// <summary>Bit position of soft_reset.soft_reset [0] (rw): 1 = reset the SoC.</summary>
        public const int SoftResetSoftResetShift = 0;

        /// <summary>Width in bits of soft_reset.soft_reset.</summary>
        public const int SoftResetSoftResetWidth = 1;

        /// <summary>Unshifted mask of soft_reset.soft_reset.</summary>
        public const ulong SoftResetSoftResetMask = 0x1UL;

        /// <summary>peri_reset offset (rw): Peripheral resets, one bit per device (same order as clk_en_peri).</summary>
        public const ulong PeriResetOffset = 0x34UL;

        /// <summary>peri_reset reset value.</summary>
        public const ulong PeriResetReset = 0x0UL;

        /// <summary>Bit position of peri_reset.rom_reset [0] (rw): 1 = hold ROM in reset; the SDK pulses 1 then 0.</summary>
        public const int PeriResetRomResetShift = 0;

        /// <summary>Width in bits of peri_reset.rom_reset.</summary>
        public const int PeriResetRomResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.rom_reset.</summary>
        public const ulong PeriResetRomResetMask = 0x1UL;

        /// <summary>Bit position of peri_reset.dma_reset [1] (rw): 1 = hold DMA in reset; the SDK pulses 1 then 0.</summary>
        public const int PeriResetDmaResetShift = 1;

        /// <summary>Width in bits of peri_reset.dma_reset.</summary>
        public const int PeriResetDmaResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.dma_reset.</summary>
        public const ulong PeriResetDmaResetMask = 0x1UL;

        /// <summary>Bit position of peri_reset.ai_reset [2] (rw): 1 = hold AI in reset; the SDK pulses 1 then 0.</summary>
        public const int PeriResetAiResetShift = 2;

        /// <summary>Width in bits of peri_reset.ai_reset.</summary>
        public const int PeriResetAiResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.ai_reset.</summary>
        public const ulong PeriResetAiResetMask = 0x1UL;

        /// <summary>Bit position of peri_reset.dvp_reset [3] (rw): 1 = hold DVP in reset; the SDK pulses 1 then 0.</summary>
        public const int PeriResetDvpResetShift = 3;

        /// <summary>Width in bits of peri_reset.dvp_reset.</summary>
        public const int PeriResetDvpResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.dvp_reset.</summary>
        public const ulong PeriResetDvpResetMask = 0x1UL;

        /// <summary>Bit position of peri_reset.fft_reset [4] (rw): 1 = hold FFT in reset; the SDK pulses 1 then 0.</summary>
        public const int PeriResetFftResetShift = 4;

        /// <summary>Width in bits of peri_reset.fft_reset.</summary>
        public const int PeriResetFftResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.fft_reset.</summary>
        public const ulong PeriResetFftResetMask = 0x1UL;

        /// <summary>Bit position of peri_reset.gpio_reset [5] (rw): 1 = hold GPIO in reset; the SDK pulses 1 then 0.</summary>
        public const int PeriResetGpioResetShift = 5;

        /// <summary>Width in bits of peri_reset.gpio_reset.</summary>
        public const int PeriResetGpioResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.gpio_reset.</summary>
        public const ulong PeriResetGpioResetMask = 0x1UL;

        /// <summary>Bit position of peri_reset.spi0_reset [6] (rw): 1 = hold SPI0 in reset; the SDK pulses 1 then 0.</summary>
        public const int PeriResetSpi0ResetShift = 6;

        /// <summary>Width in bits of peri_reset.spi0_reset.</summary>
        public const int PeriResetSpi0ResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.spi0_reset.</summary>
        public const ulong PeriResetSpi0ResetMask = 0x1UL;

        /// <summary>Bit position of peri_reset.spi1_reset [7] (rw): 1 = hold SPI1 in reset; the SDK pulses 1 then 0.</summary>
        public const int PeriResetSpi1ResetShift = 7;

        /// <summary>Width in bits of peri_reset.spi1_reset.</summary>
        public const int PeriResetSpi1ResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.spi1_reset.</summary>
        public const ulong PeriResetSpi1ResetMask = 0x1UL;

        /// <summary>Bit position of peri_reset.spi2_reset [8] (rw): 1 = hold SPI2 in reset; the SDK pulses 1 then 0.</summary>
        public const int PeriResetSpi2ResetShift = 8;

        /// <summary>Width in bits of peri_reset.spi2_reset.</summary>
        public const int PeriResetSpi2ResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.spi2_reset.</summary>
        public const ulong PeriResetSpi2ResetMask = 0x1UL;

        /// <summary>Bit position of peri_reset.spi3_reset [9] (rw): 1 = hold SPI3 in reset; the SDK pulses 1 then 0.</summary>
        public const int PeriResetSpi3ResetShift = 9;

        /// <summary>Width in bits of peri_reset.spi3_reset.</summary>
        public const int PeriResetSpi3ResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.spi3_reset.</summary>
        public const ulong PeriResetSpi3ResetMask = 0x1UL;

        /// <summary>Bit position of peri_reset.i2s0_reset [10] (rw): 1 = hold I2S0 in reset; the SDK pulses 1 then 0.</summary>
        public const int PeriResetI2s0ResetShift = 10;

        /// <summary>Width in bits of peri_reset.i2s0_reset.</summary>
        public const int PeriResetI2s0ResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.i2s0_reset.</summary>
        public const ulong PeriResetI2s0ResetMask = 0x1UL;

        /// <summary>Bit position of peri_reset.i2s1_reset [11] (rw): 1 = hold I2S1 in reset; the SDK pulses 1 then 0.</summary>
        public const int PeriResetI2s1ResetShift = 11;

        /// <summary>Width in bits of peri_reset.i2s1_reset.</summary>
        public const int PeriResetI2s1ResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.i2s1_reset.</summary>
        public const ulong PeriResetI2s1ResetMask = 0x1UL;

        /// <summary>Bit position of peri_reset.i2s2_reset [12] (rw): 1 = hold I2S2 in reset; the SDK pulses 1 then 0.</summary>
        public const int PeriResetI2s2ResetShift = 12;

        /// <summary>Width in bits of peri_reset.i2s2_reset.</summary>
        public const int PeriResetI2s2ResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.i2s2_reset.</summary>
        public const ulong PeriResetI2s2ResetMask = 0x1UL;

        /// <summary>Bit position of peri_reset.i2c0_reset [13] (rw): 1 = hold I2C0 in reset; the SDK pulses 1 then 0.</summary>
        public const int PeriResetI2c0ResetShift = 13;

        /// <summary>Width in bits of peri_reset.i2c0_reset.</summary>
        public const int PeriResetI2c0ResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.i2c0_reset.</summary>
        public const ulong PeriResetI2c0ResetMask = 0x1UL;

        /// <summary>Bit position of peri_reset.i2c1_reset [14] (rw): 1 = hold I2C1 in reset; the SDK pulses 1 then 0.</summary>
        public const int PeriResetI2c1ResetShift = 14;

        /// <summary>Width in bits of peri_reset.i2c1_reset.</summary>
        public const int PeriResetI2c1ResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.i2c1_reset.</summary>
        public const ulong PeriResetI2c1ResetMask = 0x1UL;

        /// <summary>Bit position of peri_reset.i2c2_reset [15] (rw): 1 = hold I2C2 in reset; the SDK pulses 1 then 0.</summary>
        public const int PeriResetI2c2ResetShift = 15;

        /// <summary>Width in bits of peri_reset.i2c2_reset.</summary>
        public const int PeriResetI2c2ResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.i2c2_reset.</summary>
        public const ulong PeriResetI2c2ResetMask = 0x1UL;

        /// <summary>Bit position of peri_reset.uart1_reset [16] (rw): 1 = hold UART1 in reset; the SDK pulses 1 then 0.</summary>
        public const int PeriResetUart1ResetShift = 16;

        /// <summary>Width in bits of peri_reset.uart1_reset.</summary>
        public const int PeriResetUart1ResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.uart1_reset.</summary>
        public const ulong PeriResetUart1ResetMask = 0x1UL;

        /// <summary>Bit position of peri_reset.uart2_reset [17] (rw): 1 = hold UART2 in reset; the SDK pulses 1 then 0.</summary>
        public const int PeriResetUart2ResetShift = 17;

        /// <summary>Width in bits of peri_reset.uart2_reset.</summary>
        public const int PeriResetUart2ResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.uart2_reset.</summary>
        public const ulong PeriResetUart2ResetMask = 0x1UL;

        /// <summary>Bit position of peri_reset.uart3_reset [18] (rw): 1 = hold UART3 in reset; the SDK pulses 1 then 0.</summary>
        public const int PeriResetUart3ResetShift = 18;

        /// <summary>Width in bits of peri_reset.uart3_reset.</summary>
        public const int PeriResetUart3ResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.uart3_reset.</summary>
        public const ulong PeriResetUart3ResetMask = 0x1UL;

        /// <summary>Bit position of peri_reset.aes_reset [19] (rw): 1 = hold AES in reset; the SDK pulses 1 then 0.</summary>
        public const int PeriResetAesResetShift = 19;

        /// <summary>Width in bits of peri_reset.aes_reset.</summary>
        public const int PeriResetAesResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.aes_reset.</summary>
        public const ulong PeriResetAesResetMask = 0x1UL;

        /// <summary>Bit position of peri_reset.fpioa_reset [20] (rw): 1 = hold FPIOA in reset; the SDK pulses 1 then 0.</summary>
        public const int PeriResetFpioaResetShift = 20;

        /// <summary>Width in bits of peri_reset.fpioa_reset.</summary>
        public const int PeriResetFpioaResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.fpioa_reset.</summary>
        public const ulong PeriResetFpioaResetMask = 0x1UL;

        /// <summary>Bit position of peri_reset.timer0_reset [21] (rw): 1 = hold TIMER0 in reset; the SDK pulses 1 then 0.</summary>
        public const int PeriResetTimer0ResetShift = 21;

        /// <summary>Width in bits of peri_reset.timer0_reset.</summary>
        public const int PeriResetTimer0ResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.timer0_reset.</summary>
        public const ulong PeriResetTimer0ResetMask = 0x1UL;

        /// <summary>Bit position of peri_reset.timer1_reset [22] (rw): 1 = hold TIMER1 in reset; the SDK pulses 1 then 0.</summary>
        public const int PeriResetTimer1ResetShift = 22;

        /// <summary>Width in bits of peri_reset.timer1_reset.</summary>
        public const int PeriResetTimer1ResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.timer1_reset.</summary>
        public const ulong PeriResetTimer1ResetMask = 0x1UL;

        /// <summary>Bit position of peri_reset.timer2_reset [23] (rw): 1 = hold TIMER2 in reset; the SDK pulses 1 then 0.</summary>
        public const int PeriResetTimer2ResetShift = 23;

        /// <summary>Width in bits of peri_reset.timer2_reset.</summary>
        public const int PeriResetTimer2ResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.timer2_reset.</summary>
        public const ulong PeriResetTimer2ResetMask = 0x1UL;

        /// <summary>Bit position of peri_reset.wdt0_reset [24] (rw): 1 = hold WDT0 in reset; the SDK pulses 1 then 0.</summary>
        public const int PeriResetWdt0ResetShift = 24;

        /// <summary>Width in bits of peri_reset.wdt0_reset.</summary>
        public const int PeriResetWdt0ResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.wdt0_reset.</summary>
        public const ulong PeriResetWdt0ResetMask = 0x1UL;

        /// <summary>Bit position of peri_reset.wdt1_reset [25] (rw): 1 = hold WDT1 in reset; the SDK pulses 1 then 0.</summary>
        public const int PeriResetWdt1ResetShift = 25;

        /// <summary>Width in bits of peri_reset.wdt1_reset.</summary>
        public const int PeriResetWdt1ResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.wdt1_reset.</summary>
        public const ulong PeriResetWdt1ResetMask = 0x1UL;

        /// <summary>Bit position of peri_reset.sha_reset [26] (rw): 1 = hold SHA in reset; the SDK pulses 1 then 0.</summary>
        public const int PeriResetShaResetShift = 26;

        /// <summary>Width in bits of peri_reset.sha_reset.</summary>
        public const int PeriResetShaResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.sha_reset.</summary>
        public const ulong PeriResetShaResetMask = 0x1UL;

        /// <summary>Bit position of peri_reset.rtc_reset [29] (rw): 1 = hold the RTC in reset.</summary>
        public const int PeriResetRtcResetShift = 29;

        /// <summary>Width in bits of peri_reset.rtc_reset.</summary>
        public const int PeriResetRtcResetWidth = 1;

        /// <summary>Unshifted mask of peri_reset.rtc_reset.</summary>
        public const ulong PeriResetRtcResetMask = 0x1UL;

        /// <summary>clk_th0 offset (rw): Clock dividers (thresholds) of SRAM, KPU, DVP and ROM: clock = source / (threshold + 1).</summary>
        public const ulong ClkTh0Offset = 0x38UL;

        /// <summary>clk_th0 reset value.</summary>
        public const ulong ClkTh0Reset = 0x0UL;

        /// <summary>Bit position of clk_th0.sram0_gclk_threshold [3:0] (rw): SRAM0 = ACLK / (t + 1).</summary>
        public const int ClkTh0Sram0GclkThresholdShift = 0;

        /// <summary>Width in bits of clk_th0.sram0_gclk_threshold.</summary>
        public const int ClkTh0Sram0GclkThresholdWidth = 4;

        /// <summary>Unshifted mask of clk_th0.sram0_gclk_threshold.</summary>
        public const ulong ClkTh0Sram0GclkThresholdMask = 0xFUL;

        /// <summary>Bit position of clk_th0.sram1_gclk_threshold [7:4] (rw): SRAM1 = ACLK / (t + 1).</summary>
        public const int ClkTh0Sram1GclkThresholdShift = 4;

        /// <summary>Width in bits of clk_th0.sram1_gclk_threshold.</summary>
        public const int ClkTh0Sram1GclkThresholdWidth = 4;

        /// <summary>Unshifted mask of clk_th0.sram1_gclk_threshold.</summary>
        public const ulong ClkTh0Sram1GclkThresholdMask = 0xFUL;

        /// <summary>Bit position of clk_th0.ai_gclk_threshold [11:8] (rw): KPU = PLL1 / (t + 1).</summary>
        public const int ClkTh0AiGclkThresholdShift = 8;

        /// <summary>Width in bits of clk_th0.ai_gclk_threshold.</summary>
        public const int ClkTh0AiGclkThresholdWidth = 4;

        /// <summary>Unshifted mask of clk_th0.ai_gclk_threshold.</summary>
        public const ulong ClkTh0AiGclkThresholdMask = 0xFUL;

        /// <summary>Bit position of clk_th0.dvp_gclk_threshold [15:12] (rw): DVP = ACLK / (t + 1).</summary>
        public const int ClkTh0DvpGclkThresholdShift = 12;

        /// <summary>Width in bits of clk_th0.dvp_gclk_threshold.</summary>
        public const int ClkTh0DvpGclkThresholdWidth = 4;

        /// <summary>Unshifted mask of clk_th0.dvp_gclk_threshold.</summary>
        public const ulong ClkTh0DvpGclkThresholdMask = 0xFUL;

        /// <summary>Bit position of clk_th0.rom_gclk_threshold [19:16] (rw): ROM = ACLK / (t + 1).</summary>
        public const int ClkTh0RomGclkThresholdShift = 16;

        /// <summary>Width in bits of clk_th0.rom_gclk_threshold.</summary>
        public const int ClkTh0RomGclkThresholdWidth = 4;

        /// <summary>Unshifted mask of clk_th0.rom_gclk_threshold.</summary>
        public const ulong ClkTh0RomGclkThresholdMask = 0xFUL;

        /// <summary>clk_th1 offset (rw): SPI clock dividers: SPIn = PLL0 (SPI3: its selected source) / ((t + 1) * 2).</summary>
        public const ulong ClkTh1Offset = 0x3CUL;

        /// <summary>clk_th1 reset value.</summary>
        public const ulong ClkTh1Reset = 0x0UL;

        /// <summary>Bit position of clk_th1.spi0_clk_threshold [7:0] (rw): SPI0 divider.</summary>
        public const int ClkTh1Spi0ClkThresholdShift = 0;

        /// <summary>Width in bits of clk_th1.spi0_clk_threshold.</summary>
        public const int ClkTh1Spi0ClkThresholdWidth = 8;

        /// <summary>Unshifted mask of clk_th1.spi0_clk_threshold.</summary>
        public const ulong ClkTh1Spi0ClkThresholdMask = 0xFFUL;

        /// <summary>Bit position of clk_th1.spi1_clk_threshold [15:8] (rw): SPI1 divider.</summary>
        public const int ClkTh1Spi1ClkThresholdShift = 8;

        /// <summary>Width in bits of clk_th1.spi1_clk_threshold.</summary>
        public const int ClkTh1Spi1ClkThresholdWidth = 8;

        /// <summary>Unshifted mask of clk_th1.spi1_clk_threshold.</summary>
        public const ulong ClkTh1Spi1ClkThresholdMask = 0xFFUL;

        /// <summary>Bit position of clk_th1.spi2_clk_threshold [23:16] (rw): SPI2 divider.</summary>
        public const int ClkTh1Spi2ClkThresholdShift = 16;

        /// <summary>Width in bits of clk_th1.spi2_clk_threshold.</summary>
        public const int ClkTh1Spi2ClkThresholdWidth = 8;

        /// <summary>Unshifted mask of clk_th1.spi2_clk_threshold.</summary>
        public const ulong ClkTh1Spi2ClkThresholdMask = 0xFFUL;

        /// <summary>Bit position of clk_th1.spi3_clk_threshold [31:24] (rw): SPI3 divider.</summary>
        public const int ClkTh1Spi3ClkThresholdShift = 24;

        /// <summary>Width in bits of clk_th1.spi3_clk_threshold.</summary>
        public const int ClkTh1Spi3ClkThresholdWidth = 8;

        /// <summary>Unshifted mask of clk_th1.spi3_clk_threshold.</summary>
        public const ulong ClkTh1Spi3ClkThresholdMask = 0xFFUL;

        /// <summary>clk_th2 offset (rw): Timer clock dividers: TIMERn = source / ((t + 1) * 2).</summary>
        public const ulong ClkTh2Offset = 0x40UL;

        /// <summary>clk_th2 reset value.</summary>
        public const ulong ClkTh2Reset = 0x0UL;

        /// <summary>Bit position of clk_th2.timer0_clk_threshold [7:0] (rw): TIMER0 divider.</summary>
        public const int ClkTh2Timer0ClkThresholdShift = 0;

        /// <summary>Width in bits of clk_th2.timer0_clk_threshold.</summary>
        public const int ClkTh2Timer0ClkThresholdWidth = 8;

        /// <summary>Unshifted mask of clk_th2.timer0_clk_threshold.</summary>
        public const ulong ClkTh2Timer0ClkThresholdMask = 0xFFUL;

        /// <summary>Bit position of clk_th2.timer1_clk_threshold [15:8] (rw): TIMER1 divider.</summary>
        public const int ClkTh2Timer1ClkThresholdShift = 8;

        /// <summary>Width in bits of clk_th2.timer1_clk_threshold.</summary>
        public const int ClkTh2Timer1ClkThresholdWidth = 8;

        /// <summary>Unshifted mask of clk_th2.timer1_clk_threshold.</summary>
        public const ulong ClkTh2Timer1ClkThresholdMask = 0xFFUL;

        /// <summary>Bit position of clk_th2.timer2_clk_threshold [23:16] (rw): TIMER2 divider.</summary>
        public const int ClkTh2Timer2ClkThresholdShift = 16;

        /// <summary>Width in bits of clk_th2.timer2_clk_threshold.</summary>
        public const int ClkTh2Timer2ClkThresholdWidth = 8;

        /// <summary>Unshifted mask of clk_th2.timer2_clk_threshold.</summary>
        public const ulong ClkTh2Timer2ClkThresholdMask = 0xFFUL;

        /// <summary>clk_th3 offset (rw): I2S clock dividers: I2Sn = PLL2 / ((t + 1) * 2).</summary>
        public const ulong ClkTh3Offset = 0x44UL;

        /// <summary>clk_th3 reset value.</summary>
        public const ulong ClkTh3Reset = 0x0UL;

        /// <summary>Bit position of clk_th3.i2s0_clk_threshold [15:0] (rw): I2S0 divider.</summary>
        public const int ClkTh3I2s0ClkThresholdShift = 0;

        /// <summary>Width in bits of clk_th3.i2s0_clk_threshold.</summary>
        public const int ClkTh3I2s0ClkThresholdWidth = 16;

        /// <summary>Unshifted mask of clk_th3.i2s0_clk_threshold.</summary>
        public const ulong ClkTh3I2s0ClkThresholdMask = 0xFFFFUL;

        /// <summary>Bit position of clk_th3.i2s1_clk_threshold [31:16] (rw): I2S1 divider.</summary>
        public const int ClkTh3I2s1ClkThresholdShift = 16;

        /// <summary>Width in bits of clk_th3.i2s1_clk_threshold.</summary>
        public const int ClkTh3I2s1ClkThresholdWidth = 16;

        /// <summary>Unshifted mask of clk_th3.i2s1_clk_threshold.</summary>
        public const ulong ClkTh3I2s1ClkThresholdMask = 0xFFFFUL;

        /// <summary>clk_th4 offset (rw): I2S2 and I2S master clock dividers.</summary>
        public const ulong ClkTh4Offset = 0x48UL;

        /// <summary>clk_th4 reset value.</summary>
        public const ulong ClkTh4Reset = 0x0UL;

        /// <summary>Bit position of clk_th4.i2s2_clk_threshold [15:0] (rw): I2S2 divider.</summary>
        public const int ClkTh4I2s2ClkThresholdShift = 0;

        /// <summary>Width in bits of clk_th4.i2s2_clk_threshold.</summary>
        public const int ClkTh4I2s2ClkThresholdWidth = 16;

        /// <summary>Unshifted mask of clk_th4.i2s2_clk_threshold.</summary>
        public const ulong ClkTh4I2s2ClkThresholdMask = 0xFFFFUL;

        /// <summary>Bit position of clk_th4.i2s0_mclk_threshold [23:16] (rw): I2S0 MCLK divider.</summary>
        public const int ClkTh4I2s0MclkThresholdShift = 16;

        /// <summary>Width in bits of clk_th4.i2s0_mclk_threshold.</summary>
        public const int ClkTh4I2s0MclkThresholdWidth = 8;

        /// <summary>Unshifted mask of clk_th4.i2s0_mclk_threshold.</summary>
        public const ulong ClkTh4I2s0MclkThresholdMask = 0xFFUL;

        /// <summary>Bit position of clk_th4.i2s1_mclk_threshold [31:24] (rw): I2S1 MCLK divider.</summary>
        public const int ClkTh4I2s1MclkThresholdShift = 24;

        /// <summary>Width in bits of clk_th4.i2s1_mclk_threshold.</summary>
        public const int ClkTh4I2s1MclkThresholdWidth = 8;

        /// <summary>Unshifted mask of clk_th4.i2s1_mclk_threshold.</summary>
        public const ulong ClkTh4I2s1MclkThresholdMask = 0xFFUL;

        /// <summary>clk_th5 offset (rw): I2S2 master clock and I2C clock dividers: I2Cn = PLL0 / ((t + 1) * 2).</summary>
        public const ulong ClkTh5Offset = 0x4CUL;

        /// <summary>clk_th5 reset value.</summary>
        public const ulong ClkTh5Reset = 0x0UL;

        /// <summary>Bit position of clk_th5.i2s2_mclk_threshold [7:0] (rw): I2S2 MCLK divider.</summary>
        public const int ClkTh5I2s2MclkThresholdShift = 0;

        /// <summary>Width in bits of clk_th5.i2s2_mclk_threshold.</summary>
        public const int ClkTh5I2s2MclkThresholdWidth = 8;

        /// <summary>Unshifted mask of clk_th5.i2s2_mclk_threshold.</summary>
        public const ulong ClkTh5I2s2MclkThresholdMask = 0xFFUL;

        /// <summary>Bit position of clk_th5.i2c0_clk_threshold [15:8] (rw): I2C0 divider.</summary>
        public const int ClkTh5I2c0ClkThresholdShift = 8;

        /// <summary>Width in bits of clk_th5.i2c0_clk_threshold.</summary>
        public const int ClkTh5I2c0ClkThresholdWidth = 8;

        /// <summary>Unshifted mask of clk_th5.i2c0_clk_threshold.</summary>
        public const ulong ClkTh5I2c0ClkThresholdMask = 0xFFUL;

        /// <summary>Bit position of clk_th5.i2c1_clk_threshold [23:16] (rw): I2C1 divider.</summary>
        public const int ClkTh5I2c1ClkThresholdShift = 16;

        /// <summary>Width in bits of clk_th5.i2c1_clk_threshold.</summary>
        public const int ClkTh5I2c1ClkThresholdWidth = 8;

        /// <summary>Unshifted mask of clk_th5.i2c1_clk_threshold.</summary>
        public const ulong ClkTh5I2c1ClkThresholdMask = 0xFFUL;

        /// <summary>Bit position of clk_th5.i2c2_clk_threshold [31:24] (rw): I2C2 divider.</summary>
        public const int ClkTh5I2c2ClkThresholdShift = 24;

        /// <summary>Width in bits of clk_th5.i2c2_clk_threshold.</summary>
        public const int ClkTh5I2c2ClkThresholdWidth = 8;

        /// <summary>Unshifted mask of clk_th5.i2c2_clk_threshold.</summary>
        public const ulong ClkTh5I2c2ClkThresholdMask = 0xFFUL;

        /// <summary>clk_th6 offset (rw): Watchdog clock dividers: WDTn = IN0 / ((t + 1) * 2).</summary>
        public const ulong ClkTh6Offset = 0x50UL;

        /// <summary>clk_th6 reset value.</summary>
        public const ulong ClkTh6Reset = 0x0UL;

        /// <summary>Bit position of clk_th6.wdt0_clk_threshold [7:0] (rw): WDT0 divider.</summary>
        public const int ClkTh6Wdt0ClkThresholdShift = 0;

        /// <summary>Width in bits of clk_th6.wdt0_clk_threshold.</summary>
        public const int ClkTh6Wdt0ClkThresholdWidth = 8;

        /// <summary>Unshifted mask of clk_th6.wdt0_clk_threshold.</summary>
        public const ulong ClkTh6Wdt0ClkThresholdMask = 0xFFUL;

        /// <summary>Bit position of clk_th6.wdt1_clk_threshold [15:8] (rw): WDT1 divider.</summary>
        public const int ClkTh6Wdt1ClkThresholdShift = 8;

        /// <summary>Width in bits of clk_th6.wdt1_clk_threshold.</summary>
        public const int ClkTh6Wdt1ClkThresholdWidth = 8;

        /// <summary>Unshifted mask of clk_th6.wdt1_clk_threshold.</summary>
        public const ulong ClkTh6Wdt1ClkThresholdMask = 0xFFUL;

        /// <summary>misc offset (rw): Miscellaneous: debug select and the SPI0/DVP data pin sharing.</summary>
        public const ulong MiscOffset = 0x54UL;

        /// <summary>misc reset value.</summary>
        public const ulong MiscReset = 0x0UL;

        /// <summary>Bit position of misc.debug_sel [5:0] (rw): Debug signal select.</summary>
        public const int MiscDebugSelShift = 0;

        /// <summary>Width in bits of misc.debug_sel.</summary>
        public const int MiscDebugSelWidth = 6;

        /// <summary>Unshifted mask of misc.debug_sel.</summary>
        public const ulong MiscDebugSelMask = 0x3FUL;

        /// <summary>Bit position of misc.spi_dvp_data_enable [10] (rw): 1 = SPI0's D0-D7 drive the DVP data pins (the Maix boards' 8-bit LCD bus shares them).</summary>
        public const int MiscSpiDvpDataEnableShift = 10;

        /// <summary>Width in bits of misc.spi_dvp_data_enable.</summary>
        public const int MiscSpiDvpDataEnableWidth = 1;

        /// <summary>Unshifted mask of misc.spi_dvp_data_enable.</summary>
        public const ulong MiscSpiDvpDataEnableMask = 0x1UL;

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

        /// <summary>power_sel offset (rw): IO voltage of the eight pin banks (6 pins each): bit n is bank n.</summary>
        public const ulong PowerSelOffset = 0x6CUL;

        /// <summary>power_sel reset value.</summary>
        public const ulong PowerSelReset = 0x0UL;

        /// <summary>Bit position of power_sel.power_mode_sel0 [0] (rw): Bank 0 (IO0-IO5) voltage.</summary>
        public const int PowerSelPowerModeSel0Shift = 0;

        /// <summary>Width in bits of power_sel.power_mode_sel0.</summary>
        public const int PowerSelPowerModeSel0Width = 1;

        /// <summary>Unshifted mask of power_sel.power_mode_sel0.</summary>
        public const ulong PowerSelPowerModeSel0Mask = 0x1UL;

        /// <summary>Bit position of power_sel.power_mode_sel1 [1] (rw): Bank 1 (IO6-IO11) voltage.</summary>
        public const int PowerSelPowerModeSel1Shift = 1;

        /// <summary>Width in bits of power_sel.power_mode_sel1.</summary>
        public const int PowerSelPowerModeSel1Width = 1;

        /// <summary>Unshifted mask of power_sel.power_mode_sel1.</summary>
        public const ulong PowerSelPowerModeSel1Mask = 0x1UL;

        /// <summary>Bit position of power_sel.power_mode_sel2 [2] (rw): Bank 2 (IO12-IO17) voltage.</summary>
        public const int PowerSelPowerModeSel2Shift = 2;

        /// <summary>Width in bits of power_sel.power_mode_sel2.</summary>
        public const int PowerSelPowerModeSel2Width = 1;

        /// <summary>Unshifted mask of power_sel.power_mode_sel2.</summary>
        public const ulong PowerSelPowerModeSel2Mask = 0x1UL;

        /// <summary>Bit position of power_sel.power_mode_sel3 [3] (rw): Bank 3 (IO18-IO23) voltage.</summary>
        public const int PowerSelPowerModeSel3Shift = 3;

        /// <summary>Width in bits of power_sel.power_mode_sel3.</summary>
        public const int PowerSelPowerModeSel3Width = 1;

        /// <summary>Unshifted mask of power_sel.power_mode_sel3.</summary>
        public const ulong PowerSelPowerModeSel3Mask = 0x1UL;

        /// <summary>Bit position of power_sel.power_mode_sel4 [4] (rw): Bank 4 (IO24-IO29) voltage.</summary>
        public const int PowerSelPowerModeSel4Shift = 4;

        /// <summary>Width in bits of power_sel.power_mode_sel4.</summary>
        public const int PowerSelPowerModeSel4Width = 1;

        /// <summary>Unshifted mask of power_sel.power_mode_sel4.</summary>
        public const ulong PowerSelPowerModeSel4Mask = 0x1UL;

        /// <summary>Bit position of power_sel.power_mode_sel5 [5] (rw): Bank 5 (IO30-IO35) voltage.</summary>
        public const int PowerSelPowerModeSel5Shift = 5;

        /// <summary>Width in bits of power_sel.power_mode_sel5.</summary>
        public const int PowerSelPowerModeSel5Width = 1;

        /// <summary>Unshifted mask of power_sel.power_mode_sel5.</summary>
        public const ulong PowerSelPowerModeSel5Mask = 0x1UL;

        /// <summary>Bit position of power_sel.power_mode_sel6 [6] (rw): Bank 6 (IO36-IO41) voltage.</summary>
        public const int PowerSelPowerModeSel6Shift = 6;

        /// <summary>Width in bits of power_sel.power_mode_sel6.</summary>
        public const int PowerSelPowerModeSel6Width = 1;

        /// <summary>Unshifted mask of power_sel.power_mode_sel6.</summary>
        public const ulong PowerSelPowerModeSel6Mask = 0x1UL;

        /// <summary>Bit position of power_sel.power_mode_sel7 [7] (rw): Bank 7 (IO42-IO47) voltage.</summary>
        public const int PowerSelPowerModeSel7Shift = 7;

        /// <summary>Width in bits of power_sel.power_mode_sel7.</summary>
        public const int PowerSelPowerModeSel7Width = 1;

        /// <summary>Unshifted mask of power_sel.power_mode_sel7.</summary>
        public const ulong PowerSelPowerModeSel7Mask = 0x1UL;

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

        /// <summary>pll2_source = in0: 26 MHz oscillator.</summary>
        public const ulong Pll2SourceIn0 = 0;

        /// <summary>pll2_source = pll0: PLL0 output.</summary>
        public const ulong Pll2SourcePll0 = 1;

        /// <summary>pll2_source = pll1: PLL1 output.</summary>
        public const ulong Pll2SourcePll1 = 2;

        /// <summary>clock_source_sel = in0: 26 MHz oscillator.</summary>
        public const ulong ClockSourceSelIn0 = 0;

        /// <summary>clock_source_sel = pll0: PLL0 (ACLK: divided by 2 &lt;&lt; aclk_divider_sel).</summary>
        public const ulong ClockSourceSelPll0 = 1;

        /// <summary>io_power = v33: 3.3 V.</summary>
        public const ulong IoPowerV33 = 0;

        /// <summary>io_power = v18: 1.8 V (the DVP and LCD banks 6 and 7 on Maix boards).</summary>
        public const ulong IoPowerV18 = 1;
    }
}
