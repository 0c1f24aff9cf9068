#include "nn_cpu_ref.h"

#include "nn_int.h"
#include "nn_math.h"
#include "nn_mem.h"

#include <float.h>
#include <math.h>
#include <string.h>


static float activate(float y, nn_activation_t act)
{
    if (act == NN_ACT_RELU)
        return y < 0.0f ? 0.0f : y;
    if (act == NN_ACT_RELU6)
        return y < 0.0f ? 0.0f : y > 6.0f ? 6.0f : y;
    return y;
}

static int64_t floor_shr(int64_t v, int32_t s)
{
    if (s <= 0)
        return v;
    return s >= 63 ? (v < 0 ? -1 : 0) : v >> s;
}

int64_t nn_sdk_carry_shift(int64_t v, int32_t shift)
{
    if (shift <= 0)
        return v;
    int64_t t = floor_shr(v, shift - 1);
    if (t & 1)
        return t >= 0 ? floor_shr(t, 1) + 1 : floor_shr(t, 1) - 1;
    return floor_shr(t, 1);
}

void nn_add_ref_f32(const void *a, const void *b, void *out, size_t count)
{
    for (size_t i = 0; i < count; i++)
        nn_st_f32(out, i, nn_ld_f32(a, i) + nn_ld_f32(b, i));
}

void nn_quantized_add_ref_u8(const uint8_t *a, const uint8_t *b, uint8_t *out, size_t count,
                             const nn_quant_add_params_t *q)
{
    for (size_t i = 0; i < count; i++) {
        int64_t va = nn_wrap_mul((int64_t)a[i] + q->a_offset, q->a_mul);
        int64_t vb = nn_wrap_mul((int64_t)b[i] + q->b_offset, q->b_mul);
        int64_t v = q->a_shift == q->b_shift ? floor_shr(nn_wrap_add(va, vb), q->a_shift)
                                             : nn_wrap_add(floor_shr(va, q->a_shift), floor_shr(vb, q->b_shift));
        out[i] = nn_clamp_u8(nn_wrap_add(nn_sdk_carry_shift(nn_wrap_mul(v, q->out_mul), q->out_shift), q->out_offset));
    }
}

void nn_global_average_pool_ref_f32(const void *in, void *out, uint32_t kernel_size, uint32_t channels)
{
    for (uint32_t c = 0; c < channels; c++) {
        float s = 0.0f;
        for (uint32_t k = 0; k < kernel_size; k++)
            s += nn_ld_f32(in, (size_t)c * kernel_size + k);
        nn_st_f32(out, c, s / (float)kernel_size);
    }
}

void nn_global_average_pool_ref_u8(const uint8_t *in, uint8_t *out, uint32_t kernel_size, uint32_t channels)
{
    for (uint32_t c = 0; c < channels; c++) {
        uint32_t s = 0;
        for (uint32_t k = 0; k < kernel_size; k++)
            s += in[(size_t)c * kernel_size + k];
        out[c] = (uint8_t)(s / kernel_size);
    }
}

/* Visits the in-bounds part of the window of output (c, oy, ox); calls back
 * with the flat input index. Returns the number of in-bounds elements. */
typedef void (*window_fn)(size_t index, void *state);

static uint32_t for_window(const nn_pool_geometry_t *g, uint32_t c, uint32_t oy, uint32_t ox, window_fn fn,
                           void *state)
{
    int64_t y0 = (int64_t)oy * g->stride_h - g->pad_h;
    int64_t x0 = (int64_t)ox * g->stride_w - g->pad_w;
    uint32_t n = 0;
    for (int64_t y = y0; y < y0 + g->kernel_h; y++) {
        if (y < 0 || y >= g->in_h)
            continue;
        for (int64_t x = x0; x < x0 + g->kernel_w; x++) {
            if (x < 0 || x >= g->in_w)
                continue;
            fn(((size_t)c * g->in_h + (size_t)y) * g->in_w + (size_t)x, state);
            n++;
        }
    }
    return n;
}

typedef struct { const void *in; uint32_t max_u8; float f; } window_state_t;

static void max_u8(size_t i, void *s)
{
    window_state_t *w = s;
    uint8_t v = ((const uint8_t *)w->in)[i];
    if (v > w->max_u8)
        w->max_u8 = v;
}

static void max_f32(size_t i, void *s)
{
    window_state_t *w = s;
    float v = nn_ld_f32(w->in, i);
    if (v > w->f)
        w->f = v;
}

static void sum_f32(size_t i, void *s)
{
    window_state_t *w = s;
    w->f += nn_ld_f32(w->in, i);
}

#define FOR_EACH_OUTPUT(g)                          \
    for (uint32_t c = 0; c < (g)->out_c; c++)       \
        for (uint32_t oy = 0; oy < (g)->out_h; oy++) \
            for (uint32_t ox = 0; ox < (g)->out_w; ox++)

static size_t out_index(const nn_pool_geometry_t *g, uint32_t c, uint32_t oy, uint32_t ox)
{
    return ((size_t)c * g->out_h + oy) * g->out_w + ox;
}

void nn_max_pool_ref_u8(const uint8_t *in, uint8_t *out, const nn_pool_geometry_t *g)
{
    FOR_EACH_OUTPUT(g)
    {
        window_state_t w = { in, 0, 0.0f }; /* the SDK starts from 0 */
        for_window(g, c, oy, ox, max_u8, &w);
        out[out_index(g, c, oy, ox)] = (uint8_t)w.max_u8;
    }
}

void nn_max_pool_ref_f32(const void *in, void *out, const nn_pool_geometry_t *g, nn_activation_t act)
{
    FOR_EACH_OUTPUT(g)
    {
        window_state_t w = { in, 0, -FLT_MAX };
        for_window(g, c, oy, ox, max_f32, &w);
        nn_st_f32(out, out_index(g, c, oy, ox), activate(w.f, act));
    }
}

