/* Memory accesses of decoded kmodel V4 nodes, and their check against the
 * pools (spec §12 quirk 10: the reference trusts the file). */
#include "kmodel_v4.h"

#include <stdio.h>

#include "nn_kpu_layout.h"

static uint64_t sat_mul(uint64_t a, uint64_t b)
{
    if (a != 0 && b > UINT64_MAX / a)
        return UINT64_MAX;
    return a * b;
}

static uint64_t count4(int64_t a, int64_t b, int64_t c, int64_t d)
{
    return sat_mul(sat_mul(sat_mul((uint64_t)a, (uint64_t)b), (uint64_t)c), (uint64_t)d);
}

typedef struct visit {
    kmodel_v4_access_fn fn;
    void *user;
    bool stopped;
} visit_t;

static void emit(visit_t *v, const char *role, uint32_t item, kmodel_v4_range_t range, uint64_t bytes, bool write)
{
    if (v->stopped)
        return;
    kmodel_v4_access_t a = { role, item, range, bytes, write };
    v->stopped = !v->fn(v->user, &a);
}

static int64_t out_h(const nn_window2d_t *w, int32_t h)
{
    return nn_v4_windowed_size(h, w->filter_h, w->stride_h, w->dilation_h, w->pad_h);
}

static int64_t out_w(const nn_window2d_t *w, int32_t width)
{
    return nn_v4_windowed_size(width, w->filter_w, w->stride_w, w->dilation_w, w->pad_w);
}

/* A KPU map at `line` as a range of KPU RAM. */
static kmodel_v4_range_t kpu_map(uint32_t line, uint64_t bytes)
{
    kmodel_v4_range_t r = { KMODEL_V4_MEM_KPU, KMODEL_V4_U8, line * NN_KPU_LINE_BYTES,
                            bytes > UINT32_MAX ? UINT32_MAX : (uint32_t)bytes };
    return r;
}

