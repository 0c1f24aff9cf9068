/* kmodel V5 runtime: memory, the stackvm interpreter (scalar instructions)
 * and the entry points. Tensor functions: nn_v5_tensor_ops.c; the k210
 * module: nn_v5_k210.c. */
#include "nn_v5_runtime.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "nn_v5_vm.h"

static size_t align_up(size_t v, size_t a) { return (v + a - 1) / a * a; }

nn_v5_memory_t nn_v5_memory_needs(const kmodel_v5_t *model)
{
    nn_v5_memory_t m;
    memset(&m, 0, sizeof m);
    m.file_bytes = model->model_size;
    for (uint32_t i = 0; i < model->header.modules; i++) {
        m.data_bytes += align_up(model->modules[i].data_pool, 8);
        if (model->modules[i].kpu_pool > m.kpu_bytes)
            m.kpu_bytes = model->modules[i].kpu_pool;
    }
    kmodel_v5_function_t f = kmodel_v5_entry(model);
    for (uint32_t i = 0; i < f.inputs; i++)
        m.io_bytes += align_up(kmodel_v5_function_input(model, &f, i).size, 8);
    for (uint32_t i = 0; i < f.outputs; i++)
        m.io_bytes += align_up(kmodel_v5_function_output(model, &f, i).size, 8);
    m.regs_bytes = NN_V5_REGISTERS * (sizeof(nn_v5_shape_reg_t) + sizeof(nn_v5_pad_reg_t));
    m.arena_bytes = model->header.alignment + align_up(m.file_bytes, 8) + m.data_bytes + m.io_bytes + m.regs_bytes + 8;
    return m;
}

nn_status_t nn_v5_init(nn_v5_runtime_t *rt, const kmodel_v5_t *model, void *arena, size_t arena_bytes,
                       nn_backend_t backend, nn_error_t *err)
{
    if (rt == NULL || model == NULL || arena == NULL)
        return nn_fail(err, NN_ERR_ARGUMENT, "runtime, model and arena are required");
    nn_v5_memory_t need = nn_v5_memory_needs(model);
    if (arena_bytes < need.arena_bytes)
        return nn_fail(err, NN_ERR_OUT_OF_MEMORY, "the model needs %zu bytes of RAM, the arena has %zu",
                       need.arena_bytes, arena_bytes);
    memset(rt, 0, sizeof *rt);
    uint8_t *base = (uint8_t *)align_up((size_t)(uintptr_t)arena, model->header.alignment);
    if (base != model->data) /* a loader may have read the file straight into the arena */
        memmove(base, model->data, need.file_bytes);
    rt->model = *model;
    rt->model.data = base;
    rt->model.size = need.file_bytes;
    uint8_t *p = base + align_up(need.file_bytes, 8);
    for (uint32_t i = 0; i < model->header.modules; i++) {
        rt->data[i] = p;
        p += align_up(model->modules[i].data_pool, 8);
    }
    rt->entry = kmodel_v5_entry(&rt->model);
    for (uint32_t i = 0; i < rt->entry.inputs; i++) {
        rt->inputs[i] = p;
        p += align_up(kmodel_v5_function_input(&rt->model, &rt->entry, i).size, 8);
    }
    for (uint32_t i = 0; i < rt->entry.outputs; i++) {
        rt->outputs[i] = p;
        p += align_up(kmodel_v5_function_output(&rt->model, &rt->entry, i).size, 8);
    }
    memset(base + need.file_bytes, 0, (size_t)(p - (base + need.file_bytes)));
    p = (uint8_t *)align_up((size_t)(uintptr_t)p, 8);
    rt->shapes = (nn_v5_shape_reg_t *)(void *)p;
    rt->paddings = (nn_v5_pad_reg_t *)(void *)(p + NN_V5_REGISTERS * sizeof(nn_v5_shape_reg_t));
    rt->backend = backend;
    /* tensor instructions of the entry function: the "layers" of a V5 model */
    const kmodel_v5_module_t *mod = &rt->model.modules[rt->entry.module];
    const uint8_t *text = rt->model.data + mod->text_offset + rt->entry.entrypoint;
    for (uint32_t at = 0; at < rt->entry.text_size;) {
        kmodel_v5_insn_t insn;
        if (kmodel_v5_decode_insn(text, rt->entry.text_size, at, rt->model.numbering, &insn, err) != NN_OK)
            return err != NULL ? err->code : NN_ERR_MALFORMED;
        rt->step_count += insn.opcode == KMODEL_V5_OP_TENSOR;
        at += insn.bytes;
    }
    return NN_OK;
}

