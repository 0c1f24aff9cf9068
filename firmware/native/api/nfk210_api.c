#include "nfk210_api.h"

#include <stdlib.h>
#include <string.h>

#include "emu_soc.h"
#include "host_sram_heap.h"
#include "kmodel_format.h"
#include "kmodel_v3.h"
#include "kmodel_v4.h"
#include "kmodel_v5.h"
#include "nfk210_describe.h"
#include "nfk210_host.h"
#include "port.h"
#include "nn_v3_runtime.h"
#include "nn_v4_runtime.h"
#include "nn_v5_runtime.h"

struct nfk_model {
    kmodel_format_t format; /* V3, V4 or V5: which runtime below is in use */
    nn_v3_runtime_t rt;
    nn_v4_runtime_t v4;
    nn_v5_runtime_t v5;
    void *arena;
    size_t arena_bytes;
    nn_kpu_profile_t profile;
    char *json;
    uint32_t layer_count;
    uint64_t *layer_ns;
    uint64_t layer_start_ns;
    uint8_t *layer_copy; /* a layer result copied out of KPU RAM */
};

/* The model whose run KPU RAM holds (all models share the one emulated KPU); guarded by the host lock. */
static const nfk_model *kpu_owner;

static _Thread_local nn_error_t last_error;

static int fail(nn_status_t code, const char *message)
{
    nn_fail(&last_error, code, "%s", message);
    return (int)code;
}

static int keep(const nn_error_t *err)
{
    last_error = *err;
    return (int)err->code;
}

int nfk_model_fail_from(const nn_error_t *err) { return keep(err); }

NFK_API const char *nfk_last_error(void) { return last_error.message; }
NFK_API int nfk_last_error_code(void) { return (int)last_error.code; }

static nn_kpu_profile_t profile_for(int profile, kmodel_format_t format)
{
    switch (profile) {
    case NFK_PROFILE_NNCASE_01: return NN_KPU_PROFILE_NNCASE_01;
    case NFK_PROFILE_NNCASE_02: return NN_KPU_PROFILE_NNCASE_02;
    case NFK_PROFILE_TRUNCATE: return NN_KPU_PROFILE_TRUNCATE;
    default: /* auto: the rules of the nncase release that wrote the format */
        /* V5: nncase 1.x keeps nncase 0.2's software KPU (spec/kmodel-v5.md §3) */
        return format == KMODEL_FORMAT_V3 ? NN_KPU_PROFILE_NNCASE_01 : NN_KPU_PROFILE_NNCASE_02;
    }
}

static int out_of_sram(nn_error_t *err, size_t arena, size_t file, size_t main_bytes, size_t input)
{
    size_t available = host_heap_largest_free();
    nn_fail(err, NN_ERR_OUT_OF_MEMORY,
            "model does not fit: it needs %zu bytes of SRAM (file %zu + main buffer %zu + input %zu + alignment), "
            "%zu are free of %zu", arena, file, main_bytes, input, available, host_heap_total());
    return keep(err);
}

/* The model struct, its arena and the per-layer timing table, or NULL. */
static nfk_model *allocate_model(size_t arena_bytes, uint32_t layers)
{
    nfk_model *m = calloc(1, sizeof *m);
    uint64_t *ns = calloc(layers, sizeof *ns);
    void *arena = host_heap_alloc(arena_bytes);
    if (m == NULL || ns == NULL || arena == NULL) {
        free(m);
        free(ns);
        host_heap_free(arena);
        return NULL;
    }
    m->arena = arena;
    m->arena_bytes = arena_bytes;
    m->layer_ns = ns;
    m->layer_count = layers;
    return m;
}

static void release_model(nfk_model *m)
{
    if (kpu_owner == m)
        kpu_owner = NULL;
    host_heap_free(m->arena);
    free(m->layer_copy);
    free(m->layer_ns);
    free(m->json);
    free(m);
}

static int load_v4(const uint8_t *data, size_t size, int profile, nfk_model **out_model)
{
    nn_error_t err = { NN_OK, "" };
    kmodel_v4_t parsed;
    if (kmodel_v4_parse(data, size, &parsed, &err) != NN_OK)
        return keep(&err);
    nn_v4_memory_t need = nn_v4_memory_needs(&parsed);
    if (need.arena_bytes > host_heap_largest_free())
        return out_of_sram(&err, need.arena_bytes, need.file_bytes, need.main_bytes, need.input_bytes);
    nfk_model *m = allocate_model(need.arena_bytes, parsed.header.nodes);
    if (m == NULL)
        return fail(NN_ERR_OUT_OF_MEMORY, "out of memory while loading the model");
    m->format = KMODEL_FORMAT_V4;
    m->profile = profile_for(profile, KMODEL_FORMAT_V4);
    if (nn_v4_init(&m->v4, &parsed, m->arena, need.arena_bytes, nfk_host_backend(), &err) != NN_OK) {
        release_model(m);
        return keep(&err);
    }
    *out_model = m;
    return NN_OK;
}

