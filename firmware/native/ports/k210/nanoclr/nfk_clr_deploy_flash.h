/* The K210 board's DEPLOYMENT region on its SPI flash (W25Q on SPI3), as the wire protocol's medium: what
 * `nfk210 deploy` erases, writes and checks, and what the board loads its app from at start. */
#ifndef NFK_CLR_DEPLOY_FLASH_H
#define NFK_CLR_DEPLOY_FLASH_H

#include <stdint.h>

#include "k210_w25q.h"
#include "nfk_wp_deployment_storage.h"

typedef struct nfk_clr_deploy_flash {
    const k210_w25q_t *flash;
    uint32_t max_busy_polls; /* status reads before an erase or a program counts as stuck */
} nfk_clr_deploy_flash_t;

/* The medium over deploy (which must outlive it): flash offsets are the region's addresses, blocks are the flash's
 * 4 KiB sectors. */
nfk_wp_medium_t nfk_clr_deploy_flash_medium(nfk_clr_deploy_flash_t *deploy);

#endif
