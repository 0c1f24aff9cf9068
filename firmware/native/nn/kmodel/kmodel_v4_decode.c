/* Decoding of kmodel V4 node bodies (spec/kmodel-v4.md §10, §11) with the
 * field checks the reference runtime never makes: body long enough for the
 * fixed part and its trailing arrays, known enums, shapes of at least one
 * element, windows the kernels can walk. Pool bounds are kmodel_v4_check.c's. */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "kmodel_v4.h"
#include "nn_kpu_layout.h"

typedef struct dec {
    const kmodel_v4_node_t *n;
    const char *name;
    nn_error_t *err;
} dec_t;

#define U32(off) kmodel_v4_u32(n->body, off)
#define I32(off) ((int32_t)kmodel_v4_u32(n->body, off))
#define RANGE(off) kmodel_v4_range_at(n->body, off)
#define FAIL(code, ...) fail(d, code, __VA_ARGS__)

static nn_status_t fail(const dec_t *d, nn_status_t code, const char *fmt, ...) __attribute__((format(printf, 3, 4)));

static nn_status_t fail(const dec_t *d, nn_status_t code, const char *fmt, ...)
{
    char what[NN_ERROR_MESSAGE_BYTES];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    return nn_fail(d->err, code, "node %u (%s): %s", d->n->index, d->name, what);
}

static float f32_at(const uint8_t *body, uint32_t off)
{
    uint32_t bits = kmodel_v4_u32(body, off);
    float f;
    memcpy(&f, &bits, sizeof f);
    return f;
}

static nn_shape4_t shape_at(const uint8_t *body, uint32_t off)
{
    nn_shape4_t s;
    for (uint32_t k = 0; k < 4; k++)
        s.d[k] = (int32_t)kmodel_v4_u32(body, off + 4 * k);
    return s;
}

static nn_padding_t padding_at(const uint8_t *body, uint32_t off)
{
    nn_padding_t p = { (int32_t)kmodel_v4_u32(body, off), (int32_t)kmodel_v4_u32(body, off + 4) };
    return p;
}

static nn_value_range_t act_at(const uint8_t *body, uint32_t off)
{
    nn_value_range_t r = { f32_at(body, off), f32_at(body, off + 4) };
    return r;
}

/* padding_h, padding_w, filter_h, filter_w, stride_h, stride_w, dilation_h, dilation_w: 40 bytes */
static nn_window2d_t window_at(const uint8_t *body, uint32_t off)
{
    nn_window2d_t w;
    w.pad_h = padding_at(body, off);
    w.pad_w = padding_at(body, off + 8);
    w.filter_h = (int32_t)kmodel_v4_u32(body, off + 16);
    w.filter_w = (int32_t)kmodel_v4_u32(body, off + 20);
    w.stride_h = (int32_t)kmodel_v4_u32(body, off + 24);
    w.stride_w = (int32_t)kmodel_v4_u32(body, off + 28);
    w.dilation_h = (int32_t)kmodel_v4_u32(body, off + 32);
    w.dilation_w = (int32_t)kmodel_v4_u32(body, off + 36);
    return w;
}

static nn_status_t need(const dec_t *d, uint64_t bytes, const char *what)
{
    if (bytes > d->n->body_bytes)
        return FAIL(NN_ERR_TRUNCATED, "body too short for %s: they end at body byte %llu, the body has %u", what,
                    (unsigned long long)bytes, d->n->body_bytes);
    return NN_OK;
}

static nn_status_t check_shape(const dec_t *d, const nn_shape4_t *s, const char *what)
{
    for (int k = 0; k < 4; k++)
        if (s->d[k] < 1)
            return FAIL(NN_ERR_MALFORMED, "%s [%d, %d, %d, %d] has a dimension below 1", what, s->d[0], s->d[1],
                        s->d[2], s->d[3]);
    return NN_OK;
}

