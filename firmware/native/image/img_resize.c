/* MaixPy's img.resize, reproduced operation for operation so that the float
 * rounding matches (spec/maixpy-api.md §3.4): the same expressions, in the
 * same order and precision (some steps are double, as in MaixPy's source). */
#include <string.h>

#include "img.h"
#include "img_color.h"

/* float -> uint8 as the K210 converts it (fcvt.wu.s, round toward zero,
 * saturating at 0), then the low 8 bits: a value MaixPy's bilinear pushes
 * past 255 at the top/left edge wraps, a negative one becomes 0. */
static uint8_t to_u8_k210(float v)
{
    if (!(v > 0.0f))
        return 0;
    if (v >= 4294967296.0f)
        return 0xFF;
    return (uint8_t)(uint32_t)v;
}

static uint32_t to_u32_k210(float v)
{
    if (!(v > 0.0f))
        return 0;
    if (v >= 4294967296.0f)
        return UINT32_MAX;
    return (uint32_t)v;
}

static void gray_bilinear(img_view_t s, img_t d, float sx, float sy)
{
    const uint8_t *in = s.pixels;
    for (int32_t y = 0; y < d.h; y++) {
        float yf = (float)((y + 0.5) * sy - 0.5);
        int32_t y0 = (int32_t)yf;
        int32_t y1 = y0 + 1;
        int32_t vy1 = y0 < s.h - 1 ? y1 : y0;
        for (int32_t x = 0; x < d.w; x++) {
            float xf = (float)((x + 0.5) * sx - 0.5);
            int32_t x0 = (int32_t)xf;
            int32_t x1 = x0 + 1;
            int32_t vx1 = x0 < s.w - 1 ? x1 : x0;
            float v = in[y0 * s.w + x0] * (x1 - xf) * (y1 - yf);
            v = v + in[y0 * s.w + vx1] * (xf - x0) * (y1 - yf);
            v = v + in[vy1 * s.w + x0] * (x1 - xf) * (yf - y0);
            v = v + in[vy1 * s.w + vx1] * (xf - x0) * (yf - y0);
            d.pixels[y * d.w + x] = to_u8_k210(v);
        }
    }
}

static void gray_block_average(img_view_t s, img_t d, float sy)
{
    const size_t last = (size_t)s.w * (size_t)s.h - 1;
    for (int32_t y = 0; y < d.h; y++) {
        int32_t y0 = (int32_t)(y * sy);
        int32_t y1 = (int32_t)((y + 1) * sy);
        for (int32_t x = 0; x < d.w; x++) {
            /* MaixPy scales the horizontal bounds with the vertical factor. */
            int32_t x0 = (int32_t)(x * sy);
            int32_t x1 = (int32_t)((x + 1) * sy);
            int64_t sum = 0; /* MaixPy's int sum cannot overflow at sizes a K210 holds */
            for (int32_t yy = y0; yy <= y1; yy++) {
                for (int32_t xx = x0; xx <= x1; xx++) {
                    size_t i = (size_t)yy * (size_t)s.w + (size_t)xx;
                    sum += s.pixels[i <= last ? i : last];
                }
            }
            d.pixels[y * d.w + x] = (uint8_t)(sum / ((int64_t)(y1 - y0 + 1) * (x1 - x0 + 1)));
        }
    }
}

static void rgb_nearest(img_view_t s, img_t d, float sx, float sy)
{
    for (int32_t y = 0; y < d.h; y++) {
        int32_t y0 = (int32_t)(y * sy);
        y0 = y0 < s.h ? y0 : s.h - 1; /* only float rounding at huge sizes could reach s.h */
        for (int32_t x = 0; x < d.w; x++) {
            int32_t x0 = (int32_t)(x * sx);
            x0 = x0 < s.w ? x0 : s.w - 1;
            img_put565(d.pixels, (size_t)y * d.w + x, img_get565(s.pixels, (size_t)y0 * s.w + x0));
        }
    }
}

typedef uint32_t (*field_fn)(uint16_t p);

static uint32_t lerp_field(field_fn f, uint16_t p11, uint16_t p21, uint16_t p12, uint16_t p22, float xs, float ys,
                           uint32_t x1, uint32_t x2, uint32_t y1, uint32_t y2)
{
    float t1 = (x2 - xs) * (float)f(p11) + (xs - x1) * (float)f(p21);
    float t2 = (x2 - xs) * (float)f(p12) + (xs - x1) * (float)f(p22);
    return to_u8_k210((y2 - ys) * t1 + (ys - y1) * t2);
}

static void rgb_bilinear(img_view_t s, img_t d, float sx, float sy)
{
    for (int32_t y = 0; y < d.h; y++) {
        for (int32_t x = 0; x < d.w; x++) {
            float xs = (x + 0.5f) * sx - 0.5f;
            float ys = (y + 0.5f) * sy - 0.5f;
            uint32_t x1 = (uint16_t)to_u32_k210(xs), x2 = x1 + 1;
            uint32_t y1 = (uint16_t)to_u32_k210(ys), y2 = y1 + 1;
            size_t out = (size_t)y * d.w + x;
            if (x2 >= (uint32_t)s.w || y2 >= (uint32_t)s.h) {
                img_put565(d.pixels, out, img_get565(s.pixels, (size_t)y1 * s.w + x1));
                continue;
            }
            uint16_t p11 = img_get565(s.pixels, (size_t)y1 * s.w + x1);
            uint16_t p21 = img_get565(s.pixels, (size_t)y1 * s.w + x2);
            uint16_t p12 = img_get565(s.pixels, (size_t)y2 * s.w + x1);
            uint16_t p22 = img_get565(s.pixels, (size_t)y2 * s.w + x2);
            uint32_t r = lerp_field(img_565_r5, p11, p21, p12, p22, xs, ys, x1, x2, y1, y2);
            uint32_t g = lerp_field(img_565_g6, p11, p21, p12, p22, xs, ys, x1, x2, y1, y2);
            uint32_t b = lerp_field(img_565_b5, p11, p21, p12, p22, xs, ys, x1, x2, y1, y2);
            img_put565(d.pixels, out, img_565_pack(r, g, b));
        }
    }
}

void img_resize(img_view_t src, img_t dst)
{
    if (src.format == IMG_GRAYSCALE) {
        float sx = (float)src.w / (float)dst.w;
        float sy = (float)src.h / (float)dst.h;
        if (dst.w >= src.w || dst.h >= src.h)
            gray_bilinear(src, dst, sx, sy);
        else
            gray_block_average(src, dst, sy);
        return;
    }
    float sx = (float)src.w / (float)dst.w;
    float sy = (float)src.h / (float)dst.h;
    if (src.w == dst.w && src.h == dst.h)
        memcpy(dst.pixels, src.pixels, img_bytes(src.w, src.h, IMG_RGB565));
    else if (src.w >= dst.w || src.h > dst.h)
        rgb_nearest(src, dst, sx, sy);
    else
        rgb_bilinear(src, dst, sx, sy);
}
