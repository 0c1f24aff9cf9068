// The LCD and the camera as files, as the .NET host library simulates them: the LCD is a 320x240 RGB565 frame buffer
// written as a BMP file per frame into the output folder (Lcd.SetOutput, or the port's NFK210_LCD_OUTPUT default;
// nothing is written without one), and the camera decodes BMP/PPM/PGM files (Sensor.SetSource, or the port's
// NFK210_SENSOR_SOURCE default), one per snapshot, round robin. Bare-metal clean (platform_malloc, hal_strlen_s):
// qemu-virt compiles it as well as the host. File access is the port's (nfk_clr_file_* and nfk_clr_file_devices.h).

#include <nanoCLR_Runtime.h>
#include <nanoHAL_v2.h>

#include <stdio.h>
#include <string.h>

#include "nfk210_image.h"
#include "nfk_clr_file_devices.h"
#include "nfk_clr_glue.h"
#include "nn_status.h"

namespace
{

// A platform_malloc'd block, freed when it goes out of scope.
struct Block
{
    uint8_t *data = nullptr;
    size_t size = 0;

    Block() = default;
    Block(const Block &) = delete;
    Block &operator=(const Block &) = delete;
    ~Block() { platform_free(data); }

    bool allocate(size_t bytes)
    {
        platform_free(data);
        data = static_cast<uint8_t *>(platform_malloc(bytes > 0 ? bytes : 1));
        size = data != nullptr ? bytes : 0;
        return data != nullptr;
    }
    void swap(Block &other)
    {
        uint8_t *d = data;
        size_t s = size;
        data = other.data;
        size = other.size;
        other.data = d;
        other.size = s;
    }
};

// A platform_malloc'd copy of `text` (an empty one for nullptr), or nullptr when memory ran out.
char *copy_text(const char *text)
{
    size_t length = text != nullptr ? hal_strlen_s(text) : 0;
    char *copy = static_cast<char *>(platform_malloc(length + 1));
    if (copy != nullptr)
    {
        if (length > 0)
            memcpy(copy, text, length);
        copy[length] = '\0';
    }
    return copy;
}

bool blank(const char *text)
{
    return text == nullptr || text[strspn(text, " \t")] == '\0';
}

// The app's path, else the port's default for `variable`.
const char *chosen(const char *app_path, const char *variable)
{
    return blank(app_path) ? nfk_clr_port_default_path(variable) : app_path;
}

int out_of_memory(size_t bytes, nfk_glue::Error *error)
{
    return error->fail(NN_ERR_ARGUMENT, "out of memory for %u bytes", (unsigned)bytes);
}

} // namespace

bool nfk_clr_is_image_name(const char *name)
{
    const char *dot = strrchr(name, '.');
    if (dot == nullptr || hal_strlen_s(dot) != 4)
        return false;
    char lower[5];
    for (int i = 0; i < 5; i++)
        lower[i] = (char)(dot[i] >= 'A' && dot[i] <= 'Z' ? dot[i] - 'A' + 'a' : dot[i]);
    return strcmp(lower, ".bmp") == 0 || strcmp(lower, ".ppm") == 0 || strcmp(lower, ".pgm") == 0 ||
           strcmp(lower, ".pnm") == 0;
}

// ---- LCD

static const int32_t screen_width = 320, screen_height = 240;
static const size_t screen_bytes = (size_t)screen_width * screen_height * 2;
static Block screen;
static char *lcd_output;
static int frame_number;

static int write_frame(nfk_glue::Error *error)
{
    frame_number++;
    const char *folder = chosen(lcd_output, "NFK210_LCD_OUTPUT");
    if (blank(folder) || screen.data == nullptr)
        return NN_OK;
    nfk_clr_port_make_folder(folder);
    size_t bmp_size = 0;
    nfk_image_bmp_size(screen_width, screen_height, NFK_IMAGE_RGB565, &bmp_size);
    Block bmp;
    if (!bmp.allocate(bmp_size))
        return out_of_memory(bmp_size, error);
    if (nfk_image_bmp_encode(screen.data, screen.size, screen_width, screen_height, NFK_IMAGE_RGB565, bmp.data,
                             bmp.size) != NN_OK)
        return error->fail(NN_ERR_ARGUMENT, "cannot encode the LCD frame: %s", nfk_image_last_error());
    size_t path_size = hal_strlen_s(folder) + 32;
    Block path;
    if (!path.allocate(path_size))
        return out_of_memory(path_size, error);
    snprintf(reinterpret_cast<char *>(path.data), path_size, "%s/frame_%05d.bmp", folder, frame_number);
    nfk_glue::Error file_error;
    file_error.clear();
    if (nfk_clr_file_write(reinterpret_cast<char *>(path.data), bmp.data, bmp.size, &file_error) != NN_OK)
        return error->fail(NN_ERR_ARGUMENT, "cannot write the LCD frame to '%s': %s", folder, file_error.message);
    return NN_OK;
}