uint32_t nn_v5_input_bytes(const nn_v5_runtime_t *rt, uint32_t index)
{
    return index < rt->entry.inputs ? kmodel_v5_function_input(&rt->model, &rt->entry, index).size : 0;
}

/* ---- addresses ------------------------------------------------------------- */

uint64_t nn_v5_vm_address(uint32_t region, uint64_t offset) { return (uint64_t)region << NN_V5_REGION_SHIFT | offset; }

nn_status_t nn_v5_vm_resolve(nn_v5_vm_t *vm, uint64_t addr, uint64_t bytes, bool write, const char *role,
                             uint8_t **out)
{
    nn_v5_runtime_t *rt = vm->rt;
    uint32_t region = (uint32_t)(addr >> NN_V5_REGION_SHIFT);
    uint64_t offset = addr & ((1ull << NN_V5_REGION_SHIFT) - 1);
    uint8_t *base = NULL;
    uint64_t size = 0;
    const char *name = "unknown";
    if (region >= NN_V5_REGION_RDATA && region < NN_V5_REGION_RDATA + rt->model.header.modules) {
        const kmodel_v5_module_t *m = &rt->model.modules[region - NN_V5_REGION_RDATA];
        base = (uint8_t *)rt->model.data + m->rdata_offset, size = m->rdata_size, name = "rdata";
        if (write)
            return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "the %s tensor is in the read-only rdata", role);
    } else if (region >= NN_V5_REGION_DATA && region < NN_V5_REGION_DATA + rt->model.header.modules) {
        base = rt->data[region - NN_V5_REGION_DATA];
        size = rt->model.modules[region - NN_V5_REGION_DATA].data_pool, name = "data";
    } else if (region >= NN_V5_REGION_INPUT && region < NN_V5_REGION_INPUT + rt->entry.inputs) {
        base = rt->inputs[region - NN_V5_REGION_INPUT], name = "input";
        size = kmodel_v5_function_input(&rt->model, &rt->entry, region - NN_V5_REGION_INPUT).size;
    } else if (region >= NN_V5_REGION_OUTPUT && region < NN_V5_REGION_OUTPUT + rt->entry.outputs) {
        base = rt->outputs[region - NN_V5_REGION_OUTPUT], name = "output";
        size = kmodel_v5_function_output(&rt->model, &rt->entry, region - NN_V5_REGION_OUTPUT).size;
    } else {
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "the %s address 0x%llx is not one LEA_BUFFER made", role,
                             (unsigned long long)addr);
    }
    if (offset > size || bytes > size - offset)
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "the %s tensor (%s +%llu, %llu bytes) runs past the %llu-byte %s",
                             role, name, (unsigned long long)offset, (unsigned long long)bytes,
                             (unsigned long long)size, name);
    *out = base + offset;
    return NN_OK;
}

nn_status_t nn_v5_vm_fail(nn_v5_vm_t *vm, nn_status_t code, const char *fmt, ...)
{
    char what[NN_ERROR_MESSAGE_BYTES];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(what, sizeof what, fmt, ap);
    va_end(ap);
    const char *name = vm->insn == NULL ? "?" :
                       vm->insn->opcode == KMODEL_V5_OP_TENSOR ? kmodel_v5_tf_name(vm->insn->funct) :
                                                                   kmodel_v5_opcode_name(vm->insn->opcode);
    return nn_fail(vm->err, code, "%s at code offset %u: %.240s", name, vm->insn == NULL ? 0 : vm->insn->offset,
                   what);
}

