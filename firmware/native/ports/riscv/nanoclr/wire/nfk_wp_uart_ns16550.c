/* The wire protocol's byte transport on an NS16550A UART (QEMU virt's at 0x10000000, the one the qemu-virt port's
 * console writes to). Polled: QEMU hands a guest UART bytes only when its receive FIFO has room, so none are lost
 * between polls; a real board with a small FIFO needs an interrupt-fed ring buffer behind these hooks instead. */
#include <stdint.h>

#include "nfk_wp_port.h"

#ifndef NFK_WP_UART_BASE
#define NFK_WP_UART_BASE 0x10000000u
#endif

#define UART_RBR 0u /* receive buffer (read) */
#define UART_THR 0u /* transmit holding (write) */
#define UART_LSR 5u /* line status */
#define UART_LSR_DATA_READY 0x01u
#define UART_LSR_THR_EMPTY 0x20u

static volatile uint8_t *const s_uart = (volatile uint8_t *)(uintptr_t)NFK_WP_UART_BASE;

int nfk_wp_port_available(void)
{
    return (s_uart[UART_LSR] & UART_LSR_DATA_READY) != 0;
}

size_t nfk_wp_port_read(uint8_t *buffer, size_t size)
{
    size_t n = 0;
    while (n < size && nfk_wp_port_available())
    {
        buffer[n++] = s_uart[UART_RBR];
    }

    return n;
}

void nfk_wp_port_write(const uint8_t *data, size_t size)
{
    for (size_t i = 0; i < size; i++)
    {
        while ((s_uart[UART_LSR] & UART_LSR_THR_EMPTY) == 0)
        {
        }

        s_uart[UART_THR] = data[i];
    }
}