extern "C" int nfk_clr_lcd_init(int32_t *width, int32_t *height, nfk_glue::Error *error)
{
    if (!screen.allocate(screen_bytes))
        return out_of_memory(screen_bytes, error);
    memset(screen.data, 0, screen.size);
    frame_number = 0;
    *width = screen_width;
    *height = screen_height;
    return NN_OK;
}

extern "C" int nfk_clr_lcd_set_output(const char *folder, nfk_glue::Error *error)
{
    char *copy = copy_text(folder);
    if (copy == nullptr)
        return out_of_memory(hal_strlen_s(folder) + 1, error);
    platform_free(lcd_output);
    lcd_output = copy;
    return NN_OK;
}

extern "C" int nfk_clr_lcd_display(const uint8_t *pixels, size_t size, int32_t width, int32_t height, int32_t format,
                                   nfk_glue::Error *error)
{
    if (pixels == nullptr || width <= 0 || height <= 0 || size != (size_t)width * height * (size_t)format)
        return error->fail(NN_ERR_ARGUMENT, "the image does not match %dx%d, %d bytes per pixel", (int)width,
                           (int)height, (int)format);
    Block converted;
    const uint8_t *rgb565 = pixels;
    if (format != NFK_IMAGE_RGB565)
    {
        size_t bytes = (size_t)width * height * 2;
        if (!converted.allocate(bytes))
            return out_of_memory(bytes, error);
        memset(converted.data, 0, bytes);
        if (nfk_image_convert(pixels, size, width, height, format, converted.data, converted.size, NFK_IMAGE_RGB565) !=
            NN_OK)
            return error->fail(NN_ERR_ARGUMENT, "%s", nfk_image_last_error());
        rgb565 = converted.data;
    }
    // Centred: the middle of a larger image, a smaller one in the middle of a black screen.
    Block next;
    if (!next.allocate(screen_bytes))
        return out_of_memory(screen_bytes, error);
    memset(next.data, 0, next.size);
    int32_t cw = width < screen_width ? width : screen_width, ch = height < screen_height ? height : screen_height;
    int32_t sx = (width - cw) / 2, sy = (height - ch) / 2, dx = (screen_width - cw) / 2, dy = (screen_height - ch) / 2;
    for (int32_t row = 0; row < ch; row++)
        memcpy(&next.data[(((size_t)(dy + row) * screen_width) + dx) * 2],
               &rgb565[(((size_t)(sy + row) * width) + sx) * 2], (size_t)cw * 2);
    screen.swap(next);
    return write_frame(error);
}

extern "C" int nfk_clr_lcd_clear(int32_t rgb, nfk_glue::Error *error)
{
    if (!screen.allocate(screen_bytes))
        return out_of_memory(screen_bytes, error);
    memset(screen.data, 0, screen.size);
    nfk_image_draw_rectangle(screen.data, screen.size, screen_width, screen_height, NFK_IMAGE_RGB565, 0, 0,
                             screen_width, screen_height, rgb, 1, 1);
    return write_frame(error);
}

// ---- Camera

static char *sensor_source;
static char **sensor_files;
static size_t sensor_count, sensor_capacity, sensor_next;
static bool sensor_out_of_memory;

static void forget_sensor_files()
{
    for (size_t i = 0; i < sensor_count; i++)
        platform_free(sensor_files[i]);
    platform_free(sensor_files);
    sensor_files = nullptr;
    sensor_count = sensor_capacity = sensor_next = 0;
}

static void add_sensor_file(void *context, const char *path)
{
    (void)context;
    if (sensor_count == sensor_capacity)
    {
        size_t capacity = sensor_capacity > 0 ? sensor_capacity * 2 : 8;
        char **grown = static_cast<char **>(platform_malloc(capacity * sizeof(char *)));
        if (grown == nullptr)
        {
            sensor_out_of_memory = true;
            return;
        }
        if (sensor_count > 0)
            memcpy(grown, sensor_files, sensor_count * sizeof(char *));
        platform_free(sensor_files);
        sensor_files = grown;
        sensor_capacity = capacity;
    }
    char *copy = copy_text(path);
    if (copy == nullptr)
        sensor_out_of_memory = true;
    else
        sensor_files[sensor_count++] = copy;
}

extern "C" int nfk_clr_sensor_set_source(const char *path, nfk_glue::Error *error)
{
    char *copy = copy_text(path);
    if (copy == nullptr)
        return out_of_memory(hal_strlen_s(path) + 1, error);
    platform_free(sensor_source);
    sensor_source = copy;
    forget_sensor_files();
    return NN_OK;
}

