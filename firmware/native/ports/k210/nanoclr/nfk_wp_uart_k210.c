/* The wire protocol's byte transport on the K210's UARTHS (the console port, IO4/IO5): its receive FIFO holds only
 * 8 bytes, far less than the 1 KiB packets `nfk210 deploy` sends between two polls of the CLR, so the receive
 * interrupt moves every byte into a ring (nfk_wp_ring.h) at once and the poll reads the ring. Sending is polled. */
#include <stdint.h>

#include "k210_uarths.h"
#include "k210_uarths_regs.h"
#include "nfk_wp_port.h"
#include "nfk_wp_ring.h"
#include "nfk_wp_uart_k210.h"
#include "port_k210.h"

static nfk_wp_ring_t s_received;

static void drain_receive_fifo(void)
{
    int byte;
    while ((byte = k210_uarths_getc(K210_UARTHS_BASE)) >= 0)
        nfk_wp_ring_put(&s_received, (uint8_t)byte);
}

void nfk_wp_uart_k210_start(void)
{
    port_k210_uarths_irq(drain_receive_fifo);
}

uint32_t nfk_wp_uart_k210_dropped(void)
{
    return s_received.dropped;
}

int nfk_wp_port_available(void)
{
    return nfk_wp_ring_count(&s_received) != 0;
}

size_t nfk_wp_port_read(uint8_t *buffer, size_t size)
{
    return nfk_wp_ring_take(&s_received, buffer, size);
}

void nfk_wp_port_write(const uint8_t *data, size_t size)
{
    k210_uarths_write(K210_UARTHS_BASE, data, size);
}
