/* V5 tensor functions that move data (nncase 1.0.0-beta2's src/runtime/stackvm/ops/tensor.*.cpp): copy, slice,
 * transpose, pad, broadcast, lut1d, gather, gather_nd, onehot, batch_to_space. */
#include <string.h>

#include "nn_v5_vm.h"

nn_status_t nn_v5_tf_copy(nn_v5_vm_t *vm, nn_v5_operands_t *o)
{
    uint8_t dt = nn_v5_op_u8(o), rshape = nn_v5_op_u8(o), rin = nn_v5_op_u8(o), rout = nn_v5_op_u8(o);
    uint64_t out_addr, in_addr;
    const nn_v5_shape_reg_t *s;
    NN_V5_TRY(nn_v5_pop_in_out(vm, rshape, &in_addr, &out_addr, &s));
    uint32_t eb;
    NN_V5_TRY(nn_v5_elem_bytes(vm, dt, &eb));
    nn_v5_view_t in, out;
    NN_V5_TRY(nn_v5_view(vm, in_addr, eb, s->dims, s->rank, rin, false, "input", &in));
    NN_V5_TRY(nn_v5_view(vm, out_addr, eb, s->dims, s->rank, rout, true, "output", &out));
    nn_v5_copy_ref(&in, &out, eb);
    return NN_OK;
}

nn_status_t nn_v5_tf_slice(nn_v5_vm_t *vm, nn_v5_operands_t *o)
{
    uint8_t dt = nn_v5_op_u8(o), rshape = nn_v5_op_u8(o), rin = nn_v5_op_u8(o), rout = nn_v5_op_u8(o);
    uint8_t rbegins = nn_v5_op_u8(o), rends = nn_v5_op_u8(o), rstrides = nn_v5_op_u8(o);
    uint64_t out_addr, in_addr;
    const nn_v5_shape_reg_t *s, *b, *e, *st;
    NN_V5_TRY(nn_v5_pop_in_out(vm, rshape, &in_addr, &out_addr, &s));
    NN_V5_TRY(nn_v5_shape_reg(vm, rbegins, &b));
    NN_V5_TRY(nn_v5_shape_reg(vm, rends, &e));
    NN_V5_TRY(nn_v5_shape_reg(vm, rstrides, &st));
    if (b->rank < s->rank || e->rank < s->rank || st->rank < s->rank)
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "begins/ends/strides have fewer dims than the input's %u",
                             s->rank);
    uint32_t eb, out_shape[NN_V5_MAX_RANK];
    int32_t strides[NN_V5_MAX_RANK];
    NN_V5_TRY(nn_v5_elem_bytes(vm, dt, &eb));
    for (uint32_t k = 0; k < s->rank; k++) {
        int64_t step = (int32_t)st->dims[k], begin = b->dims[k], end = e->dims[k], dim = s->dims[k];
        strides[k] = (int32_t)step;
        out_shape[k] = 0;
        if (step == 0)
            return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "slice stride 0 in dim %u", k);
        if (step > 0) { /* kept: begin <= i < min(end, dim), out index (i - begin) / step */
            int64_t hi = end < dim ? end : dim;
            if (hi > begin)
                out_shape[k] = (uint32_t)((hi - 1 - begin) / step + 1);
        } else { /* kept: end < i <= begin, i < dim, out index (begin - i) / -step */
            int64_t m = -step, top = begin < dim - 1 ? begin : dim - 1, lo = end + 1 > 0 ? end + 1 : 0;
            if (top >= lo) {
                int64_t first = begin - ((begin - top + m - 1) / m) * m; /* largest kept i <= top */
                if (first >= lo)
                    out_shape[k] = (uint32_t)((begin - (first - ((first - lo) / m) * m)) / m + 1);
            }
        }
    }
    nn_v5_view_t in, out;
    NN_V5_TRY(nn_v5_view(vm, in_addr, eb, s->dims, s->rank, rin, false, "input", &in));
    NN_V5_TRY(nn_v5_view(vm, out_addr, eb, out_shape, s->rank, rout, true, "output", &out));
    /* an empty output dim means nothing is written: give the kernel an empty input too */
    if (nn_v5_elements(out_shape, s->rank) == 0)
        return NN_OK;
    nn_v5_slice_ref(&in, &out, eb, b->dims, e->dims, strides);
    return NN_OK;
}