static void visit_op(const kmodel_v4_op_t *op, visit_t *v)
{
    const kmodel_v4_range_t in = op->in, out = op->out;
    uint64_t e = op->elem_bytes;
    switch ((kmodel_v4_opcode_t)op->opcode) {
    case KMODEL_V4_OP_binary:
    case KMODEL_V4_OP_quantized_binary: {
        bool q = op->opcode == KMODEL_V4_OP_quantized_binary;
        const nn_shape4_t *a = q ? &op->u.quantized_binary.a_shape : &op->u.binary.a_shape;
        const nn_shape4_t *b = q ? &op->u.quantized_binary.b_shape : &op->u.binary.b_shape;
        const nn_shape4_t *o = q ? &op->u.quantized_binary.out_shape : &op->u.binary.out_shape;
        bool same = a->d[0] == b->d[0] && a->d[1] == b->d[1] && a->d[2] == b->d[2] && a->d[3] == b->d[3];
        uint64_t size = q ? 1 : 4;
        emit(v, "input a", 0, in, sat_mul(nn_shape4_count(a), size), false);
        emit(v, "input b", 0, op->in_b, sat_mul(nn_shape4_count(b), size), false);
        emit(v, "output", 0, out, sat_mul(nn_shape4_count(same ? a : o), size), true);
        break;
    }
    case KMODEL_V4_OP_concat: {
        uint64_t total = 0, block = (uint64_t)op->u.concat.inner_bytes * op->u.concat.outer;
        for (uint32_t i = 0; i < op->u.concat.count; i++) {
            uint64_t bytes = sat_mul(block, kmodel_v4_u32(op->u.concat.dims, 4 * i));
            emit(v, "input", i, kmodel_v4_range_at(op->u.concat.inputs, 16 * i), bytes, false);
            total = total + bytes < total ? UINT64_MAX : total + bytes;
        }
        emit(v, "output", 0, out, total, true);
        break;
    }
    case KMODEL_V4_OP_conv2d:
    case KMODEL_V4_OP_quantized_conv2d: {
        const nn_v4_conv2d_params_t *p = &op->u.conv2d;
        uint64_t size = op->opcode == KMODEL_V4_OP_conv2d ? 4 : 1;
        emit(v, "input", 0, in, sat_mul(nn_shape4_count(&p->in_shape), size), false);
        emit(v, "output", 0, out,
             sat_mul(count4(p->in_shape.d[0], p->out_channels, out_h(&p->win, p->in_shape.d[2]),
                            out_w(&p->win, p->in_shape.d[3])), size), true);
        break;
    }
    case KMODEL_V4_OP_conv2d_transpose:
        emit(v, "input", 0, in, sat_mul(nn_shape4_count(&op->u.conv2d_transpose.in_shape), 4), false);
        emit(v, "output", 0, out, sat_mul(nn_shape4_count(&op->u.conv2d_transpose.out_shape), 4), true);
        break;
    case KMODEL_V4_OP_dequantize:
        emit(v, "input", 0, in, in.size, false);
        emit(v, "output", 0, out, 4ull * in.size, true);
        break;
    case KMODEL_V4_OP_quantize:
        emit(v, "input", 0, in, in.size / 4 * 4ull, false);
        emit(v, "output", 0, out, in.size / 4, true);
        break;
    case KMODEL_V4_OP_matmul:
    case KMODEL_V4_OP_quantized_matmul: {
        const nn_v4_matmul_params_t *p = &op->u.matmul;
        uint64_t size = op->opcode == KMODEL_V4_OP_matmul ? 4 : 1;
        emit(v, "input a", 0, in, count4(p->a_rows, p->a_cols, size, 1), false);
        emit(v, "input b", 0, op->in_b, count4(p->a_cols, p->b_cols, size, 1), false);
        emit(v, "output", 0, out, count4(p->a_rows, p->b_cols, size, 1), true);
        break;
    }
    case KMODEL_V4_OP_pad: {
        const nn_shape4_t *s = &op->u.pad.in_shape;
        const nn_padding_t *pd = op->u.pad.paddings;
        emit(v, "input", 0, in, sat_mul(nn_shape4_count(s), e), false);
        emit(v, "output", 0, out,
             sat_mul(count4((int64_t)s->d[0] + pd[0].before + pd[0].after, (int64_t)s->d[1] + pd[1].before + pd[1].after,
                            (int64_t)s->d[2] + pd[2].before + pd[2].after, (int64_t)s->d[3] + pd[3].before + pd[3].after),
                     e), true);
        break;
    }
    case KMODEL_V4_OP_reduce: {
        const nn_v4_reduce_params_t *p = &op->u.reduce;
        uint64_t written = nn_shape4_count(&p->out_shape);
        if (p->op == NN_V4_REDUCE_MEAN && p->out_elements > written)
            written = p->out_elements; /* mean scales out.size/4 values */
        emit(v, "input", 0, in, sat_mul(nn_shape4_count(&p->in_shape), 4), false);
        emit(v, "output", 0, out, sat_mul(written, 4), true);
        break;
    }
    case KMODEL_V4_OP_reduce_window2d:
    case KMODEL_V4_OP_cpu_reduce_window2d: {
        const nn_v4_reduce_window2d_params_t *p = &op->u.reduce_window2d;
        const int32_t *s = p->in_shape.d;
        bool nhwc = op->opcode == KMODEL_V4_OP_cpu_reduce_window2d;
        uint64_t outputs = nhwc ? count4(s[0], out_h(&p->win, s[1]), out_w(&p->win, s[2]), s[3])
                                : count4(s[0], s[1], out_h(&p->win, s[2]), out_w(&p->win, s[3]));
        emit(v, "input", 0, in, sat_mul(nn_shape4_count(&p->in_shape), 4), false);
        emit(v, "output", 0, out, sat_mul(outputs, 4), true);
        break;
    }
    case KMODEL_V4_OP_memory_copy:
    case KMODEL_V4_OP_nnil_unary_method:
    case KMODEL_V4_OP_unary:
        emit(v, "input", 0, in, in.size / 4 * 4ull, false);
        emit(v, "output", 0, out, in.size / 4 * 4ull, true);
        break;
    case KMODEL_V4_OP_softmax:
        emit(v, "input", 0, in, count4(op->u.softmax.inner, op->u.softmax.outer, 4, 1), false);
        emit(v, "output", 0, out, count4(op->u.softmax.inner, op->u.softmax.outer, 4, 1), true);
        break;
    case KMODEL_V4_OP_resize_image: {
        const int32_t *s = op->u.resize.in_shape.d;
        emit(v, "input", 0, in, sat_mul(nn_shape4_count(&op->u.resize.in_shape), e), false);
        emit(v, "output", 0, out, sat_mul(count4(s[0], s[1], op->u.resize.out_h, op->u.resize.out_w), e), true);
        break;
    }
    case KMODEL_V4_OP_transpose:
        emit(v, "input", 0, in, sat_mul(nn_shape4_count(&op->u.transpose.in_shape), e), false);
        emit(v, "output", 0, out, sat_mul(nn_shape4_count(&op->u.transpose.in_shape), e), true);
        break;
    case KMODEL_V4_OP_strided_slice: {
        uint64_t n = 1;
        for (int k = 0; k < 4; k++)
            n = sat_mul(n, (uint64_t)nn_v4_slice_count(op->u.slice.begin[k], op->u.slice.end[k], op->u.slice.strides[k]));
        emit(v, "input", 0, in, sat_mul(nn_shape4_count(&op->u.slice.in_shape), e), false);
        emit(v, "output", 0, out, sat_mul(n, e), true);
        break;
    }
    case KMODEL_V4_OP_table_lookup1d:
        emit(v, "input", 0, in, in.size, false);
        emit(v, "table", 0, op->in_b, 256, false);
        emit(v, "output", 0, out, in.size, true);
        break;
    case KMODEL_V4_OP_cpu_conv2d:
    case KMODEL_V4_OP_cpu_depthwise_conv2d:
    case KMODEL_V4_OP_cpu_quantized_conv2d:
    case KMODEL_V4_OP_cpu_quantized_depthwise_conv2d: {
        const nn_v4_cpu_conv2d_params_t *p = &op->u.cpu_conv;
        uint64_t size = op->opcode == KMODEL_V4_OP_cpu_conv2d || op->opcode == KMODEL_V4_OP_cpu_depthwise_conv2d ? 4 : 1;
        emit(v, "input", 0, in, sat_mul(nn_shape4_count(&p->in_shape), size), false);
        emit(v, "output", 0, out,
             sat_mul(count4(p->in_shape.d[0], out_h(&p->win, p->in_shape.d[1]), out_w(&p->win, p->in_shape.d[2]),
                            p->out_channels), size), true);
        break;
    }
    case KMODEL_V4_OP_kpu_upload:
        emit(v, "input", 0, in, nn_shape4_count(&op->u.upload.shape), false);
        emit(v, "output", 0, out, kmodel_v4_kpu_map_bytes(&op->u.upload.shape), true);
        break;
    case KMODEL_V4_OP_kpu_conv2d: {
        const nn_kpu_args_t *a = &op->u.kpu.args;
        uint32_t n = op->u.kpu.batches;
        nn_shape4_t is = { { (int32_t)n, (int32_t)a->conv.in_c, (int32_t)a->conv.in_h, (int32_t)a->conv.in_w } };
        nn_shape4_t os = { { (int32_t)n, (int32_t)a->conv.out_c, (int32_t)a->conv.out_h, (int32_t)a->conv.out_w } };
        uint64_t in_bytes = kmodel_v4_kpu_map_bytes(&is), out_bytes = kmodel_v4_kpu_map_bytes(&os);
        emit(v, "KPU input map", 0, kpu_map(a->src_line, in_bytes), in_bytes, false);
        emit(v, "KPU output map", 0, kpu_map(a->dst_line, out_bytes), out_bytes, true);
        if (op->u.kpu.main_out.size != 0)
            emit(v, "main_mem_output", 0, op->u.kpu.main_out, nn_shape4_count(&os), true);
        break;
    }
    }
}

