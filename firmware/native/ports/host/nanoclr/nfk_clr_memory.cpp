// Memory for nanoCLR on the host: the managed heap is one block of NFK_CLR_MANAGED_HEAP_BYTES (near the K210's
// share for managed code, see nfk_clr_host.h) or of --managed-heap's size; the native heap is the C library's.

#include <nanoCLR_Runtime.h>

#include <stdlib.h>
#include <string.h>

#include "nfk_clr_host.h"

static unsigned char *managed_heap;
static size_t managed_heap_bytes = NFK_CLR_MANAGED_HEAP_BYTES;
static unsigned char *custom_heap;

static unsigned char *fresh_block(size_t bytes)
{
    unsigned char *block = static_cast<unsigned char *>(malloc(bytes));
    if (block != nullptr)
        memset(block, 0xEA, bytes); // nanoCLR's "never written" pattern, to expose reads of uninitialised memory
    return block;
}

void nfk_clr_set_managed_heap_bytes(size_t bytes) { managed_heap_bytes = bytes; }

void HeapLocation(unsigned char *&BaseAddress, unsigned int &SizeInBytes)
{
    if (managed_heap == nullptr)
        managed_heap = fresh_block(managed_heap_bytes);
    BaseAddress = managed_heap;
    SizeInBytes = managed_heap != nullptr ? static_cast<unsigned int>(managed_heap_bytes) : 0;
}

void CustomHeapLocation(unsigned char *&BaseAddress, unsigned int &SizeInBytes)
{
    if (custom_heap == nullptr)
        custom_heap = fresh_block(NFK_CLR_CUSTOM_HEAP_BYTES);
    BaseAddress = custom_heap;
    SizeInBytes = custom_heap != nullptr ? NFK_CLR_CUSTOM_HEAP_BYTES : 0;
}

void *platform_malloc(size_t size) { return malloc(size); }

void platform_free(void *ptr) { free(ptr); }