static nn_status_t check_window(const dec_t *d, const nn_window2d_t *w, int32_t in_h, int32_t in_w)
{
    if (w->filter_h < 1 || w->filter_w < 1 || w->stride_h < 1 || w->stride_w < 1 || w->dilation_h < 1 ||
        w->dilation_w < 1)
        return FAIL(NN_ERR_MALFORMED, "filter %dx%d, stride %dx%d, dilation %dx%d: each must be at least 1",
                    w->filter_h, w->filter_w, w->stride_h, w->stride_w, w->dilation_h, w->dilation_w);
    int64_t oh = nn_v4_windowed_size(in_h, w->filter_h, w->stride_h, w->dilation_h, w->pad_h);
    int64_t ow = nn_v4_windowed_size(in_w, w->filter_w, w->stride_w, w->dilation_w, w->pad_w);
    if (oh < 1 || ow < 1 || oh > INT32_MAX || ow > INT32_MAX)
        return FAIL(NN_ERR_MALFORMED, "a %dx%d input with this window gives a %lldx%lld output", in_h, in_w,
                    (long long)oh, (long long)ow);
    return NN_OK;
}

static nn_status_t elem_of(const dec_t *d, uint32_t datatype, uint32_t *bytes)
{
    if (datatype == KMODEL_V4_F32)
        *bytes = 4;
    else if (datatype == KMODEL_V4_U8)
        *bytes = 1;
    else
        return FAIL(NN_ERR_MALFORMED, "input datatype %u is neither float32 (0) nor uint8 (1)", datatype);
    return NN_OK;
}

static nn_status_t check_enum(const dec_t *d, uint32_t value, uint32_t last, const char *what)
{
    if (value > last)
        return FAIL(NN_ERR_MALFORMED, "%s %u is not one of 0..%u", what, value, last);
    return NN_OK;
}

static nn_status_t check_shift(const dec_t *d, int32_t shift, const char *what)
{
    if ((uint8_t)shift >= 64)
        return FAIL(NN_ERR_MALFORMED, "%s %d (%u as the byte the runtime uses) is 64 or more, where the reference's "
                    "rounding is undefined", what, shift, (uint8_t)shift);
    return NN_OK;
}

/* Weights of a grouped conv: (size_t)oc * ic / groups * kh * kw, as the reference writes it. */
static uint64_t group_weights(int32_t oc, int32_t ic, int32_t groups, const nn_window2d_t *w)
{
    return (uint64_t)oc * (uint64_t)ic / (uint64_t)groups * (uint64_t)w->filter_h * (uint64_t)w->filter_w;
}

static nn_status_t check_groups(const dec_t *d, int32_t groups, int32_t ic, int32_t oc)
{
    if (groups < 1 || oc < 1 || ic % groups != 0 || oc % groups != 0)
        return FAIL(NN_ERR_MALFORMED, "%d groups do not divide %d input and %d output channels", groups, ic, oc);
    return NN_OK;
}

#define TRY(expr)                    \
    do {                             \
        nn_status_t st_ = (expr);    \
        if (st_ != NN_OK)            \
            return st_;              \
    } while (0)

static nn_status_t decode_binary(const dec_t *d, kmodel_v4_op_t *op, bool quantized)
{
    const kmodel_v4_node_t *n = d->n;
    op->in = RANGE(0), op->in_b = RANGE(16), op->out = RANGE(32);
    nn_shape4_t a = shape_at(n->body, 52), b = shape_at(n->body, 68), o = shape_at(n->body, 84);
    TRY(check_enum(d, U32(48), NN_V4_MAX, "binary_op"));
    TRY(check_shape(d, &a, "a_shape"));
    TRY(check_shape(d, &b, "b_shape"));
    TRY(check_shape(d, &o, "out_shape"));
    if (!quantized) {
        op->u.binary = (nn_v4_binary_params_t){ (nn_v4_binary_op_t)U32(48), a, b, o, act_at(n->body, 100) };
        return NN_OK;
    }
    nn_v4_quantized_binary_params_t *q = &op->u.quantized_binary;
    *q = (nn_v4_quantized_binary_params_t){ (nn_v4_binary_op_t)U32(48), a, b, o, I32(100), I32(104), I32(108),
                                            I32(112), I32(116), I32(120), { I32(128), I32(132), I32(124) } };
    TRY(check_shift(d, q->a_shift, "input_a_shift"));
    TRY(check_shift(d, q->b_shift, "input_b_shift"));
    return check_shift(d, q->out.shift, "output_shift");
}

