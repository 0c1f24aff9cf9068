#include "kpu_nn_backend.h"

#include <string.h>

#include "k210_field.h"
#include "k210_kpu_layer.h"
#include "k210_memory_map.h"
#include "k210_mmio.h"
#include "nn_kpu_layout.h"

/* The SDK hands the KPU the uncached alias of model memory (kpu.md §2). */
static uint64_t uncached(uint64_t bus_addr)
{
    return bus_addr - (K210_SRAM_BASE - K210_SRAM_UNCACHED_BASE);
}

static nn_status_t begin(void *self, bool weights_8bit, nn_error_t *err)
{
    kpu_nn_backend_t *b = self;
    (void)err;
    k210_kpu_init(&b->config);
    k210_kpu_set_weight_width(&b->config, weights_8bit);
    return NN_OK;
}

static uint8_t *kpu_ram(void *self)
{
    (void)self;
    return k210_mem_window(K210_KPU_RAM_UNCACHED_BASE, K210_KPU_RAM_SIZE);
}

static nn_status_t upload(void *self, uint32_t line, const uint8_t *chw, uint32_t c, uint32_t h, uint32_t w,
                          nn_error_t *err)
{
    kpu_nn_backend_t *b = self;
    uint64_t src = k210_mem_bus_address(chw);
    uint64_t bytes = (uint64_t)c * h * w;
    /* Rows of whole lines are dense CHW: the SDK DMAs those straight in. */
    if (w % 64 == 0 && src != 0 && src % 8 == 0 && line + bytes / 64 <= K210_KPU_RAM_LINES) {
        if (!k210_kpu_dma_to_kpu_ram(&b->config, src, line, bytes))
            return nn_fail(err, NN_ERR_HARDWARE, "input DMA to KPU RAM did not complete");
        return NN_OK;
    }
    uint8_t *ram = kpu_ram(self);
    if (ram == NULL)
        return nn_fail(err, NN_ERR_HARDWARE, "KPU RAM is not mapped");
    nn_kpu_layout_t layout = nn_kpu_layout_of(w, h);
    nn_kpu_upload(ram, line, &layout, chw, c, h, w);
    return NN_OK;
}

static nn_status_t run_conv(void *self, const nn_kpu_job_t *job, nn_error_t *err)
{
    kpu_nn_backend_t *b = self;
    uint64_t args[K210_KPU_LAYER_WORD_COUNT];
    memcpy(args, job->args, sizeof args);

    uint64_t weights = k210_mem_bus_address(job->weights);
    uint64_t bn = k210_mem_bus_address(job->batchnorm);
    uint64_t act = k210_mem_bus_address(job->activation);
    if (weights == 0 || bn == 0 || act == 0)
        return nn_fail(err, NN_ERR_HARDWARE, "layer tables are not in memory the KPU can read");
    K210_LAYER_SET(args, K210_KPU_LAYER_PARA_START_ADDR, uncached(weights));
    K210_LAYER_SET(args, K210_KPU_LAYER_BWSX_BASE_ADDR, uncached(bn));
    K210_LAYER_SET(args, K210_KPU_LAYER_ACTIVE_ADDR, uncached(act));

    uint64_t out = 0;
    if (job->main_out != NULL) {
        out = k210_mem_bus_address(job->main_out);
        if (out == 0)
            return nn_fail(err, NN_ERR_HARDWARE, "layer output buffer is not in memory the DMA can write");
    }
    switch (k210_kpu_run_layer(&b->config, args, out, job->main_out_bytes)) {
    case K210_KPU_OK: return NN_OK;
    case K210_KPU_TIMEOUT_LAYER: return nn_fail(err, NN_ERR_HARDWARE, "KPU layer did not signal calc_done");
    case K210_KPU_TIMEOUT_DMA: return nn_fail(err, NN_ERR_HARDWARE, "KPU output DMA did not complete");
    }
    return nn_fail(err, NN_ERR_HARDWARE, "unknown KPU driver result");
}

static const nn_backend_ops_t kpu_ops = { begin, upload, run_conv, kpu_ram };

nn_backend_t kpu_nn_backend_init(kpu_nn_backend_t *storage, const k210_kpu_config_t *config)
{
    storage->config = *config;
    return (nn_backend_t){ &kpu_ops, storage };
}
