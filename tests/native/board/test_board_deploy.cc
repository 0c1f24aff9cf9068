// The K210 board's side of `nfk210 deploy`, off the board: the W25Q driver's erase and program and the deployment
// flash medium over an emulated SPI3 + W25Q128 (the same model the flash stub's tests use), and the receive ring
// between the UARTHS interrupt and the wire-protocol poll.
#include <gtest/gtest.h>

#include <cstdint>
#include <vector>

#include "../flash_stub/spi_flash_emu.h"

extern "C" {
#include "k210_spi3_regs.h"
#include "k210_w25q.h"
#include "nfk_clr_deploy_flash.h"
#include "nfk_wp_ring.h"
}

namespace {

constexpr uint32_t kRegion = 0x400000; // where the board's CMake puts the deployment

std::vector<uint8_t> pattern(size_t n, uint32_t seed)
{
    std::vector<uint8_t> b(n);
    for (auto &v : b) {
        seed = seed * 1664525u + 1013904223u;
        v = static_cast<uint8_t>(seed >> 24);
    }
    return b;
}

class Flash : public ::testing::Test {
protected:
    Flash() : bus(emu, K210_SPI3_BASE)
    {
        chip.spi = k210_spi_device(K210_SPI3_BASE, true);
        chip.cs = 0;
        EXPECT_EQ(k210_w25q_probe(&chip, 13000000, 6500000, nullptr), K210_W25Q_OK);
    }
    nfk::W25qEmu emu;
    nfk::SpiFlashBus bus;
    k210_w25q_t chip{};
};

}  // namespace

TEST_F(Flash, ProgramAcrossPages_IsOnePageProgramPerPageAndReadsBack)
{
    std::vector<uint8_t> data = pattern(700, 1);
    ASSERT_EQ(k210_w25q_program(&chip, kRegion + 200, data.data(), data.size(), 100), K210_W25Q_OK);
    // 200..255 of page 0, all of pages 1 and 2, 0..131 of page 3: four programs, none wrapping within a page
    EXPECT_EQ(emu.programs, 4u);
    std::vector<uint8_t> back(data.size());
    ASSERT_EQ(k210_w25q_read(&chip, kRegion + 200, back.data(), back.size()), K210_W25Q_OK);
    EXPECT_EQ(back, data);
    EXPECT_EQ(emu.memory[kRegion + 199], 0xFF);
    EXPECT_EQ(emu.memory[kRegion + 900], 0xFF);
}

TEST_F(Flash, EraseSector_SetsItsFourKibibytesToFfAndNothingElse)
{
    std::fill(emu.memory.begin() + kRegion, emu.memory.begin() + kRegion + 3 * 4096, 0x00);
    ASSERT_EQ(k210_w25q_erase_sector(&chip, kRegion + 4096 + 17, 100), K210_W25Q_OK);
    EXPECT_EQ(emu.erases, 1u);
    EXPECT_EQ(emu.memory[kRegion + 4095], 0x00);
    EXPECT_EQ(emu.memory[kRegion + 4096], 0xFF);
    EXPECT_EQ(emu.memory[kRegion + 8191], 0xFF);
    EXPECT_EQ(emu.memory[kRegion + 8192], 0x00);
}

TEST_F(Flash, WriteProtectedChip_IsNamedAndUnchanged)
{
    emu.write_protected = true;
    uint8_t zero = 0;
    EXPECT_EQ(k210_w25q_program(&chip, kRegion, &zero, 1, 100), K210_W25Q_WRITE_PROTECTED);
    EXPECT_EQ(k210_w25q_erase_sector(&chip, kRegion, 100), K210_W25Q_WRITE_PROTECTED);
    EXPECT_EQ(emu.memory[kRegion], 0xFF);
    EXPECT_STREQ(k210_w25q_result_text(K210_W25Q_WRITE_PROTECTED), "write-protected (write enable did not take)");
}

TEST_F(Flash, ChipBusyLongerThanAllowed_IsATimeoutNotAHang)
{
    emu.busy_reads = 50;
    EXPECT_EQ(k210_w25q_erase_sector(&chip, kRegion, 10), K210_W25Q_BUSY_TIMEOUT);
}

