#include "k210_w25q.h"

#include <string.h>

/* W25Q128 instructions and status bits (Winbond datasheet, "Instructions"). */
#define CMD_READ_DATA 0x03u
#define CMD_JEDEC_ID 0x9Fu
#define CMD_WRITE_ENABLE 0x06u
#define CMD_READ_STATUS1 0x05u
#define CMD_PAGE_PROGRAM 0x02u
#define CMD_SECTOR_ERASE 0x20u
#define CMD_CHIP_ERASE 0xC7u
#define STATUS_BUSY 0x01u
#define STATUS_WEL 0x02u
#define MAX_PLAIN_READ (16u << 20) /* command 0x03 has a 24-bit address */

k210_w25q_result_t k210_w25q_probe(k210_w25q_t *flash, uint32_t spi_clock_hz, uint32_t rate_hz, uint32_t *jedec_id)
{
    uint8_t cmd = CMD_JEDEC_ID, id[3];
    flash->size = 0;
    if (k210_spi_configure(&flash->spi, 0, 8, 0) != K210_SPI_OK)
        return K210_W25Q_BUS_ERROR;
    k210_spi_set_rate(&flash->spi, spi_clock_hz, rate_hz);
    if (k210_spi_read_after(&flash->spi, flash->cs, &cmd, 1, id, sizeof id) != K210_SPI_OK)
        return K210_W25Q_BUS_ERROR;
    uint32_t v = (uint32_t)id[0] << 16 | (uint32_t)id[1] << 8 | id[2];
    if (jedec_id != NULL)
        *jedec_id = v;
    if (v == 0 || v == 0xFFFFFFu)
        return K210_W25Q_NO_FLASH;
    /* Capacity code n means 2^n bytes (0x18 = 16 MiB); plain reads reach 16 MiB. */
    flash->size = id[2] >= 10 && id[2] < 24 ? 1u << id[2] : MAX_PLAIN_READ;
    return K210_W25Q_OK;
}

k210_w25q_result_t k210_w25q_read(const k210_w25q_t *flash, uint32_t offset, uint8_t *out, size_t len)
{
    if (offset > flash->size || len > flash->size - offset)
        return K210_W25Q_OUT_OF_RANGE;
    while (len > 0) {
        size_t n = len < 0x10000u ? len : 0x10000u; /* ctrlr1 counts at most 65536 frames */
        uint8_t cmd[4] = { CMD_READ_DATA, (uint8_t)(offset >> 16), (uint8_t)(offset >> 8), (uint8_t)offset };
        if (k210_spi_read_after(&flash->spi, flash->cs, cmd, sizeof cmd, out, n) != K210_SPI_OK)
            return K210_W25Q_BUS_ERROR;
        offset += (uint32_t)n;
        out += n;
        len -= n;
    }
    return K210_W25Q_OK;
}

static k210_w25q_result_t wait_ready(const k210_w25q_t *flash, uint32_t max_busy_polls)
{
    uint8_t cmd = CMD_READ_STATUS1, status = STATUS_BUSY;
    for (uint32_t i = 0; i < max_busy_polls; i++) {
        if (k210_spi_read_after(&flash->spi, flash->cs, &cmd, 1, &status, 1) != K210_SPI_OK)
            return K210_W25Q_BUS_ERROR;
        if ((status & STATUS_BUSY) == 0)
            return K210_W25Q_OK;
    }
    return K210_W25Q_BUSY_TIMEOUT;
}

/* Write enable, the command, then the wait (the chip clears WEL itself when the command completes). */
static k210_w25q_result_t write_command(const k210_w25q_t *flash, const uint8_t *cmd, size_t len,
                                        uint32_t max_busy_polls)
{
    uint8_t we = CMD_WRITE_ENABLE, rdsr = CMD_READ_STATUS1, status = 0;
    if (k210_spi_write(&flash->spi, flash->cs, &we, 1) != K210_SPI_OK ||
        k210_spi_read_after(&flash->spi, flash->cs, &rdsr, 1, &status, 1) != K210_SPI_OK)
        return K210_W25Q_BUS_ERROR;
    if ((status & STATUS_WEL) == 0)
        return K210_W25Q_WRITE_PROTECTED;
    if (k210_spi_write(&flash->spi, flash->cs, cmd, len) != K210_SPI_OK)
        return K210_W25Q_BUS_ERROR;
    return wait_ready(flash, max_busy_polls);
}

static void put_address(uint8_t *cmd, uint8_t opcode, uint32_t offset)
{
    cmd[0] = opcode;
    cmd[1] = (uint8_t)(offset >> 16);
    cmd[2] = (uint8_t)(offset >> 8);
    cmd[3] = (uint8_t)offset;
}

k210_w25q_result_t k210_w25q_erase_sector(const k210_w25q_t *flash, uint32_t offset, uint32_t max_busy_polls)
{
    uint8_t cmd[4];
    if (offset >= flash->size)
        return K210_W25Q_OUT_OF_RANGE;
    put_address(cmd, CMD_SECTOR_ERASE, offset);
    return write_command(flash, cmd, sizeof cmd, max_busy_polls);
}

k210_w25q_result_t k210_w25q_erase_chip(const k210_w25q_t *flash, uint32_t max_busy_polls)
{
    uint8_t cmd = CMD_CHIP_ERASE;
    return write_command(flash, &cmd, 1, max_busy_polls);
}

k210_w25q_result_t k210_w25q_program(const k210_w25q_t *flash, uint32_t offset, const uint8_t *data, size_t len,
                                     uint32_t max_busy_polls)
{
    uint8_t cmd[4 + K210_W25Q_PAGE_BYTES];
    if (offset > flash->size || len > flash->size - offset)
        return K210_W25Q_OUT_OF_RANGE;
    while (len > 0) {
        /* a page program wraps within its page: never let one cross a page boundary */
        size_t room = K210_W25Q_PAGE_BYTES - offset % K210_W25Q_PAGE_BYTES;
        size_t n = len < room ? len : room;
        put_address(cmd, CMD_PAGE_PROGRAM, offset);
        memcpy(cmd + 4, data, n);
        k210_w25q_result_t r = write_command(flash, cmd, 4 + n, max_busy_polls);
        if (r != K210_W25Q_OK)
            return r;
        offset += (uint32_t)n;
        data += n;
        len -= n;
    }
    return K210_W25Q_OK;
}

const char *k210_w25q_result_text(k210_w25q_result_t result)
{
    switch (result) {
    case K210_W25Q_OK: return "ok";
    case K210_W25Q_NO_FLASH: return "no flash answers (JEDEC id all 0 or all 1)";
    case K210_W25Q_OUT_OF_RANGE: return "range past the end of the flash";
    case K210_W25Q_BUS_ERROR: return "SPI bus error";
    case K210_W25Q_WRITE_PROTECTED: return "write-protected (write enable did not take)";
    case K210_W25Q_BUSY_TIMEOUT: return "the flash stayed busy";
    }
    return "unknown flash result";
}
