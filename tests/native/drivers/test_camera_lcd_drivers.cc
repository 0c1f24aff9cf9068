// DVP/SCCB, OV2640 and ST7789 traffic: SCCB transactions as dvp.c builds
// them, capture as dvp_get_image, frame geometry, the sensor's id check and
// table, and the LCD's command/data split on the D/CX line.
#include <vector>

#include <gtest/gtest.h>

#include "mock_bus.h"

extern "C" {
#include "k210_dvp.h"
#include "k210_ov2640.h"
#include "k210_st7789.h"
}

namespace {
using nfk::Access;
constexpr uint64_t DVP = 0x50430000, GPIOHS = 0x38001000, SPI0 = 0x52000000;
constexpr uint64_t DVP_CFG = DVP + 0x00, CMOS_CFG = DVP + 0x10, SCCB_CFG = DVP + 0x14, SCCB_CTL = DVP + 0x18,
                   AXI = DVP + 0x1C, STS = DVP + 0x20;

k210_dvp_t dvp() { return k210_dvp_t{ DVP, 10, nullptr }; }

std::vector<uint64_t> writes_to(const nfk::MockBus &bus, uint64_t addr)
{
    std::vector<uint64_t> v;
    for (const Access &a : bus.writes())
        if (a.addr == addr)
            v.push_back(a.value);
    return v;
}
}  // namespace

TEST(Dvp, SccbWrite_SetsThreeBytesThenStartsAndWaits)
{
    nfk::MockBus bus;
    bus.answer_sequence(STS, { 1u << 24, 0 }); /* running, then done */
    k210_dvp_t d = dvp();
    ASSERT_TRUE(k210_dvp_sccb_write(&d, 0x60, 0xFF, 0x01));
    std::vector<Access> want = { { 'R', 32, SCCB_CFG, 0 },        { 'W', 32, SCCB_CFG, 2 },
                                 { 'W', 32, SCCB_CTL, 0x0001FF61 }, { 'W', 32, STS, 0x03000000 },
                                 { 'R', 32, STS, 1u << 24 },      { 'R', 32, STS, 0 } };
    EXPECT_EQ(bus.log(), want);
}

TEST(Dvp, SccbThatNeverEnds_Fails)
{
    nfk::MockBus bus;
    bus.answer(STS, 1u << 24);
    k210_dvp_t d = dvp();
    EXPECT_FALSE(k210_dvp_sccb_write(&d, 0x60, 0x12, 0x80));
}

TEST(Dvp, Init_ClocksTheSensorAndPulsesPowerDownAndReset)
{
    nfk::MockBus bus;
    k210_dvp_t d = dvp();
    k210_dvp_init(&d, 200000000, 24000000);
    EXPECT_EQ(writes_to(bus, CMOS_CFG),
              (std::vector<uint64_t>{ 3u | (1u << 8), 1u << 24, 0, 0, 1u << 16 })); /* XCLK 25 MHz, pwdn 1 0, reset 0 1 */
    /* 100 kHz would need 1000 APB1 clocks per half period: clamped to the 8-bit field */
    EXPECT_EQ(writes_to(bus, SCCB_CFG), (std::vector<uint64_t>{ (255u << 8) | (255u << 16) }));
}

TEST(Dvp, Frame320x240_UsesFourBeatBurstsAndTenBurstsPerLine)
{
    nfk::MockBus bus;
    k210_dvp_t d = dvp();
    ASSERT_TRUE(k210_dvp_set_frame(&d, 320, 240));
    EXPECT_EQ(writes_to(bus, DVP_CFG), (std::vector<uint64_t>{ (1u << 8) | (10u << 12) | (240u << 20) }));
    EXPECT_EQ(writes_to(bus, AXI), (std::vector<uint64_t>{ 3 }));
    EXPECT_FALSE(k210_dvp_set_frame(&d, 100, 240)); /* not a multiple of 32 */
}

TEST(Dvp, Outputs_PlanarAiBufferAndRgb565DisplayBuffer)
{
    nfk::MockBus bus;
    k210_dvp_t d = dvp();
    k210_dvp_set_outputs(&d, 0x40100000, 0x40200000, 320 * 240);
    EXPECT_EQ(writes_to(bus, DVP + 0x28), (std::vector<uint64_t>{ 0x40100000 }));
    EXPECT_EQ(writes_to(bus, DVP + 0x04), (std::vector<uint64_t>{ 0x40200000 }));
    EXPECT_EQ(writes_to(bus, DVP + 0x08), (std::vector<uint64_t>{ 0x40200000 + 76800 }));
    EXPECT_EQ(writes_to(bus, DVP + 0x0C), (std::vector<uint64_t>{ 0x40200000 + 2 * 76800 }));
    EXPECT_EQ(writes_to(bus, DVP_CFG), (std::vector<uint64_t>{ (1u << 2) | (1u << 3) }));
}