static nn_status_t decode_concat(const dec_t *d, kmodel_v4_op_t *op)
{
    const kmodel_v4_node_t *n = d->n;
    uint32_t count = U32(24);
    op->out = RANGE(0);
    op->u.concat.inner_bytes = U32(16);
    op->u.concat.outer = U32(20);
    op->u.concat.count = count;
    if (count == 0)
        return FAIL(NN_ERR_MALFORMED, "concat of 0 inputs");
    TRY(need(d, 28 + 20 * (uint64_t)count, "its input ranges and dims"));
    op->u.concat.inputs = n->body + 28;
    op->u.concat.dims = n->body + 28 + 16 * count;
    for (uint32_t i = 0; i < count; i++)
        if ((int32_t)kmodel_v4_u32(op->u.concat.dims, 4 * i) < 0)
            return FAIL(NN_ERR_MALFORMED, "input %u has a negative extent %d along the axis", i,
                        (int32_t)kmodel_v4_u32(op->u.concat.dims, 4 * i));
    return NN_OK;
}

static nn_status_t decode_conv2d(const dec_t *d, kmodel_v4_op_t *op, bool quantized)
{
    const kmodel_v4_node_t *n = d->n;
    nn_v4_conv2d_params_t *p = &op->u.conv2d;
    op->in = RANGE(0), op->out = RANGE(16);
    memset(p, 0, sizeof *p);
    p->in_shape = shape_at(n->body, 32);
    p->groups = I32(48);
    p->out_channels = I32(52);
    p->win = window_at(n->body, 56);
    TRY(check_shape(d, &p->in_shape, "in_shape"));
    TRY(check_groups(d, p->groups, p->in_shape.d[1], p->out_channels));
    TRY(check_window(d, &p->win, p->in_shape.d[2], p->in_shape.d[3]));
    uint64_t wn = group_weights(p->out_channels, p->in_shape.d[1], p->groups, &p->win);
    uint64_t oc = (uint64_t)p->out_channels;
    if (!quantized) {
        p->act = act_at(n->body, 96);
        TRY(need(d, 104 + 4 * wn + 4 * oc, "its weights and biases"));
        p->weights = n->body + 104;
        p->bias = p->weights + 4 * wn;
        return NN_OK;
    }
    p->input_offset = I32(96);
    p->filter_offset = I32(100);
    p->out = (nn_requant_t){ I32(104), I32(108), I32(112) };
    TRY(check_shift(d, p->out.shift, "output_shift"));
    TRY(need(d, 116 + 4 * oc + wn, "its biases and weights"));
    p->bias = n->body + 116;
    p->weights = p->bias + 4 * oc;
    return NN_OK;
}

static nn_status_t decode_conv2d_transpose(const dec_t *d, kmodel_v4_op_t *op)
{
    const kmodel_v4_node_t *n = d->n;
    nn_v4_conv2d_transpose_params_t *p = &op->u.conv2d_transpose;
    op->in = RANGE(0), op->out = RANGE(16);
    p->in_shape = shape_at(n->body, 32);
    p->out_shape = shape_at(n->body, 48);
    p->groups = I32(64);
    p->win = window_at(n->body, 68);
    p->act = act_at(n->body, 108);
    TRY(check_shape(d, &p->in_shape, "in_shape"));
    TRY(check_shape(d, &p->out_shape, "out_shape"));
    TRY(check_groups(d, p->groups, p->in_shape.d[1], p->out_shape.d[1]));
    if (p->in_shape.d[0] > p->out_shape.d[0])
        return FAIL(NN_ERR_MALFORMED, "%d input batches but %d output batches", p->in_shape.d[0], p->out_shape.d[0]);
    if (p->win.filter_h < 1 || p->win.filter_w < 1 || p->win.stride_h < 1 || p->win.stride_w < 1 ||
        p->win.dilation_h < 1 || p->win.dilation_w < 1)
        return FAIL(NN_ERR_MALFORMED, "filter %dx%d, stride %dx%d, dilation %dx%d: each must be at least 1",
                    p->win.filter_h, p->win.filter_w, p->win.stride_h, p->win.stride_w, p->win.dilation_h,
                    p->win.dilation_w);
    uint64_t wn = group_weights(p->out_shape.d[1], p->in_shape.d[1], p->groups, &p->win);
    TRY(need(d, 116 + 4 * wn + 4 * (uint64_t)p->out_shape.d[1], "its weights and (unused) biases"));
    p->weights = n->body + 116;
    return NN_OK;
}

