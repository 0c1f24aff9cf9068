/* Netpbm reader: P2/P5 (grayscale) and P3/P6 (colour), maxval 255 as MaixPy requires. */
#include "img_color.h"
#include "img_file.h"

typedef struct cursor {
    const uint8_t *d;
    size_t size, pos;
} cursor_t;

static bool is_space(uint8_t c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f'; }

/* Next decimal number, skipping white space and '#' comments (to the end of the line). */
static nn_status_t read_number(cursor_t *c, const char *what, uint32_t *out, nn_error_t *err)
{
    for (;;) {
        if (c->pos >= c->size)
            return nn_fail(err, NN_ERR_TRUNCATED, "PNM file ends before its %s", what);
        uint8_t ch = c->d[c->pos];
        if (ch == '#') {
            while (c->pos < c->size && c->d[c->pos] != '\n' && c->d[c->pos] != '\r')
                c->pos++;
        } else if (is_space(ch)) {
            c->pos++;
        } else {
            break;
        }
    }
    uint8_t ch = c->d[c->pos];
    if (ch < '0' || ch > '9')
        return nn_fail(err, NN_ERR_MALFORMED, "PNM %s is not a number (found byte 0x%02X at offset %zu)", what, ch,
                       c->pos);
    uint64_t v = 0;
    while (c->pos < c->size && c->d[c->pos] >= '0' && c->d[c->pos] <= '9') {
        v = v * 10u + (uint64_t)(c->d[c->pos] - '0');
        if (v > 0xFFFFFFFFu)
            return nn_fail(err, NN_ERR_MALFORMED, "PNM %s is too large", what);
        c->pos++;
    }
    *out = (uint32_t)v;
    return NN_OK;
}

typedef struct pnm {
    char kind; /* '2', '3', '5', '6' */
    uint32_t w, h;
    size_t data; /* offset of the first sample */
} pnm_t;

static nn_status_t parse(const uint8_t *d, size_t size, pnm_t *p, nn_error_t *err)
{
    /* img_file checks the signature first, but img_pnm_* are public entry points too (found by fuzz_image) */
    if (d == NULL || size < 2 || d[0] != 'P')
        return nn_fail(err, NN_ERR_MALFORMED, "not a Netpbm file (it does not start with P and a digit)");
    p->kind = (char)d[1];
    if (p->kind != '2' && p->kind != '3' && p->kind != '5' && p->kind != '6')
        return nn_fail(err, NN_ERR_UNSUPPORTED_VERSION,
                       "Netpbm P%c is not read; P2/P5 (PGM) and P3/P6 (PPM) are", p->kind);
    cursor_t c = { d, size, 2 };
    uint32_t maxval;
    nn_status_t st;
    if ((st = read_number(&c, "width", &p->w, err)) != NN_OK || (st = read_number(&c, "height", &p->h, err)) != NN_OK ||
        (st = read_number(&c, "maximum value", &maxval, err)) != NN_OK)
        return st;
    if (p->w < 1 || p->h < 1 || p->w > IMG_MAX_SIDE || p->h > IMG_MAX_SIDE)
        return nn_fail(err, NN_ERR_MALFORMED, "PNM size %ux%u is outside 1..%d", p->w, p->h, IMG_MAX_SIDE);
    if (maxval != 255)
        return nn_fail(err, NN_ERR_UNSUPPORTED_VERSION, "PNM with maximum value %u is not read; it must be 255",
                       maxval);
    if (p->kind == '2' || p->kind == '3') {
        /* every text sample takes at least one digit and one separator: reject impossible sizes before allocating */
        size_t samples = (size_t)p->w * p->h * (p->kind == '3' ? 3u : 1u);
        if ((size - c.pos) / 2 + 1 < samples)
            return nn_fail(err, NN_ERR_TRUNCATED, "PNM text of %zu bytes cannot hold %ux%u %s", size - c.pos, p->w,
                           p->h, p->kind == '3' ? "colour pixels" : "gray pixels");
    }
    if (p->kind == '5' || p->kind == '6') {
        /* exactly one white-space byte separates the header from binary samples */
        if (c.pos >= size || !is_space(d[c.pos]))
            return nn_fail(err, NN_ERR_TRUNCATED, "PNM file ends after its header");
        c.pos++;
        size_t channels = p->kind == '6' ? 3 : 1;
        size_t need = (size_t)p->w * p->h * channels;
        if (size - c.pos < need)
            return nn_fail(err, NN_ERR_TRUNCATED,
                           "PNM pixel data is truncated: %ux%u needs %zu bytes, the file has %zu after the header",
                           p->w, p->h, need, size - c.pos);
    }
    p->data = c.pos;
    return NN_OK;
}

nn_status_t img_pnm_probe(const uint8_t *data, size_t size, img_file_info_t *info, nn_error_t *err)
{
    pnm_t p;
    nn_status_t st = parse(data, size, &p, err);
    if (st != NN_OK)
        return st;
    info->w = (int32_t)p.w;
    info->h = (int32_t)p.h;
    info->format = (p.kind == '2' || p.kind == '5') ? IMG_GRAYSCALE : IMG_RGB565;
    return NN_OK;
}

nn_status_t img_pnm_decode(const uint8_t *data, size_t size, img_t dst, nn_error_t *err)
{
    pnm_t p;
    nn_status_t st = parse(data, size, &p, err);
    if (st != NN_OK)
        return st;
    size_t n = (size_t)p.w * p.h;
    cursor_t c = { data, size, p.data };
    for (size_t i = 0; i < n; i++) {
        uint32_t s[3] = { 0, 0, 0 };
        int channels = (p.kind == '3' || p.kind == '6') ? 3 : 1;
        for (int k = 0; k < channels; k++) {
            if (p.kind == '5' || p.kind == '6') {
                s[k] = data[c.pos++];
                continue;
            }
            if ((st = read_number(&c, "sample", &s[k], err)) != NN_OK)
                return st;
            if (s[k] > 255)
                return nn_fail(err, NN_ERR_MALFORMED, "PNM sample %u at pixel %zu exceeds the maximum value 255", s[k],
                               i);
        }
        if (channels == 1)
            dst.pixels[i] = (uint8_t)s[0];
        else
            img_put565(dst.pixels, i, img_565_pack(img_8_to_5(s[0]), img_8_to_6(s[1]), img_8_to_5(s[2])));
    }
    return NN_OK;
}
