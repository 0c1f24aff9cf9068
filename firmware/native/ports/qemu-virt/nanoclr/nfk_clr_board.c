/* The QEMU virt board under nanoCLR: the app's output on the ns16550a UART at 0x10000000 (QEMU's -serial, its
 * stdout with -nographic), and the end of a run through semihosting's exit, which becomes QEMU's exit status.
 * nanoCLR's own messages use picolibc's stdio, i.e. semihosting's console (QEMU's stderr). */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "nfk_clr_riscv.h"
#if defined(NFK_CLR_QEMU_WIRE_PROTOCOL)
#include "nfk_wp_port.h"
#include "nfk_wp_session.h"
#endif

#define UART_BASE 0x10000000u
#define UART_THR 0u /* transmit holding register */
#define UART_LSR 5u /* line status register */
#define UART_LSR_THR_EMPTY 0x20u

static volatile uint8_t *const uart = (volatile uint8_t *)(uintptr_t)UART_BASE;

void nfk_clr_app_output(const char *text, size_t length)
{
#if defined(NFK_CLR_QEMU_WIRE_PROTOCOL)
    if (nfk_wp_enabled()) { /* --wire: the UART is shared with the wire protocol */
        nfk_wp_session_console(text, length);
        return;
    }
#endif
    for (size_t i = 0; i < length; i++) {
        while ((uart[UART_LSR] & UART_LSR_THR_EMPTY) == 0) {
        }
        uart[UART_THR] = (uint8_t)text[i];
    }
}

void nfk_clr_exit(int status)
{
    fflush(stdout);
    fflush(stderr);
    exit(status);
}

#if defined(NFK_CLR_QEMU_WIRE_PROTOCOL)
/* QEMU virt's SiFive test device: writing this value resets the machine. Its RAM is kept, so the deployment region
 * (outside the image, not cleared by the C runtime) still holds the app after the reset. */
#define VIRT_TEST_BASE 0x00100000u
#define VIRT_TEST_RESET 0x7777u

void nfk_wp_board_reset(void)
{
    *(volatile uint32_t *)(uintptr_t)VIRT_TEST_BASE = VIRT_TEST_RESET;
    for (;;) {
    }
}
#endif