bool kmodel_v4_for_each_access(const kmodel_v4_op_t *op, kmodel_v4_access_fn fn, void *user)
{
    visit_t v = { fn, user, false };
    visit_op(op, &v);
    return !v.stopped;
}

typedef struct check {
    const kmodel_v4_t *m;
    const kmodel_v4_node_t *n;
    nn_error_t *err;
    nn_status_t status;
} check_t;

static bool check_one(void *user, const kmodel_v4_access_t *a)
{
    check_t *c = user;
    const kmodel_v4_range_t *r = &a->range;
    const char *name = kmodel_v4_opcode_name(c->n->opcode);
    char role[48];
    if (a->item != 0 || c->n->opcode == KMODEL_V4_OP_concat)
        snprintf(role, sizeof role, "%s %u", a->role, a->item);
    else
        snprintf(role, sizeof role, "%s", a->role);
    uint64_t pool = kmodel_v4_pool_bytes(c->m, r->memory_type);
    if (r->memory_type > KMODEL_V4_MEM_KPU)
        c->status = nn_fail(c->err, NN_ERR_MALFORMED, "node %u (%s): %s has memory type %u, not const (0), main (1) "
                            "or k210_kpu (2)", c->n->index, name, role, r->memory_type);
    else if (a->write && r->memory_type == KMODEL_V4_MEM_CONST)
        c->status = nn_fail(c->err, NN_ERR_MALFORMED, "node %u (%s): %s is in const memory, which is read-only",
                            c->n->index, name, role);
    else if ((uint64_t)r->start + r->size > pool)
        c->status = nn_fail(c->err, NN_ERR_MALFORMED, "node %u (%s): %s covers %s bytes %u..%llu, past the end of "
                            "that memory (%llu bytes)", c->n->index, name, role, kmodel_v4_memory_name(r->memory_type),
                            r->start, (unsigned long long)r->start + r->size, (unsigned long long)pool);
    else if (a->bytes > r->size)
        c->status = nn_fail(c->err, NN_ERR_MALFORMED, "node %u (%s): %s is %u bytes but the op %s %llu bytes of it",
                            c->n->index, name, role, r->size, a->write ? "writes" : "reads",
                            (unsigned long long)a->bytes);
    return c->status == NN_OK;
}

nn_status_t kmodel_v4_check_accesses(const kmodel_v4_t *m, const kmodel_v4_node_t *n, const kmodel_v4_op_t *op,
                                     nn_error_t *err)
{
    check_t c = { m, n, err, NN_OK };
    kmodel_v4_for_each_access(op, check_one, &c);
    return c.status;
}