nn_status_t nn_v5_tf_transpose(nn_v5_vm_t *vm, nn_v5_operands_t *o)
{
    uint8_t dt = nn_v5_op_u8(o), rshape = nn_v5_op_u8(o), rin = nn_v5_op_u8(o), rout = nn_v5_op_u8(o), rperm = nn_v5_op_u8(o);
    uint64_t out_addr, in_addr;
    const nn_v5_shape_reg_t *s, *p;
    NN_V5_TRY(nn_v5_pop_in_out(vm, rshape, &in_addr, &out_addr, &s));
    NN_V5_TRY(nn_v5_shape_reg(vm, rperm, &p));
    uint32_t eb, out_shape[NN_V5_MAX_RANK], seen = 0;
    NN_V5_TRY(nn_v5_elem_bytes(vm, dt, &eb));
    if (p->rank != s->rank)
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "perm has %u dims, the input %u", p->rank, s->rank);
    for (uint32_t k = 0; k < s->rank; k++) {
        if (p->dims[k] >= s->rank || (seen & (1u << p->dims[k])))
            return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "perm is not a permutation of 0..%u", s->rank - 1);
        seen |= 1u << p->dims[k];
    }
    /* out[i] = in index[perm[i]]: output dim i has the input's dim perm[i] */
    for (uint32_t k = 0; k < s->rank; k++)
        out_shape[k] = s->dims[p->dims[k]];
    nn_v5_view_t in, out;
    NN_V5_TRY(nn_v5_view(vm, in_addr, eb, s->dims, s->rank, rin, false, "input", &in));
    NN_V5_TRY(nn_v5_view(vm, out_addr, eb, out_shape, s->rank, rout, true, "output", &out));
    nn_v5_transpose_ref(&in, &out, eb, p->dims);
    return NN_OK;
}

nn_status_t nn_v5_tf_pad(nn_v5_vm_t *vm, nn_v5_operands_t *o)
{
    uint8_t dt = nn_v5_op_u8(o), rshape = nn_v5_op_u8(o), rin = nn_v5_op_u8(o), rout = nn_v5_op_u8(o), rpad = nn_v5_op_u8(o), mode = nn_v5_op_u8(o);
    nn_v5_entry_t value;
    uint64_t out_addr, in_addr;
    NN_V5_TRY(nn_v5_pop(vm, &value));
    const nn_v5_shape_reg_t *s;
    const nn_v5_pad_reg_t *p;
    NN_V5_TRY(nn_v5_pop_in_out(vm, rshape, &in_addr, &out_addr, &s));
    NN_V5_TRY(nn_v5_pad_reg(vm, rpad, &p));
    uint32_t eb, out_shape[NN_V5_MAX_RANK];
    NN_V5_TRY(nn_v5_elem_bytes(vm, dt, &eb));
    if (p->rank < s->rank || mode > 3 || dt == NN_V5_I64 || dt == NN_V5_U64 || dt == NN_V5_F64 || dt == NN_V5_F16)
        return nn_v5_vm_fail(vm, NN_ERR_UNSUPPORTED_LAYER, "pad mode %u on %s with %u paddings for %u dims is not "
                             "supported", mode, kmodel_v5_datatype_name(dt), p->rank, s->rank);
    for (uint32_t k = 0; k < s->rank; k++) {
        int64_t n = (int64_t)s->dims[k] + p->before[k] + p->after[k];
        /* reflect needs dim >= 2 (it mirrors without the edge); every mode reads inside the input only within one
         * input length of padding */
        bool reads = mode != 0 && (p->before[k] > 0 || p->after[k] > 0);
        if (n < 0 || n > 0xFFFFFFFF || (reads && (p->before[k] >= (int64_t)s->dims[k] + (mode == 2) ||
                                                  p->after[k] >= (int64_t)s->dims[k] + (mode == 2))))
            return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "padding %d/%d of dim %u (size %u) is out of range",
                                 p->before[k], p->after[k], k, s->dims[k]);
        out_shape[k] = (uint32_t)n;
    }
    /* the pad value: pop_scalar(datatype) narrows the entry to the tensor's type */
    uint8_t pad_value[8] = { 0 };
    if (dt == NN_V5_F32) {
        float f = nn_v5_as_r4(&value);
        memcpy(pad_value, &f, 4);
    } else if (dt == NN_V5_BF16) {
        return nn_v5_vm_fail(vm, NN_ERR_UNSUPPORTED_LAYER, "pad on bf16 is not supported");
    } else {
        memcpy(pad_value, &value.i, eb);
    }
    nn_v5_view_t in, out;
    NN_V5_TRY(nn_v5_view(vm, in_addr, eb, s->dims, s->rank, rin, false, "input", &in));
    NN_V5_TRY(nn_v5_view(vm, out_addr, eb, out_shape, s->rank, rout, true, "output", &out));
    if (nn_v5_elements(s->dims, s->rank) == 0 && mode != 0)
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "pad mode %u of an empty input", mode);
    nn_v5_pad_ref(&in, &out, eb, p->before, p->after, mode, pad_value);
    return NN_OK;
}

