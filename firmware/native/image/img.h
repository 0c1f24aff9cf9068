/* Image processing as MaixPy does it on the K210, pure C (no hardware, no
 * allocation): pixel formats, MaixPy's RGB565 byte order and rounding tables,
 * pix_to_ai, resize, crop, drawing, and BMP / PPM / PGM files.
 * Facts and rules: spec/maixpy-api.md §3.
 *
 * Pixel storage (MaixPy/OpenMV):
 *   IMG_GRAYSCALE: one byte per pixel, rows top to bottom, no padding.
 *   IMG_RGB565:    two bytes per pixel, byte-swapped RGB565: the first byte is
 *                  RRRRRGGG, the second GGGBBBBB (a big-endian 5-6-5 word).
 *                  Read as a little-endian uint16 p: R5 = (p >> 3) & 31,
 *                  G6 = ((p & 7) << 3) | (p >> 13), B5 = (p >> 8) & 31.
 * Colours given to drawing calls are 0xRRGGBB; RGB565 images store them with
 * MaixPy's 8-to-5/6-bit rounding tables, grayscale images store their luma. */
#ifndef IMG_H
#define IMG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nn_status.h"

/* The value is the number of bytes per pixel (MaixPy's bpp). */
typedef enum img_format {
    IMG_GRAYSCALE = 1,
    IMG_RGB565 = 2,
} img_format_t;

/* Largest width or height accepted anywhere (keeps every size product in 32 bits). */
#define IMG_MAX_SIDE 8192

typedef struct img {
    int32_t w, h;
    img_format_t format;
    uint8_t *pixels; /* w * h * format bytes */
} img_t;

/* A read-only view. */
typedef struct img_view {
    int32_t w, h;
    img_format_t format;
    const uint8_t *pixels;
} img_view_t;

/* NN_OK when format is known, sizes are in 1..IMG_MAX_SIDE and the buffer
 * holds at least w * h * format bytes; else NN_ERR_ARGUMENT with a message. */
nn_status_t img_check(int32_t w, int32_t h, int32_t format, size_t pixel_bytes, nn_error_t *err);

/* w * h * format (sizes already checked). */
size_t img_bytes(int32_t w, int32_t h, img_format_t format);

/* MaixPy's pix_to_ai: RGB565 -> three planes R, G, B of w*h bytes each (no
 * row padding), expanded with the rounding tables; grayscale -> a copy.
 * ai must hold w * h * (format == IMG_RGB565 ? 3 : 1) bytes. */
void img_pix_to_ai(img_view_t src, uint8_t *ai);

/* Copies the rectangle (x, y, cw, ch), which must lie inside src, into dst
 * (cw * ch pixels of the same format). */
void img_crop(img_view_t src, int32_t x, int32_t y, int32_t cw, int32_t ch, uint8_t *dst);

/* MaixPy's img.resize(w, h) into dst (same format, dst.w x dst.h), bit for bit:
 * grayscale: bilinear when dst.w >= src.w or dst.h >= src.h (half-pixel
 *   centres, edge clamped, truncated), else a block average whose horizontal
 *   bounds use the vertical scale, as MaixPy's code does;
 * RGB565: same size copies; src.w >= dst.w or src.h > dst.h takes the nearest
 *   pixel (floor(d * scale)); otherwise bilinear on the 5/6-bit fields with
 *   truncation, the right column and bottom row copied.
 * Where MaixPy's block average reads past the end of the pixel buffer (its
 * inclusive upper bounds reach one row or column beyond), the last pixel of
 * the buffer is used instead of the memory that follows it. */
void img_resize(img_view_t src, img_t dst);

/* MaixPy's draw_rectangle(x, y, w, h, color, thickness, fill): a filled
 * rectangle, or an outline of `thickness` pixels centred on the edge (the
 * band reaches thickness/2 outside and (thickness-1)/2 inside). Clipped to the
 * image; w or h <= 0, or thickness <= 0 without fill, draws nothing. */
void img_draw_rectangle(img_t img, int32_t x, int32_t y, int32_t w, int32_t h, uint32_t rgb, int32_t thickness,
                        bool fill);

/* Writes text with the built-in 5x7 font in 6x8 cells (times scale), top-left
 * at (x, y); '\n' starts a new line at x; characters outside ' '..'~' draw as
 * a hollow box (text is UTF-8: one box per non-ASCII character). Clipped to
 * the image. scale >= 1. */
void img_draw_string(img_t img, int32_t x, int32_t y, const char *text, size_t length, uint32_t rgb,
                     int32_t scale);

/* MaixPy's to_grayscale / to_rgb565 into dst (same size, the other format):
 * RGB565 -> the luma of its table-expanded 0xRRGGBB; gray v -> (v, v, v). */
void img_convert(img_view_t src, img_t dst);

/* Sets one pixel to 0xRRGGBB (RGB565 through the tables, grayscale as luma);
 * outside the image does nothing. */
void img_set_pixel(img_t img, int32_t x, int32_t y, uint32_t rgb);

/* 0xRRGGBB of pixel (x, y), which must lie inside (gray v gives 0xvvvvvv). */
uint32_t img_get_pixel(img_view_t img, int32_t x, int32_t y);

#endif
