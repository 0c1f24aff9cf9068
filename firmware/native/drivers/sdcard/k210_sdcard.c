#include "k210_sdcard.h"

#include <string.h>

#include "k210_gpiohs.h"

/* R1 bits (SD physical layer spec, SPI mode). */
#define R1_IDLE 0x01u
#define R1_ILLEGAL_COMMAND 0x04u
#define R1_COM_CRC 0x08u
#define TOKEN_START_BLOCK 0xFEu
#define OCR_CCS 0x40u /* byte 0 of the OCR, bit 30 */
#define ACMD41_HCS 0x40000000u
#define CMD8_PATTERN 0x1AAu /* 2.7-3.6 V, check pattern 0xAA */

k210_sdcard_t k210_sd_device(k210_spi_t spi, uint64_t gpiohs_base, unsigned cs_line, uint32_t spi_clock_hz)
{
    return (k210_sdcard_t){ .spi = spi, .gpiohs_base = gpiohs_base, .cs_line = cs_line,
                            .spi_clock_hz = spi_clock_hz, .fast_hz = 25000000u, .response_bytes = 16,
                            .token_bytes = 100000u, .busy_bytes = 2000000u, .init_tries = 1000u, .retries = 3u };
}

const char *k210_sd_result_text(k210_sd_result_t r)
{
    switch (r) {
    case K210_SD_OK: return "ok";
    case K210_SD_NO_CARD: return "no SD card answers (slot empty?)";
    case K210_SD_UNSUPPORTED: return "the card is not a 3.3 V SD card this driver supports";
    case K210_SD_INIT_TIMEOUT: return "the SD card did not finish initialising";
    case K210_SD_TIMEOUT: return "the SD card did not answer in time";
    case K210_SD_CRC_ERROR: return "SD data CRC error (after retries)";
    case K210_SD_READ_ERROR: return "the SD card refused the read (bad sector or out of range)";
    case K210_SD_WRITE_ERROR: return "the SD card refused the write (write-protected, bad sector or out of range)";
    case K210_SD_BUS_ERROR: return "the SPI controller did not complete a transfer";
    case K210_SD_NOT_READY: return "the SD card is not initialised";
    case K210_SD_BAD_ARGUMENT: return "bad argument";
    }
    return "unknown SD error";
}

uint8_t k210_sd_crc7(const uint8_t *data, unsigned len)
{
    uint8_t crc = 0;
    for (unsigned i = 0; i < len; i++) {
        for (int bit = 7; bit >= 0; bit--) {
            unsigned in = ((data[i] >> bit) & 1u) ^ ((crc >> 6) & 1u);
            crc = (uint8_t)((crc << 1) & 0x7Fu);
            if (in)
                crc ^= 0x09u; /* x^7 + x^3 + 1 */
        }
    }
    return (uint8_t)((crc << 1) | 1u);
}

uint16_t k210_sd_crc16(const uint8_t *data, unsigned len)
{
    uint16_t crc = 0;
    for (unsigned i = 0; i < len; i++) {
        crc ^= (uint16_t)(data[i] << 8);
        for (int bit = 0; bit < 8; bit++)
            crc = (uint16_t)((crc & 0x8000u) != 0 ? ((unsigned)crc << 1) ^ 0x1021u : (unsigned)crc << 1);
    }
    return crc;
}

static k210_sd_result_t xfer(k210_sdcard_t *card, const uint8_t *tx, uint8_t *rx, unsigned len)
{
    return k210_spi_transfer(&card->spi, card->spi_cs, tx, rx, len) == K210_SPI_OK ? K210_SD_OK : K210_SD_BUS_ERROR;
}

static void select_card(k210_sdcard_t *card, bool selected)
{
    k210_gpiohs_write(card->gpiohs_base, card->cs_line, !selected);
    if (!selected)
        (void)xfer(card, NULL, NULL, 1); /* eight clocks so the card releases MISO */
}

static uint8_t next_byte(k210_sdcard_t *card, k210_sd_result_t *r)
{
    uint8_t b = 0xFF;
    if (*r == K210_SD_OK)
        *r = xfer(card, NULL, &b, 1);
    return b;
}

