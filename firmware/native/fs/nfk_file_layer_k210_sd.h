/* The board's SD slot for the file layer: the card on the board's SPI (pins and chip select from k210_board.h) as
 * the FAT drive "D:", read and written (CMD24 block writes). Installs the slot hooks that SDCard.Mount/Unmount and
 * DriveInfo.MountRemovableVolumes call, and makes "D:\" the working directory (relative paths are on the card).
 * K210 builds only. */
#ifndef NFK_FILE_LAYER_K210_SD_H
#define NFK_FILE_LAYER_K210_SD_H

#include "nfk_file_layer.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Installs the hooks, sets the working directory and tries once to mount the card (no card is not an error: the app
 * may mount later). */
nfk_fl_result_t nfk_fl_k210_sd_install(void);

/* What the last card start-up said ("no card", a FAT problem), or "". */
const char *nfk_fl_k210_sd_message(void);

#ifdef __cplusplus
}
#endif

#endif
