/* What every nfk_model_load_file shares (api/nfk210_model_file.c on POSIX hosts, the QEMU virt board's stdio one in
 * ports/qemu-virt/nanoclr, the K210 board's file-layer one in ports/k210/nanoclr): the argument check and the
 * "cannot read" failure, so that all three answer alike. How the file is read differs and stays with each. */
#ifndef NFK210_MODEL_FILE_H
#define NFK210_MODEL_FILE_H

#include <stddef.h>

#include "nfk210_api.h"
#include "nfk210_host.h"

/* Fails with NFK_STATUS_FILE_UNREADABLE and "cannot read '<path>': <reason>" (nfk_last_error). */
static inline int nfk_model_file_unreadable(const char *path, const char *reason)
{
    nn_error_t err;
    nn_fail(&err, (nn_status_t)NFK_STATUS_FILE_UNREADABLE, "cannot read '%s': %s", path, reason);
    return nfk_model_fail_from(&err);
}

/* Clears *out_model when given; NN_OK when both a path and a result pointer are given, else NN_ERR_ARGUMENT. */
static inline int nfk_model_file_check_arguments(const char *path, nfk_model **out_model)
{
    if (out_model != NULL)
        *out_model = NULL;
    if (path != NULL && out_model != NULL)
        return NN_OK;
    nn_error_t err;
    nn_fail(&err, NN_ERR_ARGUMENT, "a path and a result pointer are required");
    return nfk_model_fail_from(&err);
}

#endif