static nn_status_t decode_matmul(const dec_t *d, kmodel_v4_op_t *op, bool quantized)
{
    const kmodel_v4_node_t *n = d->n;
    nn_v4_matmul_params_t *p = &op->u.matmul;
    op->in = RANGE(0), op->in_b = RANGE(16), op->out = RANGE(32);
    memset(p, 0, sizeof *p);
    p->a_rows = I32(48), p->a_cols = I32(52), p->b_cols = I32(56);
    if (p->a_rows < 1 || p->a_cols < 1 || p->b_cols < 1)
        return FAIL(NN_ERR_MALFORMED, "a is %d x %d and b has %d columns: each must be at least 1", p->a_rows,
                    p->a_cols, p->b_cols);
    uint32_t bias_at = quantized ? 80 : 68;
    TRY(need(d, bias_at + 4 * (uint64_t)p->b_cols, "its biases"));
    p->bias = n->body + bias_at;
    if (!quantized) {
        p->act = act_at(n->body, 60);
        return NN_OK;
    }
    p->a_offset = I32(60), p->b_offset = I32(64);
    p->out = (nn_requant_t){ I32(68), I32(72), I32(76) };
    return check_shift(d, p->out.shift, "output_shift");
}

static nn_status_t decode_pad(const dec_t *d, kmodel_v4_op_t *op)
{
    const kmodel_v4_node_t *n = d->n;
    op->in = RANGE(0), op->out = RANGE(16);
    op->u.pad.in_shape = shape_at(n->body, 32);
    for (uint32_t k = 0; k < 4; k++)
        op->u.pad.paddings[k] = padding_at(n->body, 48 + 8 * k);
    op->u.pad.pad_value = n->body + 84;
    TRY(elem_of(d, op->in.datatype, &op->elem_bytes));
    TRY(check_shape(d, &op->u.pad.in_shape, "in_shape"));
    for (int k = 0; k < 4; k++) {
        int64_t o = (int64_t)op->u.pad.in_shape.d[k] + op->u.pad.paddings[k].before + op->u.pad.paddings[k].after;
        if (o < 1 || o > INT32_MAX)
            return FAIL(NN_ERR_MALFORMED, "padding dimension %d (%d before, %d after) leaves %lld elements", k,
                        op->u.pad.paddings[k].before, op->u.pad.paddings[k].after, (long long)o);
    }
    return NN_OK;
}

static nn_status_t decode_reduce(const dec_t *d, kmodel_v4_op_t *op)
{
    const kmodel_v4_node_t *n = d->n;
    nn_v4_reduce_params_t *p = &op->u.reduce;
    op->in = RANGE(0), op->out = RANGE(16);
    TRY(check_enum(d, U32(32), NN_V4_REDUCE_SUM, "reduce_op"));
    *p = (nn_v4_reduce_params_t){ (nn_v4_reduce_op_t)U32(32), shape_at(n->body, 36), shape_at(n->body, 52),
                                  f32_at(n->body, 68), op->in.size / 4, op->out.size / 4 };
    TRY(check_shape(d, &p->in_shape, "in_shape"));
    return check_shape(d, &p->out_shape, "out_shape");
}

