// The emulated KPU and DMAC poked through their registers, without a driver
// (Renode-style model tests): reset values, interrupt semantics, the output
// FIFO, DMA transfers and the warnings for fields nobody has modelled.
#include <cstring>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "kmodel_builder.h"

extern "C" {
#include "emu_kpu_threads.h"
#include "emu_log.h"
#include "emu_soc.h"
#include "k210_mmio.h"
}

namespace {

constexpr uint64_t KPU = 0x40800000, DMAC = 0x50000000;

class EmuKpu : public ::testing::Test {
protected:
    void SetUp() override
    {
        soc_ = emu_soc_create();
        ASSERT_NE(soc_, nullptr);
        previous_ = k210_bus_install(emu_soc_bus(soc_));
        emu_log_reset();
        emu_log_set_sink([](const char *line, void *user) { static_cast<std::vector<std::string> *>(user)->push_back(line); },
                         &log_);
    }
    void TearDown() override
    {
        emu_log_set_sink(nullptr, nullptr);
        k210_bus_install(previous_);
        emu_soc_destroy(soc_);
    }

    // Places the tables of a ConvSpec layer in SRAM and returns its 12 words with pointers set.
    std::vector<uint64_t> layer_in_sram(const nfk::ConvSpec &s)
    {
        nfk::KmodelV3Builder b;
        b.conv(s).output(0, 1).main_mem(1 << 12);
        nfk::Bytes file = b.build();
        uint8_t *sram = emu_soc_sram(soc_);
        std::memcpy(sram, file.data(), file.size());
        uint32_t body = b.layout().body_offsets[0];
        auto u32 = [&](uint32_t at) { uint32_t v; std::memcpy(&v, file.data() + at, 4); return v; };
        std::vector<uint64_t> w(12);
        std::memcpy(w.data(), file.data() + u32(body + 8), 96);
        w[5] |= static_cast<uint64_t>(0x40000000u + u32(body + 12)) << 32;  // uncached alias of SRAM
        w[4] |= static_cast<uint64_t>(0x40000000u + u32(body + 16)) << 32;
        w[7] |= static_cast<uint64_t>(0x40000000u + u32(body + 20)) << 32;
        return w;
    }

    void push(const std::vector<uint64_t> &w)
    {
        for (uint64_t v : w)
            k210_mmio_write64(KPU, 0x00, v);
    }

    emu_soc_t *soc_ = nullptr;
    const k210_bus_t *previous_ = nullptr;
    std::vector<std::string> log_;
};

}  // namespace

TEST_F(EmuKpu, InterruptStatusIsRawAndNotMasked_ClearIsWriteOneToClear)
{
    k210_mmio_write64(KPU, 0x08, 0x7);  // status is read-only: ignored with a warning
    k210_mmio_write64(KPU, 0x18, 0x6);  // unmask calc_done
    k210_mmio_write64(KPU, 0x40, 1);
    std::vector<uint64_t> w = layer_in_sram(nfk::ConvSpec{});
    w[0] |= 1;  // int_en
    push(w);
    EXPECT_EQ(k210_mmio_read64(KPU, 0x10) & 1, 1u);
    EXPECT_EQ(k210_mmio_read64(KPU, 0x08) & 1, 1u);
    k210_mmio_write64(KPU, 0x18, 0x7);
    EXPECT_EQ(k210_mmio_read64(KPU, 0x08), 0u);      // masked
    EXPECT_EQ(k210_mmio_read64(KPU, 0x10) & 1, 1u);  // still raw
    k210_mmio_write64(KPU, 0x20, 0x1);
    EXPECT_EQ(k210_mmio_read64(KPU, 0x10) & 1, 0u);
    EXPECT_EQ(emu_soc_fault(soc_), nullptr);
}

