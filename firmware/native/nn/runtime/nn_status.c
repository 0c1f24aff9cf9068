#include "nn_status.h"

#include <stdarg.h>
#include <stdio.h>

nn_status_t nn_fail(nn_error_t *err, nn_status_t code, const char *fmt, ...)
{
    if (err != NULL) {
        va_list ap;
        va_start(ap, fmt);
        err->code = code;
        vsnprintf(err->message, sizeof err->message, fmt, ap);
        va_end(ap);
    }
    return code;
}

const char *nn_status_name(nn_status_t code)
{
    switch (code) {
    case NN_OK: return "ok";
    case NN_ERR_ARGUMENT: return "invalid argument";
    case NN_ERR_TRUNCATED: return "truncated file";
    case NN_ERR_NOT_KMODEL: return "not a kmodel";
    case NN_ERR_UNSUPPORTED_VERSION: return "unsupported kmodel version";
    case NN_ERR_MALFORMED: return "malformed kmodel";
    case NN_ERR_UNKNOWN_LAYER: return "unknown layer type";
    case NN_ERR_UNSUPPORTED_LAYER: return "unsupported layer type";
    case NN_ERR_OUT_OF_MEMORY: return "out of memory";
    case NN_ERR_INPUT_SIZE: return "wrong input size";
    case NN_ERR_HARDWARE: return "hardware fault";
    case NN_ERR_STATE: return "invalid state";
    }
    return "unknown status";
}
