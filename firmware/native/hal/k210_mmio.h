/* The register seam: the only way drivers reach hardware.
 *
 * Registers are 64-bit words at base + offset. Memory that both the CPU and a
 * bus master (KPU, DMAC) touch is reached through windows: a CPU pointer for a
 * range of bus addresses, and the bus address of a CPU pointer.
 *
 * On the K210 (K210_MMIO_DIRECT) these are volatile accesses and identity
 * mappings. Everywhere else they forward to the bus installed with
 * k210_bus_install(): the emulator ("the silicon") or a recording mock. */
#ifndef K210_MMIO_H
#define K210_MMIO_H

#include <stddef.h>
#include <stdint.h>

typedef struct k210_bus {
    uint64_t (*read64)(void *ctx, uint64_t addr);
    void (*write64)(void *ctx, uint64_t addr, uint64_t value);
    /* 32-bit blocks (SYSCTL, FPIOA, UARTHS...). */
    uint32_t (*read32)(void *ctx, uint64_t addr);
    void (*write32)(void *ctx, uint64_t addr, uint32_t value);
    /* CPU pointer to [addr, addr + len) or NULL if that range is not memory. */
    void *(*window)(void *ctx, uint64_t addr, size_t len);
    /* Bus address (cached alias) of a CPU pointer, 0 if it is not bus memory. */
    uint64_t (*bus_address)(void *ctx, const void *ptr);
    void *ctx;
} k210_bus_t;

#if defined(K210_MMIO_DIRECT)

static inline uint64_t k210_mmio_read64(uint64_t base, uint64_t offset)
{
    return *(volatile uint64_t *)(uintptr_t)(base + offset);
}

static inline void k210_mmio_write64(uint64_t base, uint64_t offset, uint64_t value)
{
    *(volatile uint64_t *)(uintptr_t)(base + offset) = value;
}

static inline uint32_t k210_mmio_read32(uint64_t base, uint64_t offset)
{
    return *(volatile uint32_t *)(uintptr_t)(base + offset);
}

static inline void k210_mmio_write32(uint64_t base, uint64_t offset, uint32_t value)
{
    *(volatile uint32_t *)(uintptr_t)(base + offset) = value;
}

static inline void *k210_mem_window(uint64_t addr, size_t len)
{
    (void)len;
    return (void *)(uintptr_t)addr;
}

static inline uint64_t k210_mem_bus_address(const void *ptr)
{
    return (uint64_t)(uintptr_t)ptr;
}

#else

/* Installs the bus that the seam forwards to; returns the previous one. */
const k210_bus_t *k210_bus_install(const k210_bus_t *bus);
const k210_bus_t *k210_bus_current(void);

uint64_t k210_mmio_read64(uint64_t base, uint64_t offset);
void k210_mmio_write64(uint64_t base, uint64_t offset, uint64_t value);
uint32_t k210_mmio_read32(uint64_t base, uint64_t offset);
void k210_mmio_write32(uint64_t base, uint64_t offset, uint32_t value);
void *k210_mem_window(uint64_t addr, size_t len);
uint64_t k210_mem_bus_address(const void *ptr);

#endif

#endif
