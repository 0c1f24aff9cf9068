/* reduce, reduce_window2d and cpu_reduce_window2d (spec/kmodel-v4.md §10
 * 0x07, 0x08, 0x1003). min/max keep std::min/std::max's argument order
 * (current value first), which decides what a NaN does. */
#include "nn_mem.h"
#include "nn_v4_ref.h"
#include "nn_v4_window.h"

static float reduce_step(nn_v4_reduce_op_t op, float acc, float x)
{
    switch (op) {
    case NN_V4_REDUCE_MIN: return x < acc ? x : acc;
    case NN_V4_REDUCE_MAX: return acc < x ? x : acc;
    case NN_V4_REDUCE_MEAN:
    case NN_V4_REDUCE_SUM: break;
    }
    return acc + x;
}

void nn_v4_reduce_ref_f32(const void *in, void *out, const nn_v4_reduce_params_t *p)
{
    const int32_t *is = p->in_shape.d, *os = p->out_shape.d;
    uint64_t out_count = nn_shape4_count(&p->out_shape);
    for (uint64_t i = 0; i < out_count; i++)
        nn_st_f32(out, i, p->init_value);
    int32_t d[4];
    uint64_t i = 0;
    for (d[0] = 0; d[0] < is[0]; d[0]++)
        for (d[1] = 0; d[1] < is[1]; d[1]++)
            for (d[2] = 0; d[2] < is[2]; d[2]++)
                for (d[3] = 0; d[3] < is[3]; d[3]++, i++) {
                    uint64_t o = 0;
                    for (int k = 0; k < 4; k++)
                        o = o * (uint64_t)os[k] + (uint64_t)(d[k] >= os[k] ? 0 : d[k]);
                    nn_st_f32(out, o, reduce_step(p->op, nn_ld_f32(out, o), nn_ld_f32(in, i)));
                }
    if (p->op == NN_V4_REDUCE_MEAN) {
        /* (float)output.size() / input.size(): both counts converted to float */
        float mul = (float)p->out_elements / (float)p->in_elements;
        for (uint64_t k = 0; k < p->out_elements; k++)
            nn_st_f32(out, k, nn_ld_f32(out, k) * mul);
    }
}

static float window_result(nn_v4_reduce_op_t op, float v, int32_t count)
{
    return op == NN_V4_REDUCE_MEAN ? v / (float)count : v;
}

void nn_v4_reduce_window2d_ref_f32(const void *in, void *out, const nn_v4_reduce_window2d_params_t *p)
{
    const nn_window2d_t *win = &p->win;
    int64_t h = p->in_shape.d[2], w = p->in_shape.d[3];
    int64_t out_h = nn_v4_windowed_size(p->in_shape.d[2], win->filter_h, win->stride_h, win->dilation_h, win->pad_h);
    int64_t out_w = nn_v4_windowed_size(p->in_shape.d[3], win->filter_w, win->stride_w, win->dilation_w, win->pad_w);
    size_t o = 0;
    for (int64_t batch = 0; batch < p->in_shape.d[0]; batch++)
        for (int64_t c = 0; c < p->in_shape.d[1]; c++) {
            size_t plane = (size_t)((batch * p->in_shape.d[1] + c) * h * w);
            for (int64_t oy = 0; oy < out_h; oy++)
                for (int64_t ox = 0; ox < out_w; ox++) {
                    int64_t y0 = oy * win->stride_h - win->pad_h.before, x0 = ox * win->stride_w - win->pad_w.before;
                    int64_t ky0, ky1, kx0, kx1;
                    nn_v4_taps(y0, h, win->filter_h, win->dilation_h, &ky0, &ky1);
                    nn_v4_taps(x0, w, win->filter_w, win->dilation_w, &kx0, &kx1);
                    float v = p->init_value;
                    int32_t count = 0;
                    for (int64_t ky = ky0; ky < ky1; ky++)
                        for (int64_t kx = kx0; kx < kx1; kx++) {
                            int64_t iy = y0 + win->dilation_h * ky, ix = x0 + win->dilation_w * kx;
                            v = reduce_step(p->op, v, nn_ld_f32(in, plane + (size_t)(iy * w + ix)));
                            count++;
                        }
                    nn_st_f32(out, o++, nn_clamp_f32(window_result(p->op, v, count), p->act.min, p->act.max));
                }
        }
}

void nn_v4_cpu_reduce_window2d_ref_f32(const void *in, void *out, const nn_v4_reduce_window2d_params_t *p)
{
    const nn_window2d_t *win = &p->win;
    int64_t h = p->in_shape.d[1], w = p->in_shape.d[2], c = p->in_shape.d[3];
    int64_t out_h = nn_v4_windowed_size(p->in_shape.d[1], win->filter_h, win->stride_h, win->dilation_h, win->pad_h);
    int64_t out_w = nn_v4_windowed_size(p->in_shape.d[2], win->filter_w, win->stride_w, win->dilation_w, win->pad_w);
    size_t o = 0;
    for (int64_t batch = 0; batch < p->in_shape.d[0]; batch++)
        for (int64_t oy = 0; oy < out_h; oy++)
            for (int64_t ox = 0; ox < out_w; ox++) {
                int64_t y0 = oy * win->stride_h - win->pad_h.before, x0 = ox * win->stride_w - win->pad_w.before;
                int64_t ky0, ky1, kx0, kx1;
                nn_v4_taps(y0, h, win->filter_h, win->dilation_h, &ky0, &ky1);
                nn_v4_taps(x0, w, win->filter_w, win->dilation_w, &kx0, &kx1);
                for (int64_t ch = 0; ch < c; ch++) {
                    float v = p->init_value;
                    int32_t count = 0;
                    for (int64_t ky = ky0; ky < ky1; ky++)
                        for (int64_t kx = kx0; kx < kx1; kx++) {
                            int64_t iy = y0 + win->dilation_h * ky, ix = x0 + win->dilation_w * kx;
                            v = reduce_step(p->op, v, nn_ld_f32(in, (size_t)(((batch * h + iy) * w + ix) * c + ch)));
                            count++;
                        }
                    nn_st_f32(out, o++, nn_clamp_f32(window_result(p->op, v, count), p->act.min, p->act.max));
                }
            }
}