void nn_average_pool_ref_f32(const void *in, void *out, const nn_pool_geometry_t *g)
{
    FOR_EACH_OUTPUT(g)
    {
        window_state_t w = { in, 0, 0.0f };
        uint32_t n = for_window(g, c, oy, ox, sum_f32, &w);
        nn_st_f32(out, out_index(g, c, oy, ox), n == 0 ? 0.0f : w.f / (float)n);
    }
}

void nn_quantize_ref_f32(const void *in, uint8_t *out, size_t count, float scale, float bias)
{
    float inv = 1.0f / scale;
    for (size_t i = 0; i < count; i++) {
        float v = roundf((nn_ld_f32(in, i) - bias) * inv);
        out[i] = v != v ? 0 : v < 0.0f ? 0 : v > 255.0f ? 255 : (uint8_t)v;
    }
}

void nn_dequantize_ref_u8(const uint8_t *in, void *out, size_t count, float scale, float bias)
{
    for (size_t i = 0; i < count; i++) {
        float scaled = (float)in[i] * scale;
        nn_st_f32(out, i, scaled + bias);
    }
}

void nn_requantize_ref_u8(const uint8_t *in, uint8_t *out, size_t count, const uint8_t table[256])
{
    for (size_t i = 0; i < count; i++)
        out[i] = table[in[i]];
}

void nn_l2_normalize_ref_f32(const void *in, void *out, uint32_t channels)
{
    float s = 0.0f;
    for (uint32_t c = 0; c < channels; c++)
        s += nn_ld_f32(in, c) * nn_ld_f32(in, c);
    if (s < 1e-10f)
        s = 1e-10f;
    float r = 1.0f / sqrtf(s);
    for (uint32_t c = 0; c < channels; c++)
        nn_st_f32(out, c, nn_ld_f32(in, c) * r);
}

void nn_softmax_ref_f32(const void *in, void *out, uint32_t channels)
{
    float m = FLT_MIN; /* the SDK's start value: the maximum is never below it */
    for (uint32_t c = 0; c < channels; c++)
        if (nn_ld_f32(in, c) > m)
            m = nn_ld_f32(in, c);
    float s = 0.0f;
    for (uint32_t c = 0; c < channels; c++) {
        float e = nn_expf(nn_ld_f32(in, c) - m);
        nn_st_f32(out, c, e);
        s += e;
    }
    for (uint32_t c = 0; c < channels; c++)
        nn_st_f32(out, c, nn_ld_f32(out, c) / s);
}

void nn_fully_connected_ref_f32(const void *in, void *out, uint32_t in_channels, uint32_t out_channels,
                                const uint8_t *weights_le, const uint8_t *bias_le, nn_activation_t act)
{
    for (uint32_t o = 0; o < out_channels; o++) {
        float s = 0.0f;
        for (uint32_t i = 0; i < in_channels; i++)
            s += nn_ld_f32(in, i) * nn_ld_f32(weights_le, (size_t)o * in_channels + i);
        nn_st_f32(out, o, activate(s + nn_ld_f32(bias_le, o), act));
    }
}

void nn_flatten_ref(const uint8_t *in, uint8_t *out, uint32_t w, uint32_t h, uint32_t c, uint32_t elem_bytes)
{
    for (uint32_t ch = 0; ch < c; ch++)
        for (uint32_t y = 0; y < h; y++)
            for (uint32_t x = 0; x < w; x++)
                memcpy(out + (((size_t)y * w + x) * c + ch) * elem_bytes,
                       in + (((size_t)ch * h + y) * w + x) * elem_bytes, elem_bytes);
}

void nn_resize_nearest_ref(const uint8_t *in, uint8_t *out, uint32_t in_w, uint32_t in_h, uint32_t c,
                           uint32_t out_w, uint32_t out_h, uint32_t elem_bytes)
{
    float sh = (float)in_h / (float)out_h, sw = (float)in_w / (float)out_w;
    for (uint32_t ch = 0; ch < c; ch++)
        for (uint32_t oy = 0; oy < out_h; oy++) {
            float fy = floorf((float)oy * sh);
            uint32_t iy = fy >= (float)(in_h - 1) ? in_h - 1 : (uint32_t)fy;
            for (uint32_t ox = 0; ox < out_w; ox++) {
                float fx = floorf((float)ox * sw);
                uint32_t ix = fx >= (float)(in_w - 1) ? in_w - 1 : (uint32_t)fx;
                /* memmove: kmodel V4 files do not promise distinct input and output ranges */
                memmove(out + (((size_t)ch * out_h + oy) * out_w + ox) * elem_bytes,
                       in + (((size_t)ch * in_h + iy) * in_w + ix) * elem_bytes, elem_bytes);
            }
        }
}

void nn_channelwise_dequantize_ref_u8(const uint8_t *in, void *out, uint32_t channels, uint32_t channel_size,
                                      const uint8_t *params_le)
{
    for (uint32_t c = 0; c < channels; c++) {
        float scale = nn_ld_f32(params_le, 2 * (size_t)c), bias = nn_ld_f32(params_le, 2 * (size_t)c + 1);
        for (uint32_t k = 0; k < channel_size; k++) {
            size_t i = (size_t)c * channel_size + k;
            float scaled = (float)in[i] * scale;
            nn_st_f32(out, i, scaled + bias);
        }
    }
}

void nn_logistic_ref_f32(const void *in, void *out, uint32_t channels)
{
    for (uint32_t c = 0; c < channels; c++)
        nn_st_f32(out, c, 1.0f / (1.0f + nn_expf(-nn_ld_f32(in, c))));
}
