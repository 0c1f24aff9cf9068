// Register traffic of the KPU driver against the programming sequence of
// spec/kpu.md §8 (and the DMAC/SYSCTL steps it implies), on a recording bus.
// Expected values are written out by hand from the spec, not from the
// generated constants, so a wrong register description fails here too.
#include <vector>

#include <gtest/gtest.h>

#include "kmodel_builder.h"
#include "mock_bus.h"

extern "C" {
#include "k210_kpu.h"
}

namespace {

using nfk::Access;

constexpr uint64_t KPU = 0x40800000, DMAC = 0x50000000, SYSCTL = 0x50440000;
constexpr uint64_t CH5 = DMAC + 0x100 + 5 * 0x100;

std::vector<uint64_t> layer_words()
{
    nfk::ConvSpec s;  // 1x8x8 -> 2x8x8: 128 output bytes
    return nfk::conv_argument(s);
}

void expect_log(const std::vector<Access> &actual, const std::vector<Access> &expected)
{
    ASSERT_EQ(actual.size(), expected.size());
    for (size_t i = 0; i < expected.size(); i++)
        EXPECT_EQ(actual[i], expected[i]) << "access " << i << ": got " << nfk::to_string(actual[i]) << ", want "
                                          << nfk::to_string(expected[i]);
}

}  // namespace

TEST(KpuDriver, LayerWithMainMemoryOutput_FollowsSdkSequence)
{
    nfk::MockBus bus;
    bus.answer(CH5 + 0x88, 0x2);  // dma_tfr_done at the first poll
    k210_kpu_config_t cfg = k210_kpu_default_config();
    std::vector<uint64_t> words = layer_words();
    ASSERT_EQ(k210_kpu_run_layer(&cfg, words.data(), 0x80001000, 128), K210_KPU_OK);

    std::vector<Access> want = {
        { 'W', 64, KPU + 0x20, 7 },                 // interrupt_clear = 0b111
        { 'W', 64, KPU + 0x18, 7 },                 // interrupt_mask = 0b111
        { 'R', 32, SYSCTL + 0x68, 0 },              // dma_sel1 (channel 5) read-modify-write
        { 'W', 32, SYSCTL + 0x68, 22 },             // AI_RX_REQ
        { 'W', 64, CH5 + 0x98, ~UINT64_C(0) },      // intclear
        { 'W', 64, CH5 + 0x00, KPU + 0x30 },        // sar = fifo_data_out
        { 'W', 64, CH5 + 0x08, 0x80001000 },        // dar
        { 'W', 64, CH5 + 0x10, 15 },                // block_ts = 16 words - 1
        { 'W', 64, CH5 + 0x18, 0x89b10 },           // ctl: sinc fixed, 64-bit, msize 8
        { 'W', 64, CH5 + 0x20, 0x528200000000 },    // cfg: prf2mem, src/dst per 5
        { 'W', 64, CH5 + 0x80, 0x2 },               // intstatus_en: dma_tfr_done
        { 'W', 64, DMAC + 0x18, (1u << 5) | (1u << 13) },  // chen with write enable
    };
    std::vector<uint64_t> sent = words;
    sent[11] |= 1;  // send_data_out
    for (uint64_t w : sent)
        want.push_back({ 'W', 64, KPU + 0x00, w });
    want.push_back({ 'R', 64, CH5 + 0x88, 0x2 });
    want.push_back({ 'W', 64, CH5 + 0x98, ~UINT64_C(0) });
    expect_log(bus.log(), want);
}

TEST(KpuDriver, LayerKeptInKpuRam_UnmasksCalcDoneAndPollsStatus)
{
    nfk::MockBus bus;
    int polls = 0;
    bus.answer(KPU + 0x08, [&polls] { return ++polls < 3 ? 0 : 1; });
    k210_kpu_config_t cfg = k210_kpu_default_config();
    std::vector<uint64_t> words = layer_words();
    ASSERT_EQ(k210_kpu_run_layer(&cfg, words.data(), 0, 0), K210_KPU_OK);

    std::vector<Access> want = {
        { 'W', 64, KPU + 0x20, 7 },
        { 'W', 64, KPU + 0x18, 6 },  // only calc_done unmasked
    };
    std::vector<uint64_t> sent = words;
    sent[0] |= 1;  // int_en
    for (uint64_t w : sent)
        want.push_back({ 'W', 64, KPU + 0x00, w });
    want.push_back({ 'R', 64, KPU + 0x08, 0 });
    want.push_back({ 'R', 64, KPU + 0x08, 0 });
    want.push_back({ 'R', 64, KPU + 0x08, 1 });
    want.push_back({ 'W', 64, KPU + 0x20, 1 });  // clear calc_done
    expect_log(bus.log(), want);
}

TEST(KpuDriver, InitSetsThresholdsAndMasksEverything)
{
    nfk::MockBus bus;
    k210_kpu_config_t cfg = k210_kpu_default_config();
    k210_kpu_init(&cfg);
    k210_kpu_set_weight_width(&cfg, false);
    std::vector<Access> want = {
        { 'W', 64, KPU + 0x20, 7 },
        { 'W', 64, KPU + 0x28, 0x1A },  // full 10, empty 1
        { 'W', 64, KPU + 0x18, 7 },
        { 'W', 64, DMAC + 0x58, 1 },    // DMAC reset
        { 'W', 64, DMAC + 0x10, 3 },    // dmac_en | int_en
        { 'W', 64, KPU + 0x40, 0 },     // 16-bit weights
    };
    expect_log(bus.log(), want);
}

TEST(KpuDriver, HungLayerTimesOutInsteadOfSpinningForever)
{
    nfk::MockBus bus;  // status never shows calc_done, DMA never done
    k210_kpu_config_t cfg = k210_kpu_default_config();
    cfg.max_polls = 50;
    std::vector<uint64_t> words = layer_words();
    EXPECT_EQ(k210_kpu_run_layer(&cfg, words.data(), 0, 0), K210_KPU_TIMEOUT_LAYER);
    EXPECT_EQ(k210_kpu_run_layer(&cfg, words.data(), 0x80000000, 128), K210_KPU_TIMEOUT_DMA);
}

TEST(KpuDriver, InputDmaToKpuRam_MemoryToMemoryOnUncachedAlias)
{
    nfk::MockBus bus;
    bus.answer(CH5 + 0x88, 0x2);
    k210_kpu_config_t cfg = k210_kpu_default_config();
    ASSERT_TRUE(k210_kpu_dma_to_kpu_ram(&cfg, 0x80002000, 100, 640));
    const auto &log = bus.log();
    ASSERT_GE(log.size(), 8u);
    EXPECT_EQ(log[1], (Access{ 'W', 64, CH5 + 0x00, 0x80002000 }));
    EXPECT_EQ(log[2], (Access{ 'W', 64, CH5 + 0x08, 0x40600000 + 100 * 64 }));
    EXPECT_EQ(log[3], (Access{ 'W', 64, CH5 + 0x10, 79 }));
    EXPECT_EQ(log[4], (Access{ 'W', 64, CH5 + 0x18, 0xcdb00 }));        // both increment, msize 16
    EXPECT_EQ(log[5], (Access{ 'W', 64, CH5 + 0x20, 0x528000000000 })); // mem2mem
}
