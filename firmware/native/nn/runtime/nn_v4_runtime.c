#include "nn_v4_runtime.h"

#include <string.h>

#include "k210_field.h"
#include "k210_kpu_layer.h"
#include "nn_cpu_ref.h"
#include "nn_kpu_layout.h"
#include "nn_v4_fast.h"

#define MODEL_ALIGN 256u /* the KPU tables are 256-aligned relative to the file start (spec §8.1) */

static size_t align_up(size_t v, size_t a) { return (v + a - 1) / a * a; }

nn_v4_memory_t nn_v4_memory_needs(const kmodel_v4_t *model)
{
    nn_v4_memory_t m;
    kmodel_v4_range_t in = kmodel_v4_input(model, 0);
    m.file_bytes = (size_t)model->model_size;
    m.main_bytes = model->header.main_mem;
    m.input_bytes = in.memory_type == KMODEL_V4_MEM_KPU ? (size_t)kmodel_v4_input_bytes(model, 0) : 0;
    m.arena_bytes = MODEL_ALIGN + align_up(m.file_bytes, 8) + align_up(m.main_bytes, 8) + align_up(m.input_bytes, 8);
    return m;
}

nn_status_t nn_v4_init(nn_v4_runtime_t *rt, const kmodel_v4_t *model, void *arena, size_t arena_bytes,
                       nn_backend_t backend, nn_error_t *err)
{
    if (rt == NULL || model == NULL || arena == NULL)
        return nn_fail(err, NN_ERR_ARGUMENT, "runtime, model and arena are required");
    nn_v4_memory_t need = nn_v4_memory_needs(model);
    if (arena_bytes < need.arena_bytes)
        return nn_fail(err, NN_ERR_OUT_OF_MEMORY, "the model needs %zu bytes of RAM, the arena has %zu",
                       need.arena_bytes, arena_bytes);
    memset(rt, 0, sizeof *rt);
    uint8_t *base = (uint8_t *)align_up((size_t)(uintptr_t)arena, MODEL_ALIGN);
    size_t present = model->size < need.file_bytes ? model->size : need.file_bytes;
    if (base != model->data) /* a loader may have read the file straight into the arena (it may overlap) */
        memmove(base, model->data, present);
    memset(base + present, 0, align_up(need.file_bytes, 8) - present); /* the last body's unwritten padding */
    rt->model = *model;
    rt->model.data = base;
    rt->model.size = need.file_bytes;
    rt->main = base + align_up(need.file_bytes, 8);
    memset(rt->main, 0, need.main_bytes);
    rt->input_stage = rt->main + align_up(need.main_bytes, 8);
    rt->backend = backend;
    return NN_OK;
}

/* ---- memory -------------------------------------------------------------- */

static uint8_t *at(const nn_v4_runtime_t *rt, kmodel_v4_range_t r)
{
    switch (r.memory_type) {
    case KMODEL_V4_MEM_CONST: return (uint8_t *)rt->model.data + rt->model.constants_offset + r.start;
    case KMODEL_V4_MEM_MAIN: return rt->main + r.start;
    default: return rt->kpu_ram + r.start;
    }
}

typedef struct node_ctx {
    nn_v4_runtime_t *rt;
    const kmodel_v4_node_t *n;
    const kmodel_v4_op_t *op;
    nn_error_t *err;
} node_ctx_t;

#define IN at(c->rt, c->op->in)
#define IN_B at(c->rt, c->op->in_b)
#define OUT at(c->rt, c->op->out)
#define U (c->op->u)

/* ---- one function per opcode, dispatched from KMODEL_V4_OPCODES ---------- */

#define DECLARE_RUN(code, name, bytes) static nn_status_t run_##name(const node_ctx_t *c);
KMODEL_V4_OPCODES(DECLARE_RUN)
#undef DECLARE_RUN

static nn_status_t run_binary(const node_ctx_t *c)
{
    nn_v4_binary_ref_f32(IN, IN_B, OUT, &U.binary);
    return NN_OK;
}

