#include <stdlib.h>
#include <string.h>

#include "emu_internal.h"
#include "emu_log.h"
#include "k210_dmac_regs.h"
#include "k210_field.h"
#include "k210_kpu_regs.h"
#include "k210_memory_map.h"
#include "k210_sysctl_regs.h"

#define KPU_REGS_BYTES 0x48u
#define DMAC_REGS_BYTES (K210_DMAC_CH_BASE_OFFSET + EMU_DMAC_CHANNELS * K210_DMAC_CH_STRIDE)

static bool in_range(uint64_t addr, size_t len, uint64_t base, uint64_t size)
{
    return addr >= base && addr - base <= size && len <= size - (addr - base);
}

void *emu_soc_window(emu_soc_t *soc, uint64_t addr, size_t len)
{
    if (in_range(addr, len, K210_SRAM_BASE, K210_SRAM_SIZE))
        return soc->sram + (addr - K210_SRAM_BASE);
    if (in_range(addr, len, K210_SRAM_UNCACHED_BASE, K210_SRAM_SIZE))
        return soc->sram + (addr - K210_SRAM_UNCACHED_BASE);
    if (in_range(addr, len, K210_KPU_RAM_BASE, K210_KPU_RAM_SIZE))
        return soc->kpu_ram + (addr - K210_KPU_RAM_BASE);
    if (in_range(addr, len, K210_KPU_RAM_UNCACHED_BASE, K210_KPU_RAM_SIZE))
        return soc->kpu_ram + (addr - K210_KPU_RAM_UNCACHED_BASE);
    return NULL;
}

static uint64_t bus_address(void *ctx, const void *ptr)
{
    emu_soc_t *soc = ctx;
    const uint8_t *p = ptr;
    if (p >= soc->sram && p < soc->sram + K210_SRAM_SIZE)
        return K210_SRAM_BASE + (uint64_t)(p - soc->sram);
    if (p >= soc->kpu_ram && p < soc->kpu_ram + K210_KPU_RAM_SIZE)
        return K210_KPU_RAM_BASE + (uint64_t)(p - soc->kpu_ram);
    return 0;
}

static void *bus_window(void *ctx, uint64_t addr, size_t len) { return emu_soc_window(ctx, addr, len); }

uint32_t emu_sysctl_dma_select(const emu_soc_t *soc, unsigned channel)
{
    switch (channel) {
    case 0: return (uint32_t)K210_FIELD_GET(soc->dma_sel0, K210_SYSCTL_DMA_SEL0_DMA_SEL0);
    case 1: return (uint32_t)K210_FIELD_GET(soc->dma_sel0, K210_SYSCTL_DMA_SEL0_DMA_SEL1);
    case 2: return (uint32_t)K210_FIELD_GET(soc->dma_sel0, K210_SYSCTL_DMA_SEL0_DMA_SEL2);
    case 3: return (uint32_t)K210_FIELD_GET(soc->dma_sel0, K210_SYSCTL_DMA_SEL0_DMA_SEL3);
    case 4: return (uint32_t)K210_FIELD_GET(soc->dma_sel0, K210_SYSCTL_DMA_SEL0_DMA_SEL4);
    case 5: return (uint32_t)K210_FIELD_GET(soc->dma_sel1, K210_SYSCTL_DMA_SEL1_DMA_SEL5);
    default: return UINT32_MAX;
    }
}

/* Plain memory behind an address that is no register: SRAM or KPU RAM through
 * either alias. Anything else is unmapped and reported once per access kind. */
static void memory_read(emu_soc_t *soc, uint64_t addr, void *value, size_t bytes, const char *key)
{
    const uint8_t *p = emu_soc_window(soc, addr, bytes);
    memset(value, 0, bytes);
    if (p != NULL)
        memcpy(value, p, bytes);
    else
        emu_warn_once(key, "%zu-bit read of unmapped address 0x%llx", 8 * bytes, (unsigned long long)addr);
}

static void memory_write(emu_soc_t *soc, uint64_t addr, const void *value, size_t bytes, const char *key)
{
    uint8_t *p = emu_soc_window(soc, addr, bytes);
    if (p != NULL)
        memcpy(p, value, bytes);
    else
        emu_warn_once(key, "%zu-bit write to unmapped address 0x%llx", 8 * bytes, (unsigned long long)addr);
}

