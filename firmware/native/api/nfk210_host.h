/* Internal to the host library: the emulated board every API call uses. */
#ifndef NFK210_HOST_H
#define NFK210_HOST_H

#include "emu_soc.h"
#include "nn_backend.h"

/* Creates the emulated SoC, installs its bus and the heap on first use. */
emu_soc_t *nfk_host_soc(void);
nn_backend_t nfk_host_backend(void);

void nfk_host_lock(void);
void nfk_host_unlock(void);

#endif
