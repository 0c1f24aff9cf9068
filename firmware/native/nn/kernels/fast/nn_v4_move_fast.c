/* pad, transpose and quantize of kmodel V4 by rows instead of by elements (the reference computes a 4-D
 * offset and calls memmove for every element), bit-exact with nn_v4_*_ref: same bytes in the same places.
 * Where the input and the output overlap the order of the element copies decides the result, so the
 * reference runs instead. */
#include <string.h>

#include "nn_mem.h"
#include "nn_v4_fast.h"

static int64_t elements4(const int32_t d[4]) { return (int64_t)d[0] * d[1] * d[2] * d[3]; }

static bool overlap(const uint8_t *a, int64_t a_bytes, const uint8_t *b, int64_t b_bytes)
{
    return a_bytes > 0 && b_bytes > 0 && a < b + b_bytes && b < a + a_bytes;
}

/* n copies of the elem_bytes-byte value at `value`. */
static uint8_t *fill(uint8_t *out, const uint8_t *value, int64_t n, uint32_t elem_bytes)
{
    if (elem_bytes == 1) {
        memset(out, value[0], (size_t)n);
        return out + n;
    }
    for (int64_t i = 0; i < n; i++, out += elem_bytes)
        memcpy(out, value, elem_bytes);
    return out;
}

void nn_v4_pad_fast(const uint8_t *in, uint8_t *out, const nn_shape4_t *in_shape, const nn_padding_t paddings[4],
                    const uint8_t *pad_value, uint32_t elem_bytes)
{
    const int32_t *d = in_shape->d;
    int64_t os[4];
    for (int k = 0; k < 4; k++)
        os[k] = (int64_t)d[k] + paddings[k].before + paddings[k].after;
    int64_t out_elems = os[0] * os[1] * os[2] * os[3];
    if (overlap(in, elements4(d) * elem_bytes, out, out_elems * elem_bytes)) {
        nn_v4_pad_ref(in, out, in_shape, paddings, pad_value, elem_bytes);
        return;
    }
    /* the output positions of a row that read the input: [x0, x1), from input column x0 - before (none
     * when x1 <= x0: the row is all padding) */
    int64_t before3 = paddings[3].before;
    int64_t x0 = before3 > 0 ? before3 : 0, x1 = before3 + d[3] < os[3] ? before3 + d[3] : os[3];
    for (int64_t o0 = 0; o0 < os[0]; o0++)
        for (int64_t o1 = 0; o1 < os[1]; o1++)
            for (int64_t o2 = 0; o2 < os[2]; o2++) {
                int64_t i0 = o0 - paddings[0].before, i1 = o1 - paddings[1].before, i2 = o2 - paddings[2].before;
                bool inside = i0 >= 0 && i0 < d[0] && i1 >= 0 && i1 < d[1] && i2 >= 0 && i2 < d[2] && x1 > x0;
                if (!inside) {
                    out = fill(out, pad_value, os[3], elem_bytes);
                    continue;
                }
                const uint8_t *row = in + (((i0 * d[1] + i1) * d[2] + i2) * d[3] + (x0 - before3)) * elem_bytes;
                out = fill(out, pad_value, x0, elem_bytes);
                memcpy(out, row, (size_t)((x1 - x0) * elem_bytes));
                out += (x1 - x0) * elem_bytes;
                out = fill(out, pad_value, os[3] - x1, elem_bytes);
            }
}

void nn_v4_transpose_fast(const uint8_t *in, uint8_t *out, const nn_shape4_t *in_shape, const int32_t perm[4],
                          uint32_t elem_bytes)
{
    const int32_t *d = in_shape->d;
    int64_t elems = elements4(d);
    if (overlap(in, elems * elem_bytes, out, elems * elem_bytes)) {
        nn_v4_transpose_ref(in, out, in_shape, perm, elem_bytes);
        return;
    }
    int64_t in_stride[4] = {(int64_t)d[1] * d[2] * d[3], (int64_t)d[2] * d[3], d[3], 1}, os[4], st[4];
    for (int k = 0; k < 4; k++) {
        os[k] = d[perm[k]];
        st[k] = in_stride[perm[k]]; /* input step of output axis k */
    }
    for (int64_t o0 = 0; o0 < os[0]; o0++)
        for (int64_t o1 = 0; o1 < os[1]; o1++)
            for (int64_t o2 = 0; o2 < os[2]; o2++) {
                const uint8_t *src = in + (o0 * st[0] + o1 * st[1] + o2 * st[2]) * elem_bytes;
                int64_t n = os[3], step = st[3];
                if (step == 1) {
                    memcpy(out, src, (size_t)(n * elem_bytes));
                } else if (elem_bytes == 1) {
                    for (int64_t x = 0; x < n; x++)
                        out[x] = src[x * step];
                } else if (elem_bytes == 4) {
                    for (int64_t x = 0; x < n; x++)
                        memcpy(out + 4 * x, src + x * step * 4, 4);
                } else {
                    for (int64_t x = 0; x < n; x++)
                        memcpy(out + x * elem_bytes, src + x * step * elem_bytes, elem_bytes);
                }
                out += n * elem_bytes;
            }
}

/* The reference's clamp_u8((int32_t)cvttss2si(roundf(v))) without the calls: v < 0.5 (negatives, and
 * -2^31 where the conversion gives INT32_MIN) and v >= 2^31 or NaN (INT32_MIN again) give 0. Between,
 * i = (int32_t)v truncates and f = v - i is exact (Sterbenz: i <= v < 2i, or v is already an integer
 * from 2^23 on), so roundf's half away from zero is i + (f >= 0.5). The file is built with
 * -fno-trapping-math (CMakeLists.txt): the selects may then run as vector blends; no result changes. */
static inline uint8_t quantize_one(float v)
{
    bool ok = v >= 0.5f && v < 2147483648.0f;
    float safe = ok ? v : 0.0f;
    int32_t i = (int32_t)safe;
    int32_t r = i + (safe - (float)i >= 0.5f);
    return (uint8_t)(!ok ? 0 : r > 255 ? 255 : r);
}

void nn_v4_quantize_fast_f32(const void *in, uint8_t *out, size_t count, int32_t zero_point, float scale)
{
    float zp = (float)zero_point;
    for (size_t i = 0; i < count; i++) {
        float scaled = nn_ld_f32(in, i) * scale; /* two roundings, as the reference (no fused multiply-add) */
        out[i] = quantize_one(scaled + zp);
    }
}
