// The host's devices for the K210 natives, as the .NET host library simulates them: SPI flash is the raw image
// file named by NFK210_FLASH_IMAGE, files are the PC's, the LCD is a 320x240 RGB565 frame buffer written as BMP
// files (NFK210_LCD_OUTPUT or Lcd.SetOutput), the camera reads BMP/PPM/PGM files (NFK210_SENSOR_SOURCE or
// Sensor.SetSource), and a KPU run is the emulator on a worker thread.

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
#include <strings.h>
#include <sys/stat.h>

#include "nfk210_api.h"
#include "nfk210_image.h"
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

static bool read_whole(const char *path, std::vector<uint8_t> &bytes, nfk_glue::Error *error)
{
    FILE *f = path != nullptr ? fopen(path, "rb") : nullptr;
    if (f == nullptr)
    {
        error->fail(argument, "cannot read '%s': %s", path != nullptr ? path : "(null)", strerror(errno));
        return false;
    }
    uint8_t chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        bytes.insert(bytes.end(), chunk, chunk + n);
    bool failed = ferror(f) != 0;
    fclose(f);
    if (failed)
        error->fail(argument, "cannot read '%s': read error", path);
    return !failed;
}

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

// ---- LCD

static const int32_t screen_width = 320, screen_height = 240;
static std::vector<uint8_t> screen;
static std::string lcd_output;
static int frame_number;

static int write_frame(nfk_glue::Error *error)
{
    frame_number++;
    std::string folder = lcd_output;
    if (folder.empty() && getenv("NFK210_LCD_OUTPUT") != nullptr)
        folder = getenv("NFK210_LCD_OUTPUT");
    if (folder.find_first_not_of(" \t") == std::string::npos || screen.empty())
        return ok;
    mkdir(folder.c_str(), 0777); // an existing folder is fine; a real failure shows at fopen
    size_t bmp_size = 0;
    nfk_image_bmp_size(screen_width, screen_height, NFK_IMAGE_RGB565, &bmp_size);
    std::vector<uint8_t> bmp(bmp_size);
    if (nfk_image_bmp_encode(screen.data(), screen.size(), screen_width, screen_height, NFK_IMAGE_RGB565, bmp.data(),
                             bmp.size()) != ok)
        return error->fail(argument, "cannot encode the LCD frame: %s", nfk_image_last_error());
    char name[32];
    snprintf(name, sizeof name, "/frame_%05d.bmp", frame_number);
    std::string path = folder + name;
    nfk_glue::Error file_error;
    if (nfk_clr_file_write(path.c_str(), bmp.data(), bmp.size(), &file_error) != ok)
        return error->fail(argument, "cannot write the LCD frame to '%s': %s", folder.c_str(), file_error.message);
    return ok;
}

extern "C" int nfk_clr_lcd_init(int32_t *width, int32_t *height, nfk_glue::Error *error)
{
    (void)error;
    screen.assign((size_t)screen_width * screen_height * 2, 0);
    frame_number = 0;
    *width = screen_width;
    *height = screen_height;
    return ok;
}

extern "C" int nfk_clr_lcd_set_output(const char *folder, nfk_glue::Error *error)
{
    (void)error;
    lcd_output = folder != nullptr ? folder : "";
    return ok;
}

extern "C" int nfk_clr_lcd_display(const uint8_t *pixels, size_t size, int32_t width, int32_t height, int32_t format,
                                   nfk_glue::Error *error)
{
    if (pixels == nullptr || width <= 0 || height <= 0 || size != (size_t)width * height * (size_t)format)
        return error->fail(argument, "the image does not match %dx%d, %d bytes per pixel", width, height, format);
    std::vector<uint8_t> rgb565(pixels, pixels + size);
    if (format != NFK_IMAGE_RGB565)
    {
        rgb565.assign((size_t)width * height * 2, 0);
        if (nfk_image_convert(pixels, size, width, height, format, rgb565.data(), rgb565.size(), NFK_IMAGE_RGB565) !=
            ok)
            return error->fail(argument, "%s", nfk_image_last_error());
    }
    // Centred: the middle of a larger image, a smaller one in the middle of a black screen.
    std::vector<uint8_t> next((size_t)screen_width * screen_height * 2, 0);
    int32_t cw = width < screen_width ? width : screen_width, ch = height < screen_height ? height : screen_height;
    int32_t sx = (width - cw) / 2, sy = (height - ch) / 2, dx = (screen_width - cw) / 2, dy = (screen_height - ch) / 2;
    for (int32_t row = 0; row < ch; row++)
        memcpy(&next[(((size_t)(dy + row) * screen_width) + dx) * 2], &rgb565[(((size_t)(sy + row) * width) + sx) * 2],
               (size_t)cw * 2);
    screen.swap(next);
    return write_frame(error);
}

extern "C" int nfk_clr_lcd_clear(int32_t rgb, nfk_glue::Error *error)
{
    screen.assign((size_t)screen_width * screen_height * 2, 0);
    nfk_image_draw_rectangle(screen.data(), screen.size(), screen_width, screen_height, NFK_IMAGE_RGB565, 0, 0,
                             screen_width, screen_height, rgb, 1, 1);
    return write_frame(error);
}

