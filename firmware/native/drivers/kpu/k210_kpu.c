#include "k210_kpu.h"

#include "k210_dmac.h"
#include "k210_dmac_regs.h"
#include "k210_field.h"
#include "k210_kpu_layer.h"
#include "k210_kpu_regs.h"
#include "k210_memory_map.h"
#include "k210_mmio.h"
#include "k210_sysctl.h"
#include "k210_sysctl_regs.h"

#define INT_CALC_DONE K210_FIELD_PUT(K210_KPU_INTERRUPT_RAW_CALC_DONE_INT, 1)
#define INT_ALL 7u

k210_kpu_config_t k210_kpu_default_config(void)
{
    return (k210_kpu_config_t){
        .kpu_base = K210_KPU_BASE,
        .dmac_base = K210_DMAC_BASE,
        .sysctl_base = K210_SYSCTL_BASE,
        .dma_channel = 5,
        .max_polls = 100000000u,
    };
}

void k210_kpu_init(const k210_kpu_config_t *cfg)
{
    k210_mmio_write64(cfg->kpu_base, K210_KPU_INTERRUPT_CLEAR_OFFSET, INT_ALL);
    k210_mmio_write64(cfg->kpu_base, K210_KPU_FIFO_THRESHOLD_OFFSET,
                      K210_FIELD_PUT(K210_KPU_FIFO_THRESHOLD_FIFO_FULL_THRESHOLD, 10) |
                          K210_FIELD_PUT(K210_KPU_FIFO_THRESHOLD_FIFO_EMPTY_THRESHOLD, 1));
    k210_mmio_write64(cfg->kpu_base, K210_KPU_INTERRUPT_MASK_OFFSET, INT_ALL);
    k210_dmac_init(cfg->dmac_base);
}

void k210_kpu_set_weight_width(const k210_kpu_config_t *cfg, bool eight_bit)
{
    k210_mmio_write64(cfg->kpu_base, K210_KPU_EIGHT_BIT_MODE_OFFSET,
                      K210_FIELD_PUT(K210_KPU_EIGHT_BIT_MODE_EIGHT_BIT_MODE, eight_bit ? 1 : 0));
}

static void push_arguments(const k210_kpu_config_t *cfg, const uint64_t *words)
{
    for (unsigned i = 0; i < K210_KPU_LAYER_WORD_COUNT; i++)
        k210_mmio_write64(cfg->kpu_base, K210_KPU_LAYER_ARGUMENT_FIFO_OFFSET, words[i]);
}

k210_kpu_result_t k210_kpu_run_layer(const k210_kpu_config_t *cfg, const uint64_t args[12], uint64_t out_bus_addr,
                                     uint64_t out_bytes)
{
    uint64_t words[K210_KPU_LAYER_WORD_COUNT];
    for (unsigned i = 0; i < K210_KPU_LAYER_WORD_COUNT; i++)
        words[i] = args[i];

    k210_mmio_write64(cfg->kpu_base, K210_KPU_INTERRUPT_CLEAR_OFFSET, INT_ALL);
    if (out_bus_addr != 0) {
        /* Result to main memory: the DMA's completion ends the layer. */
        k210_mmio_write64(cfg->kpu_base, K210_KPU_INTERRUPT_MASK_OFFSET, INT_ALL);
        K210_LAYER_SET(words, K210_KPU_LAYER_INT_EN, 0);
        K210_LAYER_SET(words, K210_KPU_LAYER_SEND_DATA_OUT, 1);
        k210_sysctl_dma_select(cfg->sysctl_base, cfg->dma_channel, K210_SYSCTL_DMA_SELECT_AI_RX_REQ);
        k210_dmac_transfer_t t = {
            .src = cfg->kpu_base + K210_KPU_FIFO_DATA_OUT_OFFSET,
            .dst = out_bus_addr,
            .src_fixed = true,
            .dst_fixed = false,
            .src_is_peripheral = true,
            .width_log2 = 3,                    /* 64-bit elements */
            .burst_log2_msize = K210_DMAC_MSIZE_8,
            .elements = (out_bytes + 7) / 8,
        };
        k210_dmac_start(cfg->dmac_base, cfg->dma_channel, &t);
        push_arguments(cfg, words);
        if (!k210_dmac_wait_done(cfg->dmac_base, cfg->dma_channel, cfg->max_polls))
            return K210_KPU_TIMEOUT_DMA;
        return K210_KPU_OK;
    }

    /* Result stays in KPU RAM: calc_done ends the layer. */
    k210_mmio_write64(cfg->kpu_base, K210_KPU_INTERRUPT_MASK_OFFSET, INT_ALL & ~INT_CALC_DONE);
    K210_LAYER_SET(words, K210_KPU_LAYER_INT_EN, 1);
    K210_LAYER_SET(words, K210_KPU_LAYER_SEND_DATA_OUT, 0);
    push_arguments(cfg, words);
    if (cfg->irq.wait != NULL)
        return cfg->irq.wait(cfg->irq.ctx, cfg->max_polls) ? K210_KPU_OK : K210_KPU_TIMEOUT_LAYER;
    for (uint32_t i = 0; i < cfg->max_polls; i++) {
        if (k210_mmio_read64(cfg->kpu_base, K210_KPU_INTERRUPT_STATUS_OFFSET) & INT_CALC_DONE) {
            k210_mmio_write64(cfg->kpu_base, K210_KPU_INTERRUPT_CLEAR_OFFSET, INT_CALC_DONE);
            return K210_KPU_OK;
        }
    }
    return K210_KPU_TIMEOUT_LAYER;
}

bool k210_kpu_irq_ack(const k210_kpu_config_t *cfg)
{
    bool done = (k210_mmio_read64(cfg->kpu_base, K210_KPU_INTERRUPT_STATUS_OFFSET) & INT_CALC_DONE) != 0;
    k210_mmio_write64(cfg->kpu_base, K210_KPU_INTERRUPT_CLEAR_OFFSET, INT_CALC_DONE);
    return done;
}

bool k210_kpu_dma_to_kpu_ram(const k210_kpu_config_t *cfg, uint64_t src, uint32_t line, uint64_t bytes)
{
    k210_dmac_transfer_t t = {
        .src = src,
        .dst = K210_KPU_RAM_UNCACHED_BASE + (uint64_t)line * K210_KPU_RAM_LINE_BYTES,
        .width_log2 = 3,
        .burst_log2_msize = K210_DMAC_MSIZE_16,
        .elements = bytes / 8,
    };
    k210_dmac_start(cfg->dmac_base, cfg->dma_channel, &t);
    return k210_dmac_wait_done(cfg->dmac_base, cfg->dma_channel, cfg->max_polls);
}
