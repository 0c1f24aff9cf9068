/* KPU driver: programs layer arguments through the FIFO, starts layers,
 * waits on the interrupt status and takes outputs out through fifo_data_out
 * and a DMA channel, in the SDK's order (spec/kpu.md §8). Seam only. */
#ifndef K210_KPU_H
#define K210_KPU_H

#include <stdbool.h>
#include <stdint.h>

/* Interrupt-driven completion (the board): a layer whose result stays in KPU
 * RAM waits in `wait` for the KPU interrupt (PLIC source 25) instead of
 * polling interrupt_status. The interrupt handler calls k210_kpu_irq_ack. */
typedef struct k210_kpu_irq {
    bool (*wait)(void *ctx, uint32_t max_polls); /* false: it never came */
    void *ctx;
} k210_kpu_irq_t;

typedef struct k210_kpu_config {
    uint64_t kpu_base;
    uint64_t dmac_base;
    uint64_t sysctl_base;
    unsigned dma_channel; /* channel that drains fifo_data_out */
    uint32_t max_polls;   /* status reads before a layer counts as hung */
    k210_kpu_irq_t irq;   /* wait == NULL: poll (host, emulator, qemu) */
} k210_kpu_config_t;

/* The SoC's addresses, DMA channel 5, generous poll limit. */
k210_kpu_config_t k210_kpu_default_config(void);

typedef enum k210_kpu_result {
    K210_KPU_OK = 0,
    K210_KPU_TIMEOUT_LAYER, /* calc_done never came */
    K210_KPU_TIMEOUT_DMA,   /* the output DMA never finished */
} k210_kpu_result_t;

/* Clears and masks all KPU interrupts, sets the FIFO thresholds (full 10, empty 1). */
void k210_kpu_init(const k210_kpu_config_t *cfg);

/* eight_bit_mode register: 1 = 8-bit weights, 0 = 16-bit. */
void k210_kpu_set_weight_width(const k210_kpu_config_t *cfg, bool eight_bit);

/* Runs one layer. args: the 12 words with table pointers already set.
 * out_bus_addr != 0: stream the dense output (out_bytes) there by DMA.
 * Otherwise the result stays in KPU RAM and calc_done signals completion. */
k210_kpu_result_t k210_kpu_run_layer(const k210_kpu_config_t *cfg, const uint64_t args[12], uint64_t out_bus_addr,
                                     uint64_t out_bytes);

/* Interrupt handler part: clears calc_done so the line drops; returns true if it was set. */
bool k210_kpu_irq_ack(const k210_kpu_config_t *cfg);

/* Copies `bytes` (a multiple of 8) from bus address src to KPU RAM line by
 * memory-to-memory DMA, as the SDK does for inputs whose width is a multiple of 64. */
bool k210_kpu_dma_to_kpu_ram(const k210_kpu_config_t *cfg, uint64_t src, uint32_t line, uint64_t bytes);

#endif