/* NFK210_KERNELS=ref keeps the reference kernels for the CPU operators too (nn_v4_fast.h has the others). */
static bool reference_kernels(void) { return nn_kpu_kernels_variant() == NN_KPU_VARIANT_REF; }

static nn_status_t run_quantized_binary(const node_ctx_t *c)
{
    uint64_t bad;
    bool ok = reference_kernels()
                  ? nn_v4_quantized_binary_ref_u8(IN, IN_B, OUT, &U.quantized_binary, &bad)
                  : nn_v4_quantized_binary_fast_u8(IN, IN_B, OUT, &U.quantized_binary, &bad,
                                                   nn_kpu_kernels_threads());
    if (!ok)
        return nn_fail(c->err, NN_ERR_MALFORMED, "node %u (quantized_binary): division by zero at output element "
                       "%llu (the requantised divisor is 0; the reference runtime traps here)", c->n->index,
                       (unsigned long long)bad);
    return NN_OK;
}

static nn_status_t run_concat(const node_ctx_t *c)
{
    uint64_t inner = U.concat.inner_bytes, row = 0, offset = 0;
    for (uint32_t i = 0; i < U.concat.count; i++)
        row += inner * kmodel_v4_u32(U.concat.dims, 4 * i);
    for (uint32_t i = 0; i < U.concat.count; i++) {
        uint64_t block = inner * kmodel_v4_u32(U.concat.dims, 4 * i);
        nn_v4_concat_input_ref(at(c->rt, kmodel_v4_range_at(U.concat.inputs, 16 * i)), OUT, block, U.concat.outer, row,
                               offset);
        offset += block;
    }
    return NN_OK;
}

static nn_status_t run_conv2d(const node_ctx_t *c)
{
    nn_v4_conv2d_ref_f32(IN, OUT, &U.conv2d);
    return NN_OK;
}

static nn_status_t run_quantized_conv2d(const node_ctx_t *c)
{
    if (reference_kernels())
        nn_v4_quantized_conv2d_ref_u8(IN, OUT, &U.conv2d);
    else {
        nn_v4_conv_taps_t taps = nn_v4_conv_taps_for(nn_kpu_kernels_variant());
        nn_v4_quantized_conv2d_fast_u8(IN, OUT, &U.conv2d, &taps, nn_kpu_kernels_threads());
    }
    return NN_OK;
}

static nn_status_t run_conv2d_transpose(const node_ctx_t *c)
{
    nn_v4_conv2d_transpose_ref_f32(IN, OUT, &U.conv2d_transpose);
    return NN_OK;
}

static nn_status_t run_dequantize(const node_ctx_t *c)
{
    nn_v4_dequantize_ref_u8(IN, OUT, c->op->in.size, U.quant.zero_point, U.quant.scale);
    return NN_OK;
}

static nn_status_t run_quantize(const node_ctx_t *c)
{
    if (reference_kernels())
        nn_v4_quantize_ref_f32(IN, OUT, c->op->in.size / 4, U.quant.zero_point, U.quant.scale);
    else
        nn_v4_quantize_fast_f32(IN, OUT, c->op->in.size / 4, U.quant.zero_point, U.quant.scale);
    return NN_OK;
}

static nn_status_t run_matmul(const node_ctx_t *c)
{
    nn_v4_matmul_ref_f32(IN, IN_B, OUT, &U.matmul);
    return NN_OK;
}

static nn_status_t run_quantized_matmul(const node_ctx_t *c)
{
    nn_v4_quantized_matmul_ref_u8(IN, IN_B, OUT, &U.matmul);
    return NN_OK;
}

static nn_status_t run_pad(const node_ctx_t *c)
{
    if (reference_kernels())
        nn_v4_pad_ref(IN, OUT, &U.pad.in_shape, U.pad.paddings, U.pad.pad_value, c->op->elem_bytes);
    else
        nn_v4_pad_fast(IN, OUT, &U.pad.in_shape, U.pad.paddings, U.pad.pad_value, c->op->elem_bytes);
    return NN_OK;
}