nn_status_t nn_v5_vm_spend(nn_v5_vm_t *vm, uint64_t work)
{
    nn_v5_runtime_t *rt = vm->rt;
    rt->work += work;
    if (rt->budget != 0 && rt->work > rt->budget)
        return nn_v5_vm_fail(vm, NN_ERR_ARGUMENT, "the run exceeds its work budget of %llu",
                             (unsigned long long)rt->budget);
    return NN_OK;
}

/* ---- evaluation stack --------------------------------------------------------- */

nn_status_t nn_v5_vm_push(nn_v5_vm_t *vm, nn_v5_entry_t e)
{
    if (vm->sp >= NN_V5_STACK_DEPTH)
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "the evaluation stack overflows (%u entries)", NN_V5_STACK_DEPTH);
    vm->stack[vm->sp++] = e;
    return NN_OK;
}

nn_status_t nn_v5_vm_pop(nn_v5_vm_t *vm, nn_v5_entry_t *e)
{
    static const nn_v5_entry_t zero = { 0, 0.0f, false };
    *e = zero; /* defined even on failure: callers stop at the status, but the compiler cannot tell */
    if (vm->sp == 0)
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "the evaluation stack is empty");
    *e = vm->stack[--vm->sp];
    return NN_OK;
}

static nn_status_t push_i(nn_v5_vm_t *vm, int64_t v)
{
    nn_v5_entry_t e = { .i = v, .real = false };
    return nn_v5_vm_push(vm, e);
}

static nn_status_t push_r(nn_v5_vm_t *vm, float v)
{
    /* nncase's entry is a union: an integer view of a real entry sees the float's bits */
    nn_v5_entry_t e = { .i = 0, .r = v, .real = true };
    uint32_t bits;
    memcpy(&bits, &v, 4);
    e.i = bits;
    return nn_v5_vm_push(vm, e);
}

/* ---- scalar instructions --------------------------------------------------- */

static nn_status_t lea_buffer(nn_v5_vm_t *vm, const kmodel_v5_insn_t *in)
{
    nn_v5_runtime_t *rt = vm->rt;
    switch (in->a) {
    case KMODEL_V5_LOC_INPUT:
    case KMODEL_V5_LOC_OUTPUT: {
        /* the tensor with the largest start at or below the offset, as nncase picks it */
        bool is_in = in->a == KMODEL_V5_LOC_INPUT;
        uint32_t count = is_in ? rt->entry.inputs : rt->entry.outputs, best = UINT32_MAX, last = 0;
        for (uint32_t i = 0; i < count; i++) {
            kmodel_v5_range_t r = is_in ? kmodel_v5_function_input(&rt->model, &rt->entry, i)
                                        : kmodel_v5_function_output(&rt->model, &rt->entry, i);
            if (r.start <= in->u && r.start >= last)
                best = i, last = r.start;
        }
        if (best == UINT32_MAX)
            return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "no %s of the function starts at or below %u",
                                 kmodel_v5_location_name(in->a), in->u);
        return push_i(vm, (int64_t)nn_v5_vm_address((is_in ? NN_V5_REGION_INPUT : NN_V5_REGION_OUTPUT) + best,
                                                    in->u - last));
    }
    case KMODEL_V5_LOC_RDATA: return push_i(vm, (int64_t)nn_v5_vm_address(NN_V5_REGION_RDATA + vm->module, in->u));
    case KMODEL_V5_LOC_DATA: return push_i(vm, (int64_t)nn_v5_vm_address(NN_V5_REGION_DATA + vm->module, in->u));
    default:
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "memory location %u (%s) is not addressable from stackvm", in->a,
                             kmodel_v5_location_name(in->a));
    }
}

