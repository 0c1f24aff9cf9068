#include "nn_v3_runtime.h"

#include <string.h>

#include "kmodel_v3_check.h"
#include "nn_cpu_ref.h"
#include "nn_kpu_layout.h"

#define MODEL_ALIGN 256u /* "Model data must be 256 byte aligned" (Kendryte demos) */
#define DMA_SLACK 8u     /* the output DMA writes whole 64-bit words */

static size_t align_up(size_t v, size_t a) { return (v + a - 1) / a * a; }

nn_v3_memory_t nn_v3_memory_needs(const kmodel_v3_t *model)
{
    nn_v3_memory_t m;
    kmodel_v3_input_t in;
    m.file_bytes = model->size;
    m.main_bytes = align_up(model->header.main_mem_usage, 8) + DMA_SLACK;
    m.input_bytes = kmodel_v3_input(model, &in, NULL) == NN_OK ? in.bytes : 0;
    m.arena_bytes = MODEL_ALIGN + align_up(m.file_bytes, 8) + m.main_bytes + align_up(m.input_bytes, 8);
    return m;
}

nn_status_t nn_v3_init(nn_v3_runtime_t *rt, const kmodel_v3_t *model, void *arena, size_t arena_bytes,
                       nn_backend_t backend, nn_error_t *err)
{
    nn_v3_memory_t need = nn_v3_memory_needs(model);
    if (rt == NULL || model == NULL || arena == NULL)
        return nn_fail(err, NN_ERR_ARGUMENT, "runtime, model and arena are required");
    if (arena_bytes < need.arena_bytes)
        return nn_fail(err, NN_ERR_OUT_OF_MEMORY, "the model needs %zu bytes of RAM, the arena has %zu",
                       need.arena_bytes, arena_bytes);
    memset(rt, 0, sizeof *rt);
    uint8_t *base = (uint8_t *)align_up((size_t)(uintptr_t)arena, MODEL_ALIGN);
    if (base != model->data) /* a loader may have read the file straight into the arena */
        memmove(base, model->data, model->size);
    rt->model = *model;
    rt->model.data = base;
    rt->main = base + align_up(model->size, 8);
    memset(rt->main, 0, need.main_bytes);
    rt->input_stage = rt->main + need.main_bytes;
    rt->backend = backend;
    return kmodel_v3_input(&rt->model, &rt->input, err);
}

#define U32(off) kmodel_v3_u32(l->body, off)
#define F32(off) kmodel_v3_f32(l->body, off)
#define MAIN(off) (rt->main + U32(off))

static nn_pool_geometry_t pool_geometry(const kmodel_v3_layer_t *l)
{
    nn_pool_geometry_t g = { U32(12), U32(16), U32(20), U32(24), U32(28), U32(32),
                             U32(36), U32(40), U32(44), U32(48), U32(52), U32(56) };
    return g;
}

static nn_status_t run_conv(nn_v3_runtime_t *rt, const kmodel_v3_layer_t *l, nn_error_t *err)
{
    kmodel_v3_conv_t head = kmodel_v3_conv_head(l);
    nn_kpu_args_t a;
    nn_kpu_job_t job;
    const uint8_t *file = rt->model.data;
    kmodel_v3_conv_args(&rt->model, l, &a);
    nn_kpu_args_load(file + head.layer_offset, job.args);
    job.weights = file + head.weights_offset;
    job.batchnorm = file + head.bn_offset;
    job.activation = file + head.act_offset;
    job.main_out = (head.flags & KMODEL_V3_MAIN_MEM_OUT) ? rt->main + head.main_mem_out_address : NULL;
    job.main_out_bytes = (size_t)a.dma_total_bytes;
    nn_status_t st = rt->backend.ops->run_conv(rt->backend.self, &job, err);
    if (st != NN_OK && err != NULL) {
        char inner[NN_ERROR_MESSAGE_BYTES];
        memcpy(inner, err->message, sizeof inner);
        nn_fail(err, st, "layer %u (K210_CONV): %.250s", l->index, inner);
    }
    return st;
}

