/* conv2d, quantized_conv2d and conv2d_transpose, NCHW (spec/kmodel-v4.md §10
 * 0x02, 0x0F, 0x13). Loops and float summation order are the reference's. */
#include <float.h>

#include "nn_mem.h"
#include "nn_v4_ref.h"
#include "nn_v4_window.h"

/* Walks every output element in the reference's order (batch, group, oc, oy,
 * ox), handing the kernel-specific body the valid tap ranges. */
typedef struct conv_walk {
    const nn_v4_conv2d_params_t *p;
    int64_t in_h, in_w, out_h, out_w, g_ic, g_oc;
} conv_walk_t;

static conv_walk_t conv_walk(const nn_v4_conv2d_params_t *p)
{
    conv_walk_t w;
    w.p = p;
    w.in_h = p->in_shape.d[2];
    w.in_w = p->in_shape.d[3];
    w.out_h = nn_v4_windowed_size(p->in_shape.d[2], p->win.filter_h, p->win.stride_h, p->win.dilation_h, p->win.pad_h);
    w.out_w = nn_v4_windowed_size(p->in_shape.d[3], p->win.filter_w, p->win.stride_w, p->win.dilation_w, p->win.pad_w);
    w.g_ic = p->in_shape.d[1] / p->groups;
    w.g_oc = p->out_channels / p->groups;
    return w;
}

#define FOR_EACH_CONV_OUTPUT(w, batch, g, oc, oy, ox)                     \
    for (int64_t batch = 0; batch < (w).p->in_shape.d[0]; batch++)        \
        for (int64_t g = 0; g < (w).p->groups; g++)                       \
            for (int64_t oc = 0; oc < (w).g_oc; oc++)                     \
                for (int64_t oy = 0; oy < (w).out_h; oy++)                \
                    for (int64_t ox = 0; ox < (w).out_w; ox++)

void nn_v4_conv2d_ref_f32(const void *in, void *out, const nn_v4_conv2d_params_t *p)
{
    conv_walk_t w = conv_walk(p);
    const nn_window2d_t *win = &p->win;
    size_t o = 0;
    FOR_EACH_CONV_OUTPUT(w, batch, g, oc, oy, ox)
    {
        int64_t y0 = oy * win->stride_h - win->pad_h.before, x0 = ox * win->stride_w - win->pad_w.before;
        int64_t ky0, ky1, kx0, kx1;
        nn_v4_taps(y0, w.in_h, win->filter_h, win->dilation_h, &ky0, &ky1);
        nn_v4_taps(x0, w.in_w, win->filter_w, win->dilation_w, &kx0, &kx1);
        int64_t oc_global = g * w.g_oc + oc;
        float v = nn_ld_f32(p->bias, (size_t)oc_global);
        for (int64_t ic = 0; ic < w.g_ic; ic++) {
            size_t plane = (size_t)((batch * p->in_shape.d[1] + g * w.g_ic + ic) * w.in_h * w.in_w);
            size_t wbase = (size_t)((oc_global * w.g_ic + ic) * win->filter_h * win->filter_w);
            for (int64_t ky = ky0; ky < ky1; ky++)
                for (int64_t kx = kx0; kx < kx1; kx++) {
                    int64_t iy = y0 + win->dilation_h * ky, ix = x0 + win->dilation_w * kx;
                    float x = nn_ld_f32(in, plane + (size_t)(iy * w.in_w + ix));
                    float k = nn_ld_f32(p->weights, wbase + (size_t)(ky * win->filter_w + kx));
                    v += x * k;
                }
        }
        nn_st_f32(out, o++, nn_clamp_f32(v, p->act.min, p->act.max));
    }
}

