/* File-layer drives over host directories (the host virtual device): the root name "" maps drive-less paths
 * ("\tmp\x.txt") to the host's own absolute paths, and "D:" maps the SD card to the folder NFK210_SD_ROOT names,
 * or, without it, to the FAT image file NFK210_SD_IMAGE names (SD-card emulation through the board's FAT code: read and
 * written like the card, read-only when the image file is). */
#ifndef NFK_FILE_LAYER_POSIX_H
#define NFK_FILE_LAYER_POSIX_H

#include "nfk_file_layer.h"

#ifdef __cplusplus
extern "C" {
#endif

/* The environment variable naming the folder that plays the SD card. */
#define NFK_FL_SD_ROOT_ENV "NFK210_SD_ROOT"

/* The environment variable naming a FAT image file that plays the SD card (when NFK210_SD_ROOT is not set). */
#define NFK_FL_SD_IMAGE_ENV "NFK210_SD_IMAGE"

/* Mounts root (e.g. "D:") on the host directory base ("" for the host's root); base must exist. */
nfk_fl_result_t nfk_fl_posix_mount(const char *root, const char *base, bool removable);

/* The host's drives: "" on the host root, and "D:" on $NFK210_SD_ROOT (a folder) or $NFK210_SD_IMAGE (a FAT image)
 * when one is set: an SD card slot whose card is present while that folder or file exists. Installs the slot hooks
 * and makes the process's working directory the layer's (relative paths start there, as on .NET). */
nfk_fl_result_t nfk_fl_posix_mount_defaults(void);

#ifdef __cplusplus
}
#endif

#endif
