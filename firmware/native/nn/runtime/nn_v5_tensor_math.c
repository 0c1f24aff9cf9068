/* V5 tensor functions that compute (nncase 1.0.0-beta2's src/runtime/stackvm/ops/tensor.*.cpp): quantize,
 * dequantize, convert, binary, unary, reduce, reduce_window2d, resize_image, conv2d. */
#include <string.h>

#include "nn_int.h"
#include "nn_v5_vm.h"

nn_status_t nn_v5_tf_quantize(nn_v5_vm_t *vm, nn_v5_operands_t *o, bool quantize)
{
    uint8_t dt_in = nn_v5_op_u8(o), dt_out = nn_v5_op_u8(o), rshape = nn_v5_op_u8(o), rin = nn_v5_op_u8(o), rout = nn_v5_op_u8(o);
    nn_v5_entry_t bias, scale;
    uint64_t out_addr, in_addr;
    NN_V5_TRY(nn_v5_pop(vm, &bias));
    NN_V5_TRY(nn_v5_pop(vm, &scale));
    const nn_v5_shape_reg_t *s;
    NN_V5_TRY(nn_v5_pop_in_out(vm, rshape, &in_addr, &out_addr, &s));
    uint32_t ib, ob;
    NN_V5_TRY(nn_v5_elem_bytes(vm, dt_in, &ib));
    NN_V5_TRY(nn_v5_elem_bytes(vm, dt_out, &ob));
    nn_v5_view_t in, out;
    NN_V5_TRY(nn_v5_view(vm, in_addr, ib, s->dims, s->rank, rin, false, "input", &in));
    NN_V5_TRY(nn_v5_view(vm, out_addr, ob, s->dims, s->rank, rout, true, "output", &out));
    bool ok = quantize ? dt_in == NN_V5_F32 && nn_v5_quantize_ref(&in, &out, dt_out, nn_v5_as_r4(&scale), nn_v5_as_r4(&bias),
                                                                    vm->rt->fused)
                       : dt_out == NN_V5_F32 && nn_v5_dequantize_ref(&in, &out, dt_in, nn_v5_as_r4(&scale), nn_v5_as_r4(&bias),
                                                                       vm->rt->fused);
    if (!ok)
        return nn_v5_vm_fail(vm, NN_ERR_UNSUPPORTED_LAYER, "%s to %s is not supported (nncase: f32 <-> u8/i8)",
                             kmodel_v5_datatype_name(dt_in), kmodel_v5_datatype_name(dt_out));
    return NN_OK;
}

nn_status_t nn_v5_tf_convert(nn_v5_vm_t *vm, nn_v5_operands_t *o)
{
    uint8_t dt_in = nn_v5_op_u8(o), dt_out = nn_v5_op_u8(o), rshape = nn_v5_op_u8(o), rin = nn_v5_op_u8(o), rout = nn_v5_op_u8(o);
    uint64_t out_addr, in_addr;
    const nn_v5_shape_reg_t *s;
    NN_V5_TRY(nn_v5_pop_in_out(vm, rshape, &in_addr, &out_addr, &s));
    uint32_t ib, ob;
    NN_V5_TRY(nn_v5_elem_bytes(vm, dt_in, &ib));
    NN_V5_TRY(nn_v5_elem_bytes(vm, dt_out, &ob));
    nn_v5_view_t in, out;
    NN_V5_TRY(nn_v5_view(vm, in_addr, ib, s->dims, s->rank, rin, false, "input", &in));
    NN_V5_TRY(nn_v5_view(vm, out_addr, ob, s->dims, s->rank, rout, true, "output", &out));
    if (!nn_v5_convert_ref(&in, &out, dt_in, dt_out))
        return nn_v5_vm_fail(vm, NN_ERR_UNSUPPORTED_LAYER, "conversion from %s to %s is not supported",
                             kmodel_v5_datatype_name(dt_in), kmodel_v5_datatype_name(dt_out));
    return NN_OK;
}

