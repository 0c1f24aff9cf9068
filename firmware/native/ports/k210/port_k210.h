/* K210 board port: what the runner needs besides the drivers. */
#ifndef PORT_K210_H
#define PORT_K210_H

#include <stdint.h>

#include "k210_kpu.h"
#include "k210_sysctl.h"

/* The start-up every K210 program shares: PLLs from the board's data, the FPIOA, DMA and AI clocks, the IO bank
 * voltages, and the console on UARTHS at `console_baud`. *sysctl is the clock state the caller keeps. */
void port_k210_board_start(k210_sysctl_t *sysctl, uint32_t console_baud);

/* Routes the KPU interrupt through the PLIC and installs the waiting hook in cfg. */
void port_k210_kpu_irq(k210_kpu_config_t *cfg);

/* Routes the UARTHS receive-watermark interrupt (a byte waits) through the PLIC to on_receive, which must drain
 * the receive FIFO (k210_uarths_getc until -1): the interrupt stays pending while a byte is left. */
void port_k210_uarths_irq(void (*on_receive)(void));

/* Machine external interrupt (mcause 11 with the interrupt bit): claims and completes. */
void k210_external_interrupt(void);

#endif
