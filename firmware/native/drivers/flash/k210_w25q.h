/* W25Q SPI NOR flash (the K210 boards' 16 MiB boot flash on SPI3): JEDEC id
 * and plain reads (command 0x03, 24-bit address), standard SPI, polled. */
#ifndef K210_W25Q_H
#define K210_W25Q_H

#include <stddef.h>
#include <stdint.h>

#include "k210_spi.h"

typedef struct k210_w25q {
    k210_spi_t spi;
    unsigned cs;       /* controller SS line (SS0 on SPI3's dedicated pins) */
    uint32_t size;     /* bytes, from the JEDEC capacity code after probe */
} k210_w25q_t;

typedef enum k210_w25q_result {
    K210_W25Q_OK = 0,
    K210_W25Q_NO_FLASH,   /* JEDEC id all 0x00 or 0xFF */
    K210_W25Q_OUT_OF_RANGE,
    K210_W25Q_BUS_ERROR,
} k210_w25q_result_t;

/* Sets the controller up (mode 0, 8-bit frames) at rate_hz and reads the JEDEC id
 * (manufacturer << 16 | type << 8 | capacity); fills in size. */
k210_w25q_result_t k210_w25q_probe(k210_w25q_t *flash, uint32_t spi_clock_hz, uint32_t rate_hz, uint32_t *jedec_id);

/* Reads len bytes at offset; refuses a range past the end of the flash. */
k210_w25q_result_t k210_w25q_read(const k210_w25q_t *flash, uint32_t offset, uint8_t *out, size_t len);

#endif
