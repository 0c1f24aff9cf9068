#include "k210_sd_blockdev.h"

static int sd_read(void *ctx, uint32_t lba, uint32_t count, uint8_t *out)
{
    return (int)k210_sd_read(ctx, lba, count, out); /* K210_SD_* code: 0 = ok */
}

static int sd_write(void *ctx, uint32_t lba, uint32_t count, const uint8_t *in)
{
    return (int)k210_sd_write(ctx, lba, count, in); /* K210_SD_* code: 0 = ok */
}

fat_blockdev_t k210_sd_blockdev(k210_sdcard_t *card, uint32_t block_count)
{
    return (fat_blockdev_t){ sd_read, card, block_count, sd_write };
}
