#include "stub_flash_w25q.h"

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
    const stub_w25q_t *d = ctx;
    return k210_w25q_erase_sector(&d->chip, address, d->max_busy_polls) == K210_W25Q_OK ? 0 : -1;
}

static int w25q_erase_chip(void *ctx)
{
    const stub_w25q_t *d = ctx;
    /* a whole chip takes minutes, a sector milliseconds */
    return k210_w25q_erase_chip(&d->chip, d->max_busy_polls * 64u) == K210_W25Q_OK ? 0 : -1;
}

static int w25q_program(void *ctx, uint32_t address, const uint8_t *data, size_t len)
{
    const stub_w25q_t *d = ctx;
    /* the protocol hands over one page at most (stub_protocol.c splits at page boundaries) */
    if (len == 0 || len > STUB_PAGE || address / STUB_PAGE != (address + len - 1) / STUB_PAGE)
        return -1;
    return k210_w25q_program(&d->chip, address, data, len, d->max_busy_polls) == K210_W25Q_OK ? 0 : -1;
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
