// FPIOA, GPIOHS and UARTHS traffic: pad words as the SDK's function_config
// table gives them, read-modify-write of one GPIOHS bit, the console divisor.
#include <gtest/gtest.h>

#include "mock_bus.h"

extern "C" {
#include "k210_fpioa.h"
#include "k210_gpiohs.h"
#include "k210_uarths.h"
}

namespace {
using nfk::Access;
constexpr uint64_t FPIOA = 0x502B0000, GPIOHS = 0x38001000, UARTHS = 0x38000000;
}  // namespace

TEST(Fpioa, PadWords_MatchTheSdkTableForEachKindOfFunction)
{
    EXPECT_EQ(k210_fpioa_pad_config(31), 0x00901F1Fu);  /* GPIOHS7: ds 0xf, oe_en, ie_en, st */
    EXPECT_EQ(k210_fpioa_pad_config(71), 0x00B03F47u);  /* SPI1_D1: + oe_inv, ie_inv */
    EXPECT_EQ(k210_fpioa_pad_config(18), 0x00900012u);  /* UARTHS_RX: ie_en, st */
    EXPECT_EQ(k210_fpioa_pad_config(19), 0x00001F13u);  /* UARTHS_TX: ds 0xf, oe_en */
    EXPECT_EQ(k210_fpioa_pad_config(147), 0x00993093u); /* SCCB_SDA: oe_en, oe_inv, pu, sl, ie_en, st */
    EXPECT_EQ(k210_fpioa_pad_config(120), 0x00000078u); /* RESV0: pad idle */
}

TEST(Fpioa, SetFunction_ReleasesThePadThatHadItFirst)
{
    nfk::MockBus bus;
    bus.answer(FPIOA + 5 * 4, 31); /* IO5 carries GPIOHS7 */
    ASSERT_TRUE(k210_fpioa_set_function(FPIOA, 29, 31));
    auto w = bus.writes();
    ASSERT_EQ(w.size(), 2u);
    EXPECT_EQ(w[0], (Access{ 'W', 32, FPIOA + 5 * 4, 0x78 }));
    EXPECT_EQ(w[1], (Access{ 'W', 32, FPIOA + 29 * 4, 0x00901F1F }));
    EXPECT_EQ(bus.log().size(), 47u + 2u); /* the other 47 pads were looked at */
}

TEST(Fpioa, PadOutOfRange_IsRefusedWithoutTouchingTheBus)
{
    nfk::MockBus bus;
    EXPECT_FALSE(k210_fpioa_set_function(FPIOA, 48, 31));
    EXPECT_FALSE(k210_fpioa_set_function(FPIOA, 3, 256));
    EXPECT_TRUE(bus.log().empty());
}

TEST(Gpiohs, Output_DisablesInputThenEnablesTheDriver)
{
    nfk::MockBus bus;
    bus.answer(GPIOHS + 0x04, 0xFFFFFFFF);
    bus.answer(GPIOHS + 0x0C, 0x1);
    k210_gpiohs_set_output(GPIOHS, 7, true);
    k210_gpiohs_write(GPIOHS, 7, true);
    k210_gpiohs_write(GPIOHS, 0, false);
    auto w = bus.writes();
    ASSERT_EQ(w.size(), 4u);
    EXPECT_EQ(w[0], (Access{ 'W', 32, GPIOHS + 0x04, 0xFFFFFF7F })); /* input_en bit 7 off */
    EXPECT_EQ(w[1], (Access{ 'W', 32, GPIOHS + 0x08, 0x80 }));       /* output_en bit 7 on */
    EXPECT_EQ(w[2], (Access{ 'W', 32, GPIOHS + 0x0C, 0x81 }));       /* output_val: read-modify-write */
    EXPECT_EQ(w[3], (Access{ 'W', 32, GPIOHS + 0x0C, 0x00 }));
    bus.answer(GPIOHS + 0x00, 1u << 9);
    EXPECT_TRUE(k210_gpiohs_read(GPIOHS, 9));
    EXPECT_FALSE(k210_gpiohs_read(GPIOHS, 8));
}

TEST(Uarths, Init115200At400MHz_ProgramsTheSdkDivisor)
{
    nfk::MockBus bus;
    EXPECT_EQ(k210_uarths_init(UARTHS, 400000000, 115200), 115207u);
    auto w = bus.writes();
    ASSERT_EQ(w.size(), 4u);
    EXPECT_EQ(w[0], (Access{ 'W', 32, UARTHS + 0x18, 3471 })); /* div = 400 MHz / 115200 - 1 */
    EXPECT_EQ(w[1], (Access{ 'W', 32, UARTHS + 0x08, 1 }));    /* txen */
    EXPECT_EQ(w[2], (Access{ 'W', 32, UARTHS + 0x0C, 1 }));    /* rxen */
    EXPECT_EQ(w[3], (Access{ 'W', 32, UARTHS + 0x10, 0 }));    /* no interrupts */
}

TEST(Uarths, Putc_WaitsWhileTheFifoIsFull)
{
    nfk::MockBus bus;
    bus.answer_sequence(UARTHS + 0x00, { 0x80000000u, 0x80000000u, 0 });
    k210_uarths_putc(UARTHS, 'A');
    ASSERT_EQ(bus.log().size(), 4u);
    EXPECT_EQ(bus.log()[3], (Access{ 'W', 32, UARTHS, 'A' }));
}

TEST(Uarths, Getc_ReadsOnceAndHonoursEmpty)
{
    nfk::MockBus bus;
    bus.answer_sequence(UARTHS + 0x04, { 0x80000000u, 0x41 });
    EXPECT_EQ(k210_uarths_getc(UARTHS), -1);
    EXPECT_EQ(k210_uarths_getc(UARTHS), 'A');
    EXPECT_EQ(bus.log().size(), 2u);
}
