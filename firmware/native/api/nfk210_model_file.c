/* nfk_model_load_file: a kmodel file mapped into memory and loaded from there, so the file's bytes are copied once,
 * into the model's arena (never first into a heap buffer). POSIX hosts only. */
#define _POSIX_C_SOURCE 200809L

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "nfk210_api.h"
#include "nfk210_host.h"
#include "nfk210_model_file.h"

/* A kmodel lives in the K210's 16 MiB SPI flash: anything larger is refused before it is mapped. */
#define NFK_MODEL_FILE_MAX (16L * 1024 * 1024)

NFK_API int nfk_model_load_file(const char *path, int profile, nfk_model **out_model)
{
    int checked = nfk_model_file_check_arguments(path, out_model);
    if (checked != NN_OK)
        return checked;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return nfk_model_file_unreadable(path, strerror(errno));
    struct stat st;
    if (fstat(fd, &st) != 0) {
        int status = nfk_model_file_unreadable(path, strerror(errno));
        close(fd);
        return status;
    }
    if (!S_ISREG(st.st_mode)) {
        /* a device such as /dev/zero has no size to map; say what it is rather than errno's "Success" */
        int status =
            nfk_model_file_unreadable(path, S_ISDIR(st.st_mode) ? "it is a directory" : "it is not a regular file");
        close(fd);
        return status;
    }
    if (st.st_size > NFK_MODEL_FILE_MAX) {
        int status = nfk_model_file_unreadable(path, "it is larger than 16 MiB, the flash a kmodel must fit");
        close(fd);
        return status;
    }
    size_t size = (size_t)st.st_size;
    static const uint8_t nothing[1];
    const uint8_t *bytes = nothing;
    void *map = NULL;
    if (size > 0) {
        map = mmap(NULL, size, PROT_READ, MAP_PRIVATE, fd, 0);
        if (map == MAP_FAILED) {
            int status = nfk_model_file_unreadable(path, strerror(errno));
            close(fd);
            return status;
        }
        bytes = map;
    }
    close(fd);
    int status = nfk_model_load(bytes, size, profile, out_model);
    if (map != NULL)
        munmap(map, size);
    return status;
}
