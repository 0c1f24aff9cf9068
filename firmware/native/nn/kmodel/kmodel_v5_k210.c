/* The k210 module's commands (spec/kmodel-v5.md §3): fixed-size records read
 * unaligned; their memory ranges are checked against the module's pools and
 * the function's own inputs and outputs, their KPU layer arguments against
 * what the KPU model runs. */
#include "kmodel_v5.h"

#include <stdio.h>
#include <string.h>

#include "nn_kpu_args.h"
#include "nn_kpu_layout.h"

#define UPLOAD_BYTES 44u
#define CONV2D_BYTES 152u
#define COPY_BYTES 76u

const char *kmodel_v5_k210_name(uint32_t opcode)
{
    switch (opcode) {
    case KMODEL_V5_K210_UPLOAD: return "kpu_upload";
    case KMODEL_V5_K210_DOWNLOAD: return "kpu_download";
    case KMODEL_V5_K210_CONV2D: return "kpu_conv2d";
    case KMODEL_V5_K210_COPY: return "copy";
    }
    return "unknown";
}

static void u32s(const uint8_t *p, uint32_t out[4])
{
    for (int k = 0; k < 4; k++)
        out[k] = kmodel_v5_u32(p + 4 * k);
}

nn_status_t kmodel_v5_k210_decode(const uint8_t *text, uint32_t text_size, uint32_t offset, kmodel_v5_k210_cmd_t *cmd,
                                  nn_error_t *err)
{
    memset(cmd, 0, sizeof *cmd);
    cmd->offset = offset;
    if (offset >= text_size)
        return nn_fail(err, NN_ERR_TRUNCATED, "k210 code offset %u is past the %u-byte code", offset, text_size);
    const uint8_t *p = text + offset;
    cmd->opcode = p[0];
    switch (cmd->opcode) {
    case KMODEL_V5_K210_UPLOAD:
    case KMODEL_V5_K210_DOWNLOAD: cmd->bytes = UPLOAD_BYTES; break;
    case KMODEL_V5_K210_CONV2D: cmd->bytes = CONV2D_BYTES; break;
    case KMODEL_V5_K210_COPY: cmd->bytes = COPY_BYTES; break;
    default:
        return nn_fail(err, NN_ERR_UNKNOWN_LAYER, "unknown k210 command %u at code offset %u (0 kpu_upload, "
                       "1 kpu_download, 2 kpu_conv2d, 3 copy)", cmd->opcode, offset);
    }
    if (cmd->bytes > text_size - offset)
        return nn_fail(err, NN_ERR_TRUNCATED, "k210 %s at code offset %u needs %u bytes, the code ends after %u",
                       kmodel_v5_k210_name(cmd->opcode), offset, cmd->bytes, text_size - offset);
    if (cmd->opcode == KMODEL_V5_K210_CONV2D) {
        cmd->weights = kmodel_v5_range_at(p + 4);
        cmd->batchnorm = kmodel_v5_range_at(p + 16);
        cmd->activation = kmodel_v5_range_at(p + 28);
        cmd->main_out = kmodel_v5_range_at(p + 40);
        cmd->batches = kmodel_v5_u32(p + 52);
        nn_kpu_args_load(p + 56, cmd->words);
        return NN_OK;
    }
    cmd->in = kmodel_v5_range_at(p + 4);
    cmd->out = kmodel_v5_range_at(p + 16);
    u32s(p + 28, cmd->shape);
    if (cmd->opcode == KMODEL_V5_K210_COPY) {
        u32s(p + 44, cmd->in_strides);
        u32s(p + 60, cmd->out_strides);
    }
    return NN_OK;
}

/* ---- checks --------------------------------------------------------------- */

typedef struct ctx {
    const kmodel_v5_t *m;
    const kmodel_v5_function_t *f;
    const kmodel_v5_k210_cmd_t *c;
    nn_error_t *err;
} ctx_t;

static nn_status_t cmd_fail(const ctx_t *x, nn_status_t code, const char *what)
{
    return nn_fail(x->err, code, "module %u function %u: k210 %s at code offset %u (byte %u): %s", x->f->module,
                   x->f->index, kmodel_v5_k210_name(x->c->opcode), x->c->offset,
                   x->m->modules[x->f->module].text_offset + x->f->entrypoint + x->c->offset, what);
}