static int load_v5(const uint8_t *data, size_t size, int profile, nfk_model **out_model)
{
    nn_error_t err = { NN_OK, "" };
    kmodel_v5_t parsed;
    if (kmodel_v5_parse(data, size, &parsed, &err) != NN_OK) {
        nn_error_t named = err;
        nn_fail(&named, err.code, "kmodel V5 (nncase 1.x): %.280s", err.message);
        return keep(&named);
    }
    nn_v5_memory_t need = nn_v5_memory_needs(&parsed);
    if (need.arena_bytes > host_heap_largest_free())
        return out_of_sram(&err, need.arena_bytes, need.file_bytes, need.data_bytes, need.io_bytes);
    nfk_model *m = allocate_model(need.arena_bytes, 1);
    if (m == NULL)
        return fail(NN_ERR_OUT_OF_MEMORY, "out of memory while loading the model");
    m->format = KMODEL_FORMAT_V5;
    m->profile = profile_for(profile, KMODEL_FORMAT_V5);
    if (nn_v5_init(&m->v5, &parsed, m->arena, need.arena_bytes, nfk_host_backend(), &err) != NN_OK) {
        release_model(m);
        return keep(&err);
    }
    /* layers of a V5 model: the entry function's tensor instructions */
    uint64_t *ns = calloc(m->v5.step_count ? m->v5.step_count : 1, sizeof *ns);
    if (ns == NULL) {
        release_model(m);
        return fail(NN_ERR_OUT_OF_MEMORY, "out of memory while loading the model");
    }
    free(m->layer_ns);
    m->layer_ns = ns;
    m->layer_count = m->v5.step_count;
    *out_model = m;
    return NN_OK;
}

static int load_locked(const uint8_t *data, size_t size, int profile, nfk_model **out_model)
{
    nn_error_t err = { NN_OK, "" };
    kmodel_v3_t parsed;
    kmodel_format_t format;
    if (nfk_host_soc() == NULL)
        return fail(NN_ERR_OUT_OF_MEMORY, "cannot allocate the emulated K210 (8 MiB of host memory)");
    if (kmodel_identify(data, size, &format, &err) != NN_OK)
        return keep(&err);
    if (format == KMODEL_FORMAT_V4)
        return load_v4(data, size, profile, out_model);
    if (format == KMODEL_FORMAT_V5)
        return load_v5(data, size, profile, out_model);
    if (kmodel_v3_parse(data, size, &parsed, &err) != NN_OK)
        return keep(&err);

    nn_v3_memory_t need = nn_v3_memory_needs(&parsed);
    if (need.arena_bytes > host_heap_largest_free())
        return out_of_sram(&err, need.arena_bytes, need.file_bytes, need.main_bytes, need.input_bytes);
    nfk_model *m = allocate_model(need.arena_bytes, parsed.header.layers_length);
    if (m == NULL)
        return fail(NN_ERR_OUT_OF_MEMORY, "out of memory while loading the model");
    m->format = KMODEL_FORMAT_V3;
    m->profile = profile_for(profile, KMODEL_FORMAT_V3);
    if (nn_v3_init(&m->rt, &parsed, m->arena, need.arena_bytes, nfk_host_backend(), &err) != NN_OK) {
        release_model(m);
        return keep(&err);
    }
    *out_model = m;
    return NN_OK;
}

NFK_API int nfk_model_load(const uint8_t *data, size_t size, int profile, nfk_model **out_model)
{
    static const uint8_t empty[1];
    if ((data == NULL && size != 0) || out_model == NULL)
        return fail(NN_ERR_ARGUMENT, "model bytes and result pointer are required");
    if (data == NULL)
        data = empty; /* a 0-byte file is a truncated kmodel, not a missing argument */
    *out_model = NULL;
    nfk_host_lock();
    int rc = load_locked(data, size, profile, out_model);
    nfk_host_unlock();
    return rc;
}

NFK_API void nfk_model_free(nfk_model *model)
{
    if (model == NULL)
        return;
    nfk_host_lock();
    release_model(model);
    nfk_host_unlock();
}

NFK_API const char *nfk_model_describe_json(nfk_model *model)
{
    if (model == NULL) {
        fail(NN_ERR_ARGUMENT, "no model");
        return NULL;
    }
    if (model->json == NULL) {
        nfk_host_lock();
        size_t available = host_heap_largest_free() + model->arena_bytes;
        nfk_host_unlock();
        const char *profile = nn_kpu_profile_name(model->profile);
        model->json = model->format == KMODEL_FORMAT_V5   ? nfk_describe_v5(&model->v5, profile, available)
                      : model->format == KMODEL_FORMAT_V4 ? nfk_describe_v4(&model->v4.model, profile, available)
                                                          : nfk_describe_v3(&model->rt.model, profile, available);
        if (model->json == NULL)
            fail(NN_ERR_OUT_OF_MEMORY, "out of memory while describing the model");
    }
    return model->json;
}