static nn_status_t store_shape(nn_v5_vm_t *vm, const kmodel_v5_insn_t *in)
{
    if (in->b > NN_V5_MAX_RANK)
        return nn_v5_vm_fail(vm, NN_ERR_UNSUPPORTED_LAYER, "rank %u; this runtime supports up to %u", in->b,
                             NN_V5_MAX_RANK);
    nn_v5_shape_reg_t r = { 1, in->b, { 0 } };
    for (uint32_t k = in->b; k-- > 0;) {
        nn_v5_entry_t e;
        nn_status_t st = nn_v5_vm_pop(vm, &e);
        if (st != NN_OK)
            return st;
        /* 32-bit registers: negative values (slice ends and strides) keep their two's complement bits */
        if (e.i < INT32_MIN || e.i > (int64_t)UINT32_MAX)
            return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "shape value %lld does not fit in 32 bits", (long long)e.i);
        r.dims[k] = (uint32_t)e.i;
    }
    vm->rt->shapes[in->a] = r;
    return NN_OK;
}

static nn_status_t store_paddings(nn_v5_vm_t *vm, const kmodel_v5_insn_t *in)
{
    if (in->b > NN_V5_MAX_RANK)
        return nn_v5_vm_fail(vm, NN_ERR_UNSUPPORTED_LAYER, "rank %u; this runtime supports up to %u", in->b,
                             NN_V5_MAX_RANK);
    nn_v5_pad_reg_t r;
    memset(&r, 0, sizeof r);
    r.set = 1, r.rank = in->b;
    for (uint32_t k = in->b; k-- > 0;) {
        nn_v5_entry_t after, before;
        nn_status_t st = nn_v5_vm_pop(vm, &after);
        if (st == NN_OK)
            st = nn_v5_vm_pop(vm, &before);
        if (st != NN_OK)
            return st;
        r.before[k] = (int32_t)before.i, r.after[k] = (int32_t)after.i;
    }
    vm->rt->paddings[in->a] = r;
    return NN_OK;
}

/* NEG .. CNE and CONV_*: integer entries compute in 64 bits (intptr on the 64-bit targets nncase runs on), real
 * ones in float; the kind of the first operand decides. REM divides, as nncase 1.0.0-beta2 does (its REM is
 * implemented with '/'). */
