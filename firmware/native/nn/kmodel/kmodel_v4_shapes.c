/* Input and output shapes of decoded kmodel V4 nodes, where their bodies give them. */
#include "kmodel_v4.h"

static void set4(uint32_t *d, int *n, int64_t a, int64_t b, int64_t c, int64_t e)
{
    d[0] = (uint32_t)a, d[1] = (uint32_t)b, d[2] = (uint32_t)c, d[3] = (uint32_t)e;
    *n = 4;
}

static void set_shape(uint32_t *d, int *n, const nn_shape4_t *s) { set4(d, n, s->d[0], s->d[1], s->d[2], s->d[3]); }

static void set1(uint32_t *d, int *n, uint64_t count)
{
    d[0] = (uint32_t)count;
    *n = 1;
}

static int64_t win_h(const nn_window2d_t *w, int32_t h)
{
    return nn_v4_windowed_size(h, w->filter_h, w->stride_h, w->dilation_h, w->pad_h);
}

static int64_t win_w(const nn_window2d_t *w, int32_t x)
{
    return nn_v4_windowed_size(x, w->filter_w, w->stride_w, w->dilation_w, w->pad_w);
}

kmodel_v4_shapes_t kmodel_v4_node_shapes(const kmodel_v4_op_t *op)
{
    kmodel_v4_shapes_t s = { { 0 }, { 0 }, 0, 0 };
    const int32_t *d;
    switch ((kmodel_v4_opcode_t)op->opcode) {
    case KMODEL_V4_OP_binary:
        set_shape(s.in, &s.in_dims, &op->u.binary.a_shape);
        set_shape(s.out, &s.out_dims, &op->u.binary.out_shape);
        break;
    case KMODEL_V4_OP_quantized_binary:
        set_shape(s.in, &s.in_dims, &op->u.quantized_binary.a_shape);
        set_shape(s.out, &s.out_dims, &op->u.quantized_binary.out_shape);
        break;
    case KMODEL_V4_OP_conv2d:
    case KMODEL_V4_OP_quantized_conv2d:
        d = op->u.conv2d.in_shape.d;
        set_shape(s.in, &s.in_dims, &op->u.conv2d.in_shape);
        set4(s.out, &s.out_dims, d[0], op->u.conv2d.out_channels, win_h(&op->u.conv2d.win, d[2]),
             win_w(&op->u.conv2d.win, d[3]));
        break;
    case KMODEL_V4_OP_conv2d_transpose:
        set_shape(s.in, &s.in_dims, &op->u.conv2d_transpose.in_shape);
        set_shape(s.out, &s.out_dims, &op->u.conv2d_transpose.out_shape);
        break;
    case KMODEL_V4_OP_dequantize:
        set1(s.in, &s.in_dims, op->in.size);
        set1(s.out, &s.out_dims, op->in.size);
        break;
    case KMODEL_V4_OP_quantize:
    case KMODEL_V4_OP_unary:
    case KMODEL_V4_OP_memory_copy:
    case KMODEL_V4_OP_nnil_unary_method:
        set1(s.in, &s.in_dims, op->in.size / 4);
        set1(s.out, &s.out_dims, op->in.size / 4);
        break;
    case KMODEL_V4_OP_table_lookup1d:
        set1(s.in, &s.in_dims, op->in.size);
        set1(s.out, &s.out_dims, op->in.size);
        break;
    case KMODEL_V4_OP_matmul:
    case KMODEL_V4_OP_quantized_matmul:
        s.in[0] = s.out[0] = (uint32_t)op->u.matmul.a_rows;
        s.in[1] = (uint32_t)op->u.matmul.a_cols;
        s.out[1] = (uint32_t)op->u.matmul.b_cols;
        s.in_dims = s.out_dims = 2;
        break;
    case KMODEL_V4_OP_pad: {
        const nn_padding_t *p = op->u.pad.paddings;
        d = op->u.pad.in_shape.d;
        set_shape(s.in, &s.in_dims, &op->u.pad.in_shape);
        set4(s.out, &s.out_dims, (int64_t)d[0] + p[0].before + p[0].after, (int64_t)d[1] + p[1].before + p[1].after,
             (int64_t)d[2] + p[2].before + p[2].after, (int64_t)d[3] + p[3].before + p[3].after);
        break;
    }
    case KMODEL_V4_OP_reduce:
        set_shape(s.in, &s.in_dims, &op->u.reduce.in_shape);
        set_shape(s.out, &s.out_dims, &op->u.reduce.out_shape);
        break;
    case KMODEL_V4_OP_reduce_window2d:
        d = op->u.reduce_window2d.in_shape.d;
        set_shape(s.in, &s.in_dims, &op->u.reduce_window2d.in_shape);
        set4(s.out, &s.out_dims, d[0], d[1], win_h(&op->u.reduce_window2d.win, d[2]),
             win_w(&op->u.reduce_window2d.win, d[3]));
        break;
    case KMODEL_V4_OP_cpu_reduce_window2d:
        d = op->u.reduce_window2d.in_shape.d;
        set_shape(s.in, &s.in_dims, &op->u.reduce_window2d.in_shape);
        set4(s.out, &s.out_dims, d[0], win_h(&op->u.reduce_window2d.win, d[1]),
             win_w(&op->u.reduce_window2d.win, d[2]), d[3]);
        break;
    case KMODEL_V4_OP_resize_image:
        d = op->u.resize.in_shape.d;
        set_shape(s.in, &s.in_dims, &op->u.resize.in_shape);
        set4(s.out, &s.out_dims, d[0], d[1], op->u.resize.out_h, op->u.resize.out_w);
        break;
    case KMODEL_V4_OP_softmax:
        s.in[0] = s.out[0] = op->u.softmax.outer;
        s.in[1] = s.out[1] = op->u.softmax.inner;
        s.in_dims = s.out_dims = 2;
        break;
    case KMODEL_V4_OP_transpose: {
        const int32_t *p = op->u.transpose.perm;
        d = op->u.transpose.in_shape.d;
        set_shape(s.in, &s.in_dims, &op->u.transpose.in_shape);
        set4(s.out, &s.out_dims, d[p[0]], d[p[1]], d[p[2]], d[p[3]]);
        break;
    }
    case KMODEL_V4_OP_strided_slice:
        set_shape(s.in, &s.in_dims, &op->u.slice.in_shape);
        for (int k = 0; k < 4; k++)
            s.out[k] = (uint32_t)nn_v4_slice_count(op->u.slice.begin[k], op->u.slice.end[k], op->u.slice.strides[k]);
        s.out_dims = 4;
        break;
    case KMODEL_V4_OP_cpu_conv2d:
    case KMODEL_V4_OP_cpu_depthwise_conv2d:
    case KMODEL_V4_OP_cpu_quantized_conv2d:
    case KMODEL_V4_OP_cpu_quantized_depthwise_conv2d:
        d = op->u.cpu_conv.in_shape.d;
        set_shape(s.in, &s.in_dims, &op->u.cpu_conv.in_shape);
        set4(s.out, &s.out_dims, d[0], win_h(&op->u.cpu_conv.win, d[1]), win_w(&op->u.cpu_conv.win, d[2]),
             op->u.cpu_conv.out_channels);
        break;
    case KMODEL_V4_OP_kpu_upload:
        set_shape(s.in, &s.in_dims, &op->u.upload.shape);
        set_shape(s.out, &s.out_dims, &op->u.upload.shape);
        break;
    case KMODEL_V4_OP_kpu_conv2d: {
        const nn_kpu_conv_params_t *p = &op->u.kpu.args.conv;
        set4(s.in, &s.in_dims, op->u.kpu.batches, p->in_c, p->in_h, p->in_w);
        set4(s.out, &s.out_dims, op->u.kpu.batches, p->out_c, p->out_h, p->out_w);
        break;
    }
    case KMODEL_V4_OP_concat:
        break; /* the body gives byte counts, not shapes */
    }
    return s;
}

bool kmodel_v4_node_nhwc(uint32_t opcode)
{
    switch ((kmodel_v4_opcode_t)opcode) {
    case KMODEL_V4_OP_cpu_conv2d:
    case KMODEL_V4_OP_cpu_depthwise_conv2d:
    case KMODEL_V4_OP_cpu_reduce_window2d:
    case KMODEL_V4_OP_cpu_quantized_conv2d:
    case KMODEL_V4_OP_cpu_quantized_depthwise_conv2d: return true;
    default: return false;
    }
}