static nn_status_t run_reduce(const node_ctx_t *c)
{
    nn_v4_reduce_ref_f32(IN, OUT, &U.reduce);
    return NN_OK;
}

static nn_status_t run_reduce_window2d(const node_ctx_t *c)
{
    nn_v4_reduce_window2d_ref_f32(IN, OUT, &U.reduce_window2d);
    return NN_OK;
}

static nn_status_t run_cpu_reduce_window2d(const node_ctx_t *c)
{
    nn_v4_cpu_reduce_window2d_ref_f32(IN, OUT, &U.reduce_window2d);
    return NN_OK;
}

static nn_status_t run_memory_copy(const node_ctx_t *c)
{
    nn_v4_memory_copy_ref(IN, OUT, c->op->in.size);
    return NN_OK;
}

static nn_status_t run_resize_image(const node_ctx_t *c)
{
    const nn_shape4_t *s = &U.resize.in_shape;
    if (U.resize.mode == 1) /* nearest: the V3 kernel, with N*C planes */
        nn_resize_nearest_ref(IN, OUT, (uint32_t)s->d[3], (uint32_t)s->d[2], (uint32_t)s->d[0] * (uint32_t)s->d[1],
                              (uint32_t)U.resize.out_w, (uint32_t)U.resize.out_h, c->op->elem_bytes);
    else if (c->op->elem_bytes == 4)
        nn_v4_resize_bilinear_ref_f32(IN, OUT, s, U.resize.out_h, U.resize.out_w, U.resize.align_corners);
    else
        nn_v4_resize_bilinear_ref_u8(IN, OUT, s, U.resize.out_h, U.resize.out_w, U.resize.align_corners);
    return NN_OK;
}

static nn_status_t run_softmax(const node_ctx_t *c)
{
    nn_v4_softmax_ref_f32(IN, OUT, U.softmax.inner, U.softmax.outer, U.softmax.beta);
    return NN_OK;
}

static nn_status_t run_transpose(const node_ctx_t *c)
{
    if (reference_kernels())
        nn_v4_transpose_ref(IN, OUT, &U.transpose.in_shape, U.transpose.perm, c->op->elem_bytes);
    else
        nn_v4_transpose_fast(IN, OUT, &U.transpose.in_shape, U.transpose.perm, c->op->elem_bytes);
    return NN_OK;
}

static nn_status_t run_strided_slice(const node_ctx_t *c)
{
    nn_v4_strided_slice_ref(IN, OUT, &U.slice.in_shape, U.slice.begin, U.slice.end, U.slice.strides,
                            c->op->elem_bytes);
    return NN_OK;
}

static nn_status_t run_unary(const node_ctx_t *c)
{
    nn_v4_unary_ref_f32(IN, OUT, c->op->in.size / 4, U.unary);
    return NN_OK;
}

static nn_status_t run_table_lookup1d(const node_ctx_t *c)
{
    nn_requantize_ref_u8(IN, OUT, c->op->in.size, IN_B); /* the V3 table lookup */
    return NN_OK;
}

static nn_status_t run_nnil_unary_method(const node_ctx_t *c)
{
    nn_v4_nnil_ref_f32(IN, OUT, c->op->in.size / 4, U.nnil.program, U.nnil.length);
    return NN_OK;
}

static nn_status_t run_cpu_conv2d(const node_ctx_t *c)
{
    nn_v4_cpu_conv2d_ref_f32(IN, OUT, &U.cpu_conv);
    return NN_OK;
}

static nn_status_t run_cpu_depthwise_conv2d(const node_ctx_t *c)
{
    nn_v4_cpu_depthwise_conv2d_ref_f32(IN, OUT, &U.cpu_conv);
    return NN_OK;
}

static nn_status_t run_cpu_quantized_conv2d(const node_ctx_t *c)
{
    nn_v4_cpu_quantized_conv2d_ref_u8(IN, OUT, &U.cpu_conv);
    return NN_OK;
}

