/* W25Q SPI NOR flash (the K210 boards' 16 MiB boot flash on SPI3): JEDEC id,
 * plain reads (command 0x03, 24-bit address), 4 KiB sector erase, chip erase
 * and page program; standard SPI, polled. */
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
    K210_W25Q_WRITE_PROTECTED, /* write enable did not set WEL */
    K210_W25Q_BUSY_TIMEOUT,    /* still BUSY after the status reads allowed */
} k210_w25q_result_t;

#define K210_W25Q_PAGE_BYTES 256u    /* page program stays within one page */
#define K210_W25Q_SECTOR_BYTES 4096u /* smallest erase unit (command 0x20) */

/* Sets the controller up (mode 0, 8-bit frames) at rate_hz and reads the JEDEC id
 * (manufacturer << 16 | type << 8 | capacity); fills in size. */
k210_w25q_result_t k210_w25q_probe(k210_w25q_t *flash, uint32_t spi_clock_hz, uint32_t rate_hz, uint32_t *jedec_id);

/* Reads len bytes at offset; refuses a range past the end of the flash. */
k210_w25q_result_t k210_w25q_read(const k210_w25q_t *flash, uint32_t offset, uint8_t *out, size_t len);

/* Erases the 4 KiB sector holding offset (to 0xFF). max_busy_polls: status reads
 * before the chip counts as stuck (a sector takes tens of milliseconds). */
k210_w25q_result_t k210_w25q_erase_sector(const k210_w25q_t *flash, uint32_t offset, uint32_t max_busy_polls);

/* Erases the whole chip (minutes on a 16 MiB part: give many polls). */
k210_w25q_result_t k210_w25q_erase_chip(const k210_w25q_t *flash, uint32_t max_busy_polls);

/* Programs len bytes at offset, one page program per 256-byte page touched.
 * NOR: a program only clears bits, so the range must have been erased for the
 * bytes to read back as written. Refuses a range past the end of the flash. */
k210_w25q_result_t k210_w25q_program(const k210_w25q_t *flash, uint32_t offset, const uint8_t *data, size_t len,
                                     uint32_t max_busy_polls);

/* A short name for a result, for messages. */
const char *k210_w25q_result_text(k210_w25q_result_t result);

#endif