/* Sends a command with the card selected and reads its R1 (plus `extra` bytes of
 * R3/R7). The card stays selected; the caller deselects. */
static k210_sd_result_t command(k210_sdcard_t *card, uint8_t cmd, uint32_t arg, uint8_t *r1, uint8_t *extra,
                                unsigned extra_len)
{
    uint8_t frame[6] = { (uint8_t)(0x40u | cmd), (uint8_t)(arg >> 24), (uint8_t)(arg >> 16), (uint8_t)(arg >> 8),
                         (uint8_t)arg, 0 };
    frame[5] = k210_sd_crc7(frame, 5);
    select_card(card, true);
    k210_sd_result_t r = xfer(card, frame, NULL, sizeof frame);
    if (cmd == 12)
        (void)next_byte(card, &r); /* stuff byte after STOP_TRANSMISSION */
    for (uint32_t i = 0; r == K210_SD_OK && i < card->response_bytes; i++) {
        uint8_t b = next_byte(card, &r);
        if ((b & 0x80u) == 0) {
            *r1 = b;
            if (extra_len > 0 && r == K210_SD_OK)
                r = xfer(card, NULL, extra, extra_len);
            return r;
        }
    }
    return r == K210_SD_OK ? K210_SD_TIMEOUT : r;
}

/* A command whose exchange ends with its response; retried when the card reports a CRC error. */
static k210_sd_result_t simple(k210_sdcard_t *card, uint8_t cmd, uint32_t arg, uint8_t *r1, uint8_t *extra,
                               unsigned extra_len)
{
    k210_sd_result_t r = K210_SD_OK;
    for (uint32_t attempt = 0; attempt <= card->retries; attempt++) {
        r = command(card, cmd, arg, r1, extra, extra_len);
        select_card(card, false);
        if (r != K210_SD_OK || (*r1 & R1_COM_CRC) == 0)
            return r;
    }
    return r;
}

static void wait_us(k210_sdcard_t *card, uint32_t us)
{
    if (card->delay_us != 0)
        card->delay_us(us);
}

k210_sd_result_t k210_sd_init(k210_sdcard_t *card)
{
    uint8_t r1 = 0xFF, extra[4];
    card->ready = false;
    card->high_capacity = false;
    if (k210_spi_configure(&card->spi, 0, 8, 0) != K210_SPI_OK)
        return K210_SD_BAD_ARGUMENT;
    k210_spi_set_rate(&card->spi, card->spi_clock_hz, 400000u); /* identification runs at <= 400 kHz */
    k210_gpiohs_set_output(card->gpiohs_base, card->cs_line, true);
    select_card(card, false);
    uint8_t ones[10];
    memset(ones, 0xFF, sizeof ones);
    if (xfer(card, ones, NULL, sizeof ones) != K210_SD_OK) /* >= 74 clocks with CS high: power-up */
        return K210_SD_BUS_ERROR;

    k210_sd_result_t r = simple(card, 0, 0, &r1, NULL, 0); /* GO_IDLE_STATE */
    if (r == K210_SD_TIMEOUT)
        return K210_SD_NO_CARD;
    if (r != K210_SD_OK)
        return r;
    card->last_r1 = r1;
    if (r1 != R1_IDLE)
        return r1 == 0xFF ? K210_SD_NO_CARD : K210_SD_UNSUPPORTED;

    r = simple(card, 8, CMD8_PATTERN, &r1, extra, sizeof extra); /* SEND_IF_COND */
    if (r != K210_SD_OK)
        return r;
    bool v2 = (r1 & R1_ILLEGAL_COMMAND) == 0; /* version 1 cards do not know CMD8 */
    if (v2 && (r1 != R1_IDLE || (extra[2] & 0x0Fu) != 0x01u || extra[3] != 0xAAu))
        return K210_SD_UNSUPPORTED;

    bool idle = true;
    for (uint32_t i = 0; idle && i < card->init_tries; i++) {
        if ((r = simple(card, 55, 0, &r1, NULL, 0)) != K210_SD_OK) /* APP_CMD */
            return r;
        if (r1 > R1_IDLE)
            return K210_SD_UNSUPPORTED; /* not an SD card (MMC) */
        if ((r = simple(card, 41, v2 ? ACMD41_HCS : 0, &r1, NULL, 0)) != K210_SD_OK) /* SD_SEND_OP_COND */
            return r;
        idle = r1 == R1_IDLE;
        if (idle)
            wait_us(card, 1000);
        else if (r1 != 0)
            return K210_SD_UNSUPPORTED;
    }
    if (idle)
        return K210_SD_INIT_TIMEOUT;

    if (v2) {
        if ((r = simple(card, 58, 0, &r1, extra, sizeof extra)) != K210_SD_OK) /* READ_OCR */
            return r;
        card->high_capacity = r1 == 0 && (extra[0] & OCR_CCS) != 0;
    }
    if (!card->high_capacity) {
        if ((r = simple(card, 16, K210_SD_BLOCK, &r1, NULL, 0)) != K210_SD_OK) /* SET_BLOCKLEN */
            return r;
        if (r1 != 0)
            return K210_SD_UNSUPPORTED;
    }
    k210_spi_set_rate(&card->spi, card->spi_clock_hz, card->fast_hz);
    card->ready = true;
    return K210_SD_OK;
}

