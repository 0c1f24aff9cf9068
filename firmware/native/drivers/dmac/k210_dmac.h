/* DMAC driver (K210 DesignWare AXI DMAC), single-block transfers only.
 * Touches hardware only through the seam (hal/k210_mmio.h). */
#ifndef K210_DMAC_H
#define K210_DMAC_H

#include <stdbool.h>
#include <stdint.h>

typedef struct k210_dmac_transfer {
    uint64_t src, dst;       /* bus addresses */
    bool src_fixed, dst_fixed; /* address stays (FIFO) instead of incrementing */
    bool src_is_peripheral;    /* source paced by its hardware handshake */
    unsigned width_log2;       /* element width: 0 = 8 bit ... 3 = 64 bit */
    unsigned burst_log2_msize; /* msize code: 0 = 1 element, 1 = 4, 2 = 8, 3 = 16 ... */
    uint64_t elements;         /* number of elements, >= 1 */
} k210_dmac_transfer_t;

/* Resets the controller and enables it (dmac_en, int_en). */
void k210_dmac_init(uint64_t base);

/* Programs and enables `channel` for one block. */
void k210_dmac_start(uint64_t base, unsigned channel, const k210_dmac_transfer_t *t);

/* Polls the channel's done bit up to max_polls reads; clears it. */
bool k210_dmac_wait_done(uint64_t base, unsigned channel, uint32_t max_polls);

#endif
