/* The cpu_* ops of kmodel V4, NHWC (spec/kmodel-v4.md §10 0x1001-0x1005).
 * No v0.2.0 compiler emits them, but the runtime decodes and runs them. The
 * quantized ones SUBTRACT their offsets (spec §12 quirk 8). */
#include "nn_mem.h"
#include "nn_v4_ref.h"
#include "nn_v4_window.h"

/* Output pixel (oy, ox) of one batch item: the valid tap ranges and origin. */
typedef struct pixel {
    int64_t y0, x0, ky0, ky1, kx0, kx1;
} pixel_t;

typedef struct nhwc_walk {
    int64_t n, h, w, c, out_h, out_w;
} nhwc_walk_t;

static nhwc_walk_t nhwc_walk(const nn_shape4_t *s, const nn_window2d_t *win)
{
    nhwc_walk_t w = { s->d[0], s->d[1], s->d[2], s->d[3], 0, 0 };
    w.out_h = nn_v4_windowed_size(s->d[1], win->filter_h, win->stride_h, win->dilation_h, win->pad_h);
    w.out_w = nn_v4_windowed_size(s->d[2], win->filter_w, win->stride_w, win->dilation_w, win->pad_w);
    return w;
}

static pixel_t pixel_at(const nhwc_walk_t *w, const nn_window2d_t *win, int64_t oy, int64_t ox)
{
    pixel_t px;
    px.y0 = oy * win->stride_h - win->pad_h.before;
    px.x0 = ox * win->stride_w - win->pad_w.before;
    nn_v4_taps(px.y0, w->h, win->filter_h, win->dilation_h, &px.ky0, &px.ky1);
    nn_v4_taps(px.x0, w->w, win->filter_w, win->dilation_w, &px.kx0, &px.kx1);
    return px;
}

/* Index of channel 0 of input pixel tap (ky, kx). */
static size_t in_pixel(const nhwc_walk_t *w, const nn_window2d_t *win, int64_t batch, const pixel_t *px, int64_t ky,
                       int64_t kx)
{
    int64_t iy = px->y0 + win->dilation_h * ky, ix = px->x0 + win->dilation_w * kx;
    return (size_t)(((batch * w->h + iy) * w->w + ix) * w->c);
}

#define FOR_EACH_PIXEL(w, batch, oy, ox)                   \
    for (int64_t batch = 0; batch < (w).n; batch++)         \
        for (int64_t oy = 0; oy < (w).out_h; oy++)          \
            for (int64_t ox = 0; ox < (w).out_w; ox++)

void nn_v4_cpu_conv2d_ref_f32(const void *in, void *out, const nn_v4_cpu_conv2d_params_t *p)
{
    nhwc_walk_t w = nhwc_walk(&p->in_shape, &p->win);
    size_t o = 0;
    FOR_EACH_PIXEL(w, batch, oy, ox)
    {
        pixel_t px = pixel_at(&w, &p->win, oy, ox);
        for (int64_t oc = 0; oc < p->out_channels; oc++) {
            float v = nn_ld_f32(p->bias, (size_t)oc);
            for (int64_t ky = px.ky0; ky < px.ky1; ky++)
                for (int64_t kx = px.kx0; kx < px.kx1; kx++) {
                    size_t x = in_pixel(&w, &p->win, batch, &px, ky, kx);
                    size_t k = (size_t)(((oc * p->win.filter_h + ky) * p->win.filter_w + kx) * w.c);
                    for (int64_t ic = 0; ic < w.c; ic++)
                        v += nn_ld_f32(in, x + (size_t)ic) * nn_ld_f32(p->weights, k + (size_t)ic);
                }
            nn_st_f32(out, o++, nn_clamp_f32(v, p->act.min, p->act.max));
        }
    }
}

void nn_v4_cpu_depthwise_conv2d_ref_f32(const void *in, void *out, const nn_v4_cpu_conv2d_params_t *p)
{
    nhwc_walk_t w = nhwc_walk(&p->in_shape, &p->win);
    size_t o = 0;
    FOR_EACH_PIXEL(w, batch, oy, ox)
    {
        pixel_t px = pixel_at(&w, &p->win, oy, ox);
        for (int64_t c = 0; c < w.c; c++) {
            float v = nn_ld_f32(p->bias, (size_t)c);
            for (int64_t ky = px.ky0; ky < px.ky1; ky++)
                for (int64_t kx = px.kx0; kx < px.kx1; kx++) {
                    size_t x = in_pixel(&w, &p->win, batch, &px, ky, kx) + (size_t)c;
                    size_t k = (size_t)((c * p->win.filter_h + ky) * p->win.filter_w + kx);
                    v += nn_ld_f32(in, x) * nn_ld_f32(p->weights, k);
                }
            nn_st_f32(out, o++, nn_clamp_f32(v, p->act.min, p->act.max));
        }
    }
}

static uint8_t requantize_out(uint32_t acc, const nn_requant_t *q)
{
    int32_t v = nn_v4_requantize((int32_t)acc, q->mul, q->shift);
    return nn_clamp_u8((int32_t)((uint32_t)v + (uint32_t)q->offset));
}

void nn_v4_cpu_quantized_conv2d_ref_u8(const uint8_t *in, uint8_t *out, const nn_v4_cpu_conv2d_params_t *p)
{
    nhwc_walk_t w = nhwc_walk(&p->in_shape, &p->win);
    size_t o = 0;
    FOR_EACH_PIXEL(w, batch, oy, ox)
    {
        pixel_t px = pixel_at(&w, &p->win, oy, ox);
        for (int64_t oc = 0; oc < p->out_channels; oc++) {
            uint32_t acc = (uint32_t)nn_ld_i32(p->bias, (size_t)oc);
            for (int64_t ky = px.ky0; ky < px.ky1; ky++)
                for (int64_t kx = px.kx0; kx < px.kx1; kx++) {
                    size_t x = in_pixel(&w, &p->win, batch, &px, ky, kx);
                    size_t k = (size_t)(((oc * p->win.filter_h + ky) * p->win.filter_w + kx) * w.c);
                    for (int64_t ic = 0; ic < w.c; ic++)
                        acc += ((uint32_t)in[x + (size_t)ic] - (uint32_t)p->input_offset) *
                               ((uint32_t)p->weights[k + (size_t)ic] - (uint32_t)p->filter_offset);
                }
            out[o++] = requantize_out(acc, &p->out);
        }
    }
}

void nn_v4_cpu_quantized_depthwise_conv2d_ref_u8(const uint8_t *in, uint8_t *out, const nn_v4_cpu_conv2d_params_t *p)
{
    nhwc_walk_t w = nhwc_walk(&p->in_shape, &p->win);
    size_t o = 0;
    FOR_EACH_PIXEL(w, batch, oy, ox)
    {
        pixel_t px = pixel_at(&w, &p->win, oy, ox);
        for (int64_t c = 0; c < w.c; c++) {
            uint32_t acc = (uint32_t)nn_ld_i32(p->bias, (size_t)c);
            for (int64_t ky = px.ky0; ky < px.ky1; ky++)
                for (int64_t kx = px.kx0; kx < px.kx1; kx++) {
                    size_t x = in_pixel(&w, &p->win, batch, &px, ky, kx) + (size_t)c;
                    size_t k = (size_t)((c * p->win.filter_h + ky) * p->win.filter_w + kx);
                    acc += ((uint32_t)in[x] - (uint32_t)p->input_offset) *
                           ((uint32_t)p->weights[k] - (uint32_t)p->filter_offset);
                }
            out[o++] = requantize_out(acc, &p->out);
        }
    }
}