nn_status_t nn_v5_tf_binary(nn_v5_vm_t *vm, nn_v5_operands_t *o)
{
    uint8_t dt = nn_v5_op_u8(o), rsa = nn_v5_op_u8(o), rta = nn_v5_op_u8(o), rsb = nn_v5_op_u8(o), rtb = nn_v5_op_u8(o), rout = nn_v5_op_u8(o);
    uint8_t op = nn_v5_op_u8(o);
    float lo = nn_v5_op_f32(o), hi = nn_v5_op_f32(o);
    uint64_t out_addr, a_addr, b_addr;
    NN_V5_TRY(nn_v5_pop_addr(vm, &out_addr));
    NN_V5_TRY(nn_v5_pop_addr(vm, &b_addr));
    NN_V5_TRY(nn_v5_pop_addr(vm, &a_addr));
    const nn_v5_shape_reg_t *sa, *sb;
    NN_V5_TRY(nn_v5_shape_reg(vm, rsa, &sa));
    NN_V5_TRY(nn_v5_shape_reg(vm, rsb, &sb));
    if (dt != NN_V5_F32)
        return nn_v5_vm_fail(vm, NN_ERR_UNSUPPORTED_LAYER, "binary on %s; nncase 1.0.0-beta2 computes f32 only",
                             kmodel_v5_datatype_name(dt));
    uint32_t rank = sa->rank > sb->rank ? sa->rank : sb->rank, out_shape[NN_V5_MAX_RANK];
    for (uint32_t k = 0; k < rank; k++) {
        int32_t ja = (int32_t)k - (int32_t)(rank - sa->rank), jb = (int32_t)k - (int32_t)(rank - sb->rank);
        uint32_t da = ja < 0 ? 1 : sa->dims[ja], db = jb < 0 ? 1 : sb->dims[jb];
        if (da != db && da != 1 && db != 1)
            return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "shapes do not broadcast: dim %u is %u and %u", k, da, db);
        out_shape[k] = da == 1 ? db : da;
    }
    nn_v5_view_t a, b, out, a_b, b_b;
    NN_V5_TRY(nn_v5_view(vm, a_addr, 4, sa->dims, sa->rank, rta, false, "input a", &a));
    NN_V5_TRY(nn_v5_view(vm, b_addr, 4, sb->dims, sb->rank, rtb, false, "input b", &b));
    NN_V5_TRY(nn_v5_view(vm, out_addr, 4, out_shape, rank, rout, true, "output", &out));
    /* broadcast views of a and b with the output's rank: stride 0 where they repeat */
    const nn_v5_view_t *src[2] = { &a, &b };
    nn_v5_view_t *dst[2] = { &a_b, &b_b };
    for (int t = 0; t < 2; t++) {
        *dst[t] = out;
        dst[t]->data = src[t]->data;
        uint32_t ext = rank - src[t]->rank;
        for (uint32_t k = 0; k < rank; k++)
            dst[t]->strides[k] = k < ext || src[t]->shape[k - ext] == 1 ? 0 : src[t]->strides[k - ext];
    }
    if (!nn_v5_binary_ref_f32(op, &a_b, &b_b, &out, lo, hi))
        return nn_v5_vm_fail(vm, NN_ERR_UNSUPPORTED_LAYER, "binary op %u; nncase 1.0.0-beta2 computes add, sub, "
                             "mul, div, min, max, pow (0..6)", op);
    return NN_OK;
}

nn_status_t nn_v5_tf_unary(nn_v5_vm_t *vm, nn_v5_operands_t *o)
{
    uint8_t dt = nn_v5_op_u8(o), rshape = nn_v5_op_u8(o), rin = nn_v5_op_u8(o), rout = nn_v5_op_u8(o), op = nn_v5_op_u8(o);
    uint64_t out_addr, in_addr;
    const nn_v5_shape_reg_t *s;
    NN_V5_TRY(nn_v5_pop_in_out(vm, rshape, &in_addr, &out_addr, &s));
    if (dt != NN_V5_F32)
        return nn_v5_vm_fail(vm, NN_ERR_UNSUPPORTED_LAYER, "unary on %s; f32 only", kmodel_v5_datatype_name(dt));
    nn_v5_view_t in, out;
    NN_V5_TRY(nn_v5_view(vm, in_addr, 4, s->dims, s->rank, rin, false, "input", &in));
    NN_V5_TRY(nn_v5_view(vm, out_addr, 4, s->dims, s->rank, rout, true, "output", &out));
    if (!nn_v5_unary_ref_f32(op, &in, &out))
        return nn_v5_vm_fail(vm, NN_ERR_UNSUPPORTED_LAYER, "unary op %u; nncase 1.0.0-beta2 computes 0..12", op);
    return NN_OK;
}

