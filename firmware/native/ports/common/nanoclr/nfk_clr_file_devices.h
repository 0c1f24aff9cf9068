// The LCD and camera natives over files (nfk_clr_file_devices.cpp), shared by the flavours that reach a PC's files:
// the host and qemu-virt (semihosting). The shared code keeps the frame buffer, decodes and encodes images with the
// C core's image API and reads and writes files with the port's nfk_clr_file_*; what a port gives it is below.
#ifndef NFK_CLR_FILE_DEVICES_H
#define NFK_CLR_FILE_DEVICES_H

#include "nfk_clr_glue.h"

// Receives one camera image path (nfk_clr_port_camera_files).
typedef void (*nfk_clr_add_path)(void *context, const char *path);

// The path named by `variable` (NFK210_SENSOR_SOURCE, NFK210_LCD_OUTPUT) when the app set none, or nullptr.
const char *nfk_clr_port_default_path(const char *variable);

// Makes the LCD's output folder when it is missing; a port that cannot leaves the first frame's write to fail.
void nfk_clr_port_make_folder(const char *folder);

// Calls add(context, path) for every image the camera source names: the file itself, or a folder's image files
// (nfk_clr_is_image_name) in ordinal order. Fails `error` for a missing source or one the port cannot list.
int nfk_clr_port_camera_files(const char *source, nfk_clr_add_path add, void *context, nfk_glue::Error *error);

// Whether a file name ends in an image extension the camera reads (.bmp, .ppm, .pgm, .pnm; any case).
bool nfk_clr_is_image_name(const char *name);

#endif
