/* Description of a kmodel V5 as JSON (schema in nfk210_api.h): the common
 * keys (inputs, outputs, layers = the entry function's tensor instructions,
 * memory, violations) plus "modules" with every function's records, the
 * stackvm code as a listing and the k210 commands with their KPU
 * configuration. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nfk210_describe.h"
#include "nfk210_json.h"
#include "nn_kpu_args.h"
#include "nn_kpu_layout.h"

#define put nfk_json_put
#define BOARD_SRAM_BYTES (6u * 1024u * 1024u)

static void put_shape(json_t *j, const char *key, const kmodel_v5_shape_t *s)
{
    nfk_json_dims(j, key, s->dims, (int)s->rank);
}

static void put_range(json_t *j, kmodel_v5_range_t r)
{
    put(j, "\"location\": \"%s\", \"dtype\": \"%s\", \"start\": %u, \"size\": %u",
        kmodel_v5_location_name(r.location), kmodel_v5_datatype_name(r.datatype), r.start, r.size);
}

/* KPU RAM bytes the k210 commands touch (lowest, highest). */
typedef struct kpu_span {
    uint64_t low, high;
} kpu_span_t;

static void touch(kpu_span_t *s, uint64_t start, uint64_t bytes)
{
    if (bytes == 0)
        return;
    s->low = start < s->low ? start : s->low;
    s->high = start + bytes > s->high ? start + bytes : s->high;
}

static void describe_command(json_t *j, const kmodel_v5_k210_cmd_t *c, uint32_t module, uint32_t function,
                             json_t *violations, kpu_span_t *span)
{
    put(j, "{ \"offset\": %u, \"op\": \"%s\", ", c->offset, kmodel_v5_k210_name(c->opcode));
    if (c->opcode == KMODEL_V5_K210_CONV2D) {
        nn_kpu_args_t a;
        nn_kpu_args_decode(c->words, false, &a);
        const nn_kpu_conv_params_t *p = &a.conv;
        uint32_t in[3] = { p->in_c, p->in_h, p->in_w }, out[3] = { p->out_c, p->out_h, p->out_w };
        put(j, "\"kernel\": \"%s\", \"depthwise\": %s, ", p->kernel == 3 ? "3x3" : "1x1",
            p->depthwise ? "true" : "false");
        nfk_json_dims(j, "input_shape", in, 3);
        put(j, ", ");
        nfk_json_dims(j, "output_shape", out, 3);
        put(j, ", \"pool\": \"%s\", \"pool_type\": %u, \"pad_value\": %u, \"src_line\": %u, \"dst_line\": %u, "
            "\"batches\": %u, \"weights_bytes\": %zu, \"macs\": %llu, \"weights\": { ", nfk_kpu_pool_name(p->pool_type),
            p->pool_type, p->pad_value, a.src_line, a.dst_line, c->batches, nn_kpu_conv_weight_bytes(p),
            (unsigned long long)(nn_kpu_conv_macs(p) * c->batches));
        put_range(j, c->weights);
        put(j, " }, \"batchnorm\": { ");
        put_range(j, c->batchnorm);
        put(j, " }, \"activation\": { ");
        put_range(j, c->activation);
        put(j, " }, \"main_mem_output\": ");
        if (c->main_out.size != 0) {
            put(j, "{ ");
            put_range(j, c->main_out);
            put(j, " }");
        } else {
            put(j, "null");
        }
        touch(span, (uint64_t)a.src_line * NN_KPU_LINE_BYTES,
              (uint64_t)c->batches * nn_kpu_map_lines(p->in_c, p->in_h, p->in_w) * NN_KPU_LINE_BYTES);
        touch(span, (uint64_t)a.dst_line * NN_KPU_LINE_BYTES,
              (uint64_t)c->batches * nn_kpu_map_lines(p->out_c, p->out_h, p->out_w) * NN_KPU_LINE_BYTES);
        char what[80];
        snprintf(what, sizeof what, "k210 function %u, kpu_conv2d at %u", function, c->offset);
        nfk_kpu_violations(violations, what, p);
        (void)module;
    } else {
        nfk_json_dims(j, "shape", c->shape, 4);
        put(j, ", \"input\": { ");
        put_range(j, c->in);
        put(j, " }, \"output\": { ");
        put_range(j, c->out);
        put(j, " }");
        if (c->opcode == KMODEL_V5_K210_COPY) {
            put(j, ", ");
            nfk_json_dims(j, "in_strides", c->in_strides, 4);
            put(j, ", ");
            nfk_json_dims(j, "out_strides", c->out_strides, 4);
        } else {
            kmodel_v5_range_t k = c->opcode == KMODEL_V5_K210_UPLOAD ? c->out : c->in;
            put(j, ", \"kpu_line\": %u", k.start / NN_KPU_LINE_BYTES);
            touch(span, k.start, (uint64_t)c->shape[0] * nn_kpu_map_lines(c->shape[1], c->shape[2], c->shape[3]) *
                                     NN_KPU_LINE_BYTES);
        }
    }
    put(j, " }");
}