static nn_status_t decode_reduce_window2d(const dec_t *d, kmodel_v4_op_t *op, bool nhwc)
{
    const kmodel_v4_node_t *n = d->n;
    nn_v4_reduce_window2d_params_t *p = &op->u.reduce_window2d;
    op->in = RANGE(0), op->out = RANGE(16);
    TRY(check_enum(d, U32(32), nhwc ? NN_V4_REDUCE_MAX : NN_V4_REDUCE_SUM, nhwc ? "reduce_op (sum is not supported)"
                                                                          : "reduce_op"));
    *p = (nn_v4_reduce_window2d_params_t){ (nn_v4_reduce_op_t)U32(32), shape_at(n->body, 36), window_at(n->body, 52),
                                           f32_at(n->body, 92), act_at(n->body, 96) };
    TRY(check_shape(d, &p->in_shape, "in_shape"));
    return nhwc ? check_window(d, &p->win, p->in_shape.d[1], p->in_shape.d[2])
                : check_window(d, &p->win, p->in_shape.d[2], p->in_shape.d[3]);
}

static nn_status_t decode_resize(const dec_t *d, kmodel_v4_op_t *op)
{
    const kmodel_v4_node_t *n = d->n;
    op->in = RANGE(0), op->out = RANGE(16);
    op->u.resize.in_shape = shape_at(n->body, 32);
    op->u.resize.out_h = I32(48), op->u.resize.out_w = I32(52);
    op->u.resize.mode = U32(56);
    op->u.resize.align_corners = n->body[60] != 0;
    TRY(check_enum(d, op->u.resize.mode, 1, "resize mode"));
    if (op->in.datatype > KMODEL_V4_U8)
        return FAIL(NN_ERR_MALFORMED, "input datatype %u is neither float32 (0) nor uint8 (1)", op->in.datatype);
    op->elem_bytes = op->in.datatype == KMODEL_V4_F32 ? 4 : 1;
    TRY(check_shape(d, &op->u.resize.in_shape, "in_shape"));
    if (op->u.resize.out_h < 1 || op->u.resize.out_w < 1)
        return FAIL(NN_ERR_MALFORMED, "output size %dx%d is empty", op->u.resize.out_w, op->u.resize.out_h);
    return NN_OK;
}

static nn_status_t decode_transpose(const dec_t *d, kmodel_v4_op_t *op)
{
    const kmodel_v4_node_t *n = d->n;
    op->in = RANGE(0), op->out = RANGE(16);
    op->u.transpose.in_shape = shape_at(n->body, 32);
    unsigned seen = 0;
    for (uint32_t k = 0; k < 4; k++) {
        int32_t p = I32(48 + 4 * k);
        op->u.transpose.perm[k] = p;
        if (p >= 0 && p < 4)
            seen |= 1u << p;
    }
    TRY(elem_of(d, op->in.datatype, &op->elem_bytes));
    TRY(check_shape(d, &op->u.transpose.in_shape, "in_shape"));
    if (seen != 0xF)
        return FAIL(NN_ERR_MALFORMED, "perm [%d, %d, %d, %d] is not a permutation of 0..3", I32(48), I32(52), I32(56),
                    I32(60));
    return NN_OK;
}

static nn_status_t decode_strided_slice(const dec_t *d, kmodel_v4_op_t *op)
{
    const kmodel_v4_node_t *n = d->n;
    op->in = RANGE(0), op->out = RANGE(16);
    op->u.slice.in_shape = shape_at(n->body, 32);
    TRY(elem_of(d, op->in.datatype, &op->elem_bytes));
    TRY(check_shape(d, &op->u.slice.in_shape, "in_shape"));
    for (uint32_t k = 0; k < 4; k++) {
        int32_t b = I32(48 + 4 * k), e = I32(64 + 4 * k), s = I32(80 + 4 * k);
        op->u.slice.begin[k] = b, op->u.slice.end[k] = e, op->u.slice.strides[k] = s;
        if (s == 0)
            return FAIL(NN_ERR_MALFORMED, "stride 0 on axis %u", k);
        int64_t count = nn_v4_slice_count(b, e, s);
        int64_t last = (int64_t)b + (count - 1) * s;
        if (count > 0 && (b < 0 || b >= op->u.slice.in_shape.d[k] || last < 0 || last >= op->u.slice.in_shape.d[k]))
            return FAIL(NN_ERR_MALFORMED, "axis %u: indices %d .. %lld (stride %d) leave 0 .. %d", k, b,
                        (long long)last, s, op->u.slice.in_shape.d[k] - 1);
    }
    return NN_OK;
}

