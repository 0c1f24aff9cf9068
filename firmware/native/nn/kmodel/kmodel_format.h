/* Which kmodel format a file is, from its first bytes (spec/kmodel-v4.md §2). */
#ifndef KMODEL_FORMAT_H
#define KMODEL_FORMAT_H

#include <stddef.h>
#include <stdint.h>

#include "nn_status.h"

typedef enum kmodel_format {
    KMODEL_FORMAT_V3 = 3, /* nncase v0.1.x: u32 version 3, arch 0 */
    KMODEL_FORMAT_V4 = 4, /* nncase v0.2.x: "LDMK", version 4 */
    KMODEL_FORMAT_V5 = 5, /* nncase v1.x: "LDMK", version 5 */
} kmodel_format_t;

/* NN_OK with the format for V3, V4 and V5 (what this runtime runs); otherwise
 * a status and a message that names what the file is: nncase 2.x, MaixPy's
 * encrypted containers, or not a kmodel. */
nn_status_t kmodel_identify(const uint8_t *data, size_t size, kmodel_format_t *format, nn_error_t *err);

#endif