static nn_status_t arith(nn_v5_vm_t *vm, uint8_t op)
{
    nn_v5_entry_t a, b;
    nn_status_t st;
    if (op == 0x33 || op == 0x3E || op >= 0x4C) { /* unary */
        if ((st = nn_v5_vm_pop(vm, &a)) != NN_OK)
            return st;
        switch (op) {
        case 0x33: return a.real ? push_r(vm, -a.r) : push_i(vm, (int64_t)(0 - (uint64_t)a.i));
        case 0x3E: return push_i(vm, (int64_t)~(uint64_t)a.i);
        case 0x55: return push_r(vm, a.real ? a.r : (float)a.i); /* CONV_R4 */
        case 0x54: return nn_v5_vm_fail(vm, NN_ERR_UNSUPPORTED_LAYER, "bfloat16 conversion is not supported");
        default: break;
        }
        int64_t v = a.real ? (a.r != a.r ? 0 : a.r >= 9.2e18f ? INT64_MAX : a.r <= -9.2e18f ? INT64_MIN : (int64_t)a.r)
                           : a.i;
        switch (op) {
        case 0x4C: return push_i(vm, (int8_t)v);
        case 0x4D: return push_i(vm, (int16_t)v);
        case 0x4E: return push_i(vm, (int32_t)v);
        case 0x50: return push_i(vm, (uint8_t)v);
        case 0x51: return push_i(vm, (uint16_t)v);
        case 0x52: return push_i(vm, (uint32_t)v);
        default: return push_i(vm, v); /* CONV_I, CONV_U: pointer-sized */
        }
    }
    if ((st = nn_v5_vm_pop(vm, &b)) != NN_OK || (st = nn_v5_vm_pop(vm, &a)) != NN_OK)
        return st;
    uint64_t ua = (uint64_t)a.i, ub = (uint64_t)b.i;
    bool unsigned_op = op == 0x38 || op == 0x3A || op == 0x43 || op == 0x45 || op == 0x46 || op == 0x48 ||
                       op == 0x4A || op == 0x4B;
    if (op >= 0x3B && op <= 0x41) { /* bit operations: integers always */
        uint32_t sh = (uint32_t)(ub & 63);
        switch (op) {
        case 0x3B: return push_i(vm, (int64_t)(ua & ub));
        case 0x3C: return push_i(vm, (int64_t)(ua | ub));
        case 0x3D: return push_i(vm, (int64_t)(ua ^ ub));
        case 0x3F: return push_i(vm, (int64_t)(ua << sh));
        case 0x40: return push_i(vm, a.i < 0 ? (int64_t)~(~ua >> sh) : (int64_t)(ua >> sh));
        default: return push_i(vm, (int64_t)(ua >> sh));
        }
    }
    if (a.real) {
        float x = a.r, y = b.r;
        switch (op) {
        case 0x34: return push_r(vm, x + y);
        case 0x35: return push_r(vm, x - y);
        case 0x36: return push_r(vm, x * y);
        case 0x37: case 0x38: case 0x39: case 0x3A: return push_r(vm, x / y);
        case 0x42: case 0x43: return push_i(vm, x < y);
        case 0x44: case 0x45: return push_i(vm, x <= y);
        case 0x46: return push_i(vm, x == y);
        case 0x47: case 0x48: return push_i(vm, x >= y);
        case 0x49: case 0x4A: return push_i(vm, x > y);
        default: return push_i(vm, x != y);
        }
    }
    if ((op >= 0x37 && op <= 0x3A) && (ub == 0 || (!unsigned_op && a.i == INT64_MIN && b.i == -1)))
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "integer division of %lld by %lld", (long long)a.i,
                             (long long)b.i);
    switch (op) {
    case 0x34: return push_i(vm, (int64_t)(ua + ub));
    case 0x35: return push_i(vm, (int64_t)(ua - ub));
    case 0x36: return push_i(vm, (int64_t)(ua * ub));
    case 0x37: case 0x39: return push_i(vm, a.i / b.i);
    case 0x38: case 0x3A: return push_i(vm, (int64_t)(ua / ub));
    case 0x42: return push_i(vm, a.i < b.i);
    case 0x43: return push_i(vm, ua < ub);
    case 0x44: return push_i(vm, a.i <= b.i);
    case 0x45: return push_i(vm, ua <= ub);
    case 0x46: return push_i(vm, ua == ub);
    case 0x47: return push_i(vm, a.i >= b.i);
    case 0x48: return push_i(vm, ua >= ub);
    case 0x49: return push_i(vm, a.i > b.i);
    case 0x4A: return push_i(vm, ua > ub);
    default: return push_i(vm, ua != ub);
    }
}

