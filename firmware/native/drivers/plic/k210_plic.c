#include "k210_plic.h"

#include "k210_mmio.h"
#include "k210_plic_regs.h"

#define WORD 4u

void k210_plic_init(uint64_t base, unsigned sources)
{
    for (unsigned w = 0; w <= sources / 32; w++)
        k210_mmio_write32(base, K210_PLIC_ENABLE_OFFSET + w * WORD, 0);
    for (unsigned irq = 1; irq <= sources; irq++)
        k210_mmio_write32(base, K210_PLIC_PRIORITY_OFFSET + irq * WORD, 0);
    k210_mmio_write32(base, K210_PLIC_THRESHOLD_OFFSET, 0);
}

void k210_plic_enable(uint64_t base, unsigned irq, uint32_t priority)
{
    uint64_t word = K210_PLIC_ENABLE_OFFSET + (irq / 32) * WORD;
    k210_mmio_write32(base, K210_PLIC_PRIORITY_OFFSET + irq * WORD, priority);
    k210_mmio_write32(base, word, k210_mmio_read32(base, word) | (1u << (irq % 32)));
}

uint32_t k210_plic_claim(uint64_t base) { return k210_mmio_read32(base, K210_PLIC_CLAIM_OFFSET); }

void k210_plic_complete(uint64_t base, uint32_t irq) { k210_mmio_write32(base, K210_PLIC_CLAIM_OFFSET, irq); }