nn_status_t nn_v5_tf_reduce(nn_v5_vm_t *vm, nn_v5_operands_t *o)
{
    uint8_t dt = nn_v5_op_u8(o), rshape = nn_v5_op_u8(o), rin = nn_v5_op_u8(o), rout = nn_v5_op_u8(o), op = nn_v5_op_u8(o), raxis = nn_v5_op_u8(o);
    bool keep = nn_v5_op_u8(o) != 0;
    nn_v5_entry_t init;
    uint64_t out_addr, in_addr;
    NN_V5_TRY(nn_v5_pop(vm, &init));
    const nn_v5_shape_reg_t *s, *ax;
    NN_V5_TRY(nn_v5_pop_in_out(vm, rshape, &in_addr, &out_addr, &s));
    NN_V5_TRY(nn_v5_shape_reg(vm, raxis, &ax));
    if (dt != NN_V5_F32)
        return nn_v5_vm_fail(vm, NN_ERR_UNSUPPORTED_LAYER, "reduce on %s; f32 only", kmodel_v5_datatype_name(dt));
    uint32_t axes = 0, out_shape[NN_V5_MAX_RANK], rank = 0;
    for (uint32_t k = 0; k < ax->rank; k++) {
        if (ax->dims[k] >= s->rank)
            return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "reduce axis %u of a %u-dim input", ax->dims[k], s->rank);
        axes |= 1u << ax->dims[k];
    }
    for (uint32_t k = 0; k < s->rank; k++)
        if (!(axes & (1u << k)))
            out_shape[rank++] = s->dims[k];
        else if (keep)
            out_shape[rank++] = 1;
    if (rank == 0)
        out_shape[rank++] = 1;
    nn_v5_view_t in, out;
    NN_V5_TRY(nn_v5_view(vm, in_addr, 4, s->dims, s->rank, rin, false, "input", &in));
    NN_V5_TRY(nn_v5_view(vm, out_addr, 4, out_shape, rank, rout, true, "output", &out));
    if (!nn_v5_reduce_ref_f32(op, &in, &out, axes, keep, nn_v5_as_r4(&init)))
        return nn_v5_vm_fail(vm, NN_ERR_UNSUPPORTED_LAYER, "reduce op %u; 0 mean, 1 min, 2 max, 3 sum", op);
    return NN_OK;
}

static nn_status_t pop_padding(nn_v5_vm_t *vm, int32_t *before, int32_t *after)
{
    nn_v5_entry_t a, b;
    NN_V5_TRY(nn_v5_pop(vm, &a));
    NN_V5_TRY(nn_v5_pop(vm, &b));
    *after = (int32_t)a.i, *before = (int32_t)b.i;
    return NN_OK;
}

