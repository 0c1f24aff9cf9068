// The host's devices for the K210 natives, as the .NET host library simulates them: SPI flash is the raw image
// file named by NFK210_FLASH_IMAGE, files are the PC's, and a KPU run is the emulator on a worker thread. The LCD
// (BMP frames into NFK210_LCD_OUTPUT or Lcd.SetOutput's folder) and the camera (BMP/PPM/PGM files from
// NFK210_SENSOR_SOURCE or Sensor.SetSource, a file or a folder) are the shared nfk_clr_file_devices.cpp's; this file
// gives them the environment, mkdir and folder listing.

// The C++ library first: nanoCLR's headers define min/max macros.
#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include <nanoCLR_Runtime.h>
#include <nanoHAL_v2.h>

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "nfk210_api.h"
#include "nfk_clr_file_devices.h"
#include "nfk_clr_glue.h"
#include "nfk_clr_kpu_job.h"

enum
{
    ok = 0,
    argument = 1,  // NN_ERR_ARGUMENT
    truncated = 2, // NN_ERR_TRUNCATED
};

// ---- KPU: the emulator completes the run on a worker thread, then sets the event the waiting thread sleeps on.

extern "C" void nfk_clr_kpu_start(nfk_clr_kpu_job *job)
{
    std::thread([job]() {
        job->status = nfk_model_run_layers(job->model, job->input, job->input_size, job->layer_count);
        if (job->status != 0)
            snprintf(job->message, sizeof job->message, "%s", nfk_last_error()); // the worker's thread-local error
        __atomic_store_n(&job->finished, 1, __ATOMIC_RELEASE);
        Events_Set(NFK_KPU_SYSTEM_EVENT);
    }).detach();
}

// ---- Files

extern "C" int nfk_clr_file_size(const char *path, nfk_glue::Error *error)
{
    struct stat st;
    if (path == nullptr || stat(path, &st) != 0)
    {
        error->fail(argument, "%s", path == nullptr ? "no path" : strerror(errno));
        return -1;
    }
    if (S_ISDIR(st.st_mode))
    {
        error->fail(argument, "'%s' is a directory", path);
        return -1;
    }
    if (st.st_size > INT32_MAX)
    {
        error->fail(argument, "the file has %lld bytes, more than a byte array holds", (long long)st.st_size);
        return -1;
    }
    return (int)st.st_size;
}

extern "C" int nfk_clr_file_read(const char *path, uint8_t *buffer, size_t size, nfk_glue::Error *error)
{
    FILE *f = path != nullptr ? fopen(path, "rb") : nullptr;
    if (f == nullptr)
        return error->fail(argument, "%s", path == nullptr ? "no path" : strerror(errno));
    size_t got = size > 0 ? fread(buffer, 1, size, f) : 0;
    fclose(f);
    if (got != size)
        return error->fail(argument, "the file ended after %zu of %zu bytes", got, size);
    return ok;
}

extern "C" int nfk_clr_file_write(const char *path, const uint8_t *data, size_t size, nfk_glue::Error *error)
{
    FILE *f = path != nullptr ? fopen(path, "wb") : nullptr;
    if (f == nullptr)
        return error->fail(argument, "%s", path == nullptr ? "no path" : strerror(errno));
    bool written = (size == 0 || fwrite(data, 1, size, f) == size);
    if (fclose(f) != 0)
        written = false;
    return written ? ok : error->fail(argument, "write error");
}

// ---- SPI flash

extern "C" int nfk_clr_flash_read(uint32_t offset, uint8_t *buffer, size_t size, nfk_glue::Error *error)
{
    const char *path = getenv("NFK210_FLASH_IMAGE");
    if (path == nullptr || path[strspn(path, " \t")] == '\0')
        return error->fail(argument, "set NFK210_FLASH_IMAGE to a raw flash image file: the PC has no SPI flash");
    FILE *f = fopen(path, "rb");
    if (f == nullptr)
        return error->fail(argument, "cannot open the flash image '%s': %s", path, strerror(errno));
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || (uint64_t)offset + size > (uint64_t)st.st_size)
    {
        fclose(f);
        return error->fail(truncated, "the flash image '%s' has %lld bytes, reading %zu at 0x%X passes its end", path,
                           (long long)st.st_size, size, (unsigned)offset);
    }
    bool read = fseek(f, (long)offset, SEEK_SET) == 0 && (size == 0 || fread(buffer, 1, size, f) == size);
    fclose(f);
    return read ? ok : error->fail(argument, "cannot read the flash image '%s'", path);
}

// ---- The LCD and the camera (ports/common/nanoclr/nfk_clr_file_devices.cpp) over the PC's files

const char *nfk_clr_port_default_path(const char *variable)
{
    return getenv(variable);
}

void nfk_clr_port_make_folder(const char *folder)
{
    mkdir(folder, 0777); // an existing folder is fine; a real failure shows when the frame is written
}

int nfk_clr_port_camera_files(const char *source, nfk_clr_add_path add, void *context, nfk_glue::Error *error)
{
    struct stat st;
    if (stat(source, &st) != 0)
        return error->fail(argument, "the camera source '%s' does not exist", source);
    if (!S_ISDIR(st.st_mode))
    {
        add(context, source);
        return ok;
    }
    std::vector<std::string> files;
    DIR *dir = opendir(source);
    for (struct dirent *e; dir != nullptr && (e = readdir(dir)) != nullptr;)
    {
        std::string path = std::string(source) + "/" + e->d_name;
        struct stat entry;
        if (nfk_clr_is_image_name(e->d_name) && stat(path.c_str(), &entry) == 0 && S_ISREG(entry.st_mode))
            files.push_back(path);
    }
    if (dir != nullptr)
        closedir(dir);
    std::sort(files.begin(), files.end()); // ordinal, as the .NET host sorts
    if (files.empty())
        return error->fail(argument, "the folder '%s' holds no .bmp, .ppm, .pgm or .pnm file", source);
    for (const std::string &file : files)
        add(context, file.c_str());
    return ok;
}
