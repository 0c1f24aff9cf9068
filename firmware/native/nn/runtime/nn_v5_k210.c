/* The k210 module of a V5 model (spec/kmodel-v5.md §3): kpu_upload,
 * kpu_download, kpu_conv2d and copy, run through the same backend as V3/V4
 * layers (the KPU driver, on the chip or against the emulator). Commands
 * were validated at load; here only the bound tensors are checked. */
#include <string.h>

#include "k210_field.h"
#include "k210_kpu_layer.h"
#include "nn_kpu_args.h"
#include "nn_kpu_layout.h"
#include "nn_int.h"
#include "nn_layer_output.h"
#include "nn_v5_vm.h"

typedef struct k210_ctx {
    nn_v5_vm_t *vm;
    const kmodel_v5_function_t *f;
    const nn_v5_bound_t *inputs, *outputs;
    const kmodel_v5_k210_cmd_t *cmd;
} k210_ctx_t;

static nn_status_t k210_fail(const k210_ctx_t *c, nn_status_t code, const char *what)
{
    return nn_v5_vm_fail(c->vm, code, "k210 function %u, %s at k210 code offset %u: %.200s", c->f->index,
                         kmodel_v5_k210_name(c->cmd->opcode), c->cmd->offset, what);
}

/* The bytes of a memory range (validated against the pools at load; bound tensors checked here). */
static nn_status_t memory_at(const k210_ctx_t *c, kmodel_v5_range_t r, uint8_t **out)
{
    nn_v5_runtime_t *rt = c->vm->rt;
    const kmodel_v5_module_t *mod = &rt->model.modules[c->f->module];
    switch (r.location) {
    case KMODEL_V5_LOC_INPUT:
    case KMODEL_V5_LOC_OUTPUT: {
        bool in = r.location == KMODEL_V5_LOC_INPUT;
        uint32_t count = in ? c->f->inputs : c->f->outputs;
        for (uint32_t i = 0; i < count; i++) {
            kmodel_v5_range_t t = in ? kmodel_v5_function_input(&rt->model, c->f, i)
                                     : kmodel_v5_function_output(&rt->model, c->f, i);
            if (t.start != r.start)
                continue;
            const nn_v5_bound_t *b = in ? &c->inputs[i] : &c->outputs[i];
            if (b->bytes < r.size)
                return k210_fail(c, NN_ERR_MALFORMED, in ? "the caller bound a smaller input tensor than it uses"
                                                         : "the caller bound a smaller output tensor than it uses");
            *out = b->data;
            return NN_OK;
        }
        return k210_fail(c, NN_ERR_MALFORMED, "a range names no input or output of the function");
    }
    case KMODEL_V5_LOC_RDATA: *out = (uint8_t *)rt->model.data + mod->rdata_offset + r.start; return NN_OK;
    case KMODEL_V5_LOC_DATA: *out = rt->data[c->f->module] + r.start; return NN_OK;
    default: *out = rt->kpu_ram + r.start; return NN_OK; /* KPU RAM */
    }
}

static nn_status_t run_upload(const k210_ctx_t *c)
{
    const kmodel_v5_k210_cmd_t *k = c->cmd;
    nn_v5_runtime_t *rt = c->vm->rt;
    uint8_t *src;
    nn_status_t st = memory_at(c, k->in, &src);
    if (st != NN_OK)
        return st;
    uint32_t n = k->shape[0], ch = k->shape[1], h = k->shape[2], w = k->shape[3];
    uint32_t lines = nn_kpu_map_lines(ch, h, w);
    for (uint32_t b = 0; b < n; b++) {
        nn_error_t inner = { NN_OK, "" };
        st = rt->backend.ops->upload(rt->backend.self, k->out.start / NN_KPU_LINE_BYTES + b * lines,
                                     src + (size_t)b * ch * h * w, ch, h, w, &inner);
        if (st != NN_OK)
            return k210_fail(c, st, inner.message);
    }
    return NN_OK;
}

static nn_status_t run_download(const k210_ctx_t *c)
{
    const kmodel_v5_k210_cmd_t *k = c->cmd;
    nn_v5_runtime_t *rt = c->vm->rt;
    uint8_t *dst;
    nn_status_t st = memory_at(c, k->out, &dst);
    if (st != NN_OK)
        return st;
    uint32_t n = k->shape[0], ch = k->shape[1], h = k->shape[2], w = k->shape[3];
    nn_kpu_layout_t layout = nn_kpu_layout_of(w, h);
    uint32_t lines = nn_kpu_map_lines(ch, h, w);
    for (uint32_t b = 0; b < n; b++)
        nn_kpu_download(rt->kpu_ram, k->in.start / NN_KPU_LINE_BYTES + b * lines, &layout,
                        dst + (size_t)b * ch * h * w, ch, h, w);
    return NN_OK;
}

/* One KPU job per batch item; image_src/dst_addr advance by a map's lines between them, as nncase's runtime does
 * on the chip. The optional dense copy to main memory is read back after the last batch. */