static uint64_t read64(void *ctx, uint64_t addr)
{
    emu_soc_t *soc = ctx;
    uint64_t v;
    if (in_range(addr, 8, K210_KPU_BASE, KPU_REGS_BYTES))
        return emu_kpu_read(soc, addr - K210_KPU_BASE);
    if (in_range(addr, 8, K210_DMAC_BASE, DMAC_REGS_BYTES))
        return emu_dmac_read(soc, addr - K210_DMAC_BASE);
    memory_read(soc, addr, &v, sizeof v, "bus-read64");
    return v;
}

static void write64(void *ctx, uint64_t addr, uint64_t value)
{
    emu_soc_t *soc = ctx;
    if (in_range(addr, 8, K210_KPU_BASE, KPU_REGS_BYTES))
        emu_kpu_write(soc, addr - K210_KPU_BASE, value);
    else if (in_range(addr, 8, K210_DMAC_BASE, DMAC_REGS_BYTES))
        emu_dmac_write(soc, addr - K210_DMAC_BASE, value);
    else
        memory_write(soc, addr, &value, sizeof value, "bus-write64");
}

/* The only 32-bit registers modelled: SYSCTL's DMA request routing. */
static uint32_t *sysctl_register(emu_soc_t *soc, uint64_t addr)
{
    if (addr == K210_SYSCTL_BASE + K210_SYSCTL_DMA_SEL0_OFFSET)
        return &soc->dma_sel0;
    if (addr == K210_SYSCTL_BASE + K210_SYSCTL_DMA_SEL1_OFFSET)
        return &soc->dma_sel1;
    return NULL;
}

static uint32_t read32(void *ctx, uint64_t addr)
{
    emu_soc_t *soc = ctx;
    uint32_t *reg = sysctl_register(soc, addr), v;
    if (reg != NULL)
        return *reg;
    memory_read(soc, addr, &v, sizeof v, "bus-read32");
    return v;
}

static void write32(void *ctx, uint64_t addr, uint32_t value)
{
    emu_soc_t *soc = ctx;
    uint32_t *reg = sysctl_register(soc, addr);
    if (reg != NULL)
        *reg = value;
    else
        memory_write(soc, addr, &value, sizeof value, "bus-write32");
}

emu_soc_t *emu_soc_create(void)
{
    emu_soc_t *soc = calloc(1, sizeof *soc);
    if (soc == NULL)
        return NULL;
    soc->sram = calloc(1, K210_SRAM_SIZE);
    soc->kpu_ram = calloc(1, K210_KPU_RAM_SIZE);
    if (soc->sram == NULL || soc->kpu_ram == NULL) {
        emu_soc_destroy(soc);
        return NULL;
    }
    soc->bus = (k210_bus_t){ read64, write64, read32, write32, bus_window, bus_address, soc };
    soc->kpu.profile = NN_KPU_PROFILE_NNCASE_01;
    emu_soc_reset(soc);
    return soc;
}

void emu_soc_destroy(emu_soc_t *soc)
{
    if (soc == NULL)
        return;
    emu_kpu_free(&soc->kpu);
    free(soc->sram);
    free(soc->kpu_ram);
    free(soc);
}

void emu_soc_reset(emu_soc_t *soc)
{
    nn_kpu_profile_t profile = soc->kpu.profile;
    emu_kpu_reset(&soc->kpu);
    soc->kpu.profile = profile;
    emu_dmac_reset(&soc->dmac);
    soc->dma_sel0 = soc->dma_sel1 = 0;
    memset(soc->sram, 0, K210_SRAM_SIZE);
    memset(soc->kpu_ram, 0, K210_KPU_RAM_SIZE);
}

const k210_bus_t *emu_soc_bus(emu_soc_t *soc) { return &soc->bus; }
void emu_soc_set_profile(emu_soc_t *soc, nn_kpu_profile_t profile) { soc->kpu.profile = profile; }
uint8_t *emu_soc_sram(emu_soc_t *soc) { return soc->sram; }
uint8_t *emu_soc_kpu_ram(emu_soc_t *soc) { return soc->kpu_ram; }
const char *emu_soc_fault(const emu_soc_t *soc) { return soc->kpu.faulted ? soc->kpu.fault : NULL; }
void emu_soc_clear_fault(emu_soc_t *soc) { soc->kpu.faulted = false; }
uint64_t emu_soc_kpu_layers(const emu_soc_t *soc) { return soc->kpu.layers; }
uint64_t emu_soc_kpu_macs(const emu_soc_t *soc) { return soc->kpu.macs; }