static nn_status_t decode_cpu_conv(const dec_t *d, kmodel_v4_op_t *op)
{
    const kmodel_v4_node_t *n = d->n;
    nn_v4_cpu_conv2d_params_t *p = &op->u.cpu_conv;
    bool depthwise = n->opcode == KMODEL_V4_OP_cpu_depthwise_conv2d ||
                     n->opcode == KMODEL_V4_OP_cpu_quantized_depthwise_conv2d;
    bool quantized = n->opcode == KMODEL_V4_OP_cpu_quantized_conv2d ||
                     n->opcode == KMODEL_V4_OP_cpu_quantized_depthwise_conv2d;
    uint32_t at = depthwise ? 48 : 52; /* the window follows out_channels, which depthwise lacks */
    op->in = RANGE(0), op->out = RANGE(16);
    memset(p, 0, sizeof *p);
    p->in_shape = shape_at(n->body, 32);
    p->win = window_at(n->body, at);
    TRY(check_shape(d, &p->in_shape, "in_shape [N, H, W, C]"));
    p->out_channels = depthwise ? p->in_shape.d[3] : I32(48);
    if (p->out_channels < 1)
        return FAIL(NN_ERR_MALFORMED, "out_channels %d", p->out_channels);
    TRY(check_window(d, &p->win, p->in_shape.d[1], p->in_shape.d[2]));
    uint64_t per_oc = (uint64_t)p->win.filter_h * (uint64_t)p->win.filter_w * (depthwise ? 1 : (uint64_t)p->in_shape.d[3]);
    uint64_t wn = per_oc * (uint64_t)p->out_channels, oc = (uint64_t)p->out_channels;
    at += 40;
    if (!quantized) {
        p->act = act_at(n->body, at);
        TRY(need(d, at + 8 + 4 * wn + 4 * oc, "its weights and biases"));
        p->weights = n->body + at + 8;
        p->bias = p->weights + 4 * wn;
        return NN_OK;
    }
    p->input_offset = I32(at), p->filter_offset = I32(at + 4);
    p->out = (nn_requant_t){ I32(at + 8), I32(at + 12), I32(at + 16) };
    TRY(check_shift(d, p->out.shift, "output_shift"));
    TRY(need(d, at + 20 + wn + 4 * oc, "its weights and biases"));
    p->weights = n->body + at + 20;
    p->bias = p->weights + wn;
    return NN_OK;
}

static nn_status_t decode_kpu_upload(const dec_t *d, kmodel_v4_op_t *op)
{
    const kmodel_v4_node_t *n = d->n;
    op->in = RANGE(0), op->out = RANGE(16);
    op->u.upload.shape = shape_at(n->body, 32);
    TRY(check_shape(d, &op->u.upload.shape, "in_shape"));
    if (op->in.memory_type == KMODEL_V4_MEM_KPU)
        return FAIL(NN_ERR_MALFORMED, "its input is already in KPU memory");
    if (op->out.memory_type != KMODEL_V4_MEM_KPU)
        return FAIL(NN_ERR_MALFORMED, "its output is in %s memory, not k210_kpu",
                    kmodel_v4_memory_name(op->out.memory_type));
    if (op->out.start % NN_KPU_LINE_BYTES != 0)
        return FAIL(NN_ERR_MALFORMED, "its output starts at KPU byte %u, not on a 64-byte line", op->out.start);
    if (op->u.upload.shape.d[3] > 1024 || op->u.upload.shape.d[2] > 1024 || op->u.upload.shape.d[1] > 1024)
        return FAIL(NN_ERR_MALFORMED, "shape [%d, %d, %d, %d] has a map dimension over 1024", op->u.upload.shape.d[0],
                    op->u.upload.shape.d[1], op->u.upload.shape.d[2], op->u.upload.shape.d[3]);
    return NN_OK;
}

