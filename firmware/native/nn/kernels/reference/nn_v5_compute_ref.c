/* V5 float compute (nncase 1.0.0-beta2: binary, unary, reduce,
 * reduce_window2d, resize_image). min/max/clamp follow std::min/std::max
 * argument order, so NaN propagates exactly as there. */
#include <math.h>
#include <string.h>

#include "nn_v5_ref.h"

#define AT(v, idx, eb) ((v)->data + nn_v5_offset((v)->strides, (idx), (v)->rank) * (eb))

static float std_min(float a, float b) { return b < a ? b : a; }
static float std_max(float a, float b) { return a < b ? b : a; }
static float clamp(float v, float lo, float hi) { return std_max(std_min(v, hi), lo); }

static float get_f(const uint8_t *p)
{
    float v;
    memcpy(&v, p, 4);
    return v;
}

static void put_f(uint8_t *p, float v) { memcpy(p, &v, 4); }

bool nn_v5_binary_ref_f32(uint32_t op, const nn_v5_view_t *a, const nn_v5_view_t *b, const nn_v5_view_t *out,
                          float clamp_low, float clamp_high)
{
    if (op > 6)
        return false;
    uint32_t index[NN_V5_MAX_RANK] = { 0 };
    if (nn_v5_elements(out->shape, out->rank) == 0)
        return true;
    do {
        float x = get_f(AT(a, index, 4)), y = get_f(AT(b, index, 4)), r;
        switch (op) {
        case 0: r = x + y; break;
        case 1: r = x - y; break;
        case 2: r = x * y; break;
        case 3: r = x / y; break;
        case 4: r = std_min(x, y); break;
        case 5: r = std_max(x, y); break;
        default: r = powf(x, y); break;
        }
        put_f(AT(out, index, 4), clamp(r, clamp_low, clamp_high));
    } while (nn_v5_next_index(index, out->shape, out->rank));
    return true;
}

bool nn_v5_unary_ref_f32(uint32_t op, const nn_v5_view_t *src, const nn_v5_view_t *dst)
{
    if (op > 12)
        return false;
    uint32_t index[NN_V5_MAX_RANK] = { 0 };
    if (nn_v5_elements(src->shape, src->rank) == 0)
        return true;
    do {
        float x = get_f(AT(src, index, 4)), r;
        switch (op) {
        case 0: r = fabsf(x); break;
        case 1: r = ceilf(x); break;
        case 2: r = cosf(x); break;
        case 3: r = expf(x); break;
        case 4: r = floorf(x); break;
        case 5: r = logf(x); break;
        case 6: r = -x; break;
        case 7: r = roundf(x); break;
        case 8: r = 1.f / sqrtf(x); break;
        case 9: r = sinf(x); break;
        case 10: r = sqrtf(x); break;
        case 11: r = x * x; break;
        default: r = tanhf(x); break;
        }
        put_f(AT(dst, index, 4), r);
    } while (nn_v5_next_index(index, src->shape, src->rank));
    return true;
}

static float reduce_step(uint32_t op, float acc, float v)
{
    switch (op) {
    case 1: return std_min(acc, v);
    case 2: return std_max(acc, v);
    default: return acc + v; /* mean, sum */
    }
}

bool nn_v5_reduce_ref_f32(uint32_t op, const nn_v5_view_t *src, const nn_v5_view_t *dst, uint32_t axes,
                          bool keep_dims, float init)
{
    if (op > 3)
        return false;
    uint32_t index[NN_V5_MAX_RANK] = { 0 }, out[NN_V5_MAX_RANK] = { 0 };
    bool empty_out = nn_v5_elements(dst->shape, dst->rank) == 0;
    if (!empty_out)
        do
            put_f(AT(dst, index, 4), init);
        while (nn_v5_next_index(index, dst->shape, dst->rank));
    uint64_t block = 1;
    for (uint32_t k = 0; k < src->rank; k++)
        if (axes & (1u << k))
            block *= src->shape[k];
    if (nn_v5_elements(src->shape, src->rank) != 0) {
        memset(index, 0, sizeof index);
        do {
            uint32_t n = 0;
            for (uint32_t k = 0; k < src->rank; k++) {
                if (!(axes & (1u << k)))
                    out[n++] = index[k];
                else if (keep_dims)
                    out[n++] = 0;
            }
            uint8_t *d = AT(dst, out, 4);
            put_f(d, reduce_step(op, get_f(d), get_f(AT(src, index, 4))));
        } while (nn_v5_next_index(index, src->shape, src->rank));
    }
    if (op == 0 && !empty_out) {
        memset(index, 0, sizeof index);
        do {
            uint8_t *d = AT(dst, index, 4);
            put_f(d, get_f(d) / (float)block);
        } while (nn_v5_next_index(index, dst->shape, dst->rank));
    }
    return true;
}

