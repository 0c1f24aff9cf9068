/* Internal to the host library: the emulated board every API call uses. */
#ifndef NFK210_HOST_H
#define NFK210_HOST_H

#include "emu_soc.h"
#include "nn_backend.h"
#include "nn_status.h"

/* Creates the emulated SoC, installs its bus and the heap on first use. */
emu_soc_t *nfk_host_soc(void);
nn_backend_t nfk_host_backend(void);

void nfk_host_lock(void);
void nfk_host_unlock(void);

/* Records err as the model calls' last error (nfk_last_error) and returns its code. */
int nfk_model_fail_from(const nn_error_t *err);

#endif