/* A function's inputs (or outputs): each tensor's memory range and shape. */
static void put_tensors(json_t *j, const kmodel_v5_t *m, const kmodel_v5_function_t *f, bool outputs)
{
    uint32_t count = outputs ? f->outputs : f->inputs;
    for (uint32_t i = 0; i < count; i++) {
        kmodel_v5_shape_t s = outputs ? kmodel_v5_function_output_shape(m, f, i)
                                      : kmodel_v5_function_input_shape(m, f, i);
        put(j, "%s{ ", i ? ", " : "");
        put_range(j, outputs ? kmodel_v5_function_output(m, f, i) : kmodel_v5_function_input(m, f, i));
        put(j, ", ");
        put_shape(j, "shape", &s);
        put(j, " }");
    }
}

static void describe_function(json_t *j, const kmodel_v5_t *m, const kmodel_v5_function_t *f, json_t *violations,
                              kpu_span_t *span)
{
    const kmodel_v5_module_t *mod = &m->modules[f->module];
    put(j, "{ \"index\": %u, \"text_offset\": %u, \"text_bytes\": %u, \"inputs\": [", f->index, f->entrypoint,
        f->text_size);
    put_tensors(j, m, f, false);
    put(j, "], \"outputs\": [");
    put_tensors(j, m, f, true);
    put(j, "], ");
    const uint8_t *text = kmodel_v5_function_text(m, f);
    if (mod->kind == KMODEL_V5_MODULE_STACKVM) {
        put(j, "\"code\": [");
        for (uint32_t at = 0, n = 0; at < f->text_size; n++) {
            kmodel_v5_insn_t insn;
            if (kmodel_v5_decode_insn(text, f->text_size, at, m->numbering, &insn, NULL) != NN_OK)
                break; /* validated at load */
            char line[400];
            kmodel_v5_format_insn(&insn, line, sizeof line);
            put(j, "%s\"%05u %s\"", n ? ", " : "", at, line);
            at += insn.bytes;
        }
        put(j, "] }");
        return;
    }
    put(j, "\"commands\": [");
    for (uint32_t at = 0, n = 0; at < f->text_size; n++) {
        kmodel_v5_k210_cmd_t c;
        if (kmodel_v5_k210_decode(text, f->text_size, at, &c, NULL) != NN_OK)
            break;
        put(j, "%s", n ? ", " : "");
        describe_command(j, &c, f->module, f->index, violations, span);
        at += c.bytes;
    }
    put(j, "] }");
}

/* ---- layers: the entry function's tensor instructions ------------------------------ */

bool nfk_v5_step_info(const nn_v5_runtime_t *rt, uint32_t step, uint32_t *funct)
{
    const kmodel_v5_t *m = &rt->model;
    const uint8_t *text = kmodel_v5_function_text(m, &rt->entry);
    for (uint32_t at = 0, n = 0; at < rt->entry.text_size;) {
        kmodel_v5_insn_t insn;
        if (kmodel_v5_decode_insn(text, rt->entry.text_size, at, m->numbering, &insn, NULL) != NN_OK)
            return false;
        if (insn.opcode == KMODEL_V5_OP_TENSOR && n++ == step) {
            *funct = (uint32_t)insn.funct;
            return insn.funct == KMODEL_V5_TF_CALL;
        }
        at += insn.bytes;
    }
    return false;
}