nn_status_t nn_v5_tf_reduce_window2d(nn_v5_vm_t *vm, nn_v5_operands_t *o)
{
    nn_v5_window_t w;
    uint8_t dt = nn_v5_op_u8(o);
    w.op = nn_v5_op_u8(o);
    uint8_t rshape = nn_v5_op_u8(o), rin = nn_v5_op_u8(o), rout = nn_v5_op_u8(o);
    w.filter_h = nn_v5_op_u16(o), w.filter_w = nn_v5_op_u16(o), w.stride_h = nn_v5_op_u16(o), w.stride_w = nn_v5_op_u16(o);
    w.dilation_h = nn_v5_op_u16(o), w.dilation_w = nn_v5_op_u16(o);
    w.clamp_low = nn_v5_op_f32(o), w.clamp_high = nn_v5_op_f32(o);
    nn_v5_entry_t init;
    uint64_t out_addr, in_addr;
    NN_V5_TRY(pop_padding(vm, &w.pad_w_before, &w.pad_w_after));
    NN_V5_TRY(pop_padding(vm, &w.pad_h_before, &w.pad_h_after));
    NN_V5_TRY(nn_v5_pop_addr(vm, &out_addr));
    NN_V5_TRY(nn_v5_pop(vm, &init));
    NN_V5_TRY(nn_v5_pop_addr(vm, &in_addr));
    w.init = nn_v5_as_r4(&init);
    const nn_v5_shape_reg_t *s;
    NN_V5_TRY(nn_v5_shape_reg(vm, rshape, &s));
    if (dt != NN_V5_F32)
        return nn_v5_vm_fail(vm, NN_ERR_UNSUPPORTED_LAYER, "reduce_window2d on %s; nncase computes f32 only",
                             kmodel_v5_datatype_name(dt));
    if (s->rank != 4 || w.filter_h < 1 || w.filter_w < 1 || w.stride_h < 1 || w.stride_w < 1 || w.dilation_h < 1 ||
        w.dilation_w < 1)
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "needs a 4-dim NCHW input and filter, stride, dilation >= 1");
    int64_t oh = nn_v5_window_out(s->dims[2], w.filter_h, w.stride_h, w.dilation_h, w.pad_h_before, w.pad_h_after);
    int64_t ow = nn_v5_window_out(s->dims[3], w.filter_w, w.stride_w, w.dilation_w, w.pad_w_before, w.pad_w_after);
    if (oh < 0 || ow < 0 || oh > 0xFFFFFFFF || ow > 0xFFFFFFFF)
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "the window does not fit the %ux%u input", s->dims[2], s->dims[3]);
    uint32_t out_shape[4] = { s->dims[0], s->dims[1], (uint32_t)oh, (uint32_t)ow };
    nn_v5_view_t in, out;
    NN_V5_TRY(nn_v5_view(vm, in_addr, 4, s->dims, 4, rin, false, "input", &in));
    NN_V5_TRY(nn_v5_view(vm, out_addr, 4, out_shape, 4, rout, true, "output", &out));
    uint64_t taps = nn_mul_sat((uint32_t)w.filter_h, (uint32_t)w.filter_w);
    NN_V5_TRY(nn_v5_vm_spend(vm, nn_mul_sat(nn_v5_loop_count(out_shape, 4), taps)));
    if (!nn_v5_reduce_window2d_ref_f32(&in, &out, &w))
        return nn_v5_vm_fail(vm, NN_ERR_UNSUPPORTED_LAYER, "reduce op %u; 0 mean, 1 min, 2 max, 3 sum", w.op);
    return NN_OK;
}

nn_status_t nn_v5_tf_resize_image(nn_v5_vm_t *vm, nn_v5_operands_t *o)
{
    uint8_t dt = nn_v5_op_u8(o), rshape = nn_v5_op_u8(o), rin = nn_v5_op_u8(o), rout = nn_v5_op_u8(o);
    bool align = nn_v5_op_u8(o) != 0, half = nn_v5_op_u8(o) != 0;
    uint8_t mode = nn_v5_op_u8(o);
    nn_v5_entry_t h, w;
    uint64_t out_addr, in_addr;
    NN_V5_TRY(nn_v5_pop_addr(vm, &out_addr));
    NN_V5_TRY(nn_v5_pop_addr(vm, &in_addr));
    NN_V5_TRY(nn_v5_pop(vm, &w));
    NN_V5_TRY(nn_v5_pop(vm, &h));
    const nn_v5_shape_reg_t *s;
    NN_V5_TRY(nn_v5_shape_reg(vm, rshape, &s));
    uint32_t eb;
    NN_V5_TRY(nn_v5_elem_bytes(vm, dt, &eb));
    int32_t out_h = (int32_t)h.i, out_w = (int32_t)w.i;
    if (s->rank != 4 || out_h < 1 || out_w < 1 || s->dims[2] < 1 || s->dims[3] < 1)
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "needs a 4-dim NCHW input and an output size of at least 1x1 "
                             "(got %dx%d)", out_h, out_w);
    uint32_t out_shape[4] = { s->dims[0], s->dims[1], (uint32_t)out_h, (uint32_t)out_w };
    nn_v5_view_t in, out;
    NN_V5_TRY(nn_v5_view(vm, in_addr, eb, s->dims, 4, rin, false, "input", &in));
    NN_V5_TRY(nn_v5_view(vm, out_addr, eb, out_shape, 4, rout, true, "output", &out));
    if (mode == 1) {
        nn_v5_resize_nearest_ref(&in, &out, eb, align, half);
        return NN_OK;
    }
    if (mode != 0 || !nn_v5_resize_bilinear_ref(&in, &out, dt, align, half, vm->rt->fused))
        return nn_v5_vm_fail(vm, NN_ERR_UNSUPPORTED_LAYER, "resize mode %u on %s is not supported", mode,
                             kmodel_v5_datatype_name(dt));
    return NN_OK;
}