/* Repeats the input over the output's shape (numpy broadcasting: leading dims added, dims of 1 repeated). */
nn_status_t nn_v5_tf_broadcast(nn_v5_vm_t *vm, nn_v5_operands_t *o)
{
    uint8_t dt = nn_v5_op_u8(o), rsin = nn_v5_op_u8(o), rin = nn_v5_op_u8(o), rsout = nn_v5_op_u8(o), rout = nn_v5_op_u8(o);
    uint64_t out_addr, in_addr;
    NN_V5_TRY(nn_v5_pop_addr(vm, &out_addr));
    NN_V5_TRY(nn_v5_pop_addr(vm, &in_addr));
    const nn_v5_shape_reg_t *si, *so;
    NN_V5_TRY(nn_v5_shape_reg(vm, rsin, &si));
    NN_V5_TRY(nn_v5_shape_reg(vm, rsout, &so));
    uint32_t eb;
    NN_V5_TRY(nn_v5_elem_bytes(vm, dt, &eb));
    if (si->rank > so->rank)
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "the input has %u dims, the output only %u", si->rank, so->rank);
    uint32_t ext = so->rank - si->rank;
    for (uint32_t k = 0; k < si->rank; k++)
        if (si->dims[k] != 1 && si->dims[k] != so->dims[ext + k])
            return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "input dim %u (%u) does not broadcast to %u", k, si->dims[k],
                                 so->dims[ext + k]);
    nn_v5_view_t in, out, in_b;
    NN_V5_TRY(nn_v5_view(vm, in_addr, eb, si->dims, si->rank, rin, false, "input", &in));
    NN_V5_TRY(nn_v5_view(vm, out_addr, eb, so->dims, so->rank, rout, true, "output", &out));
    in_b = out;
    in_b.data = in.data;
    for (uint32_t k = 0; k < so->rank; k++)
        in_b.strides[k] = k < ext || in.shape[k - ext] == 1 ? 0 : in.strides[k - ext];
    nn_v5_copy_ref(&in_b, &out, eb);
    return NN_OK;
}

