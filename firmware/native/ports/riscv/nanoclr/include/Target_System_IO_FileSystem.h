/* No System.IO.FileSystem drives on the RV64 image (yet); the upstream header includes this unconditionally. */
#ifndef TARGET_SYSTEM_IO_FILESYSTEM_H
#define TARGET_SYSTEM_IO_FILESYSTEM_H
#endif
