// Memory for the RV64 nanoCLR. The managed heap is one .bss block whose size the flavour chooses
// (NFK_CLR_MANAGED_HEAP_BYTES); the memory report (nanoclr_memory_report.py) shows it apart from the native heap
// (platform_malloc: picolibc's malloc over __heap_start..__heap_end, nfk_clr_malloc.c), which holds the deployment
// image and is what is left for models.

#include <nanoCLR_Runtime.h>

#include "nfk_clr_riscv.h"

#ifndef NFK_CLR_MANAGED_HEAP_BYTES
#error "NFK_CLR_MANAGED_HEAP_BYTES (the managed heap's size) must be defined by the flavour"
#endif

extern "C" unsigned char __heap_start[], __heap_end[];

// Named (not static) so that the memory report finds it with nm.
extern "C" unsigned char nfk_clr_managed_heap[NFK_CLR_MANAGED_HEAP_BYTES];
unsigned char nfk_clr_managed_heap[NFK_CLR_MANAGED_HEAP_BYTES] __attribute__((aligned(16)));

void HeapLocation(unsigned char *&BaseAddress, unsigned int &SizeInBytes)
{
    BaseAddress = nfk_clr_managed_heap;
    SizeInBytes = (unsigned int)sizeof nfk_clr_managed_heap;
}

extern "C" size_t nfk_clr_managed_heap_bytes(void)
{
    return sizeof nfk_clr_managed_heap;
}

extern "C" size_t nfk_clr_native_heap_bytes(void)
{
    return (size_t)(__heap_end - __heap_start);
}
