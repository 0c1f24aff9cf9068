/* nfk_memory_info: the emulated SRAM heap that models are loaded into. */
#include "host_sram_heap.h"
#include "nfk210_host.h"
#include "nfk210_image.h"
#include "nfk210_image_internal.h"

NFK_API int nfk_memory_info(size_t *largest_free, size_t *total)
{
    nn_error_t err = { NN_OK, "" };
    if (largest_free == NULL || total == NULL) {
        nn_fail(&err, NN_ERR_ARGUMENT, "result pointers are required");
        return nfk_image_fail_from(&err);
    }
    nfk_host_lock();
    if (nfk_host_soc() == NULL) {
        nfk_host_unlock();
        nn_fail(&err, NN_ERR_OUT_OF_MEMORY, "cannot allocate the emulated K210");
        return nfk_image_fail_from(&err);
    }
    *largest_free = host_heap_largest_free();
    *total = host_heap_total();
    nfk_host_unlock();
    return NN_OK;
}
