/* A first-fit heap over the emulated 6 MiB SRAM, so that models on the host
 * live at bus addresses the KPU and DMAC can reach and face the board's
 * memory budget. */
#ifndef HOST_SRAM_HEAP_H
#define HOST_SRAM_HEAP_H

#include <stddef.h>
#include <stdint.h>

void host_heap_init(uint8_t *base, size_t size);
/* 256-byte aligned block or NULL. */
void *host_heap_alloc(size_t bytes);
void host_heap_free(void *p);
size_t host_heap_largest_free(void);
size_t host_heap_total(void);

#endif
