/* The DEPLOYMENT block region nanoCLR's debugger writes over the wire protocol (Monitor_EraseMemory/WriteMemory,
 * Debugger.cpp AccessMemory) and nanoCLR loads assemblies from at start. */
#ifndef NFK_WP_DEPLOYMENT_STORAGE_H
#define NFK_WP_DEPLOYMENT_STORAGE_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Registers a block device over the memory [base, base + size) as nanoCLR's only block storage, one region of
 * size / block_size DEPLOYMENT blocks that reads like NOR flash (erased = 0xFF). base must lie below 4 GiB (the wire
 * protocol's addresses are 32-bit) and size be a multiple of block_size. Memory, not flash: a ClrOnly reboot keeps
 * what was deployed, a reset of the machine does not (the qemu-virt CI case; the K210 needs an SPI-flash device).
 * An image that links the wire protocol must call it before nanoCLR starts even when it will not serve it: upstream's
 * debugger (CLR_DBG_Debugger::CreateInstance) asserts that a block storage device exists. */
void nfk_wp_deployment_storage_init(uint8_t *base, uint32_t size, uint32_t block_size);

#ifdef __cplusplus
}
#endif

#endif