TEST_F(EmuKpu, LayerRunsOnTheTwelfthWordOnly)
{
    k210_mmio_write64(KPU, 0x40, 1);
    std::vector<uint64_t> w = layer_in_sram(nfk::ConvSpec{});
    w[0] |= 1;
    for (int i = 0; i < 11; i++)
        k210_mmio_write64(KPU, 0x00, w[i]);
    EXPECT_EQ(emu_soc_kpu_layers(soc_), 0u);
    EXPECT_EQ(k210_mmio_read64(KPU, 0x10) & 1, 0u);
    k210_mmio_write64(KPU, 0x00, w[11]);
    EXPECT_EQ(emu_soc_kpu_layers(soc_), 1u);
    EXPECT_EQ(emu_soc_kpu_macs(soc_), 9u * 2 * 64);
}

TEST_F(EmuKpu, FifoDataOutStreamsDenseChwEightBytesPerRead)
{
    k210_mmio_write64(KPU, 0x40, 1);
    nfk::ConvSpec s;
    std::vector<uint64_t> w = layer_in_sram(s);
    w[11] |= 1;  // send_data_out
    uint8_t *ram = emu_soc_kpu_ram(soc_);
    std::memset(ram + static_cast<size_t>(s.src_line) * 64, 1, 8 * 64);  // input all ones (all slots)
    push(w);
    uint64_t first = k210_mmio_read64(KPU, 0x30);
    EXPECT_EQ(first & 0xFF, 14u);          // corner of channel 0, as in the runtime test
    EXPECT_EQ((first >> 8) & 0xFF, 25u);   // (0,1): bottom two rows of taps, weights 4,5,6,7,1,2
}

TEST_F(EmuKpu, UnmodelledFieldsAreLoggedOnce)
{
    k210_mmio_write64(KPU, 0x40, 1);
    std::vector<uint64_t> w = layer_in_sram(nfk::ConvSpec{});
    w[0] |= 1 << 2;  // full_add
    push(w);
    push(w);
    int count = 0;
    for (auto &line : log_)
        count += line.find("FULL_ADD") != std::string::npos;
    EXPECT_EQ(count, 1) << (log_.empty() ? "" : log_[0]);
}

TEST_F(EmuKpu, TableOutsideMemoryIsAFaultNotACrash)
{
    k210_mmio_write64(KPU, 0x40, 1);
    std::vector<uint64_t> w = layer_in_sram(nfk::ConvSpec{});
    w[5] = (w[5] & 0xFFFFFFFFu) | (UINT64_C(0x10000000) << 32);  // weights at an unmapped address
    push(w);
    ASSERT_NE(emu_soc_fault(soc_), nullptr);
    EXPECT_NE(std::string(emu_soc_fault(soc_)).find("weights"), std::string::npos);
}

TEST_F(EmuKpu, DmacCopiesMemoryToMemoryAndRaisesDone)
{
    uint8_t *sram = emu_soc_sram(soc_);
    for (int i = 0; i < 64; i++)
        sram[i] = static_cast<uint8_t>(i + 1);
    const uint64_t ch2 = DMAC + 0x100 + 2 * 0x100;
    k210_mmio_write64(DMAC, 0x10, 3);
    k210_mmio_write64(ch2, 0x00, 0x80000000);        // sar
    k210_mmio_write64(ch2, 0x08, 0x40600000 + 640);  // dar: KPU RAM line 10, uncached alias
    k210_mmio_write64(ch2, 0x10, 7);                 // 8 elements
    k210_mmio_write64(ch2, 0x18, (3u << 8) | (3u << 11));
    k210_mmio_write64(ch2, 0x20, 0);
    EXPECT_EQ(k210_mmio_read64(ch2, 0x88), 0u);
    k210_mmio_write64(DMAC, 0x18, (1u << 2) | (1u << 10));
    EXPECT_EQ(k210_mmio_read64(ch2, 0x88) & 3, 3u);
    EXPECT_EQ(k210_mmio_read64(DMAC, 0x18) & (1u << 2), 0u);  // channel disabled when done
    EXPECT_EQ(std::memcmp(emu_soc_kpu_ram(soc_) + 640, sram, 64), 0);
    k210_mmio_write64(ch2, 0x98, 3);
    EXPECT_EQ(k210_mmio_read64(ch2, 0x88), 0u);
}

