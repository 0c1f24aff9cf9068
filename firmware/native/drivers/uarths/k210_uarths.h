/* UARTHS driver: the console (8N1; transmit polled, receive polled or by interrupt). */
#ifndef K210_UARTHS_H
#define K210_UARTHS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Sets the divisor for `baud` from the UART clock (= CPU clock) and enables TX and RX,
 * watermarks 0, interrupts off. Returns the baud rate reached. */
uint32_t k210_uarths_init(uint64_t base, uint32_t clock_hz, uint32_t baud);

/* Waits while the TX FIFO is full, then queues one byte. */
void k210_uarths_putc(uint64_t base, uint8_t c);
void k210_uarths_write(uint64_t base, const uint8_t *data, size_t len);

/* One received byte, or -1 when none is waiting (one read: popping is a side effect). */
int k210_uarths_getc(uint64_t base);

/* Receive interrupt on (watermark 0: pending while at least one byte waits) or off. */
void k210_uarths_rx_interrupt(uint64_t base, bool enable);

#endif
