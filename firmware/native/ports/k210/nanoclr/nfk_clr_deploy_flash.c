#include "nfk_clr_deploy_flash.h"

static bool flash_read(void *context, uint32_t address, uint8_t *out, uint32_t length)
{
    const nfk_clr_deploy_flash_t *d = context;
    return k210_w25q_read(d->flash, address, out, length) == K210_W25Q_OK;
}

static bool flash_program(void *context, uint32_t address, const uint8_t *data, uint32_t length)
{
    const nfk_clr_deploy_flash_t *d = context;
    return k210_w25q_program(d->flash, address, data, length, d->max_busy_polls) == K210_W25Q_OK;
}

static bool flash_erase_block(void *context, uint32_t block_address)
{
    const nfk_clr_deploy_flash_t *d = context;
    return k210_w25q_erase_sector(d->flash, block_address, d->max_busy_polls) == K210_W25Q_OK;
}

nfk_wp_medium_t nfk_clr_deploy_flash_medium(nfk_clr_deploy_flash_t *deploy)
{
    return (nfk_wp_medium_t){ flash_read, flash_program, flash_erase_block, deploy };
}
