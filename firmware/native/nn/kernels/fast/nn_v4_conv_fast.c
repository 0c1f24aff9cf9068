/* V4 quantized_conv2d (NCHW) for the optimized variants. The reference sums
 * (x + input_offset) * (w + filter_offset) in an int32 that wraps, so the sum
 * is a sum modulo 2^32 and any order gives the same bits: here each tap adds
 * its products to a block of output rows at once, loops the vectoriser takes,
 * instead of each output walking its window. */
#include "nn_v4_fast.h"

#include <stdlib.h>

#include "nn_kpu_threads.h"

#include "nn_v4_quant_inline.h"

/* Outputs of a block of rows accumulated together (16 KiB on the stack), rows ACC_PITCH(cols) apart: whole
 * vectors of 16 past the row's last output, so that a vector step may load and store full width (a masked
 * store that the next tap's load reads again is a store-forwarding stall). */
#define BLOCK_OUTPUTS 4096
#define ACC_PITCH(cols) ((((cols) + 15) & ~(int64_t)15) + 16)

/* The outputs o in [*begin, *end) (of `outputs`) whose tap at coordinate o * stride + off lies in 0 .. size-1. */
static void valid_outputs(int64_t off, int64_t size, int64_t stride, int64_t outputs, int64_t *begin, int64_t *end)
{
    int64_t b = off >= 0 ? 0 : (-off + stride - 1) / stride;
    int64_t e = size - 1 - off < 0 ? 0 : (size - 1 - off) / stride + 1;
    *begin = b;
    *end = e < outputs ? e : outputs;
}

static int64_t max64(int64_t a, int64_t b) { return a > b ? a : b; }
static int64_t min64(int64_t a, int64_t b) { return a < b ? a : b; }

/* acc (rows oy0 .. oy0 + rows - 1, columns ox0 .. ox0 + cols - 1 of channel oc's output, ACC_PITCH(cols)
 * apart) += every tap of every input channel of its group: from pairs_g (the group's input as channel pairs,
 * nn_v4_quantized_conv2d_fast_u8) when it is given, else from in_g channel by channel. */
static void accumulate_block(const nn_v4_conv2d_params_t *p, const uint8_t *in_g, const uint32_t *pairs_g,
                             const uint8_t *w_oc, int64_t out_h, int64_t oy0, int64_t rows, int64_t ox0, int64_t cols,
                             const nn_v4_conv_taps_t *taps, uint32_t *acc)
{
    const nn_window2d_t *win = &p->win;
    const int64_t in_h = p->in_shape.d[2], in_w = p->in_shape.d[3], g_ic = p->in_shape.d[1] / p->groups;
    const uint32_t io = (uint32_t)p->input_offset, fo = (uint32_t)p->filter_offset;
    const int64_t pitch = ACC_PITCH(cols);
    for (int64_t ky = 0; ky < win->filter_h; ky++) {
        const int64_t off_y = (int64_t)win->dilation_h * ky - win->pad_h.before;
        int64_t y0, y1;
        valid_outputs(off_y, in_h, win->stride_h, out_h, &y0, &y1);
        y0 = max64(y0, oy0), y1 = min64(y1, oy0 + rows);
        for (int64_t kx = 0; kx < win->filter_w && y0 < y1; kx++) {
            /* column j of the block reads input column j * stride + off_x */
            const int64_t off_x = ox0 * win->stride_w + (int64_t)win->dilation_w * kx - win->pad_w.before;
            int64_t x0, x1;
            valid_outputs(off_x, in_w, win->stride_w, cols, &x0, &x1);
            if (x0 >= x1)
                continue;
            const int64_t iy = y0 * win->stride_h + off_y, ix = x0 * win->stride_w + off_x; /* both inside */
            uint32_t *a = acc + (size_t)((y0 - oy0) * pitch + x0);
            const size_t taps_per_channel = (size_t)win->filter_h * win->filter_w, tap = (size_t)(ky * win->filter_w + kx);
            if (pairs_g != NULL) {
                for (int64_t j = 0; j < g_ic / 2; j++) {
                    const uint32_t *src = pairs_g + (size_t)((j * in_h + iy) * in_w + ix);
                    uint32_t k0 = (uint32_t)w_oc[(size_t)(2 * j) * taps_per_channel + tap] + fo;
                    uint32_t k1 = (uint32_t)w_oc[(size_t)(2 * j + 1) * taps_per_channel + tap] + fo;
                    taps->pair(a, (size_t)pitch, src, (size_t)(win->stride_h * in_w), win->stride_w, y1 - y0, x1 - x0,
                               (k0 & 0xFFFF) | k1 << 16);
                }
                continue;
            }
            for (int64_t ic = 0; ic < g_ic; ic++) {
                const uint8_t *src = in_g + (size_t)((ic * in_h + iy) * in_w + ix);
                uint32_t k = (uint32_t)w_oc[(size_t)ic * taps_per_channel + tap] + fo;
                taps->one(a, (size_t)pitch, src, (size_t)(win->stride_h * in_w), win->stride_w, y1 - y0, x1 - x0, io, k);
            }
        }
    }
}