int64_t nn_v5_window_out(int64_t size, int32_t filter, int32_t stride, int32_t dilation, int32_t before,
                         int32_t after)
{
    int64_t effective = ((int64_t)filter - 1) * dilation + 1;
    int64_t span = size + before + after - effective + stride;
    return span < 0 ? -1 : span / stride;
}

bool nn_v5_reduce_window2d_ref_f32(const nn_v5_view_t *src, const nn_v5_view_t *dst, const nn_v5_window_t *w)
{
    if (w->op > 3)
        return false;
    if (nn_v5_elements(dst->shape, 4) == 0) /* nothing to write; the loops outside an empty dim would still run */
        return true;
    const int64_t in_h = src->shape[2], in_w = src->shape[3];
    uint32_t oi[4], ii[4];
    for (uint32_t n = 0; n < dst->shape[0]; n++)
        for (uint32_t c = 0; c < dst->shape[1]; c++)
            for (uint32_t oy = 0; oy < dst->shape[2]; oy++)
                for (uint32_t ox = 0; ox < dst->shape[3]; ox++) {
                    const int64_t y0 = (int64_t)oy * w->stride_h - w->pad_h_before;
                    const int64_t x0 = (int64_t)ox * w->stride_w - w->pad_w_before;
                    /* the filter taps that land inside the input (C division truncates, as in nncase) */
                    int64_t ky_begin = (-y0 + w->dilation_h - 1) / w->dilation_h, ky_end;
                    int64_t kx_begin = (-x0 + w->dilation_w - 1) / w->dilation_w, kx_end;
                    ky_begin = ky_begin < 0 ? 0 : ky_begin;
                    kx_begin = kx_begin < 0 ? 0 : kx_begin;
                    ky_end = (in_h - y0 + w->dilation_h - 1) / w->dilation_h;
                    kx_end = (in_w - x0 + w->dilation_w - 1) / w->dilation_w;
                    ky_end = ky_end > w->filter_h ? w->filter_h : ky_end;
                    kx_end = kx_end > w->filter_w ? w->filter_w : kx_end;
                    float value = w->init;
                    int32_t count = 0;
                    ii[0] = n, ii[1] = c;
                    for (int64_t ky = ky_begin; ky < ky_end; ky++)
                        for (int64_t kx = kx_begin; kx < kx_end; kx++) {
                            ii[2] = (uint32_t)(y0 + w->dilation_h * ky);
                            ii[3] = (uint32_t)(x0 + w->dilation_w * kx);
                            value = reduce_step(w->op, value, get_f(AT(src, ii, 4)));
                            count++;
                        }
                    if (w->op == 0)
                        value = value / (float)count;
                    oi[0] = n, oi[1] = c, oi[2] = oy, oi[3] = ox;
                    put_f(AT(dst, oi, 4), clamp(value, w->clamp_low, w->clamp_high));
                }
    return true;
}

/* ---- resize ------------------------------------------------------------------ */

static void scales(const nn_v5_view_t *src, const nn_v5_view_t *dst, bool align_corners, float *sh, float *sw)
{
    int32_t out_h = (int32_t)dst->shape[2], out_w = (int32_t)dst->shape[3];
    *sh = (float)src->shape[2] / (float)out_h;
    *sw = (float)src->shape[3] / (float)out_w;
    if (align_corners && out_h > 1)
        *sh = (float)(src->shape[2] - 1) / (float)(out_h - 1);
    if (align_corners && out_w > 1)
        *sw = (float)(src->shape[3] - 1) / (float)(out_w - 1);
}

static void bilinear_axis(uint32_t o, float scale, bool half_pixel, uint32_t size, bool fused, float *v, int32_t *v0,
                          int32_t *v1)
{
    if (half_pixel)
        *v = fused ? fmaf((float)o + 0.5f, scale, -0.5f) : ((float)o + 0.5f) * scale - 0.5f;
    else
        *v = (float)o * scale;
    int32_t lo = (int32_t)floorf(*v), hi = (int32_t)ceilf(*v);
    *v0 = lo < 0 ? 0 : lo;
    *v1 = hi < (int32_t)size - 1 ? hi : (int32_t)size - 1;
}

static double load_num(const uint8_t *p, uint32_t dtype)
{
    switch (dtype) {
    case NN_V5_I8: case NN_V5_U8: return (double)p[0];
    case NN_V5_I16: case NN_V5_U16: { uint16_t x; memcpy(&x, p, 2); return x; }
    case NN_V5_I32: case NN_V5_U32: { uint32_t x; memcpy(&x, p, 4); return x; }
    default: { float x; memcpy(&x, p, 4); return x; }
    }
}

