/* A file-layer drive over semihosting (the QEMU virt board): the root name "" maps drive-less paths
 * ("/data/models/m.kmodel", "\tmp\x.txt") to the host's own absolute paths, as on the host virtual device.
 *
 * Semihosting opens, reads, writes, seeks, closes, measures, removes and renames host files, and runs host commands
 * (SYS_SYSTEM, used only for `mkdir` and for a `find` that lists a folder into a scratch file under /tmp). So files
 * and folders work as on the host (a path is a directory when the host refuses to open it for writing with EISDIR);
 * changing attributes and drive sizes answer NFK_FL_UNSUPPORTED (the natives raise NotSupportedException), and a
 * file can only be truncated to 0 bytes or grown. QEMU-virt builds only. */
#ifndef NFK_FILE_LAYER_SEMIHOST_H
#define NFK_FILE_LAYER_SEMIHOST_H

#include "nfk_file_layer.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Open files at once (semihosting handles are the host's; this bounds the table the drive keeps). */
#define NFK_FL_SEMIHOST_MAX_FILES 8u

/* Mounts the drive-less root "" on the host's file system. */
nfk_fl_result_t nfk_fl_semihost_mount(void);

#ifdef __cplusplus
}
#endif

#endif
