#include "stub_flash_w25q.h"

#include <string.h>

/* W25Q128 commands (Winbond datasheet, "Instructions"). */
#define CMD_WRITE_ENABLE 0x06u
#define CMD_READ_STATUS1 0x05u
#define CMD_PAGE_PROGRAM 0x02u
#define CMD_SECTOR_ERASE 0x20u
#define CMD_CHIP_ERASE 0xC7u
#define STATUS_BUSY 0x01u
#define STATUS_WEL 0x02u

static int wait_ready(const stub_w25q_t *d)
{
    uint8_t cmd = CMD_READ_STATUS1, status = STATUS_BUSY;
    for (uint32_t i = 0; i < d->max_busy_polls; i++) {
        if (k210_spi_read_after(&d->chip.spi, d->chip.cs, &cmd, 1, &status, 1) != K210_SPI_OK)
            return -1;
        if ((status & STATUS_BUSY) == 0)
            return 0;
    }
    return -1;
}

/* Write enable, then the command (the chip clears WEL itself when the command completes). */
static int command(const stub_w25q_t *d, const uint8_t *cmd, size_t len)
{
    uint8_t we = CMD_WRITE_ENABLE, status = 0, rdsr = CMD_READ_STATUS1;
    if (k210_spi_write(&d->chip.spi, d->chip.cs, &we, 1) != K210_SPI_OK ||
        k210_spi_read_after(&d->chip.spi, d->chip.cs, &rdsr, 1, &status, 1) != K210_SPI_OK ||
        (status & STATUS_WEL) == 0)
        return -1; /* write-protected, or no chip */
    if (k210_spi_write(&d->chip.spi, d->chip.cs, cmd, len) != K210_SPI_OK)
        return -1;
    return wait_ready(d);
}

static int w25q_init(void *ctx, uint32_t selector, uint32_t *jedec_id, uint32_t *capacity)
{
    stub_w25q_t *d = ctx;
    (void)selector; /* kflash's 0/1 choice of flash; the Sipeed boards have the one on SPI3 */
    if (k210_w25q_probe(&d->chip, d->spi_clock_hz, d->rate_hz, jedec_id) != K210_W25Q_OK)
        return -1;
    *capacity = d->chip.size;
    return 0;
}

static int w25q_erase_sector(void *ctx, uint32_t address)
{
    uint8_t cmd[4] = { CMD_SECTOR_ERASE, (uint8_t)(address >> 16), (uint8_t)(address >> 8), (uint8_t)address };
    return command(ctx, cmd, sizeof cmd);
}

static int w25q_erase_chip(void *ctx)
{
    uint8_t cmd = CMD_CHIP_ERASE;
    stub_w25q_t *d = ctx;
    uint32_t polls = d->max_busy_polls;
    d->max_busy_polls = polls * 64u; /* a whole chip takes minutes, a sector milliseconds */
    int r = command(d, &cmd, 1);
    d->max_busy_polls = polls;
    return r;
}

static int w25q_program(void *ctx, uint32_t address, const uint8_t *data, size_t len)
{
    uint8_t cmd[4 + STUB_PAGE];
    if (len == 0 || len > STUB_PAGE || address / STUB_PAGE != (address + len - 1) / STUB_PAGE)
        return -1;
    cmd[0] = CMD_PAGE_PROGRAM;
    cmd[1] = (uint8_t)(address >> 16);
    cmd[2] = (uint8_t)(address >> 8);
    cmd[3] = (uint8_t)address;
    memcpy(cmd + 4, data, len);
    return command(ctx, cmd, 4 + len);
}

static int w25q_read(void *ctx, uint32_t address, uint8_t *out, size_t len)
{
    const stub_w25q_t *d = ctx;
    return k210_w25q_read(&d->chip, address, out, len) == K210_W25Q_OK ? 0 : -1;
}

stub_flash_t stub_w25q_flash(stub_w25q_t *dev)
{
    return (stub_flash_t){ w25q_init, w25q_erase_sector, w25q_erase_chip, w25q_program, w25q_read, dev };
}
