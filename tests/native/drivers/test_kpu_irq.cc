// Interrupt-driven KPU completion (the board) next to the polled path the
// host and emulator use: with a wait hook the driver stops polling status;
// the handler's acknowledge clears calc_done; PLIC enable/claim/complete.
#include <vector>

#include <gtest/gtest.h>

#include "kmodel_builder.h"
#include "mock_bus.h"

extern "C" {
#include "k210_kpu.h"
#include "k210_plic.h"
}

namespace {
using nfk::Access;
constexpr uint64_t KPU = 0x40800000, PLIC = 0x0C000000;

struct Waiter {
    int calls = 0;
    uint32_t max_polls = 0;
    bool result = true;
    static bool wait(void *ctx, uint32_t max_polls)
    {
        auto *w = static_cast<Waiter *>(ctx);
        w->calls++;
        w->max_polls = max_polls;
        return w->result;
    }
};
}  // namespace

TEST(KpuIrq, LayerInKpuRam_WaitsOnTheInterruptInsteadOfPolling)
{
    nfk::MockBus bus;
    Waiter waiter;
    k210_kpu_config_t cfg = k210_kpu_default_config();
    cfg.irq = k210_kpu_irq_t{ Waiter::wait, &waiter };
    nfk::ConvSpec s;
    std::vector<uint64_t> words = nfk::conv_argument(s);
    ASSERT_EQ(k210_kpu_run_layer(&cfg, words.data(), 0, 0), K210_KPU_OK);
    EXPECT_EQ(waiter.calls, 1);
    EXPECT_EQ(waiter.max_polls, cfg.max_polls);
    for (const Access &a : bus.log())
        EXPECT_FALSE(a.kind == 'R' && a.addr == KPU + 0x08) << "interrupt_status was polled";
    EXPECT_EQ(bus.log().back().addr, KPU + 0x00); /* the last access is the last FIFO word */
    waiter.result = false;
    EXPECT_EQ(k210_kpu_run_layer(&cfg, words.data(), 0, 0), K210_KPU_TIMEOUT_LAYER);
}

TEST(KpuIrq, HandlerAcknowledge_ClearsCalcDone)
{
    nfk::MockBus bus;
    bus.answer(KPU + 0x08, 1);
    k210_kpu_config_t cfg = k210_kpu_default_config();
    EXPECT_TRUE(k210_kpu_irq_ack(&cfg));
    std::vector<Access> want = { { 'R', 64, KPU + 0x08, 1 }, { 'W', 64, KPU + 0x20, 1 } };
    EXPECT_EQ(bus.log(), want);
}

TEST(Plic, EnableClaimComplete_ForTheKpuLine)
{
    nfk::MockBus bus;
    bus.answer(PLIC + 0x2000, 1u << 3);
    bus.answer(PLIC + 0x200004, 25);
    k210_plic_enable(PLIC, 25, 1);
    EXPECT_EQ(k210_plic_claim(PLIC), 25u);
    k210_plic_complete(PLIC, 25);
    std::vector<Access> want = { { 'W', 32, PLIC + 25 * 4, 1 },
                                 { 'R', 32, PLIC + 0x2000, 1u << 3 },
                                 { 'W', 32, PLIC + 0x2000, (1u << 3) | (1u << 25) },
                                 { 'R', 32, PLIC + 0x200004, 25 },
                                 { 'W', 32, PLIC + 0x200004, 25 } };
    EXPECT_EQ(bus.log(), want);
}
