#include "k210_sysctl.h"

#include "k210_field.h"
#include "k210_mmio.h"
#include "k210_sysctl_regs.h"

void k210_sysctl_dma_select(uint64_t base, unsigned channel, uint32_t select)
{
    if (channel == 5) {
        uint32_t v = k210_mmio_read32(base, K210_SYSCTL_DMA_SEL1_OFFSET);
        k210_mmio_write32(base, K210_SYSCTL_DMA_SEL1_OFFSET,
                          (uint32_t)K210_FIELD_SET(v, K210_SYSCTL_DMA_SEL1_DMA_SEL5, select));
        return;
    }
    /* dma_sel0 holds channels 0-4, one 6-bit selector each */
    uint64_t shift = K210_SYSCTL_DMA_SEL0_DMA_SEL0_SHIFT +
                     (uint64_t)channel * (K210_SYSCTL_DMA_SEL0_DMA_SEL1_SHIFT - K210_SYSCTL_DMA_SEL0_DMA_SEL0_SHIFT);
    uint32_t mask = (uint32_t)(K210_SYSCTL_DMA_SEL0_DMA_SEL0_MASK << shift);
    uint32_t v = k210_mmio_read32(base, K210_SYSCTL_DMA_SEL0_OFFSET);
    k210_mmio_write32(base, K210_SYSCTL_DMA_SEL0_OFFSET, (v & ~mask) | ((select << shift) & mask));
}