/* The job of one thread: output channels [c_begin, c_end) of the batch-major list (batch * out_channels + oc);
 * each channel is computed alone, so the bytes do not depend on how the list is split. */
typedef struct conv_job {
    const uint8_t *in;
    const uint32_t *pairs; /* the input as channel pairs, or NULL */
    uint8_t *out;
    const nn_v4_conv2d_params_t *p;
    const nn_v4_conv_taps_t *taps;
    int64_t out_h, out_w, channels;
    unsigned parts;
} conv_job_t;

static void conv_channels(void *arg, unsigned part, unsigned slot)
{
    const conv_job_t *j = (const conv_job_t *)arg;
    (void)slot;
    const nn_v4_conv2d_params_t *p = j->p;
    const nn_window2d_t *win = &p->win;
    const int64_t in_c = p->in_shape.d[1], in_h = p->in_shape.d[2], in_w = p->in_shape.d[3];
    const int64_t out_h = j->out_h, out_w = j->out_w;
    const int64_t g_ic = in_c / p->groups, g_oc = p->out_channels / p->groups;
    const int64_t taps = (int64_t)win->filter_h * win->filter_w;
    const int64_t c_begin = j->channels * part / j->parts, c_end = j->channels * (part + 1) / j->parts;
    uint32_t acc[BLOCK_OUTPUTS];
    for (int64_t c = c_begin; c < c_end; c++) {
        const int64_t batch = c / p->out_channels, oc = c % p->out_channels;
        const uint8_t *in_g = j->in + (size_t)((batch * in_c + oc / g_oc * g_ic) * in_h * in_w);
        const uint32_t *pairs_g =
            j->pairs != NULL ? j->pairs + (size_t)((batch * in_c + oc / g_oc * g_ic) / 2 * in_h * in_w) : NULL;
        const uint8_t *w_oc = p->weights + (size_t)(oc * g_ic * taps);
        const uint32_t bias = (uint32_t)nn_ld_i32(p->bias, (size_t)oc);
        uint8_t *out_oc = j->out + (size_t)(c * out_h * out_w);
        /* whole rows while they fit; a row longer than the block goes in pieces of columns */
        const int64_t cols = min64(out_w, BLOCK_OUTPUTS - 32), rows = BLOCK_OUTPUTS / ACC_PITCH(cols);
        for (int64_t oy = 0; oy < out_h; oy += rows)
            for (int64_t ox = 0; ox < out_w; ox += cols) {
                const int64_t nr = min64(rows, out_h - oy), nc = min64(cols, out_w - ox);
                const int64_t pitch = ACC_PITCH(nc);
                for (int64_t i = 0; i < nr * pitch; i++)
                    acc[i] = bias;
                accumulate_block(p, in_g, pairs_g, w_oc, out_h, oy, nr, ox, nc, j->taps, acc);
                for (int64_t r = 0; r < nr; r++)
                    for (int64_t x = 0; x < nc; x++) {
                        int32_t v = nn_v4_requantize_inline((int32_t)acc[r * pitch + x], p->out.mul, p->out.shift);
                        out_oc[(oy + r) * out_w + ox + x] = nn_clamp_u8((int32_t)((uint32_t)v + (uint32_t)p->out.offset));
                    }
            }
    }
}

