// The QEMU virt board's devices for the K210 natives (firmware/native/clr): files are the host's, through
// semihosting; SPI flash is a raw image file named by --flash; a KPU run is the emulator behind the register seam,
// run to completion at once (there is one hart and no KPU interrupt to wait for): the boards' shared one
// (ports/common/nanoclr/nfk_clr_board_devices.cpp). The LCD and the camera are host files as on the PC
// (ports/common/nanoclr/nfk_clr_file_devices.cpp), without the PC's environment defaults: the app names the camera's
// image file (Sensor.SetSource) and the LCD's existing output folder (Lcd.SetOutput); semihosting can neither list
// nor create a folder.

#include <nanoCLR_Runtime.h>
#include <nanoHAL_v2.h>

#include <errno.h>
#include <stdio.h>
#include <string.h>

extern "C"
{
#include <semihost.h> // picolibc's: a C header without extern "C"
}

#include "nfk210_api.h"
#include "nfk_clr_file_devices.h"
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

// ---- What the LCD and the camera need from the board (nfk_clr_file_devices.h)

// QEMU reports the host's errno (Linux's value).
static const int host_eisdir = 21;

const char *nfk_clr_port_default_path(const char *variable)
{
    (void)variable; // no environment under QEMU
    return nullptr;
}

void nfk_clr_port_make_folder(const char *folder)
{
    (void)folder; // semihosting cannot create a folder: a missing one fails the frame's write, naming the folder
}

int nfk_clr_port_camera_files(const char *source, nfk_clr_add_path add, void *context, nfk_glue::Error *error)
{
    FILE *f = fopen(source, "rb");
    if (f == nullptr)
        return error->fail(NN_ERR_ARGUMENT, "the camera source '%s' does not exist or cannot be read on the host: %s",
                           source, strerror(errno));
    fclose(f);
    // The host opens a folder for reading too (Linux), and reading it returns no error through semihosting; opening
    // it for writing fails with the host's EISDIR, as the file layer tells folders (fs/nfk_file_layer_semihost.c).
    int fd = sys_semihost_open(source, SH_OPEN_R_PLUS_B);
    bool folder = fd < 0 && sys_semihost_errno() == host_eisdir;
    if (fd >= 0)
        sys_semihost_close(fd);
    if (folder)
        return error->fail(NN_ERR_ARGUMENT,
                           "the camera source '%s' is a folder: a folder needs a listing semihosting lacks; name one "
                           "image file",
                           source);
    add(context, source);
    return NN_OK;
}
