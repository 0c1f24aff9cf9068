/* The wire protocol over the K210's UARTHS, fed by its receive interrupt (nfk_wp_uart_k210.c). */
#ifndef NFK_WP_UART_K210_H
#define NFK_WP_UART_K210_H

#include <stdint.h>

/* Routes the UARTHS receive interrupt into the wire protocol's ring; the console keeps sending as before. */
void nfk_wp_uart_k210_start(void);

/* Bytes lost because the ring was full (the host resent their packets). */
uint32_t nfk_wp_uart_k210_dropped(void);

#endif