/* Shapes the straight-line code stores with LDC_I4 .. STSHAPE, followed statically (unknown: rank 255). */
typedef struct known {
    int64_t stack[32];
    uint32_t sp;
    bool stack_known;
    kmodel_v5_shape_t regs[NN_V5_REGISTERS];
} known_t;

static void follow(known_t *k, const kmodel_v5_insn_t *in)
{
    switch (in->opcode) {
    case 0x02: case 0x03: case 0x04:
        if (k->sp < 32)
            k->stack[k->sp++] = in->opcode == 0x02 ? in->imm : in->opcode - 3;
        else
            k->stack_known = false;
        return;
    case 0x05: case 0x17: /* a value the shapes do not use */
        if (k->sp < 32)
            k->stack[k->sp++] = -1;
        return;
    case 0x31: {
        kmodel_v5_shape_t *r = &k->regs[in->a];
        if (!k->stack_known || in->b > k->sp || in->b > KMODEL_V5_MAX_RANK) {
            r->rank = 255;
            k->stack_known = false;
            return;
        }
        r->rank = in->b;
        for (uint32_t d = in->b; d-- > 0;)
            r->dims[d] = (uint32_t)k->stack[--k->sp];
        return;
    }
    case KMODEL_V5_OP_TENSOR: /* the compiler leaves the stack empty after each tensor instruction */
        k->sp = 0;
        k->stack_known = true;
        return;
    default: k->stack_known = false; return;
    }
}

static const char *tf_detail(const kmodel_v5_insn_t *in, char *buf, size_t size)
{
    static const char *binary[] = { "add", "sub", "mul", "div", "min", "max", "pow" };
    static const char *reduce[] = { "mean", "min", "max", "sum" };
    const uint8_t *p = in->operands;
    buf[0] = '\0';
    switch (in->funct) {
    case KMODEL_V5_TF_BINARY: snprintf(buf, size, "%s", p[6] < 7 ? binary[p[6]] : "?"); break;
    case KMODEL_V5_TF_DEQUANTIZE:
    case KMODEL_V5_TF_QUANTIZE:
    case KMODEL_V5_TF_CONVERT:
        snprintf(buf, size, "%s -> %s", kmodel_v5_datatype_name(p[0]), kmodel_v5_datatype_name(p[1]));
        break;
    case KMODEL_V5_TF_REDUCE_WINDOW2D:
        snprintf(buf, size, "%s, stride %ux%u", p[1] < 4 ? reduce[p[1]] : "?", kmodel_v5_u16(p + 9),
                 kmodel_v5_u16(p + 11));
        break;
    case KMODEL_V5_TF_CONV2D:
        snprintf(buf, size, "groups %u, stride %ux%u, dilation %ux%u", kmodel_v5_u16(p + 7), kmodel_v5_u16(p + 9),
                 kmodel_v5_u16(p + 11), kmodel_v5_u16(p + 13), kmodel_v5_u16(p + 15));
        break;
    case KMODEL_V5_TF_RESIZE_IMAGE:
        snprintf(buf, size, "%s%s%s", p[6] ? "nearest" : "bilinear", p[4] ? ", align corners" : "",
                 p[5] ? ", half-pixel centers" : "");
        break;
    default: break;
    }
    return buf;
}

