/* Seam implementation for builds without real MMIO (host, qemu-virt). */
#include "k210_mmio.h"

static const k210_bus_t *active_bus;

const k210_bus_t *k210_bus_install(const k210_bus_t *bus)
{
    const k210_bus_t *previous = active_bus;
    active_bus = bus;
    return previous;
}

const k210_bus_t *k210_bus_current(void) { return active_bus; }

uint64_t k210_mmio_read64(uint64_t base, uint64_t offset)
{
    return active_bus != NULL ? active_bus->read64(active_bus->ctx, base + offset) : 0;
}

void k210_mmio_write64(uint64_t base, uint64_t offset, uint64_t value)
{
    if (active_bus != NULL)
        active_bus->write64(active_bus->ctx, base + offset, value);
}

uint32_t k210_mmio_read32(uint64_t base, uint64_t offset)
{
    return active_bus != NULL ? active_bus->read32(active_bus->ctx, base + offset) : 0;
}

void k210_mmio_write32(uint64_t base, uint64_t offset, uint32_t value)
{
    if (active_bus != NULL)
        active_bus->write32(active_bus->ctx, base + offset, value);
}

void *k210_mem_window(uint64_t addr, size_t len)
{
    return active_bus != NULL ? active_bus->window(active_bus->ctx, addr, len) : NULL;
}

uint64_t k210_mem_bus_address(const void *ptr)
{
    return active_bus != NULL ? active_bus->bus_address(active_bus->ctx, ptr) : 0;
}