static nn_status_t run_conv2d(const k210_ctx_t *c)
{
    const kmodel_v5_k210_cmd_t *k = c->cmd;
    nn_v5_runtime_t *rt = c->vm->rt;
    nn_kpu_args_t a;
    nn_kpu_args_decode(k->words, false, &a);
    nn_kpu_job_t job;
    memcpy(job.args, k->words, sizeof job.args);
    uint8_t *weights, *bn, *act;
    nn_status_t st = memory_at(c, k->weights, &weights);
    if (st == NN_OK)
        st = memory_at(c, k->batchnorm, &bn);
    if (st == NN_OK)
        st = memory_at(c, k->activation, &act);
    if (st != NN_OK)
        return st;
    job.weights = weights;
    job.batchnorm = bn;
    job.activation = act;
    job.main_out = NULL;
    job.main_out_bytes = 0;
    uint32_t in_lines = nn_kpu_map_lines(a.conv.in_c, a.conv.in_h, a.conv.in_w);
    uint32_t out_lines = nn_kpu_map_lines(a.conv.out_c, a.conv.out_h, a.conv.out_w);
    for (uint32_t b = 0; b < k->batches; b++) {
        K210_LAYER_SET(job.args, K210_KPU_LAYER_IMAGE_SRC_ADDR, a.src_line + b * in_lines);
        K210_LAYER_SET(job.args, K210_KPU_LAYER_IMAGE_DST_ADDR, a.dst_line + b * out_lines);
        nn_error_t inner = { NN_OK, "" };
        st = rt->backend.ops->run_conv(rt->backend.self, &job, &inner);
        if (st != NN_OK)
            return k210_fail(c, st, inner.message);
    }
    if (k->main_out.size != 0) {
        uint8_t *dst;
        if ((st = memory_at(c, k->main_out, &dst)) != NN_OK)
            return st;
        nn_layer_output_t maps;
        nn_layer_output_kpu(&maps, rt->kpu_ram, a.dst_line, k->batches, a.conv.out_c, a.conv.out_h, a.conv.out_w,
                            &a.out_layout);
        nn_layer_output_copy(&maps, dst);
    }
    return NN_OK;
}

static nn_status_t run_copy(const k210_ctx_t *c)
{
    const kmodel_v5_k210_cmd_t *k = c->cmd;
    nn_v5_view_t in, out;
    memset(&in, 0, sizeof in);
    memset(&out, 0, sizeof out);
    nn_status_t st = memory_at(c, k->in, &in.data);
    if (st == NN_OK)
        st = memory_at(c, k->out, &out.data);
    if (st != NN_OK)
        return st;
    in.rank = out.rank = 4;
    for (int d = 0; d < 4; d++) {
        in.shape[d] = out.shape[d] = k->shape[d];
        in.strides[d] = k->in_strides[d];
        out.strides[d] = k->out_strides[d];
    }
    nn_v5_copy_ref(&in, &out, kmodel_v5_datatype_bytes(k->in.datatype));
    return NN_OK;
}

nn_status_t nn_v5_k210_run(nn_v5_vm_t *vm, uint32_t module, uint32_t function, const nn_v5_bound_t *inputs,
                           const nn_v5_bound_t *outputs)
{
    nn_v5_runtime_t *rt = vm->rt;
    kmodel_v5_function_t f = kmodel_v5_function(&rt->model, module, function); /* validated by the CALL check */
    const uint8_t *text = kmodel_v5_function_text(&rt->model, &f);
    for (uint32_t at = 0; at < f.text_size;) {
        kmodel_v5_k210_cmd_t cmd;
        nn_error_t inner = { NN_OK, "" };
        nn_status_t st = kmodel_v5_k210_decode(text, f.text_size, at, &cmd, &inner);
        if (st != NN_OK)
            return nn_v5_vm_fail(vm, st, "%s", inner.message);
        k210_ctx_t c = { vm, &f, inputs, outputs, &cmd };
        uint64_t work = cmd.bytes;
        if (cmd.opcode == KMODEL_V5_K210_CONV2D) {
            nn_kpu_args_t a;
            nn_kpu_args_decode(cmd.words, false, &a);
            work = nn_mul_sat(nn_kpu_conv_macs(&a.conv), cmd.batches);
        } else {
            work = nn_v5_loop_count(cmd.shape, 4);
        }
        work = work > UINT64_MAX - cmd.bytes ? UINT64_MAX : work + cmd.bytes;
        if ((st = nn_v5_vm_spend(vm, work)) != NN_OK)
            return st;
        switch (cmd.opcode) {
        case KMODEL_V5_K210_UPLOAD: st = run_upload(&c); break;
        case KMODEL_V5_K210_DOWNLOAD: st = run_download(&c); break;
        case KMODEL_V5_K210_CONV2D: st = run_conv2d(&c); break;
        default: st = run_copy(&c); break;
        }
        if (st != NN_OK)
            return st;
        at += cmd.bytes;
    }
    return NN_OK;
}