static nn_status_t run_cpu_quantized_depthwise_conv2d(const node_ctx_t *c)
{
    nn_v4_cpu_quantized_depthwise_conv2d_ref_u8(IN, OUT, &U.cpu_conv);
    return NN_OK;
}

/* Dense NCHW -> KPU RAM, one batch item after another (spec §11.1, §11.2). */
static nn_status_t upload(nn_v4_runtime_t *rt, const uint8_t *src, uint32_t start, const nn_shape4_t *s,
                          nn_error_t *err)
{
    uint32_t c = (uint32_t)s->d[1], h = (uint32_t)s->d[2], w = (uint32_t)s->d[3];
    uint32_t lines = nn_kpu_map_lines(c, h, w);
    for (uint32_t b = 0; b < (uint32_t)s->d[0]; b++) {
        nn_status_t st = rt->backend.ops->upload(rt->backend.self, start / NN_KPU_LINE_BYTES + b * lines,
                                                 src + (size_t)b * c * h * w, c, h, w, err);
        if (st != NN_OK)
            return st;
    }
    return NN_OK;
}

static nn_status_t run_kpu_upload(const node_ctx_t *c)
{
    return upload(c->rt, IN, c->op->out.start, &U.upload.shape, c->err);
}

/* One KPU job per batch item; image_src/dst_addr advance by a map's lines
 * between them, as the v0 runtime does on the chip (spec §11.8). The optional
 * dense copy to main memory is a CPU download after the last batch. */
static nn_status_t run_kpu_conv2d(const node_ctx_t *c)
{
    const nn_kpu_args_t *a = &U.kpu.args;
    const nn_kpu_conv_params_t *p = &a->conv;
    nn_v4_runtime_t *rt = c->rt;
    nn_kpu_job_t job;
    memcpy(job.args, U.kpu.words, sizeof job.args);
    job.weights = p->weights;
    job.batchnorm = p->batchnorm;
    job.activation = U.kpu.activation;
    job.main_out = NULL;
    job.main_out_bytes = 0;
    uint32_t in_lines = nn_kpu_map_lines(p->in_c, p->in_h, p->in_w);
    uint32_t out_lines = nn_kpu_map_lines(p->out_c, p->out_h, p->out_w);
    for (uint32_t b = 0; b < U.kpu.batches; b++) {
        K210_LAYER_SET(job.args, K210_KPU_LAYER_IMAGE_SRC_ADDR, a->src_line + b * in_lines);
        K210_LAYER_SET(job.args, K210_KPU_LAYER_IMAGE_DST_ADDR, a->dst_line + b * out_lines);
        nn_status_t st = rt->backend.ops->run_conv(rt->backend.self, &job, c->err);
        if (st != NN_OK) {
            if (c->err != NULL) {
                char inner[NN_ERROR_MESSAGE_BYTES];
                memcpy(inner, c->err->message, sizeof inner);
                nn_fail(c->err, st, "node %u (kpu_conv2d), batch %u: %.250s", c->n->index, b, inner);
            }
            return st;
        }
    }
    if (U.kpu.main_out.size != 0) {
        nn_layer_output_t maps;
        nn_layer_output_kpu(&maps, rt->kpu_ram, a->dst_line, U.kpu.batches, p->out_c, p->out_h, p->out_w,
                            &a->out_layout);
        nn_layer_output_copy(&maps, at(rt, U.kpu.main_out));
    }
    return NN_OK;
}

typedef nn_status_t (*run_fn)(const node_ctx_t *c);

static run_fn runner(uint32_t opcode)
{
    switch (opcode) {
#define RUN_CASE(code, name, bytes) \
    case code: return run_##name;
        KMODEL_V4_OPCODES(RUN_CASE)
#undef RUN_CASE
    }
    return NULL;
}

/* ---- running ------------------------------------------------------------- */

