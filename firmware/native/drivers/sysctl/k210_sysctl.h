/* SYSCTL driver: the parts the KPU path needs (DMA request routing). */
#ifndef K210_SYSCTL_H
#define K210_SYSCTL_H

#include <stdint.h>

/* Routes peripheral request `select` (SYSCTL_DMA_SELECT_*) to DMA channel `channel` (0-5). */
void k210_sysctl_dma_select(uint64_t base, unsigned channel, uint32_t select);

#endif