TEST_F(EmuKpu, KpuRamAndSramAreReachableThroughBothAliases)
{
    k210_mmio_write64(0x80600000, 0x1F8, 0x1122334455667788ull);          // cached KPU RAM alias
    EXPECT_EQ(k210_mmio_read64(0x40600000, 0x1F8), 0x1122334455667788ull); // uncached alias, same bytes
    EXPECT_EQ(emu_soc_kpu_ram(soc_)[0x1F8], 0x88);
    k210_mmio_write64(0x40000000, 0x5FFFF8, 42);  // last word of the uncached SRAM alias
    EXPECT_EQ(k210_mmio_read64(0x80000000, 0x5FFFF8), 42u);
    EXPECT_EQ(k210_mem_window(0x805FFFF8, 16), nullptr);  // runs past the end of SRAM
    EXPECT_EQ(k210_mem_bus_address(emu_soc_kpu_ram(soc_) + 64), 0x80600040u);
}

TEST_F(EmuKpu, UnmappedAddressesReadZeroAndAreReportedOnce)
{
    k210_mmio_write64(0x10000000, 0, 0x55);
    k210_mmio_write64(0x10000000, 8, 0x55);
    EXPECT_EQ(k210_mmio_read64(0x10000000, 0), 0u);
    k210_mmio_write32(0x50440000, 0x100, 7);  // a SYSCTL register that is not modelled
    EXPECT_EQ(k210_mmio_read32(0x50440000, 0x100), 0u);
    int writes = 0, reads = 0;
    for (auto &line : log_) {
        writes += line.find("64-bit write to unmapped address 0x10000000") != std::string::npos;
        reads += line.find("read of unmapped address") != std::string::npos;
    }
    EXPECT_EQ(writes, 1);  // once per kind, not per access
    EXPECT_EQ(reads, 2);   // one 64-bit, one 32-bit
}

TEST_F(EmuKpu, ResetRestoresPowerOnState)
{
    k210_mmio_write64(KPU, 0x18, 0);
    k210_mmio_write64(KPU, 0x28, 0x1A);
    emu_soc_kpu_ram(soc_)[5] = 9;
    emu_soc_reset(soc_);
    EXPECT_EQ(k210_mmio_read64(KPU, 0x28), 0u);
    EXPECT_EQ(emu_soc_kpu_ram(soc_)[5], 0);
}

TEST(EmuKpuThreads, ALayerRunsOnAllThreadsThenOneThenTheFasterAndTriesTheOtherNowAndThen)
{
    static emu_threads_t t; // large: not on the stack
    t = emu_threads_t{};
    uint64_t key = emu_threads_key(0x80600000, 64, 64, 40, 30, 3, 3);
    EXPECT_EQ(emu_threads_choose(&t, key, 1), 1u); // one thread allowed: nothing to choose
    EXPECT_EQ(emu_threads_choose(&t, key, 2), 2u);
    emu_threads_record(&t, key, 2, 900);
    EXPECT_EQ(emu_threads_choose(&t, key, 2), 1u);
    emu_threads_record(&t, key, 1, 600); // one thread was faster
    unsigned ones = 0, alls = 0;
    for (int i = 0; i < 3 * static_cast<int>(EMU_THREADS_PROBE_EVERY); i++) {
        unsigned n = emu_threads_choose(&t, key, 2);
        (n == 1 ? ones : alls)++;
        emu_threads_record(&t, key, n, n == 1 ? 600 : 900);
    }
    EXPECT_GE(alls, 2u); // the other choice is tried again now and then
    EXPECT_GT(ones, 80u);
    // when all threads become faster (the host moved our processors), the next tries find it
    for (int i = 0; i < 4 * static_cast<int>(EMU_THREADS_PROBE_EVERY); i++) {
        unsigned n = emu_threads_choose(&t, key, 2);
        emu_threads_record(&t, key, n, n == 1 ? 600 : 300);
    }
    EXPECT_EQ(emu_threads_choose(&t, key, 2), 2u);
    // another layer has its own times
    uint64_t other = emu_threads_key(0x80610000, 64, 64, 40, 30, 3, 3);
    EXPECT_NE(other, key);
    EXPECT_NE(emu_threads_key(0x80600000, 64, 64, 40, 30, 3, 2), key); // and under another kernel variant
    EXPECT_EQ(emu_threads_choose(&t, other, 2), 2u);
}