// ---- Camera

static std::string sensor_source;
static std::vector<std::string> sensor_files;
static size_t sensor_next;

static bool is_image(const char *name)
{
    const char *dot = strrchr(name, '.');
    return dot != nullptr && (strcasecmp(dot, ".bmp") == 0 || strcasecmp(dot, ".ppm") == 0 ||
                              strcasecmp(dot, ".pgm") == 0 || strcasecmp(dot, ".pnm") == 0);
}

extern "C" int nfk_clr_sensor_set_source(const char *path, nfk_glue::Error *error)
{
    (void)error;
    sensor_source = path != nullptr ? path : "";
    sensor_files.clear();
    return ok;
}

extern "C" int nfk_clr_sensor_reset(nfk_glue::Error *error)
{
    std::string source = sensor_source;
    if (source.empty() && getenv("NFK210_SENSOR_SOURCE") != nullptr)
        source = getenv("NFK210_SENSOR_SOURCE");
    if (source.find_first_not_of(" \t") == std::string::npos)
        return error->fail(argument, "no camera on the PC: call Sensor.SetSource(path) or set NFK210_SENSOR_SOURCE to "
                                     "an image file or a folder of images");
    struct stat st;
    if (stat(source.c_str(), &st) != 0)
        return error->fail(argument, "the camera source '%s' does not exist", source.c_str());
    sensor_files.clear();
    if (S_ISDIR(st.st_mode))
    {
        DIR *dir = opendir(source.c_str());
        for (struct dirent *e; dir != nullptr && (e = readdir(dir)) != nullptr;)
        {
            std::string path = source + "/" + e->d_name;
            struct stat entry;
            if (is_image(e->d_name) && stat(path.c_str(), &entry) == 0 && S_ISREG(entry.st_mode))
                sensor_files.push_back(path);
        }
        if (dir != nullptr)
            closedir(dir);
        std::sort(sensor_files.begin(), sensor_files.end()); // ordinal, as the .NET host sorts
        if (sensor_files.empty())
            return error->fail(argument, "the folder '%s' holds no .bmp, .ppm, .pgm or .pnm file", source.c_str());
    }
    else
        sensor_files.push_back(source);
    sensor_next = 0;
    return ok;
}

extern "C" int nfk_clr_sensor_snapshot(uint8_t *pixels, size_t pixels_size, uint8_t *ai, size_t ai_size,
                                       int32_t frame_width, int32_t frame_height, int32_t x, int32_t y, int32_t width,
                                       int32_t height, int32_t format, nfk_glue::Error *error)
{
    if (sensor_files.empty())
        return error->fail(argument, "the camera has no frames: call Sensor.Reset after setting its source");
    std::string file = sensor_files[sensor_next];
    sensor_next = (sensor_next + 1) % sensor_files.size();

    std::vector<uint8_t> bytes;
    if (!read_whole(file.c_str(), bytes, error))
        return error->status;
    int32_t w = 0, h = 0, f = 0;
    std::vector<uint8_t> frame, next;
    if (nfk_image_probe(bytes.data(), bytes.size(), &w, &h, &f) != ok ||
        (frame.resize((size_t)w * h * f), nfk_image_decode(bytes.data(), bytes.size(), frame.data(), frame.size(), w,
                                                           h, f)) != ok)
        return error->fail(argument, "cannot decode '%s': %s", file.c_str(), nfk_image_last_error());
    if (f != format)
    {
        next.resize((size_t)w * h * format);
        if (nfk_image_convert(frame.data(), frame.size(), w, h, f, next.data(), next.size(), format) != ok)
            return error->fail(argument, "%s", nfk_image_last_error());
        frame.swap(next);
        f = format;
    }
    if (w != frame_width || h != frame_height)
    {
        next.resize((size_t)frame_width * frame_height * f);
        if (nfk_image_resize(frame.data(), frame.size(), w, h, f, next.data(), next.size(), frame_width,
                             frame_height) != ok)
            return error->fail(argument, "%s", nfk_image_last_error());
        frame.swap(next);
        w = frame_width;
        h = frame_height;
    }
    if (width != frame_width || height != frame_height)
    {
        next.resize((size_t)width * height * f);
        if (nfk_image_crop(frame.data(), frame.size(), w, h, f, x, y, width, height, next.data(), next.size()) != ok)
            return error->fail(argument, "%s", nfk_image_last_error());
        frame.swap(next);
        w = width;
        h = height;
    }
    if (pixels == nullptr || ai == nullptr || pixels_size > frame.size())
        return error->fail(argument, "the snapshot buffers do not match a %dx%d frame", w, h);
    if (nfk_image_pix_to_ai(frame.data(), frame.size(), w, h, f, ai, ai_size) != ok)
        return error->fail(argument, "%s", nfk_image_last_error());
    memcpy(pixels, frame.data(), pixels_size);
    return ok;
}