static nn_status_t run_cpu(nn_v3_runtime_t *rt, const kmodel_v3_layer_t *l, nn_error_t *err)
{
    switch (l->type) {
    case KMODEL_V3_ADD: nn_add_ref_f32(MAIN(4), MAIN(8), MAIN(12), U32(16)); break;
    case KMODEL_V3_QUANTIZED_ADD: {
        nn_quant_add_params_t q;
        int32_t v[9];
        for (int i = 0; i < 9; i++)
            v[i] = (int32_t)U32(20 + 4 * i);
        q = (nn_quant_add_params_t){ v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8] };
        nn_quantized_add_ref_u8(MAIN(4), MAIN(8), MAIN(12), U32(16), &q);
        break;
    }
    case KMODEL_V3_GLOBAL_AVERAGE_POOL2D: nn_global_average_pool_ref_f32(MAIN(4), MAIN(8), U32(12), U32(16)); break;
    case KMODEL_V3_QUANTIZED_GLOBAL_AVERAGE_POOL2D:
        nn_global_average_pool_ref_u8(MAIN(4), MAIN(8), U32(12), U32(16));
        break;
    case KMODEL_V3_MAX_POOL2D: {
        nn_pool_geometry_t g = pool_geometry(l);
        nn_max_pool_ref_f32(MAIN(4), MAIN(8), &g, (nn_activation_t)U32(60));
        break;
    }
    case KMODEL_V3_QUANTIZED_MAX_POOL2D: {
        nn_pool_geometry_t g = pool_geometry(l);
        nn_max_pool_ref_u8(MAIN(4), MAIN(8), &g);
        break;
    }
    case KMODEL_V3_AVERAGE_POOL2D: { /* the SDK ignores the activation field */
        nn_pool_geometry_t g = pool_geometry(l);
        nn_average_pool_ref_f32(MAIN(4), MAIN(8), &g);
        break;
    }
    case KMODEL_V3_QUANTIZE: nn_quantize_ref_f32(MAIN(4), MAIN(8), U32(12), F32(16), F32(20)); break;
    case KMODEL_V3_DEQUANTIZE: nn_dequantize_ref_u8(MAIN(4), MAIN(8), U32(12), F32(16), F32(20)); break;
    case KMODEL_V3_REQUANTIZE: nn_requantize_ref_u8(MAIN(4), MAIN(8), U32(12), l->body + 16); break;
    case KMODEL_V3_L2_NORMALIZATION: nn_l2_normalize_ref_f32(MAIN(4), MAIN(8), U32(12)); break;
    case KMODEL_V3_SOFTMAX: nn_softmax_ref_f32(MAIN(4), MAIN(8), U32(12)); break;
    case KMODEL_V3_LOGISTIC: nn_logistic_ref_f32(MAIN(4), MAIN(8), U32(12)); break;
    case KMODEL_V3_CONCAT:
    case KMODEL_V3_QUANTIZED_CONCAT: {
        uint8_t *out = MAIN(4);
        for (uint32_t k = 0; k < U32(8); k++) {
            memmove(out, rt->main + U32(12 + 8 * k), U32(16 + 8 * k));
            out += U32(16 + 8 * k);
        }
        break;
    }
    case KMODEL_V3_FULLY_CONNECTED: {
        uint32_t in_c = U32(12), out_c = U32(16);
        const uint8_t *weights = l->body + 24;
        nn_fully_connected_ref_f32(MAIN(4), MAIN(8), in_c, out_c, weights, weights + 4 * (size_t)in_c * out_c,
                                   (nn_activation_t)U32(20));
        break;
    }
    case KMODEL_V3_TENSORFLOW_FLATTEN: nn_flatten_ref(MAIN(4), MAIN(8), U32(12), U32(16), U32(20), 4); break;
    case KMODEL_V3_QUANTIZED_TENSORFLOW_FLATTEN:
        nn_flatten_ref(MAIN(4), MAIN(8), U32(12), U32(16), U32(20), 1);
        break;
    case KMODEL_V3_RESIZE_NEAREST_NEIGHBOR:
    case KMODEL_V3_QUANTIZED_RESIZE_NEAREST_NEIGHBOR:
        nn_resize_nearest_ref(MAIN(4), MAIN(8), U32(12), U32(16), U32(20), U32(24), U32(28),
                              l->type == KMODEL_V3_RESIZE_NEAREST_NEIGHBOR ? 4 : 1);
        break;
    case KMODEL_V3_CHANNELWISE_DEQUANTIZE:
        nn_channelwise_dequantize_ref_u8(MAIN(4), MAIN(8), U32(12), U32(16), l->body + 20);
        break;
    case KMODEL_V3_K210_ADD_PADDING: {
        /* pixel (0,0) of each channel of a C x 4 x 4 map; the rest stays as it was */
        uint8_t *ram = rt->backend.ops->kpu_ram(rt->backend.self);
        nn_kpu_layout_t layout = nn_kpu_layout_of(4, 4);
        for (uint32_t c = 0; c < U32(12); c++) {
            size_t at = (size_t)U32(8) * NN_KPU_LINE_BYTES + (size_t)(c / layout.groups) * layout.channel_lines *
                        NN_KPU_LINE_BYTES + (c % layout.groups) * (NN_KPU_LINE_BYTES / layout.groups);
            ram[at] = MAIN(4)[c];
        }
        break;
    }
    case KMODEL_V3_K210_REMOVE_PADDING:
        for (uint32_t c = 0; c < U32(12); c++)
            MAIN(8)[c] = MAIN(4)[16 * (size_t)c];
        break;
    case KMODEL_V3_K210_UPLOAD:
        return rt->backend.ops->upload(rt->backend.self, U32(8), MAIN(4), U32(20), U32(16), U32(12), err);
    default:
        return nn_fail(err, NN_ERR_UNSUPPORTED_LAYER, "layer %u: %s (%u) cannot run", l->index,
                       kmodel_v3_layer_name(l->type), l->type);
    }
    return NN_OK;
}