NFK_API int nfk_model_input_size(nfk_model *model, size_t *out_bytes)
{
    if (model == NULL || out_bytes == NULL)
        return fail(NN_ERR_ARGUMENT, "model and result pointer are required");
    *out_bytes = model->format == KMODEL_FORMAT_V5   ? (size_t)nn_v5_input_bytes(&model->v5, 0)
                 : model->format == KMODEL_FORMAT_V4 ? (size_t)kmodel_v4_input_bytes(&model->v4.model, 0)
                                                     : model->rt.input.bytes;
    return NN_OK;
}

static uint64_t now_ns(void) { return port_time_ns(); }

static void time_layer(void *user, uint32_t index, uint32_t type, bool on_kpu, bool done)
{
    nfk_model *m = user;
    (void)type;
    (void)on_kpu;
    if (!done)
        m->layer_start_ns = now_ns();
    else if (index < m->layer_count)
        m->layer_ns[index] = now_ns() - m->layer_start_ns;
}

NFK_API int nfk_model_run(nfk_model *model, const uint8_t *input, size_t size)
{
    return nfk_model_run_layers(model, input, size, 0);
}

NFK_API int nfk_model_run_layers(nfk_model *model, const uint8_t *input, size_t size, int layer_count)
{
    nn_error_t err = { NN_OK, "" };
    if (model == NULL)
        return fail(NN_ERR_ARGUMENT, "no model");
    if (layer_count < 0 || (uint32_t)layer_count > model->layer_count) {
        nn_fail(&last_error, NN_ERR_ARGUMENT, "cannot run %d layers: the model has %u (1..%u, or 0 for all)",
                layer_count, model->layer_count, model->layer_count);
        return NN_ERR_ARGUMENT;
    }
    nfk_host_lock();
    kpu_owner = model;
    emu_soc_t *soc = nfk_host_soc();
    emu_soc_set_profile(soc, model->profile);
    emu_soc_clear_fault(soc);
    memset(model->layer_ns, 0, model->layer_count * sizeof *model->layer_ns);
    nn_status_t st = model->format == KMODEL_FORMAT_V5
                         ? nn_v5_run(&model->v5, input, size, (uint32_t)layer_count, time_layer, model, &err)
                     : model->format == KMODEL_FORMAT_V4
                         ? nn_v4_run(&model->v4, input, size, (uint32_t)layer_count, time_layer, model, &err)
                         : nn_v3_run(&model->rt, input, size, (uint32_t)layer_count, time_layer, model, &err);
    const char *fault = emu_soc_fault(soc);
    if (st == NN_OK && fault != NULL) {
        nn_fail(&err, NN_ERR_HARDWARE, "the KPU reported a fault: %s", fault);
        model->rt.has_run = false;
        model->v4.has_run = false;
        model->v5.has_run = false;
        model->rt.layers_run = 0;
        model->v4.nodes_run = 0;
        st = NN_ERR_HARDWARE;
    }
    nfk_host_unlock();
    return st == NN_OK ? NN_OK : keep(&err);
}

NFK_API int nfk_model_output_count(nfk_model *model)
{
    if (model == NULL)
        return 0;
    return (int)(model->format == KMODEL_FORMAT_V5   ? model->v5.entry.outputs
                 : model->format == KMODEL_FORMAT_V4 ? model->v4.model.header.outputs
                                                     : model->rt.model.header.output_count);
}

NFK_API int nfk_model_output(nfk_model *model, int index, const uint8_t **out_data, size_t *out_size)
{
    nn_error_t err = { NN_OK, "" };
    if (model == NULL || index < 0)
        return fail(NN_ERR_ARGUMENT, "no model, or a negative output index");
    nn_status_t st = model->format == KMODEL_FORMAT_V5
                         ? nn_v5_output(&model->v5, (uint32_t)index, out_data, out_size, &err)
                     : model->format == KMODEL_FORMAT_V4
                         ? nn_v4_output(&model->v4, (uint32_t)index, out_data, out_size, &err)
                         : nn_v3_output(&model->rt, (uint32_t)index, out_data, out_size, &err);
    if (st != NN_OK)
        return keep(&err);
    return NN_OK;
}