/* Bytes the range offers to a kernel that touches `need` bytes from its start. */
static nn_status_t check_range(const ctx_t *x, kmodel_v5_range_t r, uint64_t need, const char *role, bool write)
{
    char why[200];
    const kmodel_v5_module_t *mod = &x->m->modules[x->f->module];
    uint64_t pool = 0;
    if (r.size < need) {
        snprintf(why, sizeof why, "its %s range (%s +%u) has %u bytes, the command touches %llu", role,
                 kmodel_v5_location_name(r.location), r.start, r.size, (unsigned long long)need);
        return cmd_fail(x, NN_ERR_MALFORMED, why);
    }
    switch (r.location) {
    case KMODEL_V5_LOC_INPUT:
    case KMODEL_V5_LOC_OUTPUT: {
        bool in = r.location == KMODEL_V5_LOC_INPUT;
        uint32_t count = in ? x->f->inputs : x->f->outputs;
        for (uint32_t i = 0; i < count; i++) {
            kmodel_v5_range_t t = in ? kmodel_v5_function_input(x->m, x->f, i) : kmodel_v5_function_output(x->m, x->f, i);
            if (t.start == r.start) {
                pool = (uint64_t)t.start + t.size;
                break;
            }
        }
        if (pool == 0) {
            snprintf(why, sizeof why, "its %s range starts at %s +%u, which is no %s of the function", role,
                     kmodel_v5_location_name(r.location), r.start, kmodel_v5_location_name(r.location));
            return cmd_fail(x, NN_ERR_MALFORMED, why);
        }
        if (in && write)
            return cmd_fail(x, NN_ERR_MALFORMED, "it writes into one of the function's inputs");
        break;
    }
    case KMODEL_V5_LOC_RDATA:
        if (write)
            return cmd_fail(x, NN_ERR_MALFORMED, "it writes into the read-only rdata");
        pool = mod->rdata_size;
        break;
    case KMODEL_V5_LOC_DATA: pool = mod->data_pool; break;
    case KMODEL_V5_LOC_KPU: pool = NN_KPU_RAM_BYTES; break;
    default:
        snprintf(why, sizeof why, "its %s range has memory location %u (%s), which a k210 function cannot reach",
                 role, r.location, kmodel_v5_location_name(r.location));
        return cmd_fail(x, NN_ERR_MALFORMED, why);
    }
    if ((uint64_t)r.start + need > pool) {
        snprintf(why, sizeof why, "its %s range (%s +%u, %llu bytes used) ends past the %llu-byte %s", role,
                 kmodel_v5_location_name(r.location), r.start, (unsigned long long)need, (unsigned long long)pool,
                 kmodel_v5_location_name(r.location));
        return cmd_fail(x, NN_ERR_MALFORMED, why);
    }
    return NN_OK;
}

/* A uint8 NCHW map shape: every dimension 1..1024 (the KPU's limits on a map side are lower; this bounds sizes). */
static nn_status_t check_map_shape(const ctx_t *x, const uint32_t s[4])
{
    for (int k = 0; k < 4; k++)
        if (s[k] < 1 || s[k] > 1024) {
            char why[120];
            snprintf(why, sizeof why, "shape [%u, %u, %u, %u] has a dimension outside 1..1024", s[0], s[1], s[2],
                     s[3]);
            return cmd_fail(x, NN_ERR_MALFORMED, why);
        }
    return NN_OK;
}

static uint64_t kpu_bytes(const uint32_t s[4]) { return (uint64_t)s[0] * nn_kpu_map_lines(s[1], s[2], s[3]) * 64u; }

static nn_status_t check_updown(const ctx_t *x)
{
    const kmodel_v5_k210_cmd_t *c = x->c;
    nn_status_t st = check_map_shape(x, c->shape);
    if (st != NN_OK)
        return st;
    bool up = c->opcode == KMODEL_V5_K210_UPLOAD;
    kmodel_v5_range_t kpu = up ? c->out : c->in, main = up ? c->in : c->out;
    if (kpu.location != KMODEL_V5_LOC_KPU)
        return cmd_fail(x, NN_ERR_MALFORMED, up ? "its output is not in KPU RAM" : "its input is not in KPU RAM");
    if (main.location == KMODEL_V5_LOC_KPU)
        return cmd_fail(x, NN_ERR_MALFORMED, up ? "its input is in KPU RAM" : "its output is in KPU RAM");
    if (kpu.start % NN_KPU_LINE_BYTES != 0)
        return cmd_fail(x, NN_ERR_MALFORMED, "its KPU RAM range does not start on a 64-byte line");
    if (main.datatype != KMODEL_V5_U8 && main.datatype != KMODEL_V5_I8)
        return cmd_fail(x, NN_ERR_MALFORMED, "its main-memory tensor is not 8-bit");
    uint64_t dense = (uint64_t)c->shape[0] * c->shape[1] * c->shape[2] * c->shape[3];
    st = check_range(x, main, dense, up ? "input" : "output", !up);
    if (st != NN_OK)
        return st;
    return check_range(x, kpu, kpu_bytes(c->shape), up ? "output" : "input", up);
}