/* LDIND_* / STIND_* / LDELEM_* / STELEM_*: width and signedness by opcode. */
static nn_status_t memory_op(nn_v5_vm_t *vm, uint8_t op)
{
    static const uint8_t width[10] = { 1, 2, 4, 8, 1, 2, 4, 8, 2, 4 };          /* I1 I2 I4 I U1 U2 U4 U BR2 R4 */
    static const uint8_t store_width[6] = { 1, 2, 4, 8, 2, 4 };                 /* I1 I2 I4 I BR2 R4 */
    bool load = (op >= 0x06 && op <= 0x0F) || (op >= 0x18 && op <= 0x21);
    bool elem = op >= 0x18;
    uint32_t kind = load ? (uint32_t)(op - (elem ? 0x18 : 0x06)) : (uint32_t)(op - (elem ? 0x22 : 0x10));
    uint32_t bytes = load ? width[kind] : store_width[kind];
    bool is_bf16 = load ? kind == 8 : kind == 4, is_real = load ? kind == 9 : kind == 5;
    if (is_bf16)
        return nn_v5_vm_fail(vm, NN_ERR_UNSUPPORTED_LAYER, "bfloat16 loads and stores are not supported");
    nn_v5_entry_t value = { .i = 0, .real = false }, index = { .i = 0, .real = false }, addr;
    nn_status_t st = NN_OK;
    if (!load)
        st = nn_v5_vm_pop(vm, &value);
    if (st == NN_OK && elem)
        st = nn_v5_vm_pop(vm, &index);
    if (st == NN_OK)
        st = nn_v5_vm_pop(vm, &addr);
    if (st != NN_OK)
        return st;
    if (!elem && addr.i == 0)
        return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "load or store through a null address");
    uint64_t target = (uint64_t)addr.i + (uint64_t)index.i * bytes;
    uint8_t *p;
    if ((st = nn_v5_vm_resolve(vm, target, bytes, !load, "scalar", &p)) != NN_OK)
        return st;
    if (!load) {
        if (is_real)
            memcpy(p, &value.r, 4);
        else
            memcpy(p, &value.i, bytes); /* little-endian: the low bytes */
        return NN_OK;
    }
    if (is_real) {
        float f;
        memcpy(&f, p, 4);
        return push_r(vm, f);
    }
    uint64_t raw = 0;
    memcpy(&raw, p, bytes);
    bool is_signed = kind < 4;
    if (is_signed && bytes < 8 && (raw >> (8 * bytes - 1)) != 0)
        raw |= ~0ull << (8 * bytes);
    return push_i(vm, (int64_t)raw);
}

static nn_status_t step(nn_v5_vm_t *vm, const kmodel_v5_insn_t *in, bool *ret)
{
    uint8_t op = in->opcode;
    nn_v5_entry_t e;
    nn_status_t st;
    if (op == KMODEL_V5_OP_TENSOR)
        return nn_v5_tensor_op(vm, in);
    if ((op >= 0x06 && op <= 0x15) || (op >= 0x18 && op <= 0x27))
        return memory_op(vm, op);
    if (op >= 0x33 && op <= 0x55)
        return arith(vm, op);
    switch (op) {
    case 0x00: return NN_OK;
    case 0x01: return push_i(vm, 0);
    case 0x02: return push_i(vm, in->imm);
    case 0x03: return push_i(vm, 0);
    case 0x04: return push_i(vm, 1);
    case 0x05: return push_r(vm, in->imm_f);
    case 0x16: return nn_v5_vm_fail(vm, NN_ERR_UNSUPPORTED_LAYER, "general registers are never set by nncase "
                                    "1.0.0-beta2's runtime; LEA_GP cannot run");
    case 0x17: return lea_buffer(vm, in);
    case 0x2F:
        if (vm->sp == 0)
            return nn_v5_vm_fail(vm, NN_ERR_MALFORMED, "the evaluation stack is empty");
        return nn_v5_vm_push(vm, vm->stack[vm->sp - 1]);
    case 0x30: return nn_v5_vm_pop(vm, &e);
    case 0x31: return store_shape(vm, in);
    case 0x32: return store_paddings(vm, in);
    case 0x56: vm->next = (uint32_t)((int64_t)in->offset + in->bytes + in->imm); return NN_OK;
    case 0x57:
    case 0x58:
        if ((st = nn_v5_vm_pop(vm, &e)) != NN_OK)
            return st;
        if ((e.i != 0) == (op == 0x57))
            vm->next = (uint32_t)((int64_t)in->offset + in->bytes + in->imm);
        return NN_OK;
    case 0x59: *ret = true; return NN_OK; /* calls are not supported: depth is always 0 */
    default:
        return nn_v5_vm_fail(vm, NN_ERR_UNSUPPORTED_LAYER, "nncase 1.0.0-beta2's runtime does not implement this "
                             "instruction either");
    }
}