extern "C" int nfk_clr_sensor_reset(nfk_glue::Error *error)
{
    const char *source = chosen(sensor_source, "NFK210_SENSOR_SOURCE");
    if (blank(source))
        return error->fail(NN_ERR_ARGUMENT, "no camera here: call Sensor.SetSource(path) (or, on the PC, set "
                                            "NFK210_SENSOR_SOURCE) with an image file or a folder of images");
    forget_sensor_files();
    sensor_out_of_memory = false;
    int status = nfk_clr_port_camera_files(source, add_sensor_file, nullptr, error);
    if (status == NN_OK && sensor_out_of_memory)
        status = error->fail(NN_ERR_ARGUMENT, "out of memory listing the camera source '%s'", source);
    if (status != NN_OK)
        forget_sensor_files();
    return status;
}

// Reads a whole file into `bytes`.
static int read_file(const char *path, Block &bytes, nfk_glue::Error *error)
{
    int size = nfk_clr_file_size(path, error);
    if (size < 0)
        return error->status != NN_OK ? error->status : NN_ERR_ARGUMENT;
    if (!bytes.allocate((size_t)size))
        return out_of_memory((size_t)size, error);
    return nfk_clr_file_read(path, bytes.data, bytes.size, error);
}

extern "C" int nfk_clr_sensor_snapshot(uint8_t *pixels, size_t pixels_size, uint8_t *ai, size_t ai_size,
                                       int32_t frame_width, int32_t frame_height, int32_t x, int32_t y, int32_t width,
                                       int32_t height, int32_t format, nfk_glue::Error *error)
{
    if (sensor_count == 0)
        return error->fail(NN_ERR_ARGUMENT, "the camera has no frames: call Sensor.Reset after setting its source");
    const char *file = sensor_files[sensor_next];
    sensor_next = (sensor_next + 1) % sensor_count;

    Block bytes;
    nfk_glue::Error file_error;
    file_error.clear();
    if (read_file(file, bytes, &file_error) != NN_OK)
        return error->fail(NN_ERR_ARGUMENT, "cannot read '%s': %s", file, file_error.message);
    int32_t w = 0, h = 0, f = 0;
    Block frame, next;
    if (nfk_image_probe(bytes.data, bytes.size, &w, &h, &f) != NN_OK)
        return error->fail(NN_ERR_ARGUMENT, "cannot decode '%s': %s", file, nfk_image_last_error());
    if (!frame.allocate((size_t)w * h * f))
        return out_of_memory((size_t)w * h * f, error);
    if (nfk_image_decode(bytes.data, bytes.size, frame.data, frame.size, w, h, f) != NN_OK)
        return error->fail(NN_ERR_ARGUMENT, "cannot decode '%s': %s", file, nfk_image_last_error());
    if (f != format)
    {
        if (!next.allocate((size_t)w * h * format))
            return out_of_memory((size_t)w * h * format, error);
        if (nfk_image_convert(frame.data, frame.size, w, h, f, next.data, next.size, format) != NN_OK)
            return error->fail(NN_ERR_ARGUMENT, "%s", nfk_image_last_error());
        frame.swap(next);
        f = format;
    }
    if (w != frame_width || h != frame_height)
    {
        if (!next.allocate((size_t)frame_width * frame_height * f))
            return out_of_memory((size_t)frame_width * frame_height * f, error);
        if (nfk_image_resize(frame.data, frame.size, w, h, f, next.data, next.size, frame_width, frame_height) !=
            NN_OK)
            return error->fail(NN_ERR_ARGUMENT, "%s", nfk_image_last_error());
        frame.swap(next);
        w = frame_width;
        h = frame_height;
    }
    if (width != frame_width || height != frame_height)
    {
        if (!next.allocate((size_t)width * height * f))
            return out_of_memory((size_t)width * height * f, error);
        if (nfk_image_crop(frame.data, frame.size, w, h, f, x, y, width, height, next.data, next.size) != NN_OK)
            return error->fail(NN_ERR_ARGUMENT, "%s", nfk_image_last_error());
        frame.swap(next);
        w = width;
        h = height;
    }
    if (pixels == nullptr || ai == nullptr || pixels_size > frame.size)
        return error->fail(NN_ERR_ARGUMENT, "the snapshot buffers do not match a %dx%d frame", (int)w, (int)h);
    if (nfk_image_pix_to_ai(frame.data, frame.size, w, h, f, ai, ai_size) != NN_OK)
        return error->fail(NN_ERR_ARGUMENT, "%s", nfk_image_last_error());
    memcpy(pixels, frame.data, pixels_size);
    return NN_OK;
}