static nn_status_t load_input(nn_v3_runtime_t *rt, const uint8_t *input, size_t bytes, nn_error_t *err)
{
    const kmodel_v3_input_t *in = &rt->input;
    if (input == NULL)
        return nn_fail(err, NN_ERR_ARGUMENT, "no input tensor");
    if (bytes != in->bytes) {
        if (in->on_kpu)
            return nn_fail(err, NN_ERR_INPUT_SIZE,
                           "input has %zu bytes; the model takes %u x %u x %u (channels x height x width) uint8 = "
                           "%zu bytes", bytes, in->c, in->h, in->w, in->bytes);
        return nn_fail(err, NN_ERR_INPUT_SIZE, "input has %zu bytes; the model takes %u float32 values = %zu bytes",
                       bytes, in->c, in->bytes);
    }
    if (!in->on_kpu) {
        memcpy(rt->main + in->main_address, input, bytes);
        return NN_OK;
    }
    memcpy(rt->input_stage, input, bytes); /* staged in SRAM so the DMA can read it */
    return rt->backend.ops->upload(rt->backend.self, in->kpu_line, rt->input_stage, in->c, in->h, in->w, err);
}

nn_status_t nn_v3_run(nn_v3_runtime_t *rt, const uint8_t *input, size_t input_bytes, uint32_t layer_limit,
                      nn_layer_hook_t hook, void *hook_user, nn_error_t *err)
{
    if (rt == NULL || rt->model.data == NULL)
        return nn_fail(err, NN_ERR_STATE, "the model is not loaded");
    rt->has_run = false;
    rt->layers_run = 0;
    nn_status_t st = rt->backend.ops->begin(rt->backend.self, (rt->model.header.flags & 1) != 0, err);
    if (st == NN_OK)
        st = load_input(rt, input, input_bytes, err);
    if (st != NN_OK)
        return st;
    uint32_t count = rt->model.header.layers_length;
    if (layer_limit != 0 && layer_limit < count)
        count = layer_limit;
    kmodel_v3_layer_t l = kmodel_v3_first_layer(&rt->model);
    for (uint32_t i = 0; i < count; i++) {
        if (i > 0)
            l = kmodel_v3_next_layer(&rt->model, &l);
        bool kpu = kmodel_v3_layer_on_kpu(l.type);
        if (hook != NULL)
            hook(hook_user, i, l.type, kpu, false);
        st = kpu ? run_conv(rt, &l, err) : run_cpu(rt, &l, err);
        if (hook != NULL)
            hook(hook_user, i, l.type, kpu, true);
        if (st != NN_OK)
            return st;
    }
    rt->layers_run = count;
    rt->has_run = count == rt->model.header.layers_length;
    return NN_OK;
}

nn_status_t nn_v3_output(const nn_v3_runtime_t *rt, uint32_t index, const uint8_t **data, size_t *size,
                         nn_error_t *err)
{
    if (rt == NULL || data == NULL || size == NULL)
        return nn_fail(err, NN_ERR_ARGUMENT, "output pointers are required");
    if (index >= rt->model.header.output_count)
        return nn_fail(err, NN_ERR_ARGUMENT, "output %u does not exist; the model has %u", index,
                       rt->model.header.output_count);
    if (!rt->has_run && rt->layers_run != 0)
        return nn_fail(err, NN_ERR_STATE, "the last run stopped after layer %u of %u (a set_layers limit), so the "
                       "model outputs were not computed; read that layer's result instead",
                       rt->layers_run - 1, rt->model.header.layers_length);
    if (!rt->has_run)
        return nn_fail(err, NN_ERR_STATE, "no output yet: run the model first");
    uint32_t address, bytes;
    kmodel_v3_output(&rt->model, index, &address, &bytes);
    *data = rt->main + address;
    *size = bytes;
    return NN_OK;
}

