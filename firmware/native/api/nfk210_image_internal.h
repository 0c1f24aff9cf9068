/* Shared by the nfk_image_* and nfk_yolo2_* implementations: one thread-local last error. */
#ifndef NFK210_IMAGE_INTERNAL_H
#define NFK210_IMAGE_INTERNAL_H

#include "nn_status.h"

/* Records err as the last error of the image API; returns its code. */
int nfk_image_fail_from(const nn_error_t *err);

#endif