bool nn_v5_resize_bilinear_ref(const nn_v5_view_t *src, const nn_v5_view_t *dst, uint32_t dtype, bool align_corners,
                               bool half_pixel_centers, bool fused)
{
    /* nncase instantiates float, and uint8/16/32 for the integer types (signed ones reinterpreted as unsigned);
     * 64-bit integers would compute in float with precision loss, and are refused here */
    uint32_t eb = nn_v5_dtype_bytes(dtype);
    if (dtype != NN_V5_F32 && !(dtype <= NN_V5_U32 && dtype != NN_V5_I64 && dtype != NN_V5_U64 && eb <= 4))
        return false;
    if (nn_v5_elements(dst->shape, 4) == 0) /* nothing to write; the loops outside an empty dim would still run */
        return true;
    bool is_float = dtype == NN_V5_F32;
    float sh, sw;
    scales(src, dst, align_corners, &sh, &sw);
    uint32_t ii[4], oi[4];
    for (uint32_t n = 0; n < dst->shape[0]; n++)
        for (uint32_t c = 0; c < dst->shape[1]; c++)
            for (uint32_t oy = 0; oy < dst->shape[2]; oy++) {
                float in_y;
                int32_t y0, y1;
                bilinear_axis(oy, sh, half_pixel_centers, src->shape[2], fused, &in_y, &y0, &y1);
                for (uint32_t ox = 0; ox < dst->shape[3]; ox++) {
                    float in_x;
                    int32_t x0, x1;
                    bilinear_axis(ox, sw, half_pixel_centers, src->shape[3], fused, &in_x, &x0, &x1);
                    ii[0] = n, ii[1] = c;
                    ii[2] = (uint32_t)y0, ii[3] = (uint32_t)x0;
                    float v0 = (float)load_num(AT(src, ii, eb), dtype);
                    ii[2] = (uint32_t)y1;
                    float v1 = (float)load_num(AT(src, ii, eb), dtype);
                    ii[2] = (uint32_t)y0, ii[3] = (uint32_t)x1;
                    float v2 = (float)load_num(AT(src, ii, eb), dtype);
                    ii[2] = (uint32_t)y1;
                    float v3 = (float)load_num(AT(src, ii, eb), dtype);
                    float dy = in_y - (float)y0, dx = in_x - (float)x0;
                    float a0 = (1 - dy) * (1 - dx), a1 = dy * (1 - dx), a2 = (1 - dy) * dx, a3 = dy * dx;
                    float r;
                    if (fused)
                        r = fmaf(v3, a3, fmaf(v2, a2, fmaf(v1, a1, v0 * a0)));
                    else
                        r = v0 * a0 + v1 * a1 + v2 * a2 + v3 * a3;
                    oi[0] = n, oi[1] = c, oi[2] = oy, oi[3] = ox;
                    uint8_t *d = AT(dst, oi, eb);
                    if (is_float) {
                        put_f(d, r);
                    } else {
                        uint32_t q = (uint32_t)(r + 0.5f); /* T(x + 0.5f): truncation */
                        memcpy(d, &q, eb); /* little-endian: the low bytes */
                    }
                }
            }
    return true;
}

void nn_v5_resize_nearest_ref(const nn_v5_view_t *src, const nn_v5_view_t *dst, uint32_t eb, bool align_corners,
                              bool half_pixel_centers)
{
    if (nn_v5_elements(dst->shape, 4) == 0) /* nothing to write; the loops outside an empty dim would still run */
        return;
    float sh, sw;
    scales(src, dst, align_corners, &sh, &sw);
    const float offset = half_pixel_centers ? 0.5f : 0.0f;
    uint32_t ii[4], oi[4];
    for (uint32_t n = 0; n < dst->shape[0]; n++)
        for (uint32_t c = 0; c < dst->shape[1]; c++)
            for (uint32_t oy = 0; oy < dst->shape[2]; oy++)
                for (uint32_t ox = 0; ox < dst->shape[3]; ox++) {
                    uint32_t o[2] = { oy, ox }, sizes[2] = { src->shape[2], src->shape[3] }, in[2];
                    float s[2] = { sh, sw };
                    for (int k = 0; k < 2; k++) {
                        float after = ((float)o[k] + offset) * s[k];
                        int32_t v = (int32_t)(align_corners ? roundf(after) : floorf(after));
                        if (v > (int32_t)sizes[k] - 1)
                            v = (int32_t)sizes[k] - 1;
                        if (v < 0) /* nncase clamps at 0 only with half_pixel_centers; never negative otherwise */
                            v = 0;
                        in[k] = (uint32_t)v;
                    }
                    ii[0] = n, ii[1] = c, ii[2] = in[0], ii[3] = in[1];
                    oi[0] = n, oi[1] = c, oi[2] = oy, oi[3] = ox;
                    memcpy(AT(dst, oi, eb), AT(src, ii, eb), eb);
                }
}