/* Where layer l leaves its result (kpu_ram may be NULL when only the place matters). */
static nn_status_t layer_result(const nn_v3_runtime_t *rt, const kmodel_v3_layer_t *l, const uint8_t *kpu_ram,
                                nn_layer_output_t *o, nn_error_t *err)
{
    kmodel_v3_shapes_t s = kmodel_v3_layer_shapes(&rt->model, l);
    uint32_t c = s.out_dims == 3 ? s.out[0] : 0, h = s.out[1], w = s.out[2];
    if (l->type == KMODEL_V3_K210_CONV) {
        nn_kpu_args_t a;
        kmodel_v3_conv_t head = kmodel_v3_conv_head(l);
        kmodel_v3_conv_args(&rt->model, l, &a);
        if (head.flags & KMODEL_V3_MAIN_MEM_OUT)
            nn_layer_output_dense(o, rt->main + head.main_mem_out_address,
                                  (nn_region_t){ NN_REGION_MAIN, head.main_mem_out_address, a.dma_total_bytes }, false,
                                  c, h, w);
        else
            nn_layer_output_kpu(o, kpu_ram, a.dst_line, 1, c, h, w, &a.out_layout);
        return NN_OK;
    }
    if (l->type == KMODEL_V3_K210_ADD_PADDING || l->type == KMODEL_V3_K210_UPLOAD) {
        nn_kpu_layout_t layout = nn_kpu_layout_of(w, h);
        nn_layer_output_kpu(o, kpu_ram, U32(8), 1, c, h, w, &layout);
        return NN_OK;
    }
    kmodel_v3_range_t r[KMODEL_V3_MAX_RANGES];
    int n = kmodel_v3_layer_ranges(l, r);
    for (int k = 0; k < n; k++)
        if (r[k].written) {
            nn_layer_output_dense(o, rt->main + r[k].start, (nn_region_t){ NN_REGION_MAIN, r[k].start, r[k].bytes },
                                  kmodel_v3_layer_writes_float(l->type), c, h, w);
            return NN_OK;
        }
    return nn_fail(err, NN_ERR_UNSUPPORTED_LAYER, "layer %u (%s) leaves no result", l->index,
                   kmodel_v3_layer_name(l->type));
}

/* Everything a layer writes: its result, and the KPU RAM map of a K210_CONV whose result is its main copy. */
static int layer_writes(const nn_v3_runtime_t *rt, const kmodel_v3_layer_t *l, nn_region_t w[2])
{
    nn_layer_output_t o;
    if (layer_result(rt, l, NULL, &o, NULL) != NN_OK)
        return 0;
    w[0] = o.region;
    if (l->type != KMODEL_V3_K210_CONV || o.data == NULL)
        return 1;
    nn_kpu_args_t a;
    kmodel_v3_conv_args(&rt->model, l, &a);
    w[1] = (nn_region_t){ NN_REGION_KPU, (uint64_t)a.dst_line * NN_KPU_LINE_BYTES,
                          (uint64_t)nn_kpu_map_lines(a.conv.out_c, a.conv.out_h, a.conv.out_w) * NN_KPU_LINE_BYTES };
    return 2;
}

nn_status_t nn_v3_layer_output(const nn_v3_runtime_t *rt, uint32_t index, nn_layer_output_t *out, nn_error_t *err)
{
    if (rt == NULL || rt->model.data == NULL || out == NULL)
        return nn_fail(err, NN_ERR_ARGUMENT, "runtime and result are required");
    nn_status_t st = nn_layer_output_check(index, rt->model.header.layers_length, rt->layers_run, "layer", err);
    if (st != NN_OK)
        return st;
    uint8_t *kpu_ram = rt->backend.ops->kpu_ram(rt->backend.self);
    if (kpu_ram == NULL)
        return nn_fail(err, NN_ERR_HARDWARE, "KPU RAM is not mapped");
    kmodel_v3_layer_t l = kmodel_v3_first_layer(&rt->model);
    for (uint32_t i = 0; i < index; i++)
        l = kmodel_v3_next_layer(&rt->model, &l);
    if ((st = layer_result(rt, &l, kpu_ram, out, err)) != NN_OK)
        return st;
    kmodel_v3_layer_t later = l;
    for (uint32_t i = index + 1; i < rt->layers_run; i++) {
        later = kmodel_v3_next_layer(&rt->model, &later);
        nn_region_t w[2];
        int n = layer_writes(rt, &later, w);
        for (int k = 0; k < n; k++)
            if (nn_regions_overlap(&out->region, &w[k]))
                return nn_fail(err, NN_ERR_STATE, "the result of layer %u (%s) is gone: layer %u (%s) wrote over it "
                               "later in the run; run only the first %u layers to read it", index,
                               kmodel_v3_layer_name(l.type), i, kmodel_v3_layer_name(later.type), index + 1);
    }
    return NN_OK;
}

uint64_t nn_v3_layer_macs(const kmodel_v3_t *model, const kmodel_v3_layer_t *l)
{
    switch (l->type) {
    case KMODEL_V3_K210_CONV: {
        nn_kpu_args_t a;
        kmodel_v3_conv_args(model, l, &a);
        return nn_kpu_conv_macs(&a.conv);
    }
    case KMODEL_V3_FULLY_CONNECTED: return (uint64_t)U32(12) * U32(16);
    default: return 0;
    }
}
