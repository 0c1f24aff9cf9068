/* The DEPLOYMENT block region nanoCLR's debugger writes over the wire protocol (Monitor_EraseMemory/WriteMemory,
 * Debugger.cpp AccessMemory) and nanoCLR loads assemblies from at start. */
#ifndef NFK_WP_DEPLOYMENT_STORAGE_H
#define NFK_WP_DEPLOYMENT_STORAGE_H

#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* What holds the region, NOR-like: erased bytes read 0xFF, a program only clears bits. Addresses are the region's
 * own (what the host sees in FlashSectorMap); each call stays inside the region (the device checks first). */
typedef struct nfk_wp_medium {
    bool (*read)(void *context, uint32_t address, uint8_t *out, uint32_t length);
    bool (*program)(void *context, uint32_t address, const uint8_t *data, uint32_t length);
    bool (*erase_block)(void *context, uint32_t block_address); /* block_address is block-aligned */
    void *context;
} nfk_wp_medium_t;

/* Registers a block device over the memory [base, base + size) as nanoCLR's only block storage, one region of
 * size / block_size DEPLOYMENT blocks that reads like NOR flash (erased = 0xFF). base must lie below 4 GiB (the wire
 * protocol's addresses are 32-bit) and size be a multiple of block_size. Memory, not flash: a ClrOnly reboot keeps
 * what was deployed, a reset of the machine does not (the qemu-virt CI case). Marked XIP, so CheckMemory and the
 * assembly loader read it in place.
 * An image that links the wire protocol must register its region before nanoCLR starts even when it will not serve
 * it: upstream's debugger (CLR_DBG_Debugger::CreateInstance) asserts that a block storage device exists. */
void nfk_wp_deployment_storage_init(uint8_t *base, uint32_t size, uint32_t block_size);

/* The same region on a medium that is not memory-mapped (the K210's SPI flash): [start, start + size) in the
 * medium's addresses. Not XIP: CheckMemory reads it through the medium into a buffer. medium must outlive nanoCLR. */
void nfk_wp_deployment_storage_init_medium(uint32_t start, uint32_t size, uint32_t block_size,
                                           const nfk_wp_medium_t *medium);

#ifdef __cplusplus
}
#endif

#endif
