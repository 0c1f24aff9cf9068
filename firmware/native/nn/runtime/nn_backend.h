/* The accelerator interface: the only way the runtime reaches the KPU.
 * The application passes in a backend: the KPU driver (drivers/kpu), which
 * runs on the chip and, through the seam, on the emulator. */
#ifndef NN_BACKEND_H
#define NN_BACKEND_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nn_status.h"

/* One KPU layer job as the runtime hands it over: the stored 12-word
 * argument (pointer fields still 0) plus CPU pointers to its tables. */
typedef struct nn_kpu_job {
    uint64_t args[12];
    const void *weights;
    const void *batchnorm;
    const void *activation;
    void *main_out;        /* NULL: the result stays in KPU RAM only */
    size_t main_out_bytes; /* dense output bytes (dma_total_byte + 1) */
} nn_kpu_job_t;

typedef struct nn_backend_ops {
    /* Start of a model run: weight width (kmodel V3 header flags bit 0). */
    nn_status_t (*begin)(void *self, bool weights_8bit, nn_error_t *err);
    /* Dense CHW u8 map -> KPU RAM at `line` in the standard layout. */
    nn_status_t (*upload)(void *self, uint32_t line, const uint8_t *chw, uint32_t c, uint32_t h, uint32_t w,
                          nn_error_t *err);
    /* Runs one layer to completion (and its output DMA when main_out is set). */
    nn_status_t (*run_conv)(void *self, const nn_kpu_job_t *job, nn_error_t *err);
    /* CPU view of the whole 2 MiB KPU RAM, valid while the KPU is idle. */
    uint8_t *(*kpu_ram)(void *self);
} nn_backend_ops_t;

typedef struct nn_backend {
    const nn_backend_ops_t *ops;
    void *self;
} nn_backend_t;

#endif
