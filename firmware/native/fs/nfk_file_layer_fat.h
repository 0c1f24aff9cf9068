/* File-layer drives over FAT volumes (fat.h): the SD card on the board, and an SD-card image on the host. When the
 * block device has a write callback the drive reads and writes (files, directories, renames, attributes; a full
 * volume answers NFK_FL_NO_SPACE); without one it is read-only: creating a file answers NFK_FL_ACCESS_DENIED, and
 * files report the read-only attribute so the managed FileStream refuses write access up front. No allocation:
 * volumes and open files come from static pools. */
#ifndef NFK_FILE_LAYER_FAT_H
#define NFK_FILE_LAYER_FAT_H

#include "fat.h"
#include "nfk_file_layer.h"

#ifdef __cplusplus
extern "C" {
#endif

#define NFK_FL_FAT_MAX_FILES 8u /* open files over all FAT drives */

/* Mounts the FAT volume on dev (a bare volume or the first FAT partition) as root. The device must stay valid while
 * mounted. NFK_FL_IO_ERROR when dev has no usable FAT volume (fat_mount's message: nfk_fl_fat_last_message). */
nfk_fl_result_t nfk_fl_fat_mount(const char *root, bool removable, const fat_blockdev_t *dev);

/* Unmounts root and frees its volume; files still open on it fail from then on. */
nfk_fl_result_t nfk_fl_fat_unmount(const char *root);

/* Local time for the time stamps of created and written entries: fills the fields, false when the time is unknown.
 * Without a clock (the board has no RTC set) entries get 1980-01-01 00:00. */
typedef bool (*nfk_fl_fat_clock_fn)(unsigned *year, unsigned *month, unsigned *day, unsigned *hour, unsigned *minute,
                                    unsigned *second);
void nfk_fl_fat_set_clock(nfk_fl_fat_clock_fn clock);

/* What the last failed FAT operation was about (fat_volume.message), or "". */
const char *nfk_fl_fat_last_message(void);

#ifdef __cplusplus
}
#endif

#endif