static void describe_layers(json_t *j, const nn_v5_runtime_t *rt)
{
    const kmodel_v5_t *m = &rt->model;
    const uint8_t *text = kmodel_v5_function_text(m, &rt->entry);
    known_t *k = calloc(1, sizeof *k);
    if (k == NULL) {
        j->failed = true;
        return;
    }
    k->stack_known = true;
    for (uint32_t r = 0; r < NN_V5_REGISTERS; r++)
        k->regs[r].rank = 255;
    for (uint32_t at = 0, n = 0; at < rt->entry.text_size;) {
        kmodel_v5_insn_t in;
        if (kmodel_v5_decode_insn(text, rt->entry.text_size, at, m->numbering, &in, NULL) != NN_OK)
            break;
        at += in.bytes;
        if (in.opcode != KMODEL_V5_OP_TENSOR) {
            follow(k, &in);
            continue;
        }
        bool call = in.funct == KMODEL_V5_TF_CALL;
        kmodel_v5_shape_t in_shape = { 0, { 0 } }, out_shape = { 0, { 0 } };
        char kernel[16] = "", detail[200] = "", pool[32] = "";
        int pool_type = -1;
        bool depthwise = false, main_out = false;
        uint64_t weights = 0, macs = 0;
        if (call) {
            kmodel_v5_function_t f = kmodel_v5_function(m, kmodel_v5_u16(in.operands + 4), kmodel_v5_u32(in.operands));
            if (f.inputs > 0)
                in_shape = kmodel_v5_function_input_shape(m, &f, 0);
            if (f.outputs > 0)
                out_shape = kmodel_v5_function_output_shape(m, &f, 0);
            const uint8_t *ft = kmodel_v5_function_text(m, &f);
            uint32_t convs = 0;
            size_t len = (size_t)snprintf(detail, sizeof detail, "k210 function %u:", f.index);
            for (uint32_t c_at = 0; c_at < f.text_size;) {
                kmodel_v5_k210_cmd_t c;
                if (kmodel_v5_k210_decode(ft, f.text_size, c_at, &c, NULL) != NN_OK)
                    break;
                c_at += c.bytes;
                if (len < sizeof detail)
                    len += (size_t)snprintf(detail + len, sizeof detail - len, " %s", kmodel_v5_k210_name(c.opcode));
                if (c.opcode != KMODEL_V5_K210_CONV2D)
                    continue;
                nn_kpu_args_t a;
                nn_kpu_args_decode(c.words, false, &a);
                weights += nn_kpu_conv_weight_bytes(&a.conv);
                macs += nn_kpu_conv_macs(&a.conv) * c.batches;
                main_out |= c.main_out.size != 0;
                if (convs++ == 0) { /* the first KPU layer's configuration for the table */
                    snprintf(kernel, sizeof kernel, "%s", a.conv.kernel == 3 ? "3x3" : "1x1");
                    depthwise = a.conv.depthwise;
                    pool_type = (int)a.conv.pool_type;
                    snprintf(pool, sizeof pool, "%s", nfk_kpu_pool_name(a.conv.pool_type));
                }
            }
            if (convs > 1 && len < sizeof detail)
                snprintf(detail + len, sizeof detail - len, " (%u KPU layers; kernel and pool of the first)", convs);
        } else {
            tf_detail(&in, detail, sizeof detail);
            uint8_t rshape = in.funct == KMODEL_V5_TF_CONVERT || in.funct == KMODEL_V5_TF_QUANTIZE ||
                                     in.funct == KMODEL_V5_TF_DEQUANTIZE ? in.operands[2]
                             : in.funct == KMODEL_V5_TF_REDUCE_WINDOW2D ? in.operands[2]
                                                                        : in.operands[1];
            if (k->regs[rshape].rank != 255)
                in_shape = k->regs[rshape];
            bool same = in.funct == KMODEL_V5_TF_CONVERT || in.funct == KMODEL_V5_TF_QUANTIZE ||
                        in.funct == KMODEL_V5_TF_DEQUANTIZE || in.funct == KMODEL_V5_TF_COPY ||
                        in.funct == KMODEL_V5_TF_UNARY;
            if (same)
                out_shape = in_shape;
            const kmodel_v5_shape_t *perm = in.funct == KMODEL_V5_TF_TRANSPOSE ? &k->regs[in.operands[4]] : NULL;
            if (perm != NULL && perm->rank == in_shape.rank && in_shape.rank != 0) {
                out_shape.rank = in_shape.rank; /* out dim i = in dim perm[i] */
                for (uint32_t d = 0; d < in_shape.rank; d++)
                    out_shape.dims[d] = perm->dims[d] < in_shape.rank ? in_shape.dims[perm->dims[d]] : 0;
            }
            if (in.funct == KMODEL_V5_TF_BINARY && k->regs[in.operands[3]].rank != 255 && in_shape.rank != 0) {
                const kmodel_v5_shape_t *b = &k->regs[in.operands[3]];
                uint32_t rank = in_shape.rank > b->rank ? in_shape.rank : b->rank;
                out_shape.rank = rank;
                for (uint32_t d = 0; d < rank; d++) {
                    int32_t ja = (int32_t)d - (int32_t)(rank - in_shape.rank), jb = (int32_t)d - (int32_t)(rank - b->rank);
                    uint32_t da = ja < 0 ? 1 : in_shape.dims[ja], db = jb < 0 ? 1 : b->dims[jb];
                    out_shape.dims[d] = da == 1 ? db : da;
                }
            }
            if (in.funct == KMODEL_V5_TF_REDUCE_WINDOW2D)
                snprintf(kernel, sizeof kernel, "%ux%u", kmodel_v5_u16(in.operands + 5), kmodel_v5_u16(in.operands + 7));
            const kmodel_v5_shape_t *kw = in.funct == KMODEL_V5_TF_CONV2D ? &k->regs[in.operands[3]] : NULL;
            if (kw != NULL && kw->rank == 4) {
                snprintf(kernel, sizeof kernel, "%ux%u", kw->dims[2], kw->dims[3]);
                weights = 4ull * ((uint64_t)kw->dims[0] * kw->dims[1] * kw->dims[2] * kw->dims[3] + kw->dims[0]);
                uint64_t sh = kmodel_v5_u16(in.operands + 9), sw = kmodel_v5_u16(in.operands + 11);
                if (in_shape.rank == 4 && sh != 0 && sw != 0) /* about: the output pixels at the stride */
                    macs = (uint64_t)kw->dims[0] * kw->dims[1] * kw->dims[2] * kw->dims[3] * in_shape.dims[0] *
                           in_shape.dims[2] * in_shape.dims[3] / sh / sw;
            }
        }
        follow(k, &in);
        put(j, "%s{ \"index\": %u, \"type\": \"%s\", \"code\": %u, \"unit\": \"%s\", ", n ? ", " : "", n,
            call ? "k210_call" : kmodel_v5_tf_name(in.funct), in.funct_code, call ? "KPU" : "CPU");
        put_shape(j, "input_shape", &in_shape);
        put(j, ", ");
        put_shape(j, "output_shape", &out_shape);
        put(j, ", \"kernel\": \"%s\", \"depthwise\": %s, \"pool\": \"%s\", \"pool_type\": %d, \"weights_bytes\": %llu, "
            "\"macs\": %llu, \"main_mem_out\": %s, \"detail\": \"%s\", \"code_offset\": %u }", kernel,
            depthwise ? "true" : "false", pool, pool_type, (unsigned long long)weights, (unsigned long long)macs,
            main_out ? "true" : "false", detail, in.offset);
        n++;
    }
    free(k);
}