static nn_status_t load_input(nn_v4_runtime_t *rt, const uint8_t *input, size_t bytes, nn_error_t *err)
{
    kmodel_v4_range_t r = kmodel_v4_input(&rt->model, 0);
    nn_shape4_t s = kmodel_v4_input_shape(&rt->model, 0);
    uint64_t need = kmodel_v4_input_bytes(&rt->model, 0);
    if (input == NULL)
        return nn_fail(err, NN_ERR_ARGUMENT, "no input tensor");
    if (bytes != need) {
        if (r.memory_type == KMODEL_V4_MEM_KPU)
            return nn_fail(err, NN_ERR_INPUT_SIZE,
                           "input has %zu bytes; the model takes %d x %d x %d x %d (batches x channels x height x "
                           "width) uint8 = %llu bytes", bytes, s.d[0], s.d[1], s.d[2], s.d[3], (unsigned long long)need);
        return nn_fail(err, NN_ERR_INPUT_SIZE, "input has %zu bytes; the model takes %llu bytes of %s (shape [%d, %d, "
                       "%d, %d])", bytes, (unsigned long long)need, r.datatype == KMODEL_V4_F32 ? "float32" : "uint8",
                       s.d[0], s.d[1], s.d[2], s.d[3]);
    }
    if (r.memory_type != KMODEL_V4_MEM_KPU) {
        memcpy(at(rt, r), input, bytes);
        return NN_OK;
    }
    memcpy(rt->input_stage, input, bytes); /* staged in SRAM, where the upload (or its DMA) reads it */
    return upload(rt, rt->input_stage, r.start, &s, err);
}

nn_status_t nn_v4_run(nn_v4_runtime_t *rt, const uint8_t *input, size_t input_bytes, uint32_t node_limit,
                      nn_layer_hook_t hook, void *hook_user, nn_error_t *err)
{
    if (rt == NULL || rt->model.data == NULL)
        return nn_fail(err, NN_ERR_STATE, "the model is not loaded");
    rt->has_run = false;
    rt->nodes_run = 0;
    nn_status_t st = rt->backend.ops->begin(rt->backend.self, true, err); /* V4: 8-bit weights */
    if (st != NN_OK)
        return st;
    rt->kpu_ram = rt->backend.ops->kpu_ram(rt->backend.self);
    if (rt->kpu_ram == NULL)
        return nn_fail(err, NN_ERR_HARDWARE, "KPU RAM is not mapped");
    if ((st = load_input(rt, input, input_bytes, err)) != NN_OK)
        return st;

    uint32_t count = rt->model.header.nodes;
    if (node_limit != 0 && node_limit < count)
        count = node_limit;
    kmodel_v4_node_t n = kmodel_v4_first_node(&rt->model);
    for (uint32_t i = 0; i < count; i++) {
        if (i > 0)
            n = kmodel_v4_next_node(&rt->model, &n);
        kmodel_v4_op_t op;
        if ((st = kmodel_v4_decode(&rt->model, &n, &op, err)) != NN_OK)
            return st; /* validated at load: only a corrupted arena gets here */
        node_ctx_t c = { rt, &n, &op, err };
        bool kpu = kmodel_v4_node_on_kpu(n.opcode);
        if (hook != NULL)
            hook(hook_user, i, n.opcode, kpu, false);
        st = runner(n.opcode)(&c);
        if (hook != NULL)
            hook(hook_user, i, n.opcode, kpu, true);
        if (st != NN_OK)
            return st;
    }
    rt->nodes_run = count;
    rt->has_run = count == rt->model.header.nodes;
    return NN_OK;
}

