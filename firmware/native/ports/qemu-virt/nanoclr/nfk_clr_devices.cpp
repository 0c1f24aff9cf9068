// The QEMU virt board's devices for the K210 natives (firmware/native/clr): files are the host's, through
// semihosting; SPI flash is a raw image file named by --flash; a KPU run is the emulator behind the register seam,
// run to completion at once (there is one hart and no KPU interrupt to wait for). The board has no LCD or camera.
// The KPU run and the LCD and camera natives are the boards' shared ones
// (ports/common/nanoclr/nfk_clr_board_devices.cpp).

#include <nanoCLR_Runtime.h>
#include <nanoHAL_v2.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

#include "nfk210_api.h"
#include "nfk_clr_board_devices.h"
#include "nfk_clr_glue.h"
#include "nn_status.h"

// The flash image file (main.c's --flash), or nullptr.
extern "C" const char *nfk_clr_qemu_flash_image;

// Opens a host file; nullptr with the reason in `error`.
static FILE *open_file(const char *path, const char *mode, nfk_glue::Error *error)
{
    FILE *f = path != nullptr ? fopen(path, mode) : nullptr;
    if (f == nullptr)
        error->fail(NN_ERR_ARGUMENT, "cannot open '%s' on the host (semihosting): %s",
                    path != nullptr ? path : "(null)", strerror(errno));
    return f;
}

static long file_length(FILE *f)
{
    return fseek(f, 0, SEEK_END) == 0 ? ftell(f) : -1;
}

extern "C" int nfk_clr_file_size(const char *path, nfk_glue::Error *error)
{
    FILE *f = open_file(path, "rb", error);
    if (f == nullptr)
        return -1;
    long length = file_length(f);
    fclose(f);
    if (length < 0)
    {
        error->fail(NN_ERR_ARGUMENT, "cannot tell the size of '%s'", path);
        return -1;
    }
    if (length > INT32_MAX)
    {
        error->fail(NN_ERR_ARGUMENT, "the file has %ld bytes, more than a byte array holds", length);
        return -1;
    }
    return (int)length;
}

extern "C" int nfk_clr_file_read(const char *path, uint8_t *buffer, size_t size, nfk_glue::Error *error)
{
    FILE *f = open_file(path, "rb", error);
    if (f == nullptr)
        return error->status;
    size_t got = size > 0 ? fread(buffer, 1, size, f) : 0;
    fclose(f);
    if (got != size)
        return error->fail(NN_ERR_ARGUMENT, "the file ended after %u of %u bytes", (unsigned)got, (unsigned)size);
    return NN_OK;
}

extern "C" int nfk_clr_file_write(const char *path, const uint8_t *data, size_t size, nfk_glue::Error *error)
{
    FILE *f = open_file(path, "wb", error);
    if (f == nullptr)
        return error->status;
    bool written = size == 0 || fwrite(data, 1, size, f) == size;
    if (fclose(f) != 0)
        written = false;
    return written ? NN_OK : error->fail(NN_ERR_ARGUMENT, "cannot write '%s'", path);
}

extern "C" int nfk_clr_flash_read(uint32_t offset, uint8_t *buffer, size_t size, nfk_glue::Error *error)
{
    if (nfk_clr_qemu_flash_image == nullptr)
        return error->fail(NN_ERR_ARGUMENT, "the virt board has no SPI flash: name a raw flash image with --flash");
    FILE *f = open_file(nfk_clr_qemu_flash_image, "rb", error);
    if (f == nullptr)
        return error->status;
    long length = file_length(f);
    if (length < 0 || (uint64_t)offset + size > (uint64_t)length)
    {
        fclose(f);
        return error->fail(NN_ERR_TRUNCATED, "the flash image '%s' has %ld bytes, reading %u at 0x%X passes its end",
                           nfk_clr_qemu_flash_image, length, (unsigned)size, (unsigned)offset);
    }
    bool read = fseek(f, (long)offset, SEEK_SET) == 0 && (size == 0 || fread(buffer, 1, size, f) == size);
    fclose(f);
    return read ? NN_OK : error->fail(NN_ERR_ARGUMENT, "cannot read the flash image '%s'", nfk_clr_qemu_flash_image);
}

int nfk_clr_board_lacks(const char *device, nfk_glue::Error *error)
{
    return error->fail(NN_ERR_HARDWARE, "the QEMU virt board has no %s (run on the host or the board)", device);
}
