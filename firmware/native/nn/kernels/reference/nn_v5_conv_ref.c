/* V5 float conv2d (nncase 1.0.0-beta2's kernels::conv2d): the same products, summed in the order of the path
 * nncase takes for the parameters, so that the floats come out bit for bit (see nn_v5_ref.h). */
#include <string.h>

#include "nn_v5_ref.h"

static float std_min(float a, float b) { return b < a ? b : a; }
static float std_max(float a, float b) { return a < b ? b : a; }

static float get(const nn_v5_view_t *v, uint32_t i0, uint32_t i1, uint32_t i2, uint32_t i3)
{
    uint32_t index[4] = { i0, i1, i2, i3 };
    float f;
    memcpy(&f, v->data + nn_v5_offset(v->strides, index, 4) * 4, 4);
    return f;
}

/* through memcpy: a tensor's address comes from the file and need not be 4-aligned */
static void put(const nn_v5_view_t *v, uint32_t n, uint32_t c, uint32_t y, uint32_t x, float f)
{
    uint32_t index[4] = { n, c, y, x };
    memcpy(v->data + nn_v5_offset(v->strides, index, 4) * 4, &f, 4);
}

static float bias_of(const nn_v5_view_t *bias, uint32_t oc)
{
    float f;
    memcpy(&f, bias->data + (uint64_t)bias->strides[0] * oc * 4, 4);
    return f;
}

typedef enum path { PATH_REFERENCE, PATH_1X1_S1, PATH_TAPS_PER_CHANNEL } path_t;

/* Which of nncase's kernels runs (cpu::optimized::conv2d, else the reference). */
static path_t path_of(const nn_v5_view_t *src, const nn_v5_view_t *w, const nn_v5_conv2d_t *p)
{
    uint32_t kh = w->shape[2], kw = w->shape[3];
    bool plain = p->dilation_h == 1 && p->dilation_w == 1 && p->pad_h_before == 0 && p->pad_h_after == 0 &&
                 p->pad_w_before == 0 && p->pad_w_after == 0;
    bool stride12 = p->stride_h == p->stride_w && (p->stride_h == 1 || p->stride_h == 2);
    bool nxm = (kh == 1 && kw == 3) || (kh == 3 && kw == 1) || (kh == 3 && kw == 3) || (kh == 5 && kw == 5) ||
               (kh == 7 && kw == 7);
    if (!plain)
        return PATH_REFERENCE;
    if (p->groups == 1) {
        if (kh == 1 && kw == 1)
            return p->stride_h == 1 && p->stride_w == 1 ? PATH_1X1_S1 : PATH_REFERENCE; /* 1x1 s2 sums in order */
        if (nxm && stride12)
            return PATH_TAPS_PER_CHANNEL;
    }
    if ((uint32_t)p->groups == src->shape[1] && (uint32_t)p->groups == w->shape[0] && nxm && stride12)
        return PATH_TAPS_PER_CHANNEL;
    return PATH_REFERENCE;
}

void nn_v5_conv2d_ref_f32(const nn_v5_view_t *src, const nn_v5_view_t *w, const nn_v5_view_t *bias,
                          const nn_v5_view_t *dst, const nn_v5_conv2d_t *p)
{
    const uint32_t g_ic = src->shape[1] / (uint32_t)p->groups, g_oc = w->shape[0] / (uint32_t)p->groups;
    const int64_t in_h = src->shape[2], in_w = src->shape[3], kh = w->shape[2], kw = w->shape[3];
    path_t path = path_of(src, w, p);
    if (nn_v5_elements(dst->shape, 4) == 0) /* nothing to write; the loops outside an empty dim would still run */
        return;
    for (uint32_t n = 0; n < dst->shape[0]; n++)
        for (uint32_t oc = 0; oc < dst->shape[1]; oc++) {
            uint32_t g = oc / g_oc;
            for (uint32_t oy = 0; oy < dst->shape[2]; oy++)
                for (uint32_t ox = 0; ox < dst->shape[3]; ox++) {
                    const int64_t y0 = (int64_t)oy * p->stride_h - p->pad_h_before;
                    const int64_t x0 = (int64_t)ox * p->stride_w - p->pad_w_before;
                    float value = bias_of(bias, oc);
                    if (path == PATH_1X1_S1) {
                        uint32_t ic = 0;
                        for (; ic + 4 <= g_ic; ic += 4) {
                            float s0 = get(src, n, ic, oy, ox) * get(w, oc, ic, 0, 0);
                            float s1 = get(src, n, ic + 1, oy, ox) * get(w, oc, ic + 1, 0, 0);
                            float s2 = get(src, n, ic + 2, oy, ox) * get(w, oc, ic + 2, 0, 0);
                            float s3 = get(src, n, ic + 3, oy, ox) * get(w, oc, ic + 3, 0, 0);
                            value += s0 + s1 + s2 + s3;
                        }
                        for (; ic < g_ic; ic++)
                            value += get(w, oc, ic, 0, 0) * get(src, n, ic, oy, ox);
                    } else {
                        /* the taps that land inside the input (all of them on the optimized paths: no padding) */
                        int64_t ky0 = (-y0 + p->dilation_h - 1) / p->dilation_h, kx0 = (-x0 + p->dilation_w - 1) / p->dilation_w;
                        int64_t ky1 = (in_h - y0 + p->dilation_h - 1) / p->dilation_h;
                        int64_t kx1 = (in_w - x0 + p->dilation_w - 1) / p->dilation_w;
                        ky0 = ky0 < 0 ? 0 : ky0, kx0 = kx0 < 0 ? 0 : kx0;
                        ky1 = ky1 > kh ? kh : ky1, kx1 = kx1 > kw ? kw : kx1;
                        for (uint32_t ic = 0; ic < g_ic; ic++) {
                            uint32_t in_c = g * g_ic + ic;
                            float sum = 0.0f;
                            for (int64_t ky = ky0; ky < ky1; ky++)
                                for (int64_t kx = kx0; kx < kx1; kx++) {
                                    float in_v = get(src, n, in_c, (uint32_t)(y0 + p->dilation_h * ky),
                                                     (uint32_t)(x0 + p->dilation_w * kx));
                                    float product = in_v * get(w, oc, ic, (uint32_t)ky, (uint32_t)kx);
                                    if (path == PATH_TAPS_PER_CHANNEL)
                                        sum += product;
                                    else
                                        value += product;
                                }
                            if (path == PATH_TAPS_PER_CHANNEL)
                                value += sum;
                        }
                    }
                    put(dst, n, oc, oy, ox, std_max(std_min(value, p->clamp_high), p->clamp_low));
                }
        }
}
