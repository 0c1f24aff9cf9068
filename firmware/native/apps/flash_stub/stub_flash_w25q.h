/* The stub's flash interface (stub_protocol.h) on the W25Q-class NOR flash of
 * the Sipeed boards, through SPI3 and the seam: an adapter over drivers/flash
 * (k210_w25q: JEDEC id, reads, erase and page program). */
#ifndef STUB_FLASH_W25Q_H
#define STUB_FLASH_W25Q_H

#include <stdint.h>

#include "k210_w25q.h"
#include "stub_protocol.h"

typedef struct stub_w25q {
    k210_w25q_t chip;
    uint32_t spi_clock_hz;  /* SPI3's input clock */
    uint32_t rate_hz;       /* SCLK asked for */
    uint32_t max_busy_polls; /* status reads before an erase/program counts as stuck */
} stub_w25q_t;

/* The stub_flash_t over `dev` (which must outlive it). */
stub_flash_t stub_w25q_flash(stub_w25q_t *dev);

#endif
