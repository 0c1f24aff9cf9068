/* Status codes and error reporting shared by the kmodel parsers, the runtime
 * and the drivers. Codes are stable: the C# library maps them to KpuException. */
#ifndef NN_STATUS_H
#define NN_STATUS_H

#include <stddef.h>

typedef enum nn_status {
    NN_OK = 0,
    NN_ERR_ARGUMENT = 1,          /* null pointer, bad index */
    NN_ERR_TRUNCATED = 2,         /* file ends inside a header, table or body */
    NN_ERR_NOT_KMODEL = 3,        /* first bytes match no known kmodel format */
    NN_ERR_UNSUPPORTED_VERSION = 4,
    NN_ERR_MALFORMED = 5,         /* a field is out of range or inconsistent */
    NN_ERR_UNKNOWN_LAYER = 6,     /* layer type / opcode not known */
    NN_ERR_UNSUPPORTED_LAYER = 7, /* known, but the runtime does not run it */
    NN_ERR_OUT_OF_MEMORY = 8,     /* does not fit: message gives needed vs available */
    NN_ERR_INPUT_SIZE = 9,        /* input tensor of the wrong size */
    NN_ERR_HARDWARE = 10,         /* KPU/DMA did not complete or reported a fault */
    NN_ERR_STATE = 11,            /* call out of order (e.g. output before run) */
} nn_status_t;

#define NN_ERROR_MESSAGE_BYTES 320

typedef struct nn_error {
    nn_status_t code;
    char message[NN_ERROR_MESSAGE_BYTES];
} nn_error_t;

/* Records code and a printf-style message in err (if err is not NULL); returns code. */
nn_status_t nn_fail(nn_error_t *err, nn_status_t code, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));

const char *nn_status_name(nn_status_t code);

#endif
