/* The flat API on the chip (nfk210_board_api.c): the KPU settings its models run with. */
#ifndef NFK210_BOARD_API_H
#define NFK210_BOARD_API_H

#include "k210_kpu.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The KPU configuration with main.c's interrupt hook (port_k210_kpu_irq); without it, layers are polled. */
void nfk210_board_set_kpu_config(const k210_kpu_config_t *config);

#ifdef __cplusplus
}
#endif

#endif
