#include "nfk210_host.h"

#include "host_sram_heap.h"
#include "k210_memory_map.h"
#include "kpu_nn_backend.h"
#include "port.h"

static emu_soc_t *soc;
static kpu_nn_backend_t kpu_backend;
static nn_backend_t backend;

void nfk_host_lock(void) { port_lock(); }
void nfk_host_unlock(void) { port_unlock(); }

emu_soc_t *nfk_host_soc(void)
{
    if (soc == NULL) {
        soc = emu_soc_create();
        if (soc == NULL)
            return NULL;
        k210_bus_install(emu_soc_bus(soc));
        host_heap_init(emu_soc_sram(soc), K210_SRAM_SIZE);
        k210_kpu_config_t cfg = k210_kpu_default_config();
        backend = kpu_nn_backend_init(&kpu_backend, &cfg);
    }
    return soc;
}

nn_backend_t nfk_host_backend(void)
{
    nfk_host_soc();
    return backend;
}
