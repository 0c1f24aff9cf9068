/* The runtime's accelerator interface implemented by the KPU driver. */
#ifndef KPU_NN_BACKEND_H
#define KPU_NN_BACKEND_H

#include "k210_kpu.h"
#include "nn_backend.h"

typedef struct kpu_nn_backend {
    k210_kpu_config_t config;
} kpu_nn_backend_t;

/* Initialises the KPU and returns the backend (state lives in `storage`). */
nn_backend_t kpu_nn_backend_init(kpu_nn_backend_t *storage, const k210_kpu_config_t *config);

#endif