/* The input with the offset added, channels 2j and 2j+1 of each position as the low and high 16 bits of one
 * word ([batch][in_c / 2][h][w]), or NULL when a group's channel count is odd, an offset value would not fit 16
 * bits, or there is no memory (then the channels go one by one: the same bytes). The caller frees it. */
static uint32_t *channel_pairs(const uint8_t *in, const nn_v4_conv2d_params_t *p)
{
    const int64_t n = p->in_shape.d[0], c = p->in_shape.d[1], plane = p->in_shape.d[2] * p->in_shape.d[3];
    const int64_t io = p->input_offset, fo = p->filter_offset;
    if ((c / p->groups) % 2 != 0 || io < INT16_MIN || io > INT16_MAX - 255 || fo < INT16_MIN || fo > INT16_MAX - 255 ||
        n * c * plane > (INT64_C(1) << 28))
        return NULL;
    uint32_t *pairs = malloc((size_t)(n * c / 2 * plane) * sizeof *pairs);
    if (pairs == NULL)
        return NULL;
    for (int64_t i = 0; i < n * c / 2; i++) {
        const uint8_t *restrict x0 = in + (size_t)(2 * i * plane), *restrict x1 = x0 + plane;
        uint32_t *restrict dst = pairs + (size_t)(i * plane);
        for (int64_t k = 0; k < plane; k++)
            dst[k] = (uint32_t)(uint16_t)(x0[k] + io) | (uint32_t)(uint16_t)(x1[k] + io) << 16;
    }
    return pairs;
}

void nn_v4_quantized_conv2d_fast_u8(const uint8_t *in, uint8_t *out, const nn_v4_conv2d_params_t *p,
                                    const nn_v4_conv_taps_t *taps, unsigned threads)
{
    const nn_window2d_t *win = &p->win;
    conv_job_t j = {in, NULL, out, p, taps, 0, 0, 0, 1};
    j.out_h = nn_v4_windowed_size(p->in_shape.d[2], win->filter_h, win->stride_h, win->dilation_h, win->pad_h);
    j.out_w = nn_v4_windowed_size(p->in_shape.d[3], win->filter_w, win->stride_w, win->dilation_w, win->pad_w);
    if (j.out_h <= 0 || j.out_w <= 0)
        return;
    j.channels = (int64_t)p->in_shape.d[0] * p->out_channels;
    unsigned parts = threads > 1 ? threads * NN_KPU_TASKS_PER_THREAD : 1;
    j.parts = (int64_t)parts > j.channels ? (unsigned)j.channels : parts;
    uint32_t *pairs = channel_pairs(in, p);
    j.pairs = pairs;
    nn_kpu_threads_run(threads, j.parts, conv_channels, &j);
    free(pairs);
}

NN_V4_ADD_TAP_DECLARE(nn_v4_add_tap_opt) NN_V4_ADD_TAP_BODY
NN_V4_ADD_PAIR_DECLARE(nn_v4_add_pair_opt) NN_V4_ADD_PAIR_BODY

nn_v4_conv_taps_t nn_v4_conv_taps_for(nn_kpu_variant_t v)
{
    nn_v4_conv_taps_t t = {nn_v4_add_tap_opt, nn_v4_add_pair_opt};
#if defined(NFK_KERNELS_X86)
    if (v == NN_KPU_VARIANT_AVX512) {
        t.one = nn_v4_add_tap_avx512;
        t.pair = nn_v4_add_pair_avx512;
    } else if (v == NN_KPU_VARIANT_AVX2) {
        t.one = nn_v4_add_tap_avx2;
        t.pair = nn_v4_add_pair_avx2;
    }
#else
    (void)v;
#endif
    return t;
}
