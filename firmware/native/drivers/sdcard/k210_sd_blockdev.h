/* The SD card as the FAT layer's block device. */
#ifndef K210_SD_BLOCKDEV_H
#define K210_SD_BLOCKDEV_H

#include "fat.h"
#include "k210_sdcard.h"

/* block_count: the card's size in blocks (or the largest the FAT layer may address). */
fat_blockdev_t k210_sd_blockdev(k210_sdcard_t *card, uint32_t block_count);

#endif
