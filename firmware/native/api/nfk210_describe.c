#include "nfk210_describe.h"

#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "kmodel_v3_check.h"
#include "nfk210_json.h"
#include "nn_v3_runtime.h"

#define put nfk_json_put
#define U32(off) kmodel_v3_u32(l->body, off)

static void describe_layer(json_t *j, const kmodel_v3_t *m, const kmodel_v3_layer_t *l, json_t *violations)
{
    const char *name = kmodel_v3_layer_name(l->type);
    kmodel_v3_shapes_t s = kmodel_v3_layer_shapes(m, l);
    int pool = -1;
    const char *kernel = "", *pool_text = "";
    bool depthwise = false, main_out = false;
    uint64_t weights = 0;
    char detail[160] = "";

    if (l->type == KMODEL_V3_K210_CONV) {
        nn_kpu_args_t a;
        kmodel_v3_conv_args(m, l, &a);
        const nn_kpu_conv_params_t *p = &a.conv;
        kernel = p->kernel == 3 ? "3x3" : "1x1";
        depthwise = p->depthwise;
        pool = (int)p->pool_type;
        pool_text = nfk_kpu_pool_name(p->pool_type);
        weights = nn_kpu_conv_weight_bytes(p);
        main_out = (kmodel_v3_conv_head(l).flags & KMODEL_V3_MAIN_MEM_OUT) != 0;
        snprintf(detail, sizeof detail, "KPU RAM lines %u -> %u, pad %u", a.src_line, a.dst_line, p->pad_value);
        char what[48];
        snprintf(what, sizeof what, "layer %u (K210_CONV)", l->index);
        nfk_kpu_violations(violations, what, p);
    } else {
        if (l->type == KMODEL_V3_FULLY_CONNECTED)
            weights = 4ull * (U32(12) * (uint64_t)U32(16) + U32(16));
        if (l->type == KMODEL_V3_MAX_POOL2D)
            snprintf(detail, sizeof detail, "the Kendryte SDK does not run MAX_POOL2D; nfk210 does");
    }
    put(j, "%s{ \"index\": %u, \"type\": \"%s\", \"code\": %u, \"unit\": \"%s\", ", l->index ? ", " : "",
        l->index, name, l->type, kmodel_v3_layer_on_kpu(l->type) ? "KPU" : "CPU");
    nfk_json_dims(j, "input_shape", s.in, s.in_dims);
    put(j, ", ");
    nfk_json_dims(j, "output_shape", s.out, s.out_dims);
    put(j, ", \"kernel\": \"%s\", \"depthwise\": %s, \"pool\": \"%s\", \"pool_type\": %d, \"weights_bytes\": %llu, "
        "\"macs\": %llu, \"main_mem_out\": %s, \"detail\": \"%s\" }", kernel, depthwise ? "true" : "false",
        pool_text, pool, (unsigned long long)weights, (unsigned long long)nn_v3_layer_macs(m, l),
        main_out ? "true" : "false", detail);
}

/* Output dtype: f32 when a float-producing layer writes that address. */
static const char *output_dtype(const kmodel_v3_t *m, uint32_t address)
{
    const char *dtype = "u8";
    kmodel_v3_layer_t l = kmodel_v3_first_layer(m);
    for (uint32_t i = 0; i < m->header.layers_length; i++) {
        if (i > 0)
            l = kmodel_v3_next_layer(m, &l);
        kmodel_v3_range_t r[KMODEL_V3_MAX_RANGES];
        int n = kmodel_v3_layer_ranges(&l, r);
        for (int k = 0; k < n; k++)
            if (r[k].written && r[k].start == address)
                dtype = kmodel_v3_layer_writes_float(l.type) ? "f32" : "u8";
    }
    return dtype;
}

static uint32_t kpu_lines_used(const kmodel_v3_t *m)
{
    uint32_t lowest = NN_KPU_RAM_LINES;
    kmodel_v3_layer_t l = kmodel_v3_first_layer(m);
    for (uint32_t i = 0; i < m->header.layers_length; i++) {
        if (i > 0)
            l = kmodel_v3_next_layer(m, &l);
        if (l.type == KMODEL_V3_K210_CONV) {
            nn_kpu_args_t a;
            kmodel_v3_conv_args(m, &l, &a);
            if (a.src_line < lowest)
                lowest = a.src_line;
            if (a.dst_line < lowest)
                lowest = a.dst_line;
        } else if (l.type == KMODEL_V3_K210_ADD_PADDING || l.type == KMODEL_V3_K210_UPLOAD) {
            if (kmodel_v3_u32(l.body, 8) < lowest)
                lowest = kmodel_v3_u32(l.body, 8);
        }
    }
    return NN_KPU_RAM_LINES - lowest;
}

char *nfk_describe_v3(const kmodel_v3_t *m, const char *profile, size_t sram_available)
{
    json_t j = { NULL, 0, 0, false }, v = { NULL, 0, 0, false };
    kmodel_v3_input_t in;
    nn_v3_memory_t need = nn_v3_memory_needs(m);
    uint32_t lines = kpu_lines_used(m);

    put(&v, "[");
    put(&j, "{ \"format\": \"kmodel V3\", \"version\": 3, \"profile\": \"%s\", \"weights_bits\": %d, ", profile,
        (m->header.flags & 1) ? 8 : 16);
    put(&j, "\"memory\": { \"file_bytes\": %zu, \"main_bytes\": %u, \"kpu_ram_lines\": %u, \"kpu_ram_bytes\": %u, "
        "\"max_start_line\": %u, \"sram_needed_bytes\": %zu, \"sram_available_bytes\": %zu }, ", m->size,
        m->header.main_mem_usage, lines, lines * 64u, m->header.max_start_address, need.arena_bytes, sram_available);
    put(&j, "\"inputs\": [");
    if (kmodel_v3_input(m, &in, NULL) == NN_OK) {
        if (in.on_kpu)
            put(&j, "{ \"index\": 0, \"shape\": [%u, %u, %u], \"dtype\": \"u8\", \"bytes\": %zu, \"location\": "
                "\"kpu\" }", in.c, in.h, in.w, in.bytes);
        else
            put(&j, "{ \"index\": 0, \"shape\": [%u], \"dtype\": \"f32\", \"bytes\": %zu, \"location\": \"main\" }",
                in.c, in.bytes);
    }
    put(&j, "], \"outputs\": [");
    for (uint32_t i = 0; i < m->header.output_count; i++) {
        uint32_t address, bytes;
        kmodel_v3_output(m, i, &address, &bytes);
        put(&j, "%s{ \"index\": %u, \"address\": %u, \"bytes\": %u, \"dtype\": \"%s\" }", i ? ", " : "", i, address,
            bytes, output_dtype(m, address));
    }
    put(&j, "], \"layers\": [");
    kmodel_v3_layer_t l = kmodel_v3_first_layer(m);
    for (uint32_t i = 0; i < m->header.layers_length; i++) {
        if (i > 0)
            l = kmodel_v3_next_layer(m, &l);
        describe_layer(&j, m, &l, &v);
    }
    put(&v, "]");
    put(&j, "], \"violations\": %s }", v.failed ? "[]" : v.text);
    free(v.text);
    if (j.failed) {
        free(j.text);
        return NULL;
    }
    return j.text;
}