TEST_F(Flash, RangePastTheEnd_IsRefusedBeforeAnyCommand)
{
    uint8_t b[4] = {};
    EXPECT_EQ(k210_w25q_program(&chip, (16u << 20) - 2, b, sizeof b, 100), K210_W25Q_OUT_OF_RANGE);
    EXPECT_EQ(k210_w25q_erase_sector(&chip, 16u << 20, 100), K210_W25Q_OUT_OF_RANGE);
    EXPECT_EQ(emu.programs + emu.erases, 0u);
}

TEST_F(Flash, DeployMedium_EraseProgramReadLikeTheDebuggerDoes)
{
    nfk_clr_deploy_flash_t deploy{ &chip, 100 };
    nfk_wp_medium_t m = nfk_clr_deploy_flash_medium(&deploy);
    std::vector<uint8_t> app = pattern(5000, 7); // spans two sectors
    std::fill(emu.memory.begin() + kRegion, emu.memory.begin() + kRegion + 8192, 0x12); // an older app
    ASSERT_TRUE(m.erase_block(m.context, kRegion));
    ASSERT_TRUE(m.erase_block(m.context, kRegion + 4096));
    ASSERT_TRUE(m.program(m.context, kRegion, app.data(), static_cast<uint32_t>(app.size())));
    std::vector<uint8_t> back(app.size());
    ASSERT_TRUE(m.read(m.context, kRegion, back.data(), static_cast<uint32_t>(back.size())));
    EXPECT_EQ(back, app);
    EXPECT_EQ(emu.memory[kRegion + 5000], 0xFF); // the rest of the erased sector
}

TEST_F(Flash, DeployMedium_ProgramOverUnerasedBytesOnlyClearsBits)
{
    nfk_clr_deploy_flash_t deploy{ &chip, 100 };
    nfk_wp_medium_t m = nfk_clr_deploy_flash_medium(&deploy);
    emu.memory[kRegion] = 0x0F;
    uint8_t b = 0xF3;
    ASSERT_TRUE(m.program(m.context, kRegion, &b, 1));
    EXPECT_EQ(emu.memory[kRegion], 0x03); // NOR: what CheckMemory then finds different from what was sent
}

TEST(WireRing, BytesComeOutInOrderAcrossTheWrap)
{
    static nfk_wp_ring_t ring{};
    ring.head = ring.tail = 0xFFFFFFF0u; // the counters wrap around 2^32 during this test
    uint8_t out[100];
    uint32_t next_in = 0, next_out = 0;
    for (int round = 0; round < 400; round++) {
        for (int i = 0; i < 37; i++)
            ASSERT_TRUE(nfk_wp_ring_put(&ring, static_cast<uint8_t>(next_in++)));
        size_t n = nfk_wp_ring_take(&ring, out, sizeof out);
        ASSERT_EQ(n, 37u);
        for (size_t i = 0; i < n; i++)
            ASSERT_EQ(out[i], static_cast<uint8_t>(next_out++));
    }
    EXPECT_EQ(nfk_wp_ring_count(&ring), 0u);
    EXPECT_EQ(ring.dropped, 0u);
}

TEST(WireRing, AFullRingDropsAndCountsInsteadOfOverwriting)
{
    static nfk_wp_ring_t ring{};
    for (uint32_t i = 0; i < NFK_WP_RING_BYTES; i++)
        ASSERT_TRUE(nfk_wp_ring_put(&ring, static_cast<uint8_t>(i)));
    EXPECT_FALSE(nfk_wp_ring_put(&ring, 0xAA));
    EXPECT_EQ(ring.dropped, 1u);
    EXPECT_EQ(nfk_wp_ring_count(&ring), NFK_WP_RING_BYTES);
    uint8_t first[3];
    ASSERT_EQ(nfk_wp_ring_take(&ring, first, sizeof first), 3u);
    EXPECT_EQ(first[0], 0); // the oldest bytes survive
    EXPECT_EQ(first[2], 2);
}