nn_status_t nn_v5_tf_lut1d(nn_v5_vm_t *vm, nn_v5_operands_t *o)
{
    uint8_t dt = nn_v5_op_u8(o), rshape = nn_v5_op_u8(o), rin = nn_v5_op_u8(o), rout = nn_v5_op_u8(o);
    uint16_t table_len = nn_v5_op_u16(o);
    nn_v5_entry_t lo, hi;
    uint64_t out_addr, table_addr, in_addr;
    NN_V5_TRY(nn_v5_pop(vm, &hi));
    NN_V5_TRY(nn_v5_pop(vm, &lo));
    NN_V5_TRY(nn_v5_pop_addr(vm, &out_addr));
    NN_V5_TRY(nn_v5_pop_addr(vm, &table_addr));
    NN_V5_TRY(nn_v5_pop_addr(vm, &in_addr));
    const nn_v5_shape_reg_t *s;
    NN_V5_TRY(nn_v5_shape_reg(vm, rshape, &s));
    if (dt != NN_V5_U8)
        return nn_v5_vm_fail(vm, NN_ERR_UNSUPPORTED_LAYER, "lut1d on %s; nncase 1.0.0-beta2 looks up u8 only",
                             kmodel_v5_datatype_name(dt));
    nn_v5_view_t in, out;
    uint8_t *table;
    NN_V5_TRY(nn_v5_view(vm, in_addr, 1, s->dims, s->rank, rin, false, "input", &in));
    NN_V5_TRY(nn_v5_view(vm, out_addr, 1, s->dims, s->rank, rout, true, "output", &out));
    NN_V5_TRY(nn_v5_vm_resolve(vm, table_addr, table_len, false, "table", &table));
    if (!nn_v5_lut1d_ref_u8(&in, &out, table, table_len))
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "an input value is past the %u-entry table", table_len);
    return NN_OK;
}

/* gather and gather_nd share their operands: an input, an output and int32 indices, each with its shape register,
 * then one byte; the addresses are popped indices first (nncase's order). */
typedef struct gather_operands {
    uint8_t rin, rout, axis_or_batch_dims;
    uint64_t in_addr, out_addr, idx_addr;
    const nn_v5_shape_reg_t *si, *so, *sx;
    uint32_t eb;
} gather_operands_t;

static nn_status_t read_gather_operands(nn_v5_vm_t *vm, nn_v5_operands_t *o, gather_operands_t *g)
{
    uint8_t dt = nn_v5_op_u8(o);
    uint8_t rsin = nn_v5_op_u8(o), rsout = nn_v5_op_u8(o);
    g->rin = nn_v5_op_u8(o);
    g->rout = nn_v5_op_u8(o);
    uint8_t rsidx = nn_v5_op_u8(o);
    g->axis_or_batch_dims = nn_v5_op_u8(o);
    NN_V5_TRY(nn_v5_pop_addr(vm, &g->idx_addr));
    NN_V5_TRY(nn_v5_pop_addr(vm, &g->out_addr));
    NN_V5_TRY(nn_v5_pop_addr(vm, &g->in_addr));
    NN_V5_TRY(nn_v5_shape_reg(vm, rsin, &g->si));
    NN_V5_TRY(nn_v5_shape_reg(vm, rsout, &g->so));
    NN_V5_TRY(nn_v5_shape_reg(vm, rsidx, &g->sx));
    return nn_v5_elem_bytes(vm, dt, &g->eb);
}

/* Once the shapes are checked: the input and output views and the indices (4-byte aligned, for the int32 reads). */
static nn_status_t gather_views(nn_v5_vm_t *vm, const gather_operands_t *g, nn_v5_view_t *in, nn_v5_view_t *out,
                                const int32_t **indices)
{
    uint8_t *idx;
    NN_V5_TRY(nn_v5_view(vm, g->in_addr, g->eb, g->si->dims, g->si->rank, g->rin, false, "input", in));
    NN_V5_TRY(nn_v5_view(vm, g->out_addr, g->eb, g->so->dims, g->so->rank, g->rout, true, "output", out));
    NN_V5_TRY(nn_v5_vm_resolve(vm, g->idx_addr, nn_v5_elements(g->sx->dims, g->sx->rank) * 4, false, "indices", &idx));
    if ((uintptr_t)idx % 4 != 0)
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "the int32 indices are not 4-byte aligned");
    *indices = (const int32_t *)(const void *)idx;
    return NN_OK;
}