/* A table located by a skip count after the previous one (spec §11.3). */
static nn_status_t kpu_table(const dec_t *d, uint64_t *at, uint64_t skip, uint64_t bytes, const char *what,
                             const uint8_t **out)
{
    *at += skip;
    if (*at + bytes > d->n->body_bytes)
        return FAIL(NN_ERR_TRUNCATED, "its %s (%llu bytes after a skip of %llu) ends at body byte %llu, past the "
                    "%u-byte body", what, (unsigned long long)bytes, (unsigned long long)skip,
                    (unsigned long long)(*at + bytes), d->n->body_bytes);
    *out = d->n->body + *at;
    *at += bytes;
    return NN_OK;
}

static nn_status_t decode_kpu_conv2d(const dec_t *d, kmodel_v4_op_t *op)
{
    const kmodel_v4_node_t *n = d->n;
    nn_kpu_args_t *a = &op->u.kpu.args;
    op->u.kpu.main_out = RANGE(0);
    op->u.kpu.batches = U32(16);
    nn_kpu_args_load(n->body + 24, op->u.kpu.words);
    nn_kpu_args_decode(op->u.kpu.words, false, a); /* V4 weights are always 8-bit */
    if (op->u.kpu.batches < 1 || op->u.kpu.batches > 32768)
        return FAIL(NN_ERR_MALFORMED, "batches is %d", (int32_t)op->u.kpu.batches);
    const char *bad = nn_kpu_args_check(a);
    if (bad != NULL)
        return FAIL(NN_ERR_MALFORMED, "%s", bad);
    if (op->u.kpu.main_out.size != 0 && op->u.kpu.main_out.memory_type != KMODEL_V4_MEM_MAIN)
        return FAIL(NN_ERR_MALFORMED, "main_mem_output is in %s memory, not main",
                    kmodel_v4_memory_name(op->u.kpu.main_out.memory_type));
    uint64_t at = 120;
    const uint8_t *weights = NULL;
    TRY(kpu_table(d, &at, a->batchnorm_addr, 8 * (uint64_t)a->conv.out_c, "batch-norm table", &a->conv.batchnorm));
    TRY(kpu_table(d, &at, a->activation_addr, 144, "activation table", &op->u.kpu.activation));
    TRY(kpu_table(d, &at, a->weights_addr, nn_kpu_conv_weight_bytes(&a->conv), "weights", &weights));
    a->conv.weights = weights;
    return NN_OK;
}

