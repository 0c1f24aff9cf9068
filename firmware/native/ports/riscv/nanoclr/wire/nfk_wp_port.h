/* The byte transport nanoCLR's wire protocol runs over on the RV64 boards (the qemu-virt NS16550 UART, the K210's
 * UARTHS): each board's port supplies these three functions, nfk_wp_transport.c turns them into upstream's
 * WP_ReceiveBytes/WP_TransmitMessage and polls the receiver. */
#ifndef NFK_WP_PORT_H
#define NFK_WP_PORT_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Copies up to size received bytes into buffer without waiting; returns how many (0 when none are pending). */
size_t nfk_wp_port_read(uint8_t *buffer, size_t size);

/* Sends all size bytes (waits for room in the transmitter). */
void nfk_wp_port_write(const uint8_t *data, size_t size);

/* True when at least one received byte is pending. */
int nfk_wp_port_available(void);

/* Runs the wire-protocol receiver when bytes are pending: call it from the CLR's idle wait (Events_WaitForEvents)
 * and between time slices. Returns at once when nothing came in, or before nfk_wp_enable: an image may carry the
 * wire protocol and still run without it (qemu-virt without --wire keeps its UART a plain console). */
void nfk_wp_poll(void);

/* Lets nfk_wp_poll serve requests from now on. */
void nfk_wp_enable(void);

/* True once nfk_wp_enable ran. */
int nfk_wp_enabled(void);

#ifdef __cplusplus
}
#endif

#endif