nn_status_t nn_v5_tf_gather(nn_v5_vm_t *vm, nn_v5_operands_t *o)
{
    gather_operands_t g;
    NN_V5_TRY(read_gather_operands(vm, o, &g));
    const nn_v5_shape_reg_t *si = g.si, *so = g.so, *sx = g.sx;
    uint8_t axis = g.axis_or_batch_dims;
    bool ok = axis < si->rank && so->rank == si->rank - 1 + sx->rank;
    for (uint32_t k = 0; ok && k < so->rank; k++) {
        uint32_t want = k < axis ? si->dims[k] : k < axis + sx->rank ? sx->dims[k - axis] : si->dims[k - sx->rank + 1];
        ok = so->dims[k] == want;
    }
    if (!ok)
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "the output shape is not the input's with axis %u replaced by the "
                             "indices' shape", axis);
    nn_v5_view_t in, out;
    const int32_t *idx;
    NN_V5_TRY(gather_views(vm, &g, &in, &out, &idx));
    if (!nn_v5_gather_ref(&in, &out, g.eb, idx, nn_v5_elements(sx->dims, sx->rank), sx->rank, axis))
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "an index is outside 0..%u (the input's dim %u)",
                             si->dims[axis] - 1, axis);
    return NN_OK;
}

nn_status_t nn_v5_tf_gather_nd(nn_v5_vm_t *vm, nn_v5_operands_t *o)
{
    gather_operands_t g;
    NN_V5_TRY(read_gather_operands(vm, o, &g));
    const nn_v5_shape_reg_t *si = g.si, *so = g.so, *sx = g.sx;
    uint8_t batch_dims = g.axis_or_batch_dims;
    /* out = indices[:-1] + in[batch_dims + k:], with k = indices[-1] */
    uint32_t k = sx->rank > 0 ? sx->dims[sx->rank - 1] : 0;
    bool ok = sx->rank >= 1 && k >= 1 && batch_dims < sx->rank && batch_dims + k <= si->rank &&
              so->rank == sx->rank - 1 + si->rank - batch_dims - k;
    for (uint32_t d = 0; ok && d < batch_dims; d++)
        ok = sx->dims[d] == si->dims[d];
    for (uint32_t d = 0; ok && d < so->rank; d++)
        ok = so->dims[d] == (d + 1 < sx->rank ? sx->dims[d] : si->dims[batch_dims + k + d - (sx->rank - 1)]);
    if (!ok)
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "the input, indices and output shapes of gather_nd (batch dims %u) "
                             "do not fit together", batch_dims);
    nn_v5_view_t in, out;
    const int32_t *idx;
    NN_V5_TRY(gather_views(vm, &g, &in, &out, &idx));
    if (!nn_v5_gather_nd_ref(&in, &out, g.eb, idx, sx->dims, sx->rank, batch_dims))
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "an index is outside its input dim");
    return NN_OK;
}

