/* nfk_image_*: argument checks, then the pure image code in image/. */
#include <string.h>

#include "img.h"
#include "img_file.h"
#include "nfk210_image.h"
#include "nfk210_image_internal.h"

static _Thread_local nn_error_t last_error;

NFK_API const char *nfk_image_last_error(void) { return last_error.message; }

int nfk_image_fail_from(const nn_error_t *err)
{
    last_error = *err;
    return (int)err->code;
}

static int failed(void) { return (int)last_error.code; }

static int check_image(const uint8_t *pixels, size_t size, int32_t w, int32_t h, int32_t format)
{
    if (pixels == NULL)
        return nn_fail(&last_error, NN_ERR_ARGUMENT, "no pixel buffer");
    return (int)img_check(w, h, format, size, &last_error);
}

static int check_out(const void *out, size_t size, size_t need, const char *what)
{
    if (out == NULL || size < need)
        return nn_fail(&last_error, NN_ERR_ARGUMENT, "%s buffer of %zu bytes, %zu needed", what,
                       out == NULL ? (size_t)0 : size, need);
    return NN_OK;
}

static img_view_t view(const uint8_t *p, int32_t w, int32_t h, int32_t format)
{
    return (img_view_t){ w, h, (img_format_t)format, p };
}

NFK_API int nfk_image_probe(const uint8_t *file, size_t file_size, int32_t *width, int32_t *height, int32_t *format)
{
    img_file_info_t info;
    if (width == NULL || height == NULL || format == NULL)
        return nn_fail(&last_error, NN_ERR_ARGUMENT, "result pointers are required");
    if (img_file_probe(file, file_size, &info, &last_error) != NN_OK)
        return failed();
    *width = info.w;
    *height = info.h;
    *format = (int32_t)info.format;
    return NN_OK;
}

NFK_API int nfk_image_decode(const uint8_t *file, size_t file_size, uint8_t *pixels, size_t pixels_size,
                             int32_t width, int32_t height, int32_t format)
{
    if (check_image(pixels, pixels_size, width, height, format) != NN_OK)
        return failed();
    img_t dst = { width, height, (img_format_t)format, pixels };
    return img_file_decode(file, file_size, dst, &last_error) == NN_OK ? NN_OK : failed();
}

NFK_API int nfk_image_bmp_size(int32_t width, int32_t height, int32_t format, size_t *bytes)
{
    if (bytes == NULL)
        return nn_fail(&last_error, NN_ERR_ARGUMENT, "result pointer is required");
    if (img_check(width, height, format, SIZE_MAX, &last_error) != NN_OK)
        return failed();
    *bytes = img_bmp_encoded_bytes(width, height, (img_format_t)format);
    return NN_OK;
}

NFK_API int nfk_image_bmp_encode(const uint8_t *pixels, size_t pixels_size, int32_t width, int32_t height,
                                 int32_t format, uint8_t *out, size_t out_size)
{
    if (check_image(pixels, pixels_size, width, height, format) != NN_OK ||
        check_out(out, out_size, img_bmp_encoded_bytes(width, height, (img_format_t)format), "BMP") != NN_OK)
        return failed();
    img_bmp_encode(view(pixels, width, height, format), out);
    return NN_OK;
}

NFK_API int nfk_image_pix_to_ai(const uint8_t *pixels, size_t pixels_size, int32_t width, int32_t height,
                                int32_t format, uint8_t *ai, size_t ai_size)
{
    if (check_image(pixels, pixels_size, width, height, format) != NN_OK)
        return failed();
    size_t need = (size_t)width * (size_t)height * (format == IMG_RGB565 ? 3u : 1u);
    if (check_out(ai, ai_size, need, "AI") != NN_OK)
        return failed();
    img_pix_to_ai(view(pixels, width, height, format), ai);
    return NN_OK;
}

NFK_API int nfk_image_resize(const uint8_t *src, size_t src_size, int32_t width, int32_t height, int32_t format,
                             uint8_t *dst, size_t dst_size, int32_t dst_width, int32_t dst_height)
{
    if (check_image(src, src_size, width, height, format) != NN_OK ||
        check_image(dst, dst_size, dst_width, dst_height, format) != NN_OK)
        return failed();
    img_resize(view(src, width, height, format), (img_t){ dst_width, dst_height, (img_format_t)format, dst });
    return NN_OK;
}

