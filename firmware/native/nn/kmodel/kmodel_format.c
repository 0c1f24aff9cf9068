#include "kmodel_format.h"

#include <string.h>

static uint32_t le32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

nn_status_t kmodel_identify(const uint8_t *data, size_t size, kmodel_format_t *format, nn_error_t *err)
{
    if (size < 4)
        return nn_fail(err, NN_ERR_TRUNCATED, "file has %zu bytes; a kmodel starts with at least a 4-byte version",
                       size);
    uint32_t first = le32(data);
    if (first == 3) {
        *format = KMODEL_FORMAT_V3;
        return NN_OK;
    }
    if (memcmp(data, "LDMK", 4) == 0) {
        if (size < 8)
            return nn_fail(err, NN_ERR_TRUNCATED, "file has %zu bytes and ends inside the version after \"LDMK\"",
                           size);
        uint32_t second = le32(data + 4);
        switch (second) {
        case 4:
            *format = KMODEL_FORMAT_V4;
            return NN_OK;
        case 5:
            *format = KMODEL_FORMAT_V5;
            return NN_OK;
        case 6:
        case 7:
            return nn_fail(err, NN_ERR_UNSUPPORTED_VERSION,
                           "kmodel V%u: made by nncase 2.x, which has no K210 target; compile the model with nncase "
                           "0.1 (V3), 0.2 (V4) or 1.x (V5) for the K210", second);
        default:
            return nn_fail(err, NN_ERR_UNSUPPORTED_VERSION, "kmodel with identifier \"LDMK\" and unknown version %u",
                           second);
        }
    }
    if (memcmp(data, "LDMS", 4) == 0 || memcmp(data, "LDME", 4) == 0)
        return nn_fail(err, NN_ERR_UNSUPPORTED_VERSION,
                       "MaixPy's own %s model container, not an nncase kmodel",
                       data[3] == 'S' ? "special ('SMDL')" : "encrypted ('EMDL')");
    if (first == 10003)
        return nn_fail(err, NN_ERR_UNSUPPORTED_VERSION, "MaixPy's encrypted kmodel V3 container (10003)");
    return nn_fail(err, NN_ERR_NOT_KMODEL,
                   "not a kmodel: the first word is 0x%08X (V3 files start with 3, V4/V5 with \"LDMK\"); a "
                   "pre-nncase model-compiler .bin has no header this runtime knows", first);
}
