/* nfk_model_load_file for the QEMU virt board, where files are the host's through semihosting and there is no
 * mmap: the file is read into a temporary buffer, loaded (nfk_model_load copies it into the model's memory), and the
 * buffer freed. Same results and messages as api/nfk210_model_file.c. */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nfk210_api.h"
#include "nfk210_host.h"
#include "nfk210_model_file.h"

NFK_API int nfk_model_load_file(const char *path, int profile, nfk_model **out_model)
{
    int checked = nfk_model_file_check_arguments(path, out_model);
    if (checked != NN_OK)
        return checked;
    FILE *f = fopen(path, "rb");
    if (f == NULL)
        return nfk_model_file_unreadable(path, strerror(errno));
    long length = fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
    if (length < 0 || fseek(f, 0, SEEK_SET) != 0) {
        fclose(f);
        return nfk_model_file_unreadable(path, "cannot tell its size");
    }
    uint8_t *bytes = malloc(length > 0 ? (size_t)length : 1u);
    if (bytes == NULL) {
        fclose(f);
        nn_error_t err;
        nn_fail(&err, NN_ERR_OUT_OF_MEMORY, "'%s' has %ld bytes, more than the heap has free", path, length);
        return nfk_model_fail_from(&err);
    }
    size_t got = length > 0 ? fread(bytes, 1, (size_t)length, f) : 0;
    fclose(f);
    int status = got == (size_t)length ? nfk_model_load(bytes, (size_t)length, profile, out_model)
                                       : nfk_model_file_unreadable(path, "read error");
    free(bytes);
    return status;
}
