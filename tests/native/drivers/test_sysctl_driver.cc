// SYSCTL driver traffic against the SDK's programming sequences
// (lib/drivers/sysctl.c): PLL reprogramming steps 1-9, clock gates on the
// right bus, dividers read back into frequencies, reset pulses. Expected
// register values are written out by hand from sysctl.h's bit layout.
#include <vector>

#include <gtest/gtest.h>

#include "mock_bus.h"

extern "C" {
#include "k210_sysctl.h"
}

namespace {

using nfk::Access;
constexpr uint64_t SYSCTL = 0x50440000;
constexpr uint64_t PLL0 = SYSCTL + 0x08, PLL1 = SYSCTL + 0x0C, PLL_LOCK = SYSCTL + 0x18, CLK_SEL0 = SYSCTL + 0x20,
                   CLK_EN_CENT = SYSCTL + 0x28, CLK_EN_PERI = SYSCTL + 0x2C, PERI_RESET = SYSCTL + 0x34,
                   CLK_TH0 = SYSCTL + 0x38, CLK_TH1 = SYSCTL + 0x3C, MISC = SYSCTL + 0x54, POWER_SEL = SYSCTL + 0x6C;

std::vector<uint32_t> delays;
void record_delay(uint32_t us) { delays.push_back(us); }

void expect_writes(const nfk::MockBus &bus, const std::vector<Access> &want)
{
    auto got = bus.writes();
    ASSERT_EQ(got.size(), want.size());
    for (size_t i = 0; i < want.size(); i++)
        EXPECT_EQ(got[i], want[i]) << "write " << i << ": got " << nfk::to_string(got[i]) << ", want "
                                   << nfk::to_string(want[i]);
}

k210_sysctl_t device()
{
    k210_sysctl_t d = k210_sysctl_default();
    d.delay_us = record_delay;
    d.max_polls = 10;
    delays.clear();
    return d;
}

}  // namespace

TEST(SysctlPll, Solver_FindsTheClosestSettingWithinTheVcoRange)
{
    k210_pll_setting_t s;
    ASSERT_TRUE(k210_sysctl_pll_solve(26000000, 400000000, &s));
    EXPECT_EQ(s.nr, 1u);
    EXPECT_EQ(s.nf, 46u); /* 26 MHz * 46 / 3 = 398.67 MHz, VCO 1196 MHz */
    EXPECT_EQ(s.od, 3u);
    EXPECT_EQ(k210_sysctl_pll_output(26000000, &s), 398666666u);
    ASSERT_TRUE(k210_sysctl_pll_solve(26000000, 800000000, &s));
    EXPECT_EQ(k210_sysctl_pll_output(26000000, &s), 806000000u);
    EXPECT_FALSE(k210_sysctl_pll_solve(26000000, 2000000000u, &s)); /* above the VCO */
}

TEST(SysctlPll, Pll1_FollowsTheSdkReprogrammingSequence)
{
    nfk::MockBus bus;
    bus.answer_sequence(PLL_LOCK, { 0, 1u << 8 }); /* pll_lock1 bit 0: not locked at the first look */
    k210_sysctl_t d = device();
    uint32_t actual = 0;
    ASSERT_EQ(k210_sysctl_pll_set(&d, K210_PLL1, 400000000, &actual), K210_SYSCTL_OK);
    EXPECT_EQ(actual, 398666666u);
    expect_writes(bus, {
        { 'W', 32, PLL1, 0 },                                          // 2. pll_out_en1 = 0
        { 'W', 32, PLL1, 0 },                                          // 3. pll_pwrd1 = 0
        { 'W', 32, PLL1, (45u << 4) | (2u << 10) | (45u << 14) },      // 4. clkf1 = 45, clkod1 = 2, bwadj1 = 45
        { 'W', 32, PLL1, 1u << 21 },                                   // 5. pll_pwrd1 = 1
        { 'W', 32, PLL1, 0 },                                          // 6. pll_reset1 0, 1, 0
        { 'W', 32, PLL1, 1u << 20 },
        { 'W', 32, PLL1, 0 },
        { 'W', 32, PLL_LOCK, (1u << 8) | (1u << 10) },                 // 7. pll_slip_clear1 while unlocked
        { 'W', 32, PLL1, 1u << 25 },                                   // 8. pll_out_en1 = 1
    });
    EXPECT_EQ(delays, (std::vector<uint32_t>{ 1, 1 }));
}