TEST(Dvp, Capture_SkipsTheFrameInProgressThenArmsAndWaitsForFinish)
{
    nfk::MockBus bus;
    bus.answer_sequence(STS, { 0, 1, 1, 0, 1u << 8 });
    k210_dvp_t d = dvp();
    ASSERT_TRUE(k210_dvp_capture(&d));
    EXPECT_EQ(writes_to(bus, STS), (std::vector<uint64_t>{ 0x3, 0x30303 }));
}

TEST(Ov2640, KnownSensor_GetsResetThenTheWholeTable)
{
    nfk::MockBus bus;
    bus.answer(SCCB_CFG, 0x26u << 24); /* every read returns 0x26 */
    k210_dvp_t d = dvp();
    uint16_t pid = 0;
    ASSERT_EQ(k210_ov2640_init(&d, &pid), K210_OV2640_OK);
    EXPECT_EQ(pid, 0x2626);
    auto ctl = writes_to(bus, SCCB_CTL);
    /* bank select, two reads of two phases each, soft reset, the table */
    ASSERT_EQ(ctl.size(), 1 + 4 + 1 + k210_ov2640_qvga_rgb565_count);
    EXPECT_EQ(ctl[5], 0x00801261u); /* COM7 = 0x80 */
    EXPECT_EQ(ctl.back(), 0x0000E061u); /* last: release the DSP reset */
}

TEST(Ov2640, OtherSensor_IsNamedNotProgrammed)
{
    nfk::MockBus bus;
    bus.answer(SCCB_CFG, 0x77u << 24);
    k210_dvp_t d = dvp();
    uint16_t pid = 0;
    EXPECT_EQ(k210_ov2640_init(&d, &pid), K210_OV2640_WRONG_ID);
    EXPECT_EQ(pid, 0x7777);
    EXPECT_EQ(writes_to(bus, SCCB_CTL).size(), 5u);
}

namespace {

// Bytes sent on SPI0 split by the D/CX level at the time (command = low).
struct LcdTraffic {
    std::vector<uint64_t> commands, data;
};

LcdTraffic lcd_traffic(const nfk::MockBus &bus, unsigned dcx)
{
    LcdTraffic t;
    bool high = false;
    for (const Access &a : bus.writes()) {
        if (a.addr == GPIOHS + 0x0C)
            high = (a.value >> dcx) & 1;
        else if (a.addr == SPI0 + 0x60)
            (high ? t.data : t.commands).push_back(a.value);
    }
    return t;
}

k210_st7789_t lcd()
{
    return k210_st7789_t{ { SPI0, false, 10 }, 3, GPIOHS, 2, K210_ST7789_NO_LINE, 320, 240, 0x60, false, nullptr };
}

}  // namespace

TEST(St7789, Init_SendsTheDatasheetSequenceWithParametersAsData)
{
    nfk::MockBus bus;
    bus.answer(SPI0 + 0x28, 0x4); /* transmit FIFO empty, not busy */
    k210_st7789_t l = lcd();
    ASSERT_TRUE(k210_st7789_init(&l));
    LcdTraffic t = lcd_traffic(bus, 2);
    EXPECT_EQ(t.commands, (std::vector<uint64_t>{ 0x01, 0x11, 0x3A, 0x36, 0x13, 0x29 }));
    EXPECT_EQ(t.data, (std::vector<uint64_t>{ 0x55, 0x60 }));
}

TEST(St7789, Draw_SetsTheWindowThenSendsTwoPixelsPerWordHighFirst)
{
    nfk::MockBus bus;
    bus.answer(SPI0 + 0x28, 0x4);
    k210_st7789_t l = lcd();
    const uint16_t px[3] = { 0xF800, 0x07E0, 0x001F };
    ASSERT_TRUE(k210_st7789_draw(&l, 10, 20, 3, 1, px));
    LcdTraffic t = lcd_traffic(bus, 2);
    EXPECT_EQ(t.commands, (std::vector<uint64_t>{ 0x2A, 0x2B, 0x2C }));
    EXPECT_EQ(t.data, (std::vector<uint64_t>{ 0, 10, 0, 12, 0, 20, 0, 20, 0xF80007E0u, 0x00, 0x1F }));
    EXPECT_FALSE(k210_st7789_draw(&l, 319, 0, 2, 1, px)); /* off the panel */
}
