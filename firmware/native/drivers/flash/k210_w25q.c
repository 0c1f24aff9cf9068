#include "k210_w25q.h"

#define CMD_READ_DATA 0x03u
#define CMD_JEDEC_ID 0x9Fu
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