/* Waits for the start token of a data block. */
static k210_sd_result_t data_token(k210_sdcard_t *card)
{
    k210_sd_result_t r = K210_SD_OK;
    for (uint32_t i = 0; i < card->token_bytes; i++) {
        uint8_t b = next_byte(card, &r);
        if (r != K210_SD_OK)
            return r;
        if (b == TOKEN_START_BLOCK)
            return K210_SD_OK;
        if (b != 0xFF)
            return K210_SD_READ_ERROR; /* data error token (0000xxxx) */
    }
    return K210_SD_TIMEOUT;
}

/* One block into a scratch buffer; copied out only when its CRC matches. */
static k210_sd_result_t data_block(k210_sdcard_t *card, uint8_t *out)
{
    uint8_t block[K210_SD_BLOCK], crc[2];
    k210_sd_result_t r = data_token(card);
    if (r == K210_SD_OK)
        r = xfer(card, NULL, block, sizeof block);
    if (r == K210_SD_OK)
        r = xfer(card, NULL, crc, sizeof crc);
    if (r != K210_SD_OK)
        return r;
    if (k210_sd_crc16(block, sizeof block) != (uint16_t)((crc[0] << 8) | crc[1]))
        return K210_SD_CRC_ERROR;
    memcpy(out, block, sizeof block);
    return K210_SD_OK;
}

/* STOP_TRANSMISSION, then wait while the card signals busy (MISO low). */
static k210_sd_result_t stop(k210_sdcard_t *card)
{
    uint8_t r1 = 0xFF;
    k210_sd_result_t r = command(card, 12, 0, &r1, NULL, 0);
    for (uint32_t i = 0; r == K210_SD_OK && i < card->token_bytes; i++)
        if (next_byte(card, &r) == 0xFF)
            break;
    select_card(card, false);
    return r;
}

/* CMD17 (one block) or CMD18 (several) from lba; *done counts blocks delivered. */
static k210_sd_result_t read_run(k210_sdcard_t *card, uint32_t lba, uint32_t count, uint8_t *out, uint32_t *done)
{
    uint8_t r1 = 0xFF;
    uint32_t address = card->high_capacity ? lba : lba * K210_SD_BLOCK;
    *done = 0;
    k210_sd_result_t r = command(card, count == 1 ? 17 : 18, address, &r1, NULL, 0);
    if (r == K210_SD_OK && r1 != 0) {
        card->last_r1 = r1;
        r = (r1 & R1_COM_CRC) != 0 ? K210_SD_CRC_ERROR : K210_SD_READ_ERROR;
        select_card(card, false);
        return r;
    }
    while (r == K210_SD_OK && *done < count) {
        r = data_block(card, out + (size_t)*done * K210_SD_BLOCK);
        if (r == K210_SD_OK)
            (*done)++;
    }
    if (count > 1) {
        k210_sd_result_t s = stop(card);
        return r != K210_SD_OK ? r : s;
    }
    select_card(card, false);
    return r;
}

