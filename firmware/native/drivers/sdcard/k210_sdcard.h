/* SD card in SPI mode over a K210 SPI master, chip select on a GPIOHS line
 * (the controller's own SS drops whenever its FIFO runs dry, which a card
 * would take as the end of the command). CMD0, 8, 55+41, 58, 16, 17, 18 + 12
 * to read, CMD24 to write (one block at a time: simple, and a failure names
 * its block); SDSC (byte addresses) and SDHC/SDXC (block addresses); CRC7 on
 * every command, CRC16 checked on every block read and sent with every block
 * written. */
#ifndef K210_SDCARD_H
#define K210_SDCARD_H

#include <stdbool.h>
#include <stdint.h>

#include "k210_spi.h"

#define K210_SD_BLOCK 512u

typedef enum k210_sd_result {
    K210_SD_OK = 0,
    K210_SD_NO_CARD,        /* nothing answers CMD0 (slot empty or card dead) */
    K210_SD_UNSUPPORTED,    /* the card rejects 3.3 V or is not an SD card */
    K210_SD_INIT_TIMEOUT,   /* ACMD41 never left the idle state */
    K210_SD_TIMEOUT,        /* no response or no data token in time */
    K210_SD_CRC_ERROR,      /* a data block's CRC16 did not match, after every retry */
    K210_SD_READ_ERROR,     /* the card refused the read (R1 error or data error token: bad sector, out of range) */
    K210_SD_WRITE_ERROR,    /* the card refused the write (R1 error, or its data response says write error) */
    K210_SD_BUS_ERROR,      /* the SPI controller did not complete a transfer */
    K210_SD_NOT_READY,      /* read before a successful init */
    K210_SD_BAD_ARGUMENT,
} k210_sd_result_t;

typedef struct k210_sdcard {
    /* configuration */
    k210_spi_t spi;
    unsigned spi_cs;          /* controller SS line kept selected during transfers */
    uint64_t gpiohs_base;
    unsigned cs_line;         /* GPIOHS line wired to the card's CS */
    uint32_t spi_clock_hz;    /* clock of the SPI block (SYSCTL) */
    uint32_t fast_hz;         /* SCLK after init (25 MHz cards all take) */
    uint32_t response_bytes;  /* bytes to wait for a response (NCR is 8 at most) */
    uint32_t token_bytes;     /* bytes to wait for a data token */
    uint32_t busy_bytes;      /* bytes to wait while the card programs a written block (about 0.6 s at 25 MHz) */
    uint32_t init_tries;      /* CMD55 + ACMD41 rounds before giving up (about 1 s) */
    uint32_t retries;         /* extra attempts of a command or block after a CRC error */
    void (*delay_us)(uint32_t us);
    /* state */
    bool ready;
    bool high_capacity; /* SDHC/SDXC: addresses are block numbers */
    uint8_t last_r1;    /* R1 of the last failing command, for the error message */
} k210_sdcard_t;

/* Defaults for a card on `spi` with CS on GPIOHS line cs_line. */
k210_sdcard_t k210_sd_device(k210_spi_t spi, uint64_t gpiohs_base, unsigned cs_line, uint32_t spi_clock_hz);

k210_sd_result_t k210_sd_init(k210_sdcard_t *card);

/* Reads `count` 512-byte blocks from block `lba`. A block reaches `out` only after
 * its CRC matched; on failure the blocks not yet verified are left as they were. */
k210_sd_result_t k210_sd_read(k210_sdcard_t *card, uint32_t lba, uint32_t count, uint8_t *out);

/* Writes `count` 512-byte blocks at block `lba`, each with CMD24, waiting out the card's busy time after each;
 * a block the card answers with a CRC error is sent again (card->retries times). */
k210_sd_result_t k210_sd_write(k210_sdcard_t *card, uint32_t lba, uint32_t count, const uint8_t *in);

const char *k210_sd_result_text(k210_sd_result_t r);

/* CRC7 of a command frame (returned as the frame's last byte: crc << 1 | 1). */
uint8_t k210_sd_crc7(const uint8_t *data, unsigned len);
/* CRC16-CCITT (polynomial 0x1021, initial 0) of a data block. */
uint16_t k210_sd_crc16(const uint8_t *data, unsigned len);

#endif