NFK_API int nfk_model_layer_output(nfk_model *model, int index, const uint8_t **out_data, size_t *out_size,
                                   int32_t out_shape[3], int *out_is_float)
{
    nn_error_t err = { NN_OK, "" };
    nn_layer_output_t o;
    if (model == NULL || out_data == NULL || out_size == NULL || out_shape == NULL || out_is_float == NULL)
        return fail(NN_ERR_ARGUMENT, "model and result pointers are required");
    if (index < 0)
        return fail(NN_ERR_ARGUMENT, "a layer index is 0 or more");
    if (model->format == KMODEL_FORMAT_V5)
        return fail(NN_ERR_UNSUPPORTED_LAYER, "per-layer results of a kmodel V5 are not available: its tensor "
                    "instructions write into shared pools that later ones reuse; read the model outputs");
    nfk_host_lock();
    nn_status_t st = model->format == KMODEL_FORMAT_V4 ? nn_v4_node_output(&model->v4, (uint32_t)index, &o, &err)
                                                       : nn_v3_layer_output(&model->rt, (uint32_t)index, &o, &err);
    bool in_kpu_ram = st == NN_OK && o.region.memory == NN_REGION_KPU; /* shared by all models: copied out */
    if (in_kpu_ram && kpu_owner != model)
        st = nn_fail(&err, NN_ERR_STATE, "layer %d left its result in KPU RAM, and another model has run on the KPU "
                     "since: run this model again", index);
    if (st == NN_OK && in_kpu_ram) {
        uint8_t *copy = realloc(model->layer_copy, o.bytes > 0 ? o.bytes : 1);
        if (copy == NULL)
            st = nn_fail(&err, NN_ERR_OUT_OF_MEMORY, "no memory for the %zu bytes of layer %d's result", o.bytes,
                         index);
        else {
            model->layer_copy = copy;
            nn_layer_output_copy(&o, copy);
        }
    }
    nfk_host_unlock();
    if (st != NN_OK)
        return keep(&err);
    *out_data = in_kpu_ram ? model->layer_copy : o.data;
    *out_size = o.bytes;
    for (int k = 0; k < 3; k++)
        out_shape[k] = (int32_t)o.shape[k];
    *out_is_float = o.is_float ? 1 : 0;
    return NN_OK;
}

NFK_API int nfk_model_layer_count(nfk_model *model) { return model == NULL ? 0 : (int)model->layer_count; }

NFK_API int nfk_model_layer_stats(nfk_model *model, int index, uint64_t *out_nanoseconds, int *out_on_kpu,
                                  uint64_t *out_macs)
{
    if (model == NULL || index < 0 || (uint32_t)index >= model->layer_count)
        return fail(NN_ERR_ARGUMENT, "no model, or the layer index is out of range");
    if (out_nanoseconds != NULL)
        *out_nanoseconds = model->layer_ns[index];
    if (model->format == KMODEL_FORMAT_V5) {
        if (out_on_kpu != NULL || out_macs != NULL) {
            uint32_t funct = 0;
            bool on_kpu = nfk_v5_step_info(&model->v5, (uint32_t)index, &funct);
            if (out_on_kpu != NULL)
                *out_on_kpu = on_kpu;
            if (out_macs != NULL)
                *out_macs = 0;
        }
        return NN_OK;
    }
    if (model->format == KMODEL_FORMAT_V4) {
        kmodel_v4_node_t n = kmodel_v4_first_node(&model->v4.model);
        for (int i = 0; i < index; i++)
            n = kmodel_v4_next_node(&model->v4.model, &n);
        if (out_on_kpu != NULL)
            *out_on_kpu = kmodel_v4_node_on_kpu(n.opcode);
        if (out_macs != NULL)
            *out_macs = nn_v4_node_macs(&model->v4.model, &n);
        return NN_OK;
    }
    kmodel_v3_layer_t l = kmodel_v3_first_layer(&model->rt.model);
    for (int i = 0; i < index; i++)
        l = kmodel_v3_next_layer(&model->rt.model, &l);
    if (out_on_kpu != NULL)
        *out_on_kpu = kmodel_v3_layer_on_kpu(l.type);
    if (out_macs != NULL)
        *out_macs = nn_v3_layer_macs(&model->rt.model, &l);
    return NN_OK;
}

NFK_API int nfk_model_set_float_rules(nfk_model *model, int fused)
{
    if (model == NULL || (fused != 0 && fused != 1))
        return fail(NN_ERR_ARGUMENT, "no model, or float rules other than 0 (plain) and 1 (fma)");
    if (model->format != KMODEL_FORMAT_V5)
        return fail(NN_ERR_ARGUMENT, "float rules apply to kmodel V5 only (V3 and V4 CPU layers have one rule)");
    nfk_host_lock();
    model->v5.fused = fused != 0;
    model->v5.has_run = false;
    free(model->json);
    model->json = NULL;
    nfk_host_unlock();
    return NN_OK;
}