nn_status_t nn_v5_tf_conv2d(nn_v5_vm_t *vm, nn_v5_operands_t *o)
{
    uint8_t dt = nn_v5_op_u8(o), rsin = nn_v5_op_u8(o), rin = nn_v5_op_u8(o), rsw = nn_v5_op_u8(o);
    uint8_t rw = nn_v5_op_u8(o), rbias = nn_v5_op_u8(o), rout = nn_v5_op_u8(o);
    nn_v5_conv2d_t c;
    c.groups = nn_v5_op_u16(o), c.stride_h = nn_v5_op_u16(o), c.stride_w = nn_v5_op_u16(o);
    c.dilation_h = nn_v5_op_u16(o), c.dilation_w = nn_v5_op_u16(o);
    c.clamp_low = nn_v5_op_f32(o), c.clamp_high = nn_v5_op_f32(o);
    uint64_t out_addr, bias_addr, w_addr, in_addr;
    NN_V5_TRY(pop_padding(vm, &c.pad_w_before, &c.pad_w_after));
    NN_V5_TRY(pop_padding(vm, &c.pad_h_before, &c.pad_h_after));
    NN_V5_TRY(nn_v5_pop_addr(vm, &out_addr));
    NN_V5_TRY(nn_v5_pop_addr(vm, &bias_addr));
    NN_V5_TRY(nn_v5_pop_addr(vm, &w_addr));
    NN_V5_TRY(nn_v5_pop_addr(vm, &in_addr));
    const nn_v5_shape_reg_t *si, *sw;
    NN_V5_TRY(nn_v5_shape_reg(vm, rsin, &si));
    NN_V5_TRY(nn_v5_shape_reg(vm, rsw, &sw));
    if (dt != NN_V5_F32)
        return nn_v5_vm_fail(vm, NN_ERR_UNSUPPORTED_LAYER, "conv2d on %s; nncase 1.0.0-beta2 computes f32 only",
                             kmodel_v5_datatype_name(dt));
    bool ok = si->rank == 4 && sw->rank == 4 && c.groups >= 1 && c.stride_h >= 1 && c.stride_w >= 1 &&
              c.dilation_h >= 1 && c.dilation_w >= 1 && sw->dims[2] >= 1 && sw->dims[3] >= 1;
    ok = ok && si->dims[1] % (uint32_t)c.groups == 0 && sw->dims[0] % (uint32_t)c.groups == 0 &&
         sw->dims[1] == si->dims[1] / (uint32_t)c.groups;
    int64_t oh = ok ? nn_v5_window_out(si->dims[2], (int32_t)sw->dims[2], c.stride_h, c.dilation_h, c.pad_h_before,
                                       c.pad_h_after) : -1;
    int64_t ow = ok ? nn_v5_window_out(si->dims[3], (int32_t)sw->dims[3], c.stride_w, c.dilation_w, c.pad_w_before,
                                       c.pad_w_after) : -1;
    if (!ok || oh < 0 || ow < 0 || oh > 0xFFFFFFFF || ow > 0xFFFFFFFF || sw->dims[2] > 0xFFFF || sw->dims[3] > 0xFFFF)
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "the input, weights (groups %d) and window do not fit together",
                             c.groups);
    uint32_t out_shape[4] = { si->dims[0], sw->dims[0], (uint32_t)oh, (uint32_t)ow }, bias_shape[1] = { sw->dims[0] };
    nn_v5_view_t in, w, bias, out;
    NN_V5_TRY(nn_v5_view(vm, in_addr, 4, si->dims, 4, rin, false, "input", &in));
    NN_V5_TRY(nn_v5_view(vm, w_addr, 4, sw->dims, 4, rw, false, "weights", &w));
    NN_V5_TRY(nn_v5_view(vm, bias_addr, 4, bias_shape, 1, rbias, false, "bias", &bias));
    NN_V5_TRY(nn_v5_view(vm, out_addr, 4, out_shape, 4, rout, true, "output", &out));
    uint64_t taps = nn_mul_sat(nn_mul_sat(sw->dims[1], sw->dims[2]), sw->dims[3]);
    NN_V5_TRY(nn_v5_vm_spend(vm, nn_mul_sat(nn_v5_loop_count(out_shape, 4), taps)));
    nn_v5_conv2d_ref_f32(&in, &w, &bias, &out, &c);
    return NN_OK;
}