char *nfk_describe_v5(const nn_v5_runtime_t *rt, const char *profile, size_t sram_available)
{
    const kmodel_v5_t *m = &rt->model;
    json_t j = { NULL, 0, 0, false }, v = { NULL, 0, 0, false }, mods = { NULL, 0, 0, false };
    nn_v5_memory_t need = nn_v5_memory_needs(m);
    kpu_span_t span = { NN_KPU_RAM_BYTES, 0 };

    put(&v, "[");
    put(&mods, "[");
    for (uint32_t i = 0; i < m->header.modules; i++) {
        const kmodel_v5_module_t *mod = &m->modules[i];
        put(&mods, "%s{ \"index\": %u, \"type\": \"%s\", \"offset\": %u, \"size\": %u, \"rdata_bytes\": %u, "
            "\"data_bytes\": %u, \"kpu_bytes\": %u, \"text_bytes\": %u, \"functions\": [", i ? ", " : "", i,
            mod->type, mod->offset, mod->size, mod->rdata_pool, mod->data_pool, mod->kpu_pool, mod->text_size);
        for (uint32_t k = 0; k < mod->functions; k++) {
            kmodel_v5_function_t f = kmodel_v5_function(m, i, k);
            put(&mods, "%s", k ? ", " : "");
            describe_function(&mods, m, &f, &v, &span);
        }
        put(&mods, "] }");
    }
    put(&mods, "]");
    put(&v, "]");

    put(&j, "{ \"format\": \"kmodel V5\", \"version\": 5, \"profile\": \"%s\", \"weights_bits\": 8, "
        "\"numbering\": \"%s\", \"float_rules\": \"%s\", ", profile, kmodel_v5_numbering_name(m->numbering),
        rt->fused ? "fma" : "plain");
    put(&j, "\"inputs\": [");
    for (uint32_t i = 0; i < rt->entry.inputs; i++) {
        kmodel_v5_range_t r = kmodel_v5_function_input(m, &rt->entry, i);
        kmodel_v5_shape_t s = kmodel_v5_function_input_shape(m, &rt->entry, i);
        put(&j, "%s{ \"index\": %u, ", i ? ", " : "", i);
        if (s.rank == 4 && s.dims[0] == 1) /* CHW, as image inputs are */
            nfk_json_dims(&j, "shape", s.dims + 1, 3);
        else
            put_shape(&j, "shape", &s);
        put(&j, ", ");
        put_shape(&j, "dims", &s);
        put(&j, ", \"dtype\": \"%s\", \"bytes\": %u, \"location\": \"main\", \"start\": %u, \"size\": %u }",
            kmodel_v5_datatype_name(r.datatype), r.size, r.start, r.size);
    }
    put(&j, "], \"outputs\": [");
    for (uint32_t i = 0; i < rt->entry.outputs; i++) {
        kmodel_v5_range_t r = kmodel_v5_function_output(m, &rt->entry, i);
        kmodel_v5_shape_t s = kmodel_v5_function_output_shape(m, &rt->entry, i);
        put(&j, "%s{ \"index\": %u, \"address\": %u, \"bytes\": %u, \"dtype\": \"%s\", ", i ? ", " : "", i, r.start,
            r.size, kmodel_v5_datatype_name(r.datatype));
        put_shape(&j, "shape", &s);
        put(&j, " }");
    }
    uint32_t low = span.high > span.low ? (uint32_t)(span.low / NN_KPU_LINE_BYTES) : 0;
    uint32_t lines = span.high > span.low
                         ? (uint32_t)((span.high + NN_KPU_LINE_BYTES - 1) / NN_KPU_LINE_BYTES) - low : 0;
    put(&j, "], \"memory\": { \"file_bytes\": %u, \"main_bytes\": %zu, \"data_bytes\": %zu, \"io_bytes\": %zu, "
        "\"kpu_ram_lines\": %u, \"kpu_ram_bytes\": %u, \"max_start_line\": %u, \"kpu_pool_bytes\": %zu, "
        "\"kpu_ram_available_bytes\": %u, \"sram_needed_bytes\": %zu, \"sram_available_bytes\": %zu, "
        "\"board_sram_bytes\": %u }, ", m->model_size, need.data_bytes + need.io_bytes, need.data_bytes,
        need.io_bytes, lines, lines * NN_KPU_LINE_BYTES, low, need.kpu_bytes, NN_KPU_RAM_BYTES, need.arena_bytes,
        sram_available, BOARD_SRAM_BYTES);
    put(&j, "\"modules\": %s, \"layers\": [", mods.failed ? "[]" : mods.text);
    describe_layers(&j, rt);
    put(&j, "], \"violations\": %s }", v.failed ? "[]" : v.text);
    bool failed = j.failed || mods.failed || v.failed;
    free(v.text);
    free(mods.text);
    if (failed) {
        free(j.text);
        return NULL;
    }
    return j.text;
}