k210_sd_result_t k210_sd_read(k210_sdcard_t *card, uint32_t lba, uint32_t count, uint8_t *out)
{
    if (!card->ready)
        return K210_SD_NOT_READY;
    if (out == NULL || (!card->high_capacity && (uint64_t)(lba + (uint64_t)count) * K210_SD_BLOCK > 0xFFFFFFFFu))
        return K210_SD_BAD_ARGUMENT;
    uint32_t retries_left = card->retries;
    while (count > 0) {
        uint32_t done = 0;
        k210_sd_result_t r = read_run(card, lba, count, out, &done);
        lba += done;
        count -= done;
        out += (size_t)done * K210_SD_BLOCK;
        if (r == K210_SD_OK)
            continue;
        if (r != K210_SD_CRC_ERROR || retries_left-- == 0)
            return r;
    }
    return K210_SD_OK;
}

/* The card's data response to a written block (xxx0sss1: 010 accepted, 101 CRC error, 110 write error), then its
 * busy time (MISO low) while it programs the block. */
static k210_sd_result_t data_response(k210_sdcard_t *card)
{
    k210_sd_result_t r = K210_SD_OK;
    uint8_t response = 0xFF;
    for (uint32_t i = 0; r == K210_SD_OK && response == 0xFF && i < card->response_bytes; i++)
        response = next_byte(card, &r);
    if (r != K210_SD_OK)
        return r;
    if (response == 0xFF)
        return K210_SD_TIMEOUT;
    k210_sd_result_t verdict = (response & 0x1Fu) == 0x05u   ? K210_SD_OK
                               : (response & 0x1Fu) == 0x0Bu ? K210_SD_CRC_ERROR
                                                             : K210_SD_WRITE_ERROR;
    for (uint32_t i = 0; i < card->busy_bytes; i++) {
        if (next_byte(card, &r) == 0xFF && r == K210_SD_OK)
            return verdict;
        if (r != K210_SD_OK)
            return r;
    }
    return K210_SD_TIMEOUT;
}

/* CMD24: one block at lba. */
static k210_sd_result_t write_block(k210_sdcard_t *card, uint32_t lba, const uint8_t *data)
{
    uint8_t r1 = 0xFF;
    k210_sd_result_t r = command(card, 24, card->high_capacity ? lba : lba * K210_SD_BLOCK, &r1, NULL, 0);
    if (r == K210_SD_OK && r1 != 0) {
        card->last_r1 = r1;
        r = (r1 & R1_COM_CRC) != 0 ? K210_SD_CRC_ERROR : K210_SD_WRITE_ERROR;
    }
    if (r == K210_SD_OK) {
        uint16_t crc = k210_sd_crc16(data, K210_SD_BLOCK);
        const uint8_t head[2] = { 0xFF, TOKEN_START_BLOCK }; /* one byte of gap, then the start token */
        const uint8_t tail[2] = { (uint8_t)(crc >> 8), (uint8_t)crc };
        r = xfer(card, head, NULL, sizeof head);
        if (r == K210_SD_OK)
            r = xfer(card, data, NULL, K210_SD_BLOCK);
        if (r == K210_SD_OK)
            r = xfer(card, tail, NULL, sizeof tail);
        if (r == K210_SD_OK)
            r = data_response(card);
    }
    select_card(card, false);
    return r;
}

k210_sd_result_t k210_sd_write(k210_sdcard_t *card, uint32_t lba, uint32_t count, const uint8_t *in)
{
    if (!card->ready)
        return K210_SD_NOT_READY;
    if (in == NULL || (!card->high_capacity && (uint64_t)(lba + (uint64_t)count) * K210_SD_BLOCK > 0xFFFFFFFFu))
        return K210_SD_BAD_ARGUMENT;
    uint32_t retries_left = card->retries;
    while (count > 0) {
        k210_sd_result_t r = write_block(card, lba, in);
        if (r == K210_SD_OK) {
            lba++;
            count--;
            in += K210_SD_BLOCK;
            continue;
        }
        if (r != K210_SD_CRC_ERROR || retries_left-- == 0)
            return r;
    }
    return K210_SD_OK;
}
