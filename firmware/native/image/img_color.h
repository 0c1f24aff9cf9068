/* Colour conversions with MaixPy's exact tables (spec/maixpy-api.md §3.2).
 *
 * 5/6-bit -> 8-bit:  round_half_up(v * 255 / 31) and round_half_up(v * 255 / 63)
 *                    (MaixPy's rb528_table / g628_table; not bit replication).
 * 8-bit -> 5/6-bit:  round_half_up(v * 31 / 255) and round_half_up(v * 63 / 255)
 *                    (rb825_table / g826_table), used when 24-bit files and
 *                    0xRRGGBB colours become RGB565.
 * All are computed with exact integer arithmetic. */
#ifndef IMG_COLOR_H
#define IMG_COLOR_H

#include <stddef.h>
#include <stdint.h>

static inline uint8_t img_5_to_8(uint32_t v5) { return (uint8_t)((v5 * 510u + 31u) / 62u); }
static inline uint8_t img_6_to_8(uint32_t v6) { return (uint8_t)((v6 * 510u + 63u) / 126u); }
static inline uint8_t img_8_to_5(uint32_t v8) { return (uint8_t)((v8 * 62u + 255u) / 510u); }
static inline uint8_t img_8_to_6(uint32_t v8) { return (uint8_t)((v8 * 126u + 255u) / 510u); }

/* Fields of a stored (byte-swapped) RGB565 pixel read as a little-endian uint16. */
static inline uint32_t img_565_r5(uint16_t p) { return (p >> 3) & 31u; }
static inline uint32_t img_565_g6(uint16_t p) { return ((p & 7u) << 3) | (uint32_t)(p >> 13); }
static inline uint32_t img_565_b5(uint16_t p) { return (p >> 8) & 31u; }

/* The stored (byte-swapped) value of a 5-6-5 colour. */
static inline uint16_t img_565_pack(uint32_t r5, uint32_t g6, uint32_t b5)
{
    return (uint16_t)((r5 << 3) | (g6 >> 3) | ((g6 & 7u) << 13) | (b5 << 8));
}

/* 0xRRGGBB -> stored RGB565 value, through the rounding tables. */
static inline uint16_t img_565_from_rgb888(uint32_t rgb)
{
    return img_565_pack(img_8_to_5((rgb >> 16) & 0xFFu), img_8_to_6((rgb >> 8) & 0xFFu), img_8_to_5(rgb & 0xFFu));
}

/* Stored RGB565 value -> 0xRRGGBB, through the rounding tables. */
static inline uint32_t img_565_to_rgb888(uint16_t p)
{
    return ((uint32_t)img_5_to_8(img_565_r5(p)) << 16) | ((uint32_t)img_6_to_8(img_565_g6(p)) << 8) |
           img_5_to_8(img_565_b5(p));
}

/* Luma of 0xRRGGBB: (38 R + 75 G + 15 B) >> 7, OpenMV's integer BT.601 weights
 * (an equal R = G = B gives that value back). */
static inline uint8_t img_luma(uint32_t rgb)
{
    return (uint8_t)((38u * ((rgb >> 16) & 0xFFu) + 75u * ((rgb >> 8) & 0xFFu) + 15u * (rgb & 0xFFu)) >> 7);
}

/* Pixel access on a stored buffer (no bounds checks: callers clip). */
static inline uint16_t img_get565(const uint8_t *pixels, size_t index)
{
    return (uint16_t)(pixels[2 * index] | (pixels[2 * index + 1] << 8));
}

static inline void img_put565(uint8_t *pixels, size_t index, uint16_t p)
{
    pixels[2 * index] = (uint8_t)(p & 0xFFu);
    pixels[2 * index + 1] = (uint8_t)(p >> 8);
}

#endif