TEST(SysctlPll, Pll0_RunsTheCpuFromTheOscillatorWhileItChanges)
{
    nfk::MockBus bus;
    bus.answer(PLL_LOCK, 3); /* PLL0 counts as locked when both lock bits are set */
    k210_sysctl_t d = device();
    ASSERT_EQ(k210_sysctl_pll_set(&d, K210_PLL0, 800000000, nullptr), K210_SYSCTL_OK);
    auto w = bus.writes();
    ASSERT_GE(w.size(), 2u);
    EXPECT_EQ(w.front(), (Access{ 'W', 32, CLK_SEL0, 0 }));  // 1. aclk_sel = IN0
    EXPECT_EQ(w.back(), (Access{ 'W', 32, CLK_SEL0, 1 }));   // 9. aclk_sel = PLL0
}

TEST(SysctlPll, PllThatNeverLocks_ReportsNoLock)
{
    nfk::MockBus bus;
    k210_sysctl_t d = device();
    EXPECT_EQ(k210_sysctl_pll_set(&d, K210_PLL1, 400000000, nullptr), K210_SYSCTL_PLL_NO_LOCK);
    EXPECT_EQ(k210_sysctl_pll_set(&d, K210_PLL1, 1, nullptr), K210_SYSCTL_NO_PLL_SETTING);
}

TEST(SysctlClock, Spi1_EnablesApb2ThenTheDeviceGate)
{
    nfk::MockBus bus;
    k210_sysctl_t d = device();
    k210_sysctl_clock_enable(&d, K210_CLOCK_SPI1);
    k210_sysctl_clock_enable(&d, K210_CLOCK_AI);
    expect_writes(bus, { { 'W', 32, CLK_EN_CENT, 1u << 5 }, { 'W', 32, CLK_EN_PERI, 1u << 7 },
                         { 'W', 32, CLK_EN_PERI, 1u << 2 } });
}

TEST(SysctlClock, Frequencies_FollowTheDividers)
{
    nfk::MockBus bus;
    bus.answer(PLL0, 30u << 4);                         /* 26 MHz * 31 = 806 MHz */
    bus.answer(PLL1, (45u << 4) | (2u << 10));          /* 398.67 MHz */
    bus.answer(CLK_SEL0, 1u | (1u << 3));               /* ACLK = PLL0 / 2, APB0 = ACLK / 2 */
    bus.answer(CLK_TH0, 1u << 8);                       /* AI = PLL1 / 2 */
    bus.answer(CLK_TH1, 1u << 8);                       /* SPI1 = PLL0 / 4 */
    k210_sysctl_t d = device();
    EXPECT_EQ(k210_sysctl_clock_freq(&d, K210_CLOCK_CPU), 403000000u);
    EXPECT_EQ(k210_sysctl_clock_freq(&d, K210_CLOCK_APB0), 201500000u);
    EXPECT_EQ(k210_sysctl_clock_freq(&d, K210_CLOCK_AI), 199333333u);
    EXPECT_EQ(k210_sysctl_clock_freq(&d, K210_CLOCK_SPI1), 201500000u);
    EXPECT_EQ(k210_sysctl_clock_freq(&d, K210_CLOCK_SPI0), 403000000u);
    EXPECT_EQ(k210_sysctl_clock_freq(&d, K210_CLOCK_SPI3), 13000000u); /* SPI3 still on IN0 */
}

TEST(SysctlReset, Dvp_IsHeldTenMicrosecondsThenReleased)
{
    nfk::MockBus bus;
    k210_sysctl_t d = device();
    k210_sysctl_reset(&d, K210_RESET_DVP);
    expect_writes(bus, { { 'W', 32, PERI_RESET, 1u << 3 }, { 'W', 32, PERI_RESET, 0 } });
    EXPECT_EQ(delays, (std::vector<uint32_t>{ 10 }));
}

TEST(SysctlMisc, LcdPinsAndIoBanks_SetTheirBits)
{
    nfk::MockBus bus;
    k210_sysctl_t d = device();
    k210_sysctl_spi0_dvp_data(&d, true);
    k210_sysctl_io_power(&d, 6, true);
    k210_sysctl_io_power(&d, 9, true); /* no such bank: ignored */
    k210_sysctl_set_threshold(&d, K210_THRESHOLD_SPI3, 0);
    k210_sysctl_spi3_from_pll0(&d, true);
    expect_writes(bus, { { 'W', 32, MISC, 1u << 10 }, { 'W', 32, POWER_SEL, 1u << 6 }, { 'W', 32, CLK_TH1, 0 },
                         { 'W', 32, CLK_SEL0, 1u << 12 } });
}
