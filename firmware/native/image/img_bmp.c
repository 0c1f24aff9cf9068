/* BMP reader and writer (Windows bitmap, BITMAPINFOHEADER and its V4/V5 extensions). */
#include <string.h>

#include "img_color.h"
#include "img_file.h"

#define FILE_HEADER 14u
#define INFO_HEADER 40u

enum { BI_RGB = 0, BI_BITFIELDS = 3 };

typedef struct bmp {
    int32_t w, h;        /* as stored: negative w mirrors, negative h = top-down */
    uint32_t bpp, compression, offset, stride, palette_entries;
    const uint8_t *palette; /* 4 bytes per entry, B G R x */
    img_format_t format;
} bmp_t;

static uint32_t u16le(const uint8_t *p) { return (uint32_t)p[0] | ((uint32_t)p[1] << 8); }
static uint32_t u32le(const uint8_t *p) { return u16le(p) | (u16le(p + 2) << 16); }

static void put16(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
}

static void put32(uint8_t *p, uint32_t v)
{
    put16(p, v & 0xFFFFu);
    put16(p + 2, v >> 16);
}

static bool gray_palette(const bmp_t *b)
{
    for (uint32_t i = 0; i < b->palette_entries; i++) {
        const uint8_t *e = b->palette + 4 * i;
        if (e[0] != e[1] || e[1] != e[2])
            return false;
    }
    return true;
}

static bool masks_are(const uint8_t *masks, uint32_t r, uint32_t g, uint32_t b)
{
    return u32le(masks) == r && u32le(masks + 4) == g && u32le(masks + 8) == b;
}

static nn_status_t parse(const uint8_t *d, size_t size, bmp_t *b, nn_error_t *err)
{
    if (size < FILE_HEADER + INFO_HEADER)
        return nn_fail(err, NN_ERR_TRUNCATED, "BMP file of %zu bytes ends inside its %u-byte header", size,
                       FILE_HEADER + INFO_HEADER);
    uint32_t dib = u32le(d + 14);
    if (dib < INFO_HEADER)
        return nn_fail(err, NN_ERR_UNSUPPORTED_VERSION,
                       "BMP with a %u-byte info header (OS/2 style) is not read; 40 bytes or more are", dib);
    if (dib > size - FILE_HEADER)
        return nn_fail(err, NN_ERR_TRUNCATED, "BMP info header of %u bytes runs past the end of the file", dib);
    b->w = (int32_t)u32le(d + 18);
    b->h = (int32_t)u32le(d + 22);
    uint32_t planes = u16le(d + 26);
    b->bpp = u16le(d + 28);
    b->compression = u32le(d + 30);
    b->offset = u32le(d + 10);
    if (planes != 1)
        return nn_fail(err, NN_ERR_MALFORMED, "BMP with %u colour planes (must be 1)", planes);
    if (b->w == 0 || b->h == 0 || b->w < -IMG_MAX_SIDE || b->w > IMG_MAX_SIDE || b->h < -IMG_MAX_SIDE ||
        b->h > IMG_MAX_SIDE)
        return nn_fail(err, NN_ERR_MALFORMED, "BMP size %dx%d is outside 1..%d", (int)b->w, (int)b->h, IMG_MAX_SIDE);
    if (b->bpp != 8 && b->bpp != 16 && b->bpp != 24 && b->bpp != 32)
        return nn_fail(err, NN_ERR_UNSUPPORTED_VERSION,
                       "BMP with %u bits per pixel is not read; 8, 16 (RGB565), 24 and 32 are", b->bpp);
    if (b->compression != BI_RGB && b->compression != BI_BITFIELDS)
        return nn_fail(err, NN_ERR_UNSUPPORTED_VERSION,
                       "compressed BMP (compression %u) is not read; only uncompressed files are", b->compression);

    /* Colour masks follow a 40-byte header (BI_BITFIELDS) or sit inside a V4/V5 header. */
    const uint8_t *masks = d + FILE_HEADER + INFO_HEADER;
    if (b->compression == BI_BITFIELDS && (size_t)FILE_HEADER + INFO_HEADER + 12 > size)
        return nn_fail(err, NN_ERR_TRUNCATED, "BMP ends inside its colour masks");
    b->format = IMG_RGB565;
    b->palette = NULL;
    b->palette_entries = 0;
    switch (b->bpp) {
    case 8: {
        if (b->compression != BI_RGB)
            return nn_fail(err, NN_ERR_MALFORMED, "8-bit BMP with colour masks");
        uint32_t used = u32le(d + 46);
        b->palette_entries = used == 0 || used > 256 ? 256 : used;
        size_t start = FILE_HEADER + (size_t)dib;
        if (start + 4u * b->palette_entries > size)
            return nn_fail(err, NN_ERR_TRUNCATED, "BMP ends inside its %u-entry palette", b->palette_entries);
        b->palette = d + start;
        if (gray_palette(b))
            b->format = IMG_GRAYSCALE;
        break;
    }
    case 16:
        if (b->compression != BI_BITFIELDS || !masks_are(masks, 0xF800u, 0x07E0u, 0x001Fu))
            return nn_fail(err, NN_ERR_UNSUPPORTED_VERSION,
                           "16-bit BMP that is not RGB565 (BI_BITFIELDS F800/07E0/001F) is not read");
        break;
    case 24:
    case 32:
        if (b->compression == BI_BITFIELDS && !masks_are(masks, 0xFF0000u, 0xFF00u, 0xFFu))
            return nn_fail(err, NN_ERR_UNSUPPORTED_VERSION,
                           "%u-bit BMP with colour masks other than FF0000/00FF00/0000FF is not read", b->bpp);
        break;
    default: break;
    }
    uint32_t aw = (uint32_t)(b->w < 0 ? -b->w : b->w), ah = (uint32_t)(b->h < 0 ? -b->h : b->h);
    b->stride = ((aw * b->bpp + 31u) / 32u) * 4u;
    if (b->offset < FILE_HEADER + INFO_HEADER || b->offset > size)
        return nn_fail(err, NN_ERR_MALFORMED, "BMP pixel data offset %u lies outside the %zu-byte file", b->offset,
                       size);
    uint64_t need = (uint64_t)b->stride * ah;
    if (need > size - b->offset)
        return nn_fail(err, NN_ERR_TRUNCATED,
                       "BMP pixel data is truncated: %ux%u at %u bits needs %llu bytes from offset %u, the file has %zu",
                       aw, ah, b->bpp, (unsigned long long)need, b->offset, size - b->offset);
    return NN_OK;
}

