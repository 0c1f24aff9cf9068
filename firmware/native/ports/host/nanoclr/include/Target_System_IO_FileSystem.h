/* System.IO.FileSystem is not part of the host runner. */
#ifndef NFK_TARGET_SYSTEM_IO_FILESYSTEM_H
#define NFK_TARGET_SYSTEM_IO_FILESYSTEM_H
#endif
