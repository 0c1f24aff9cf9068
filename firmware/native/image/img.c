#include "img.h"

#include <string.h>

#include "img_color.h"

nn_status_t img_check(int32_t w, int32_t h, int32_t format, size_t pixel_bytes, nn_error_t *err)
{
    if (format != IMG_GRAYSCALE && format != IMG_RGB565)
        return nn_fail(err, NN_ERR_ARGUMENT, "unknown pixel format %d (1 = grayscale, 2 = RGB565)", (int)format);
    if (w < 1 || h < 1 || w > IMG_MAX_SIDE || h > IMG_MAX_SIDE)
        return nn_fail(err, NN_ERR_ARGUMENT, "image size %dx%d is outside 1..%d", (int)w, (int)h, IMG_MAX_SIDE);
    size_t need = img_bytes(w, h, (img_format_t)format);
    if (pixel_bytes < need)
        return nn_fail(err, NN_ERR_ARGUMENT, "a %dx%d %s image needs %zu bytes of pixels, the buffer has %zu",
                       (int)w, (int)h, format == IMG_RGB565 ? "RGB565" : "grayscale", need, pixel_bytes);
    return NN_OK;
}

size_t img_bytes(int32_t w, int32_t h, img_format_t format) { return (size_t)w * (size_t)h * (size_t)format; }

/* Four pixels per 64-bit word (SWAR), the hot path of every camera frame on the K210, which has no vector unit.
 * A stored pixel is a 16-bit lane p = b0 | b1 << 8 (little-endian); its fields land in the low bits of their lane,
 * and the rounding tables have exact integer forms, round(v * 255 / 31) = (v * 527 + 23) >> 6 for v < 32 and
 * round(v * 255 / 63) = (v * 259 + 33) >> 6 for v < 64 (tests check every pixel value), whose results stay below
 * 2^14: one 64-bit multiply serves four lanes with no carry between them. */
#define LANES(v) (0x0001000100010001ull * (v))

static inline uint64_t expand_lanes(uint64_t v, uint64_t multiplier, uint64_t rounding)
{
    return ((v * multiplier + rounding) >> 6) & LANES(0xFFu);
}

/* Four byte values in 16-bit lanes -> four consecutive bytes (little-endian). */
static inline uint32_t pack_lanes(uint64_t x)
{
    x |= x >> 8;
    return (uint32_t)(x & 0xFFFFu) | (uint32_t)((x >> 16) & 0xFFFF0000u);
}

/* src 8-aligned, r/g/b 4-aligned (checked by the caller); memcpy keeps the word accesses free of aliasing rules and
 * compiles to single loads and stores once the alignment is known. */
static void pix_to_ai_swar(const uint8_t *src, uint8_t *r, uint8_t *g, uint8_t *b, size_t quads)
{
    const uint8_t *s = __builtin_assume_aligned(src, 8);
    uint8_t *ro = __builtin_assume_aligned(r, 4), *go = __builtin_assume_aligned(g, 4),
            *bo = __builtin_assume_aligned(b, 4);
    uint64_t m5 = 527u, m6 = 259u;
    /* one mul each: without this GCC spells the constants as four shifts and adds (RV64's cost model) */
    __asm__("" : "+r"(m5), "+r"(m6));
    for (size_t q = 0; q < quads; q++) {
        uint64_t w;
        memcpy(&w, s + 8 * q, sizeof w);
        uint32_t rq = pack_lanes(expand_lanes((w >> 3) & LANES(31u), m5, LANES(23u)));
        uint32_t gq = pack_lanes(expand_lanes(((w & LANES(7u)) << 3) | ((w >> 13) & LANES(7u)), m6, LANES(33u)));
        uint32_t bq = pack_lanes(expand_lanes((w >> 8) & LANES(31u), m5, LANES(23u)));
        memcpy(ro + 4 * q, &rq, sizeof rq);
        memcpy(go + 4 * q, &gq, sizeof gq);
        memcpy(bo + 4 * q, &bq, sizeof bq);
    }
}

static bool aligned(const void *p, uintptr_t to) { return ((uintptr_t)p & (to - 1u)) == 0; }

void img_pix_to_ai(img_view_t src, uint8_t *ai)
{
    size_t n = (size_t)src.w * (size_t)src.h;
    if (src.format == IMG_GRAYSCALE) {
        memcpy(ai, src.pixels, n);
        return;
    }
    uint8_t *r = ai, *g = ai + n, *b = ai + 2 * n;
    size_t i = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    /* whole words only: the K210 traps on misaligned loads and stores */
    if (aligned(src.pixels, 8) && aligned(ai, 4) && n % 4 == 0) {
        pix_to_ai_swar(src.pixels, r, g, b, n / 4);
        i = n;
    }
#endif
    for (; i < n; i++) {
        uint16_t p = img_get565(src.pixels, i);
        r[i] = img_5_to_8(img_565_r5(p));
        g[i] = img_6_to_8(img_565_g6(p));
        b[i] = img_5_to_8(img_565_b5(p));
    }
}

void img_crop(img_view_t src, int32_t x, int32_t y, int32_t cw, int32_t ch, uint8_t *dst)
{
    size_t bpp = (size_t)src.format;
    size_t row = (size_t)cw * bpp;
    for (int32_t r = 0; r < ch; r++)
        memcpy(dst + (size_t)r * row, src.pixels + (((size_t)(y + r) * (size_t)src.w) + (size_t)x) * bpp, row);
}

void img_set_pixel(img_t img, int32_t x, int32_t y, uint32_t rgb)
{
    if (x < 0 || y < 0 || x >= img.w || y >= img.h)
        return;
    size_t i = (size_t)y * (size_t)img.w + (size_t)x;
    if (img.format == IMG_GRAYSCALE)
        img.pixels[i] = img_luma(rgb);
    else
        img_put565(img.pixels, i, img_565_from_rgb888(rgb));
}

uint32_t img_get_pixel(img_view_t img, int32_t x, int32_t y)
{
    size_t i = (size_t)y * (size_t)img.w + (size_t)x;
    if (img.format == IMG_GRAYSCALE)
        return 0x010101u * img.pixels[i];
    return img_565_to_rgb888(img_get565(img.pixels, i));
}

void img_convert(img_view_t src, img_t dst)
{
    size_t n = (size_t)src.w * (size_t)src.h;
    for (size_t i = 0; i < n; i++) {
        if (src.format == IMG_RGB565)
            dst.pixels[i] = img_luma(img_565_to_rgb888(img_get565(src.pixels, i)));
        else
            img_put565(dst.pixels, i, img_565_from_rgb888(0x010101u * src.pixels[i]));
    }
}