static nn_status_t check_copy(const ctx_t *x)
{
    const kmodel_v5_k210_cmd_t *c = x->c;
    uint32_t eb = kmodel_v5_datatype_bytes(c->in.datatype);
    if (eb == 0)
        return cmd_fail(x, NN_ERR_MALFORMED, "its input datatype is unknown");
    uint64_t in_last = 0, out_last = 0;
    for (int k = 0; k < 4; k++) {
        if (c->shape[k] == 0)
            return NN_OK; /* nothing is copied */
        if (c->shape[k] > 65536 || c->in_strides[k] > 0x10000000u || c->out_strides[k] > 0x10000000u)
            return cmd_fail(x, NN_ERR_MALFORMED, "a dimension or stride is out of range");
        in_last += (uint64_t)(c->shape[k] - 1) * c->in_strides[k];
        out_last += (uint64_t)(c->shape[k] - 1) * c->out_strides[k];
    }
    nn_status_t st = check_range(x, c->in, (in_last + 1) * eb, "input", false);
    return st != NN_OK ? st : check_range(x, c->out, (out_last + 1) * eb, "output", true);
}

static nn_status_t check_conv2d(const ctx_t *x)
{
    const kmodel_v5_k210_cmd_t *c = x->c;
    nn_kpu_args_t a;
    nn_kpu_args_decode(c->words, false, &a); /* V5 KPU weights are 8-bit, as in V4 */
    const char *bad = nn_kpu_args_check(&a);
    if (bad != NULL)
        return cmd_fail(x, NN_ERR_MALFORMED, bad);
    if (c->batches < 1 || c->batches > 1024)
        return cmd_fail(x, NN_ERR_MALFORMED, "batches is not 1..1024");
    uint64_t in_lines = nn_kpu_map_lines(a.conv.in_c, a.conv.in_h, a.conv.in_w);
    uint64_t out_lines = nn_kpu_map_lines(a.conv.out_c, a.conv.out_h, a.conv.out_w);
    if (a.src_line + c->batches * in_lines > NN_KPU_RAM_LINES || a.dst_line + c->batches * out_lines > NN_KPU_RAM_LINES)
        return cmd_fail(x, NN_ERR_MALFORMED, "its input or output maps (all batches) run past the end of KPU RAM");
    if (c->weights.location != KMODEL_V5_LOC_RDATA || c->batchnorm.location != KMODEL_V5_LOC_RDATA ||
        c->activation.location != KMODEL_V5_LOC_RDATA)
        return cmd_fail(x, NN_ERR_MALFORMED, "its weights, batch-norm and activation tables are not all in rdata");
    nn_status_t st = check_range(x, c->weights, nn_kpu_conv_weight_bytes(&a.conv), "weights", false);
    if (st == NN_OK)
        st = check_range(x, c->batchnorm, 8u * a.conv.out_c, "batch-norm", false);
    if (st == NN_OK)
        st = check_range(x, c->activation, 144, "activation", false);
    if (st != NN_OK)
        return st;
    const kmodel_v5_module_t *mod = &x->m->modules[x->f->module];
    if ((mod->rdata_offset + c->activation.start) % 256u != 0)
        return cmd_fail(x, NN_ERR_MALFORMED, "its activation table is not 256-byte aligned in the file (the KPU "
                        "needs it so, and nncase's runtime refuses it)");
    if (c->main_out.size != 0) {
        if (c->main_out.location == KMODEL_V5_LOC_KPU)
            return cmd_fail(x, NN_ERR_MALFORMED, "its main-memory output is in KPU RAM");
        uint64_t dense = (uint64_t)c->batches * a.conv.out_c * a.conv.out_h * a.conv.out_w;
        return check_range(x, c->main_out, dense, "main_mem_output", true);
    }
    return NN_OK;
}

nn_status_t kmodel_v5_k210_check(const kmodel_v5_t *m, const kmodel_v5_function_t *f, nn_error_t *err)
{
    const uint8_t *text = kmodel_v5_function_text(m, f);
    uint32_t at = 0;
    while (at < f->text_size) {
        kmodel_v5_k210_cmd_t cmd;
        nn_error_t inner = { NN_OK, "" };
        nn_status_t st = kmodel_v5_k210_decode(text, f->text_size, at, &cmd, &inner);
        if (st != NN_OK)
            return nn_fail(err, st, "module %u function %u: %.250s", f->module, f->index, inner.message);
        ctx_t x = { m, f, &cmd, err };
        switch (cmd.opcode) {
        case KMODEL_V5_K210_UPLOAD:
        case KMODEL_V5_K210_DOWNLOAD: st = check_updown(&x); break;
        case KMODEL_V5_K210_CONV2D: st = check_conv2d(&x); break;
        default: st = check_copy(&x); break;
        }
        if (st != NN_OK)
            return st;
        at += cmd.bytes;
    }
    return NN_OK;
}