void nn_v4_quantized_conv2d_ref_u8(const uint8_t *in, uint8_t *out, const nn_v4_conv2d_params_t *p)
{
    conv_walk_t w = conv_walk(p);
    const nn_window2d_t *win = &p->win;
    size_t o = 0;
    FOR_EACH_CONV_OUTPUT(w, batch, g, oc, oy, ox)
    {
        int64_t y0 = oy * win->stride_h - win->pad_h.before, x0 = ox * win->stride_w - win->pad_w.before;
        int64_t ky0, ky1, kx0, kx1;
        nn_v4_taps(y0, w.in_h, win->filter_h, win->dilation_h, &ky0, &ky1);
        nn_v4_taps(x0, w.in_w, win->filter_w, win->dilation_w, &kx0, &kx1);
        int64_t oc_global = g * w.g_oc + oc;
        uint32_t acc = (uint32_t)nn_ld_i32(p->bias, (size_t)oc_global); /* int32 that wraps */
        for (int64_t ic = 0; ic < w.g_ic; ic++) {
            size_t plane = (size_t)((batch * p->in_shape.d[1] + g * w.g_ic + ic) * w.in_h * w.in_w);
            size_t wbase = (size_t)((oc_global * w.g_ic + ic) * win->filter_h * win->filter_w);
            for (int64_t ky = ky0; ky < ky1; ky++)
                for (int64_t kx = kx0; kx < kx1; kx++) {
                    int64_t iy = y0 + win->dilation_h * ky, ix = x0 + win->dilation_w * kx;
                    uint32_t x = (uint32_t)in[plane + (size_t)(iy * w.in_w + ix)] + (uint32_t)p->input_offset;
                    uint32_t k = (uint32_t)p->weights[wbase + (size_t)(ky * win->filter_w + kx)] +
                                 (uint32_t)p->filter_offset;
                    acc += x * k;
                }
        }
        int32_t v = nn_v4_requantize((int32_t)acc, p->out.mul, p->out.shift);
        out[o++] = nn_clamp_u8((int32_t)((uint32_t)v + (uint32_t)p->out.offset));
    }
}

static bool is_full_range(nn_value_range_t r) { return r.min == -FLT_MAX && r.max == FLT_MAX; }

void nn_v4_conv2d_transpose_ref_f32(const void *in, void *out, const nn_v4_conv2d_transpose_params_t *p)
{
    const nn_window2d_t *win = &p->win;
    int64_t out_c = p->out_shape.d[1], out_h = p->out_shape.d[2], out_w = p->out_shape.d[3];
    int64_t g_ic = p->in_shape.d[1] / p->groups, g_oc = out_c / p->groups;
    uint64_t total = nn_shape4_count(&p->out_shape);
    for (uint64_t i = 0; i < total; i++)
        nn_st_f32(out, i, 0.0f);

    size_t i_in = 0;
    for (int64_t batch = 0; batch < p->in_shape.d[0]; batch++)
        for (int64_t g = 0; g < p->groups; g++)
            for (int64_t ic = 0; ic < g_ic; ic++)
                for (int64_t iy = 0; iy < p->in_shape.d[2]; iy++)
                    for (int64_t ix = 0; ix < p->in_shape.d[3]; ix++) {
                        int64_t y0 = iy * win->stride_h - win->pad_h.before;
                        int64_t x0 = ix * win->stride_w - win->pad_w.before;
                        int64_t ky0, ky1, kx0, kx1;
                        nn_v4_taps(y0, out_h, win->filter_h, win->dilation_h, &ky0, &ky1);
                        nn_v4_taps(x0, out_w, win->filter_w, win->dilation_w, &kx0, &kx1);
                        float x = nn_ld_f32(in, i_in++);
                        for (int64_t oc = 0; oc < g_oc; oc++) {
                            size_t plane = (size_t)(((batch * out_c) + g * g_oc + oc) * out_h * out_w);
                            size_t wbase = (size_t)((((g * g_oc + oc) * g_ic) + ic) * win->filter_h * win->filter_w);
                            for (int64_t ky = ky0; ky < ky1; ky++)
                                for (int64_t kx = kx0; kx < kx1; kx++) {
                                    size_t at = plane + (size_t)((y0 + win->dilation_h * ky) * out_w + x0 +
                                                                 win->dilation_w * kx);
                                    float k = nn_ld_f32(p->weights, wbase + (size_t)(ky * win->filter_w + kx));
                                    nn_st_f32(out, at, nn_ld_f32(out, at) + x * k);
                                }
                        }
                    }

    if (!is_full_range(p->act))
        for (uint64_t i = 0; i < total; i++)
            nn_st_f32(out, i, nn_clamp_f32(nn_ld_f32(out, i), p->act.min, p->act.max));
}