/* ---- entry points ----------------------------------------------------------- */

nn_status_t nn_v5_run(nn_v5_runtime_t *rt, const uint8_t *input, size_t input_bytes, uint32_t step_limit,
                      nn_layer_hook_t hook, void *hook_user, nn_error_t *err)
{
    if (rt == NULL || rt->model.data == NULL)
        return nn_fail(err, NN_ERR_STATE, "the model is not loaded");
    rt->has_run = false;
    rt->steps_run = 0;
    rt->work = 0;
    if (rt->entry.inputs == 0 || input == NULL || input_bytes != nn_v5_input_bytes(rt, 0))
        return nn_fail(err, NN_ERR_INPUT_SIZE, "input 0 has %zu bytes; the model's input 0 is %u bytes", input_bytes,
                       nn_v5_input_bytes(rt, 0));
    nn_status_t st = rt->backend.ops->begin(rt->backend.self, true, err); /* V5 KPU weights are 8-bit */
    if (st != NN_OK)
        return st;
    rt->kpu_ram = rt->backend.ops->kpu_ram(rt->backend.self);
    if (rt->kpu_ram == NULL)
        return nn_fail(err, NN_ERR_HARDWARE, "KPU RAM is not mapped");
    memcpy(rt->inputs[0], input, input_bytes);
    memset(rt->shapes, 0, NN_V5_REGISTERS * sizeof *rt->shapes);
    memset(rt->paddings, 0, NN_V5_REGISTERS * sizeof *rt->paddings);

    nn_v5_vm_t vm;
    memset(&vm, 0, sizeof vm);
    vm.rt = rt;
    vm.err = err;
    vm.module = rt->entry.module;
    vm.hook = hook;
    vm.hook_user = hook_user;
    const kmodel_v5_module_t *mod = &rt->model.modules[vm.module];
    const uint8_t *text = rt->model.data + mod->text_offset + rt->entry.entrypoint;
    uint32_t pc = 0;
    bool ret = false;
    while (pc < rt->entry.text_size && !ret) {
        kmodel_v5_insn_t insn;
        nn_error_t inner = { NN_OK, "" };
        if ((st = kmodel_v5_decode_insn(text, rt->entry.text_size, pc, rt->model.numbering, &insn, &inner)) != NN_OK)
            return nn_fail(err, st, "%s", inner.message);
        vm.insn = &insn;
        vm.next = pc + insn.bytes;
        if ((st = nn_v5_vm_spend(&vm, 1)) != NN_OK)
            return st;
        if (insn.opcode == KMODEL_V5_OP_TENSOR && step_limit != 0 && vm.steps == step_limit)
            break;
        if ((st = step(&vm, &insn, &ret)) != NN_OK)
            return st;
        if (insn.opcode == KMODEL_V5_OP_TENSOR)
            rt->steps_run = ++vm.steps;
        pc = vm.next;
    }
    rt->has_run = step_limit == 0 || step_limit >= rt->step_count;
    return NN_OK;
}

nn_status_t nn_v5_output(const nn_v5_runtime_t *rt, uint32_t index, const uint8_t **data, size_t *size,
                         nn_error_t *err)
{
    if (rt == NULL || data == NULL || size == NULL)
        return nn_fail(err, NN_ERR_ARGUMENT, "runtime and result pointers are required");
    if (index >= rt->entry.outputs)
        return nn_fail(err, NN_ERR_ARGUMENT, "output %u does not exist; the model has %u", index, rt->entry.outputs);
    if (!rt->has_run)
        return nn_fail(err, NN_ERR_STATE, "no complete run yet: the outputs are not available");
    *data = rt->outputs[index];
    *size = kmodel_v5_function_output(&rt->model, &rt->entry, index).size;
    return NN_OK;
}