NFK_API int nfk_image_crop(const uint8_t *src, size_t src_size, int32_t width, int32_t height, int32_t format,
                           int32_t x, int32_t y, int32_t crop_width, int32_t crop_height, uint8_t *dst,
                           size_t dst_size)
{
    if (check_image(src, src_size, width, height, format) != NN_OK)
        return failed();
    if (x < 0 || y < 0 || crop_width < 1 || crop_height < 1 || crop_width > width - x || crop_height > height - y)
        return nn_fail(&last_error, NN_ERR_ARGUMENT, "crop rectangle (%d, %d, %d, %d) does not lie inside the %dx%d image",
                       (int)x, (int)y, (int)crop_width, (int)crop_height, (int)width, (int)height);
    if (check_image(dst, dst_size, crop_width, crop_height, format) != NN_OK)
        return failed();
    img_crop(view(src, width, height, format), x, y, crop_width, crop_height, dst);
    return NN_OK;
}

NFK_API int nfk_image_convert(const uint8_t *src, size_t src_size, int32_t width, int32_t height, int32_t format,
                              uint8_t *dst, size_t dst_size, int32_t dst_format)
{
    if (check_image(src, src_size, width, height, format) != NN_OK ||
        check_image(dst, dst_size, width, height, dst_format) != NN_OK)
        return failed();
    if (dst_format == format) {
        memcpy(dst, src, img_bytes(width, height, (img_format_t)format));
        return NN_OK;
    }
    img_convert(view(src, width, height, format), (img_t){ width, height, (img_format_t)dst_format, dst });
    return NN_OK;
}

static int check_point(int32_t width, int32_t height, int32_t x, int32_t y)
{
    if (x < 0 || y < 0 || x >= width || y >= height)
        return nn_fail(&last_error, NN_ERR_ARGUMENT, "pixel (%d, %d) lies outside the %dx%d image", (int)x, (int)y,
                       (int)width, (int)height);
    return NN_OK;
}

NFK_API int nfk_image_get_pixel(const uint8_t *pixels, size_t pixels_size, int32_t width, int32_t height,
                                int32_t format, int32_t x, int32_t y, int32_t *rgb)
{
    if (check_image(pixels, pixels_size, width, height, format) != NN_OK || check_point(width, height, x, y) != NN_OK)
        return failed();
    if (rgb == NULL)
        return nn_fail(&last_error, NN_ERR_ARGUMENT, "result pointer is required");
    *rgb = (int32_t)img_get_pixel(view(pixels, width, height, format), x, y);
    return NN_OK;
}

NFK_API int nfk_image_set_pixel(uint8_t *pixels, size_t pixels_size, int32_t width, int32_t height, int32_t format,
                                int32_t x, int32_t y, int32_t rgb)
{
    if (check_image(pixels, pixels_size, width, height, format) != NN_OK || check_point(width, height, x, y) != NN_OK)
        return failed();
    img_set_pixel((img_t){ width, height, (img_format_t)format, pixels }, x, y, (uint32_t)rgb & 0xFFFFFFu);
    return NN_OK;
}

NFK_API int nfk_image_draw_rectangle(uint8_t *pixels, size_t pixels_size, int32_t width, int32_t height,
                                     int32_t format, int32_t x, int32_t y, int32_t rect_width, int32_t rect_height,
                                     int32_t rgb, int32_t thickness, int32_t fill)
{
    if (check_image(pixels, pixels_size, width, height, format) != NN_OK)
        return failed();
    img_draw_rectangle((img_t){ width, height, (img_format_t)format, pixels }, x, y, rect_width, rect_height,
                       (uint32_t)rgb & 0xFFFFFFu, thickness, fill != 0);
    return NN_OK;
}

NFK_API int nfk_image_draw_string(uint8_t *pixels, size_t pixels_size, int32_t width, int32_t height,
                                  int32_t format, int32_t x, int32_t y, const char *text, size_t text_size,
                                  int32_t rgb, int32_t scale)
{
    if (check_image(pixels, pixels_size, width, height, format) != NN_OK)
        return failed();
    if (text == NULL && text_size != 0)
        return nn_fail(&last_error, NN_ERR_ARGUMENT, "no text");
    if (scale < 1)
        return nn_fail(&last_error, NN_ERR_ARGUMENT, "text scale %d must be 1 or more", (int)scale);
    img_draw_string((img_t){ width, height, (img_format_t)format, pixels }, x, y, text, text_size,
                    (uint32_t)rgb & 0xFFFFFFu, scale);
    return NN_OK;
}