nn_status_t nn_v5_tf_onehot(nn_v5_vm_t *vm, nn_v5_operands_t *o)
{
    uint8_t dt = nn_v5_op_u8(o), rsidx = nn_v5_op_u8(o), rsout = nn_v5_op_u8(o), rout = nn_v5_op_u8(o), axis = nn_v5_op_u8(o), mode = nn_v5_op_u8(o);
    uint64_t out_addr, off_addr, on_addr, depth_addr, idx_addr;
    NN_V5_TRY(nn_v5_pop_addr(vm, &out_addr));
    NN_V5_TRY(nn_v5_pop_addr(vm, &off_addr));
    NN_V5_TRY(nn_v5_pop_addr(vm, &on_addr));
    NN_V5_TRY(nn_v5_pop_addr(vm, &depth_addr));
    NN_V5_TRY(nn_v5_pop_addr(vm, &idx_addr));
    const nn_v5_shape_reg_t *sx, *so;
    NN_V5_TRY(nn_v5_shape_reg(vm, rsidx, &sx));
    NN_V5_TRY(nn_v5_shape_reg(vm, rsout, &so));
    uint32_t eb;
    NN_V5_TRY(nn_v5_elem_bytes(vm, dt, &eb));
    bool ok = so->rank == sx->rank + 1 && axis <= sx->rank && mode <= 1;
    for (uint32_t d = 0; ok && d < sx->rank; d++)
        ok = sx->dims[d] == so->dims[d < axis ? d : d + 1];
    if (!ok)
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "the output shape is not the indices' with the depth inserted at "
                             "axis %u (or mode %u is not 0/1)", axis, mode);
    nn_v5_view_t out;
    uint8_t *idx, *on, *off, *depth;
    NN_V5_TRY(nn_v5_view(vm, out_addr, eb, so->dims, so->rank, rout, true, "output", &out));
    NN_V5_TRY(nn_v5_vm_resolve(vm, idx_addr, nn_v5_elements(sx->dims, sx->rank) * 4, false, "indices", &idx));
    NN_V5_TRY(nn_v5_vm_resolve(vm, depth_addr, eb, false, "depth", &depth));
    NN_V5_TRY(nn_v5_vm_resolve(vm, on_addr, eb, false, "on value", &on));
    NN_V5_TRY(nn_v5_vm_resolve(vm, off_addr, eb, false, "off value", &off));
    if ((uintptr_t)idx % 4 != 0)
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "the int32 indices are not 4-byte aligned");
    nn_v5_onehot_ref((const int32_t *)(const void *)idx, &out, eb, axis, mode == 1, on, off);
    return NN_OK;
}

nn_status_t nn_v5_tf_batch_to_space(nn_v5_vm_t *vm, nn_v5_operands_t *o)
{
    uint8_t dt = nn_v5_op_u8(o), rshape = nn_v5_op_u8(o), rin = nn_v5_op_u8(o), rout = nn_v5_op_u8(o), rblock = nn_v5_op_u8(o), rcrops = nn_v5_op_u8(o);
    uint64_t out_addr, in_addr;
    const nn_v5_shape_reg_t *s, *b;
    const nn_v5_pad_reg_t *c;
    NN_V5_TRY(nn_v5_pop_in_out(vm, rshape, &in_addr, &out_addr, &s));
    NN_V5_TRY(nn_v5_shape_reg(vm, rblock, &b));
    NN_V5_TRY(nn_v5_pad_reg(vm, rcrops, &c));
    uint32_t eb, out_shape[NN_V5_MAX_RANK];
    NN_V5_TRY(nn_v5_elem_bytes(vm, dt, &eb));
    uint64_t block = 1;
    bool ok = b->rank >= 1 && b->rank < s->rank && c->rank >= b->rank;
    for (uint32_t i = 0; ok && i < b->rank; i++) {
        block *= b->dims[i];
        ok = b->dims[i] >= 1 && block <= s->dims[0];
    }
    ok = ok && s->dims[0] % block == 0;
    for (uint32_t d = 0; ok && d < s->rank; d++) {
        out_shape[d] = d == 0 ? (uint32_t)(s->dims[0] / block) : s->dims[d];
        if (d >= (uint32_t)(s->rank - b->rank)) {
            uint32_t i = d - (uint32_t)(s->rank - b->rank);
            int64_t size = (int64_t)s->dims[d] * b->dims[i] - c->before[i] - c->after[i];
            ok = c->before[i] >= 0 && c->after[i] >= 0 && size >= 0 && size <= 0xFFFFFFFF;
            out_shape[d] = ok ? (uint32_t)size : 0;
        }
    }
    if (!ok)
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "the block shape and crops do not fit the input");
    nn_v5_view_t in, out;
    NN_V5_TRY(nn_v5_view(vm, in_addr, eb, s->dims, s->rank, rin, false, "input", &in));
    NN_V5_TRY(nn_v5_view(vm, out_addr, eb, out_shape, s->rank, rout, true, "output", &out));
    if (nn_v5_elements(out_shape, s->rank) != 0)
        nn_v5_batch_to_space_ref(&in, &out, eb, b->dims, b->rank, c->before);
    return NN_OK;
}
