/* Operands, registers and views of the V5 tensor instructions (shared by nn_v5_tensor_*.c). */
#include <string.h>

#include "nn_v5_vm.h"

uint8_t nn_v5_op_u8(nn_v5_operands_t *o) { return *o->p++; }

uint16_t nn_v5_op_u16(nn_v5_operands_t *o)
{
    uint16_t v = kmodel_v5_u16(o->p);
    o->p += 2;
    return v;
}

uint32_t nn_v5_op_u32(nn_v5_operands_t *o)
{
    uint32_t v = kmodel_v5_u32(o->p);
    o->p += 4;
    return v;
}

float nn_v5_op_f32(nn_v5_operands_t *o)
{
    uint32_t bits = nn_v5_op_u32(o);
    float f;
    memcpy(&f, &bits, 4);
    return f;
}

float nn_v5_as_r4(const nn_v5_entry_t *e)
{
    if (e->real)
        return e->r;
    uint32_t bits = (uint32_t)e->i; /* the union's float view of an integer entry */
    float f;
    memcpy(&f, &bits, 4);
    return f;
}

nn_status_t nn_v5_pop(nn_v5_vm_t *vm, nn_v5_entry_t *e) { return nn_v5_vm_pop(vm, e); }

nn_status_t nn_v5_pop_addr(nn_v5_vm_t *vm, uint64_t *addr)
{
    nn_v5_entry_t e;
    nn_status_t st = nn_v5_pop(vm, &e);
    *addr = (uint64_t)e.i;
    return st;
}

nn_status_t nn_v5_pop_in_out(nn_v5_vm_t *vm, uint8_t shape_reg, uint64_t *in_addr, uint64_t *out_addr,
                             const nn_v5_shape_reg_t **shape)
{
    NN_V5_TRY(nn_v5_pop_addr(vm, out_addr));
    NN_V5_TRY(nn_v5_pop_addr(vm, in_addr));
    return nn_v5_shape_reg(vm, shape_reg, shape);
}

nn_status_t nn_v5_shape_reg(nn_v5_vm_t *vm, uint8_t id, const nn_v5_shape_reg_t **out)
{
    const nn_v5_shape_reg_t *r = &vm->rt->shapes[id];
    *out = r;
    if (!r->set)
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "shape register %u is read before STSHAPE set it", id);
    *out = r;
    return NN_OK;
}

nn_status_t nn_v5_pad_reg(nn_v5_vm_t *vm, uint8_t id, const nn_v5_pad_reg_t **out)
{
    const nn_v5_pad_reg_t *r = &vm->rt->paddings[id];
    *out = r;
    if (!r->set)
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "paddings register %u is read before STPADDINGS set it", id);
    *out = r;
    return NN_OK;
}

/* A view of `rank` dims at addr with strides from a register: nncase's element offset pairs the trailing
 * min(rank, stride rank) dims with the trailing strides, so missing leading strides count as 0. */
nn_status_t nn_v5_view(nn_v5_vm_t *vm, uint64_t addr, uint32_t eb, const uint32_t *shape, uint32_t rank,
                        uint8_t stride_reg, bool write, const char *role, nn_v5_view_t *v)
{
    const nn_v5_shape_reg_t *s;
    NN_V5_TRY(nn_v5_shape_reg(vm, stride_reg, &s));
    memset(v, 0, sizeof *v);
    v->rank = rank;
    uint32_t n = rank < s->rank ? rank : s->rank;
    uint64_t last = 0;
    bool empty = false;
    for (uint32_t k = 0; k < rank; k++) {
        v->shape[k] = shape[k];
        v->strides[k] = k >= rank - n ? s->dims[s->rank - rank + k] : 0;
        empty |= shape[k] == 0;
        uint64_t term = shape[k] == 0 ? 0 : (uint64_t)(shape[k] - 1) * v->strides[k];
        if (term > (1ull << NN_V5_REGION_SHIFT))
            return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "the %s tensor's dim %u (%u, stride %u) is out of range",
                                 role, k, shape[k], v->strides[k]);
        last += term;
    }
    if (nn_v5_elements(shape, rank) > (1ull << 32))
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "the %s tensor has more than 2^32 elements", role);
    NN_V5_TRY(nn_v5_vm_spend(vm, nn_v5_loop_count(shape, rank)));
    return nn_v5_vm_resolve(vm, addr, empty ? 0 : (last + 1) * eb, write, role, &v->data);
}

nn_status_t nn_v5_elem_bytes(nn_v5_vm_t *vm, uint32_t dtype, uint32_t *eb)
{
    *eb = nn_v5_dtype_bytes(dtype);
    if (*eb == 0)
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "datatype %u is not defined", dtype);
    return NN_OK;
}