nn_status_t img_bmp_probe(const uint8_t *data, size_t size, img_file_info_t *info, nn_error_t *err)
{
    bmp_t b;
    nn_status_t st = parse(data, size, &b, err);
    if (st != NN_OK)
        return st;
    info->w = b.w < 0 ? -b.w : b.w;
    info->h = b.h < 0 ? -b.h : b.h;
    info->format = b.format;
    return NN_OK;
}

static uint16_t rgb_to_565(uint32_t r, uint32_t g, uint32_t b)
{
    return img_565_pack(img_8_to_5(r), img_8_to_6(g), img_8_to_5(b));
}

nn_status_t img_bmp_decode(const uint8_t *data, size_t size, img_t dst, nn_error_t *err)
{
    bmp_t b;
    nn_status_t st = parse(data, size, &b, err);
    if (st != NN_OK)
        return st;
    for (int32_t row = 0; row < dst.h; row++) {
        const uint8_t *src = data + b.offset + (size_t)row * b.stride;
        int32_t y = b.h < 0 ? row : dst.h - 1 - row; /* bottom-up unless the height is negative */
        for (int32_t col = 0; col < dst.w; col++) {
            int32_t x = b.w < 0 ? dst.w - 1 - col : col;
            size_t i = (size_t)y * (size_t)dst.w + (size_t)x;
            switch (b.bpp) {
            case 8: {
                uint8_t index = src[col];
                const uint8_t *e = index < b.palette_entries ? b.palette + 4u * index : NULL;
                if (dst.format == IMG_GRAYSCALE)
                    dst.pixels[i] = e != NULL ? e[0] : 0;
                else
                    img_put565(dst.pixels, i, e != NULL ? rgb_to_565(e[2], e[1], e[0]) : 0);
                break;
            }
            case 16: {
                uint32_t word = u16le(src + 2 * col); /* RRRRRGGG GGGBBBBB as a little-endian word */
                img_put565(dst.pixels, i, (uint16_t)(((word & 0xFFu) << 8) | (word >> 8)));
                break;
            }
            default: {
                const uint8_t *p = src + (size_t)col * (b.bpp / 8u); /* B G R [x] */
                img_put565(dst.pixels, i, rgb_to_565(p[2], p[1], p[0]));
                break;
            }
            }
        }
    }
    return NN_OK;
}

size_t img_bmp_encoded_bytes(int32_t w, int32_t h, img_format_t format)
{
    size_t stride = (((size_t)w * 8u * (size_t)format + 31u) / 32u) * 4u;
    size_t extra = format == IMG_GRAYSCALE ? 1024u : 12u;
    return FILE_HEADER + INFO_HEADER + extra + stride * (size_t)h;
}

void img_bmp_encode(img_view_t src, uint8_t *out)
{
    size_t stride = (((size_t)src.w * 8u * (size_t)src.format + 31u) / 32u) * 4u;
    uint32_t extra = src.format == IMG_GRAYSCALE ? 1024u : 12u;
    uint32_t offset = FILE_HEADER + INFO_HEADER + extra;
    size_t total = img_bmp_encoded_bytes(src.w, src.h, src.format);
    memset(out, 0, total);
    out[0] = 'B';
    out[1] = 'M';
    put32(out + 2, (uint32_t)total);
    put32(out + 10, offset);
    put32(out + 14, INFO_HEADER);
    put32(out + 18, (uint32_t)src.w);
    put32(out + 22, (uint32_t)-src.h); /* top-down */
    put16(out + 26, 1);
    put16(out + 28, 8u * (uint32_t)src.format);
    put32(out + 30, src.format == IMG_GRAYSCALE ? BI_RGB : BI_BITFIELDS);
    put32(out + 34, (uint32_t)(stride * (size_t)src.h));
    uint8_t *p = out + FILE_HEADER + INFO_HEADER;
    if (src.format == IMG_GRAYSCALE) {
        for (uint32_t i = 0; i < 256; i++)
            put32(p + 4 * i, (i << 16) | (i << 8) | i);
    } else {
        put32(p, 0xF800u);
        put32(p + 4, 0x07E0u);
        put32(p + 8, 0x001Fu);
    }
    for (int32_t y = 0; y < src.h; y++) {
        uint8_t *row = out + offset + (size_t)y * stride;
        if (src.format == IMG_GRAYSCALE) {
            memcpy(row, src.pixels + (size_t)y * (size_t)src.w, (size_t)src.w);
            continue;
        }
        for (int32_t x = 0; x < src.w; x++) {
            uint16_t v = img_get565(src.pixels, (size_t)y * (size_t)src.w + (size_t)x);
            put16(row + 2 * x, (uint32_t)((v >> 8) | ((v & 0xFFu) << 8))); /* back to a plain 5-6-5 word */
        }
    }
}