nn_status_t nn_v4_output(const nn_v4_runtime_t *rt, uint32_t index, const uint8_t **data, size_t *size,
                         nn_error_t *err)
{
    if (rt == NULL || data == NULL || size == NULL)
        return nn_fail(err, NN_ERR_ARGUMENT, "output pointers are required");
    if (index >= rt->model.header.outputs)
        return nn_fail(err, NN_ERR_ARGUMENT, "output %u does not exist; the model has %u", index,
                       rt->model.header.outputs);
    if (!rt->has_run && rt->nodes_run != 0)
        return nn_fail(err, NN_ERR_STATE, "the last run stopped after node %u of %u (a set_layers limit), so the "
                       "model outputs were not computed; read that node's result instead", rt->nodes_run - 1,
                       rt->model.header.nodes);
    if (!rt->has_run)
        return nn_fail(err, NN_ERR_STATE, "no output yet: run the model first");
    kmodel_v4_range_t r = kmodel_v4_output(&rt->model, index);
    *data = at(rt, r);
    *size = r.size;
    return NN_OK;
}

static nn_region_t region_of(kmodel_v4_range_t r)
{
    nn_region_t g = { r.memory_type, r.start, r.size };
    return g;
}

/* Where a decoded node leaves its result. */
static void node_result(const nn_v4_runtime_t *rt, const kmodel_v4_op_t *op, nn_layer_output_t *o)
{
    if (op->opcode == KMODEL_V4_OP_kpu_conv2d) {
        const nn_kpu_args_t *a = &op->u.kpu.args;
        uint32_t n = op->u.kpu.batches;
        if (op->u.kpu.main_out.size != 0)
            nn_layer_output_dense(o, at(rt, op->u.kpu.main_out), region_of(op->u.kpu.main_out), false,
                                  n * a->conv.out_c, a->conv.out_h, a->conv.out_w);
        else
            nn_layer_output_kpu(o, rt->kpu_ram, a->dst_line, n, a->conv.out_c, a->conv.out_h, a->conv.out_w,
                                &a->out_layout);
        return;
    }
    if (op->opcode == KMODEL_V4_OP_kpu_upload) {
        const int32_t *d = op->u.upload.shape.d;
        nn_kpu_layout_t layout = nn_kpu_layout_of((uint32_t)d[3], (uint32_t)d[2]);
        nn_layer_output_kpu(o, rt->kpu_ram, op->out.start / NN_KPU_LINE_BYTES, (uint32_t)d[0], (uint32_t)d[1],
                            (uint32_t)d[2], (uint32_t)d[3], &layout);
        return;
    }
    kmodel_v4_shapes_t s = kmodel_v4_node_shapes(op);
    bool chw = s.out_dims == 4 && !kmodel_v4_node_nhwc(op->opcode);
    nn_layer_output_dense(o, at(rt, op->out), region_of(op->out), op->out.datatype == KMODEL_V4_F32,
                          chw ? s.out[0] * s.out[1] : 0, s.out[2], s.out[3]);
}

typedef struct overwrite {
    const nn_region_t *result;
    bool found;
} overwrite_t;

static bool find_overwrite(void *user, const kmodel_v4_access_t *a)
{
    overwrite_t *o = user;
    nn_region_t w = { a->range.memory_type, a->range.start, a->bytes };
    o->found = a->write && nn_regions_overlap(o->result, &w);
    return !o->found;
}

nn_status_t nn_v4_node_output(const nn_v4_runtime_t *rt, uint32_t index, nn_layer_output_t *out, nn_error_t *err)
{
    if (rt == NULL || rt->model.data == NULL || out == NULL)
        return nn_fail(err, NN_ERR_ARGUMENT, "runtime and result are required");
    nn_status_t st = nn_layer_output_check(index, rt->model.header.nodes, rt->nodes_run, "node", err);
    if (st != NN_OK)
        return st;
    kmodel_v4_node_t n = kmodel_v4_first_node(&rt->model);
    for (uint32_t i = 0; i < index; i++)
        n = kmodel_v4_next_node(&rt->model, &n);
    kmodel_v4_op_t op;
    if ((st = kmodel_v4_decode(&rt->model, &n, &op, err)) != NN_OK)
        return st; /* validated at load: only a corrupted arena gets here */
    node_result(rt, &op, out);
    kmodel_v4_node_t later = n;
    for (uint32_t i = index + 1; i < rt->nodes_run; i++) {
        later = kmodel_v4_next_node(&rt->model, &later);
        kmodel_v4_op_t later_op;
        overwrite_t o = { &out->region, false };
        if ((st = kmodel_v4_decode(&rt->model, &later, &later_op, err)) != NN_OK)
            return st;
        kmodel_v4_for_each_access(&later_op, find_overwrite, &o);
        if (o.found)
            return nn_fail(err, NN_ERR_STATE, "the result of node %u (%s) is gone: node %u (%s) wrote over it later in "
                           "the run; run only the first %u nodes to read it", index, kmodel_v4_opcode_name(n.opcode),
                           i, kmodel_v4_opcode_name(later.opcode), index + 1);
    }
    return NN_OK;
}

