/* PLIC driver for hart 0 in machine mode: enable a source, claim, complete. */
#ifndef K210_PLIC_H
#define K210_PLIC_H

#include <stdint.h>

/* Threshold 0 and every source disabled (plic_init). */
void k210_plic_init(uint64_t base, unsigned sources);
/* Priority (1-7) and the enable bit of `irq`. */
void k210_plic_enable(uint64_t base, unsigned irq, uint32_t priority);
/* The highest pending source, now in service (0 = none). */
uint32_t k210_plic_claim(uint64_t base);
void k210_plic_complete(uint64_t base, uint32_t irq);

#endif
