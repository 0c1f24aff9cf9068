/* K210 board port: what the runner needs besides the drivers. */
#ifndef PORT_K210_H
#define PORT_K210_H

#include "k210_kpu.h"

/* Routes the KPU interrupt through the PLIC and installs the waiting hook in cfg. */
void port_k210_kpu_irq(k210_kpu_config_t *cfg);

/* Machine external interrupt (mcause 11 with the interrupt bit): claims and completes. */
void k210_external_interrupt(void);

#endif
