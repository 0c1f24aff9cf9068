// The K210 board's devices for the K210 natives (firmware/native/clr): a KPU run is the real KPU through the seam,
// waiting for each layer on the KPU interrupt (main.c routes it) and run to completion before the native returns
// (the layer runtime drives the KPU from the CPU: there is no run to leave in the background); files are the file
// layer's (the SD card as D:); SPI flash is the W25Q main.c probed. The LCD and camera drivers are not wired to
// nanoCLR yet: those natives report it (ports/common/nanoclr/nfk_clr_board_no_camera_lcd.cpp, with the reason from
// nfk_clr_board_lacks below). The KPU run is the boards' shared one (ports/common/nanoclr/nfk_clr_board_devices.cpp).

#include <nanoCLR_Runtime.h>
#include <nanoHAL_v2.h>

extern "C"
{
#include "k210_w25q.h" // a C header without its own extern "C"
}
#include "nfk210_api.h"
#include "nfk_clr_board_devices.h"
#include "nfk_clr_glue.h"
#include "nfk_file_layer.h"
#include "nn_status.h"

// The flash main.c probed, or nullptr.
extern "C" const k210_w25q_t *nfk_clr_board_flash;

// Opens a file of the file layer; false with the reason in `error`.
static bool open_file(const char *path, nfk_fl_file_t *file, nfk_glue::Error *error)
{
    nfk_fl_result_t r = path != nullptr ? nfk_fl_open(path, file) : NFK_FL_BAD_ARGUMENT;
    if (r != NFK_FL_OK)
        error->fail(NN_ERR_ARGUMENT, "cannot open '%s': %s", path != nullptr ? path : "(null)", nfk_fl_result_text(r));
    return r == NFK_FL_OK;
}

extern "C" int nfk_clr_file_size(const char *path, nfk_glue::Error *error)
{
    nfk_fl_file_t file;
    if (!open_file(path, &file, error))
        return -1;
    int64_t length = 0;
    nfk_fl_result_t r = nfk_fl_length(&file, &length);
    nfk_fl_close(&file);
    if (r != NFK_FL_OK)
    {
        error->fail(NN_ERR_ARGUMENT, "cannot tell the size of '%s': %s", path, nfk_fl_result_text(r));
        return -1;
    }
    if (length > INT32_MAX)
    {
        error->fail(NN_ERR_ARGUMENT, "the file has %ld bytes, more than a byte array holds", (long)length);
        return -1;
    }
    return (int)length;
}

extern "C" int nfk_clr_file_read(const char *path, uint8_t *buffer, size_t size, nfk_glue::Error *error)
{
    nfk_fl_file_t file;
    if (!open_file(path, &file, error))
        return error->status;
    size_t got = 0;
    nfk_fl_result_t r = size > 0 ? nfk_fl_read(&file, buffer, size, &got) : NFK_FL_OK;
    nfk_fl_close(&file);
    if (r != NFK_FL_OK)
        return error->fail(NN_ERR_ARGUMENT, "cannot read '%s': %s", path, nfk_fl_result_text(r));
    if (got != size)
        return error->fail(NN_ERR_ARGUMENT, "the file ended after %u of %u bytes", (unsigned)got, (unsigned)size);
    return NN_OK;
}

extern "C" int nfk_clr_file_write(const char *path, const uint8_t *data, size_t size, nfk_glue::Error *error)
{
    nfk_fl_file_t file;
    if (!open_file(path, &file, error))
        return error->status;
    size_t put = 0;
    nfk_fl_result_t r = nfk_fl_set_length(&file, 0);
    if (r == NFK_FL_OK && size > 0)
        r = nfk_fl_write(&file, data, size, &put);
    nfk_fl_result_t closed = nfk_fl_close(&file);
    if (r == NFK_FL_OK)
        r = closed;
    return r == NFK_FL_OK ? NN_OK
                          : error->fail(NN_ERR_ARGUMENT, "cannot write '%s': %s", path, nfk_fl_result_text(r));
}

extern "C" int nfk_clr_flash_read(uint32_t offset, uint8_t *buffer, size_t size, nfk_glue::Error *error)
{
    if (nfk_clr_board_flash == nullptr)
        return error->fail(NN_ERR_HARDWARE, "no SPI flash answered at start-up");
    if ((uint64_t)offset + size > nfk_clr_board_flash->size)
        return error->fail(NN_ERR_TRUNCATED, "the flash has %u bytes, reading %u at 0x%X passes its end",
                           (unsigned)nfk_clr_board_flash->size, (unsigned)size, (unsigned)offset);
    if (size > 0 && k210_w25q_read(nfk_clr_board_flash, offset, buffer, size) != K210_W25Q_OK)
        return error->fail(NN_ERR_HARDWARE, "the SPI flash read of %u bytes at 0x%X failed", (unsigned)size,
                           (unsigned)offset);
    return NN_OK;
}

int nfk_clr_board_lacks(const char *device, nfk_glue::Error *error)
{
    return error->fail(NN_ERR_HARDWARE, "nanoclr-board does not drive the %s yet (the model runner does)", device);
}