uint64_t nn_v4_node_macs(const kmodel_v4_t *model, const kmodel_v4_node_t *n)
{
    kmodel_v4_op_t op;
    if (kmodel_v4_decode(model, n, &op, NULL) != NN_OK)
        return 0;
    switch ((kmodel_v4_opcode_t)n->opcode) {
    case KMODEL_V4_OP_kpu_conv2d: return nn_kpu_conv_macs(&op.u.kpu.args.conv) * op.u.kpu.batches;
    case KMODEL_V4_OP_conv2d:
    case KMODEL_V4_OP_quantized_conv2d: {
        const nn_v4_conv2d_params_t *p = &op.u.conv2d;
        uint64_t oh = (uint64_t)nn_v4_windowed_size(p->in_shape.d[2], p->win.filter_h, p->win.stride_h,
                                                    p->win.dilation_h, p->win.pad_h);
        uint64_t ow = (uint64_t)nn_v4_windowed_size(p->in_shape.d[3], p->win.filter_w, p->win.stride_w,
                                                    p->win.dilation_w, p->win.pad_w);
        return (uint64_t)p->in_shape.d[0] * (uint64_t)p->out_channels * oh * ow *
               (uint64_t)(p->in_shape.d[1] / p->groups) * (uint64_t)p->win.filter_h * (uint64_t)p->win.filter_w;
    }
    case KMODEL_V4_OP_conv2d_transpose: {
        const nn_v4_conv2d_transpose_params_t *p = &op.u.conv2d_transpose;
        return nn_shape4_count(&p->in_shape) * (uint64_t)(p->out_shape.d[1] / p->groups) * (uint64_t)p->win.filter_h *
               (uint64_t)p->win.filter_w;
    }
    case KMODEL_V4_OP_matmul:
    case KMODEL_V4_OP_quantized_matmul:
        return (uint64_t)op.u.matmul.a_rows * (uint64_t)op.u.matmul.a_cols * (uint64_t)op.u.matmul.b_cols;
    case KMODEL_V4_OP_cpu_conv2d:
    case KMODEL_V4_OP_cpu_depthwise_conv2d:
    case KMODEL_V4_OP_cpu_quantized_conv2d:
    case KMODEL_V4_OP_cpu_quantized_depthwise_conv2d: {
        const nn_v4_cpu_conv2d_params_t *p = &op.u.cpu_conv;
        bool dw = n->opcode == KMODEL_V4_OP_cpu_depthwise_conv2d ||
                  n->opcode == KMODEL_V4_OP_cpu_quantized_depthwise_conv2d;
        uint64_t oh = (uint64_t)nn_v4_windowed_size(p->in_shape.d[1], p->win.filter_h, p->win.stride_h,
                                                    p->win.dilation_h, p->win.pad_h);
        uint64_t ow = (uint64_t)nn_v4_windowed_size(p->in_shape.d[2], p->win.filter_w, p->win.stride_w,
                                                    p->win.dilation_w, p->win.pad_w);
        return (uint64_t)p->in_shape.d[0] * oh * ow * (uint64_t)p->out_channels * (uint64_t)p->win.filter_h *
               (uint64_t)p->win.filter_w * (dw ? 1 : (uint64_t)p->in_shape.d[3]);
    }
    default: return 0;
    }
}