nn_status_t kmodel_v4_decode(const kmodel_v4_t *m, const kmodel_v4_node_t *n, kmodel_v4_op_t *op, nn_error_t *err)
{
    dec_t dd = { n, kmodel_v4_opcode_name(n->opcode), err }, *d = &dd;
    (void)m;
    memset(op, 0, sizeof *op);
    op->opcode = n->opcode;
    if (!kmodel_v4_opcode_known(n->opcode))
        return nn_fail(err, NN_ERR_UNKNOWN_LAYER, "node %u: unknown opcode 0x%X", n->index, n->opcode);
    if (n->body_bytes < kmodel_v4_fixed_bytes(n->opcode))
        return FAIL(NN_ERR_TRUNCATED, "body has %u bytes, the op needs %u", n->body_bytes,
                    kmodel_v4_fixed_bytes(n->opcode));

    switch ((kmodel_v4_opcode_t)n->opcode) {
    case KMODEL_V4_OP_binary: return decode_binary(d, op, false);
    case KMODEL_V4_OP_quantized_binary: return decode_binary(d, op, true);
    case KMODEL_V4_OP_concat: return decode_concat(d, op);
    case KMODEL_V4_OP_conv2d: return decode_conv2d(d, op, false);
    case KMODEL_V4_OP_quantized_conv2d: return decode_conv2d(d, op, true);
    case KMODEL_V4_OP_conv2d_transpose: return decode_conv2d_transpose(d, op);
    case KMODEL_V4_OP_dequantize:
    case KMODEL_V4_OP_quantize:
        op->in = RANGE(0), op->out = RANGE(16);
        op->u.quant.zero_point = I32(32);
        op->u.quant.scale = f32_at(n->body, 36);
        return NN_OK;
    case KMODEL_V4_OP_matmul: return decode_matmul(d, op, false);
    case KMODEL_V4_OP_quantized_matmul: return decode_matmul(d, op, true);
    case KMODEL_V4_OP_pad: return decode_pad(d, op);
    case KMODEL_V4_OP_reduce: return decode_reduce(d, op);
    case KMODEL_V4_OP_reduce_window2d: return decode_reduce_window2d(d, op, false);
    case KMODEL_V4_OP_cpu_reduce_window2d: return decode_reduce_window2d(d, op, true);
    case KMODEL_V4_OP_memory_copy: op->in = RANGE(0), op->out = RANGE(16); return NN_OK;
    case KMODEL_V4_OP_resize_image: return decode_resize(d, op);
    case KMODEL_V4_OP_softmax:
        op->in = RANGE(0), op->out = RANGE(16);
        if (I32(32) < 1 || I32(36) < 1)
            return FAIL(NN_ERR_MALFORMED, "inner_size %d and outer_size %d must be at least 1", I32(32), I32(36));
        op->u.softmax.inner = U32(32), op->u.softmax.outer = U32(36), op->u.softmax.beta = f32_at(n->body, 40);
        return NN_OK;
    case KMODEL_V4_OP_transpose: return decode_transpose(d, op);
    case KMODEL_V4_OP_strided_slice: return decode_strided_slice(d, op);
    case KMODEL_V4_OP_unary:
        op->in = RANGE(0), op->out = RANGE(16);
        op->u.unary = (nn_v4_unary_op_t)U32(32);
        return check_enum(d, U32(32), NN_V4_SQUARE, "unary_op");
    case KMODEL_V4_OP_table_lookup1d:
        op->in = RANGE(0), op->in_b = RANGE(16), op->out = RANGE(32);
        if (op->in.datatype != KMODEL_V4_U8)
            return FAIL(NN_ERR_MALFORMED, "input datatype is %s; the lookup takes uint8 only",
                        kmodel_v4_datatype_name(op->in.datatype));
        return NN_OK;
    case KMODEL_V4_OP_nnil_unary_method: {
        size_t at;
        op->in = RANGE(0), op->out = RANGE(16);
        op->u.nnil.program = n->body + 32;
        op->u.nnil.length = n->body_bytes - 32;
        const char *bad = nn_v4_nnil_check(op->u.nnil.program, op->u.nnil.length, &at);
        if (bad != NULL)
            return FAIL(NN_ERR_MALFORMED, "NNIL program: %s (byte %zu, opcode 0x%02X)", bad, at,
                        at < op->u.nnil.length ? op->u.nnil.program[at] : 0);
        return NN_OK;
    }
    case KMODEL_V4_OP_cpu_conv2d:
    case KMODEL_V4_OP_cpu_depthwise_conv2d:
    case KMODEL_V4_OP_cpu_quantized_conv2d:
    case KMODEL_V4_OP_cpu_quantized_depthwise_conv2d: return decode_cpu_conv(d, op);
    case KMODEL_V4_OP_kpu_upload: return decode_kpu_upload(d, op);
    case KMODEL_V4_OP_kpu_conv2d: return decode_kpu_conv2d(d, op);
    }
    return nn_fail(err, NN_ERR_UNKNOWN_LAYER, "node %u: unknown opcode 0x%X", n->index, n->opcode);
}
