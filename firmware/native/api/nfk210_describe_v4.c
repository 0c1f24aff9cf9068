/* Description of a kmodel V4 as JSON (schema in nfk210_api.h): nodes as
 * "layers" named by opcode, with the shapes their bodies give, the memory
 * ranges they read and write, KPU or CPU. */
#include <stdio.h>
#include <stdlib.h>

#include "nfk210_describe.h"
#include "nfk210_json.h"
#include "nn_kpu_layout.h"
#include "nn_v4_runtime.h"

#define put nfk_json_put

static const char *binary_names[] = { "add", "sub", "mul", "div", "min", "max" };
static const char *unary_names[] = { "abs", "ceil", "cos", "exp", "floor", "log", "neg", "rsqrt", "sin", "square" };
static const char *reduce_names[] = { "mean", "min", "max", "sum" };

/* Kernel text, weight bytes inside the body, and a detail line. */
static void node_facts(const kmodel_v4_op_t *op, char *kernel, size_t kernel_size, uint64_t *weights, char *detail,
                       size_t detail_size)
{
    kernel[0] = detail[0] = '\0';
    *weights = 0;
    switch ((kmodel_v4_opcode_t)op->opcode) {
    case KMODEL_V4_OP_binary:
        snprintf(detail, detail_size, "%s", binary_names[op->u.binary.op]);
        break;
    case KMODEL_V4_OP_quantized_binary:
        snprintf(detail, detail_size, "%s", binary_names[op->u.quantized_binary.op]);
        break;
    case KMODEL_V4_OP_unary: snprintf(detail, detail_size, "%s", unary_names[op->u.unary]); break;
    case KMODEL_V4_OP_reduce: snprintf(detail, detail_size, "%s", reduce_names[op->u.reduce.op]); break;
    case KMODEL_V4_OP_reduce_window2d:
    case KMODEL_V4_OP_cpu_reduce_window2d:
        snprintf(kernel, kernel_size, "%dx%d", op->u.reduce_window2d.win.filter_h, op->u.reduce_window2d.win.filter_w);
        snprintf(detail, detail_size, "%s, stride %dx%d", reduce_names[op->u.reduce_window2d.op],
                 op->u.reduce_window2d.win.stride_h, op->u.reduce_window2d.win.stride_w);
        break;
    case KMODEL_V4_OP_quantize:
    case KMODEL_V4_OP_dequantize:
        snprintf(detail, detail_size, "zero point %d, scale %g", op->u.quant.zero_point, (double)op->u.quant.scale);
        break;
    case KMODEL_V4_OP_resize_image:
        snprintf(detail, detail_size, "%s%s", op->u.resize.mode ? "nearest" : "bilinear",
                 op->u.resize.align_corners ? ", align corners" : "");
        break;
    case KMODEL_V4_OP_softmax: snprintf(detail, detail_size, "beta %g", (double)op->u.softmax.beta); break;
    case KMODEL_V4_OP_concat: snprintf(detail, detail_size, "%u inputs", op->u.concat.count); break;
    case KMODEL_V4_OP_conv2d:
    case KMODEL_V4_OP_quantized_conv2d: {
        const nn_v4_conv2d_params_t *p = &op->u.conv2d;
        uint64_t wn = (uint64_t)p->out_channels * (uint64_t)p->in_shape.d[1] / (uint64_t)p->groups *
                      (uint64_t)p->win.filter_h * (uint64_t)p->win.filter_w;
        bool q = op->opcode == KMODEL_V4_OP_quantized_conv2d;
        snprintf(kernel, kernel_size, "%dx%d", p->win.filter_h, p->win.filter_w);
        *weights = (q ? wn : 4 * wn) + 4ull * (uint64_t)p->out_channels;
        snprintf(detail, detail_size, "groups %d, stride %dx%d, dilation %dx%d", p->groups, p->win.stride_h,
                 p->win.stride_w, p->win.dilation_h, p->win.dilation_w);
        break;
    }
    case KMODEL_V4_OP_conv2d_transpose: {
        const nn_v4_conv2d_transpose_params_t *p = &op->u.conv2d_transpose;
        snprintf(kernel, kernel_size, "%dx%d", p->win.filter_h, p->win.filter_w);
        *weights = 4ull * ((uint64_t)p->out_shape.d[1] * (uint64_t)p->in_shape.d[1] / (uint64_t)p->groups *
                           (uint64_t)p->win.filter_h * (uint64_t)p->win.filter_w + (uint64_t)p->out_shape.d[1]);
        snprintf(detail, detail_size, "groups %d, stride %dx%d (bias ignored, as in nncase 0.2)", p->groups,
                 p->win.stride_h, p->win.stride_w);
        break;
    }
    case KMODEL_V4_OP_matmul:
    case KMODEL_V4_OP_quantized_matmul: *weights = 4ull * (uint64_t)op->u.matmul.b_cols; break;
    case KMODEL_V4_OP_cpu_conv2d:
    case KMODEL_V4_OP_cpu_depthwise_conv2d:
    case KMODEL_V4_OP_cpu_quantized_conv2d:
    case KMODEL_V4_OP_cpu_quantized_depthwise_conv2d: {
        const nn_v4_cpu_conv2d_params_t *p = &op->u.cpu_conv;
        bool dw = op->opcode == KMODEL_V4_OP_cpu_depthwise_conv2d ||
                  op->opcode == KMODEL_V4_OP_cpu_quantized_depthwise_conv2d;
        bool q = op->opcode == KMODEL_V4_OP_cpu_quantized_conv2d ||
                 op->opcode == KMODEL_V4_OP_cpu_quantized_depthwise_conv2d;
        uint64_t wn = (uint64_t)p->out_channels * (uint64_t)p->win.filter_h * (uint64_t)p->win.filter_w *
                      (dw ? 1 : (uint64_t)p->in_shape.d[3]);
        snprintf(kernel, kernel_size, "%dx%d", p->win.filter_h, p->win.filter_w);
        *weights = (q ? wn : 4 * wn) + 4ull * (uint64_t)p->out_channels;
        snprintf(detail, detail_size, "NHWC%s", dw ? ", depthwise" : "");
        break;
    }
    case KMODEL_V4_OP_kpu_conv2d: {
        const nn_kpu_args_t *a = &op->u.kpu.args;
        snprintf(kernel, kernel_size, "%s", a->conv.kernel == 3 ? "3x3" : "1x1");
        *weights = nn_kpu_conv_weight_bytes(&a->conv);
        snprintf(detail, detail_size, "KPU RAM lines %u -> %u, pad %u, batches %u", a->src_line, a->dst_line,
                 a->conv.pad_value, op->u.kpu.batches);
        break;
    }
    case KMODEL_V4_OP_kpu_upload:
        snprintf(detail, detail_size, "CPU copy into the KPU layout at line %u", op->out.start / NN_KPU_LINE_BYTES);
        break;
    default: break;
    }
}

typedef struct memory_list {
    json_t *j;
    int count;
    uint64_t kpu_low, kpu_high; /* KPU bytes touched */
} memory_list_t;

static bool put_access(void *user, const kmodel_v4_access_t *a)
{
    memory_list_t *l = user;
    put(l->j, "%s{ \"role\": \"%s\", \"item\": %u, \"memory_type\": \"%s\", \"dtype\": \"%s\", \"start\": %u, "
        "\"size\": %u, \"write\": %s }", l->count++ ? ", " : "", a->role, a->item,
        kmodel_v4_memory_name(a->range.memory_type), kmodel_v4_datatype_name(a->range.datatype), a->range.start,
        a->range.size, a->write ? "true" : "false");
    if (a->range.memory_type == KMODEL_V4_MEM_KPU) {
        if (a->range.start < l->kpu_low)
            l->kpu_low = a->range.start;
        if ((uint64_t)a->range.start + a->bytes > l->kpu_high)
            l->kpu_high = (uint64_t)a->range.start + a->bytes;
    }
    return true;
}

static void describe_node(json_t *j, const kmodel_v4_t *m, const kmodel_v4_node_t *n, json_t *violations,
                          memory_list_t *kpu)
{
    kmodel_v4_op_t op;
    if (kmodel_v4_decode(m, n, &op, NULL) != NN_OK)
        return; /* validated at load */
    kmodel_v4_shapes_t s = kmodel_v4_node_shapes(&op);
    char kernel[24], detail[160];
    uint64_t weights;
    node_facts(&op, kernel, sizeof kernel, &weights, detail, sizeof detail);
    bool on_kpu = kmodel_v4_node_on_kpu(n->opcode);
    int pool = on_kpu ? (int)op.u.kpu.args.conv.pool_type : -1;
    bool depthwise = on_kpu ? op.u.kpu.args.conv.depthwise
                            : n->opcode == KMODEL_V4_OP_cpu_depthwise_conv2d ||
                                  n->opcode == KMODEL_V4_OP_cpu_quantized_depthwise_conv2d;
    put(j, "%s{ \"index\": %u, \"type\": \"%s\", \"code\": %u, \"unit\": \"%s\", ", n->index ? ", " : "", n->index,
        kmodel_v4_opcode_name(n->opcode), n->opcode, on_kpu ? "KPU" : "CPU");
    nfk_json_dims(j, "input_shape", s.in, s.in_dims);
    put(j, ", ");
    nfk_json_dims(j, "output_shape", s.out, s.out_dims);
    put(j, ", \"kernel\": \"%s\", \"depthwise\": %s, \"pool\": \"%s\", \"pool_type\": %d, \"weights_bytes\": %llu, "
        "\"macs\": %llu, \"main_mem_out\": %s, \"detail\": \"%s\", \"body_bytes\": %u, \"memory\": [", kernel,
        depthwise ? "true" : "false", on_kpu ? nfk_kpu_pool_name((uint32_t)pool) : "", pool,
        (unsigned long long)weights, (unsigned long long)nn_v4_node_macs(m, n),
        on_kpu && op.u.kpu.main_out.size != 0 ? "true" : "false", detail, n->body_size);
    memory_list_t list = { j, 0, kpu->kpu_low, kpu->kpu_high };
    kmodel_v4_for_each_access(&op, put_access, &list);
    kpu->kpu_low = list.kpu_low;
    kpu->kpu_high = list.kpu_high;
    put(j, "] }");
    if (on_kpu) {
        char what[48];
        snprintf(what, sizeof what, "node %u (kpu_conv2d)", n->index);
        nfk_kpu_violations(violations, what, &op.u.kpu.args.conv);
    }
}

static void describe_inputs(json_t *j, const kmodel_v4_t *m, memory_list_t *kpu)
{
    for (uint32_t i = 0; i < m->header.inputs; i++) {
        kmodel_v4_range_t r = kmodel_v4_input(m, i);
        nn_shape4_t s = kmodel_v4_input_shape(m, i);
        bool on_kpu = r.memory_type == KMODEL_V4_MEM_KPU;
        put(j, "%s{ \"index\": %u, \"shape\": ", i ? ", " : "", i);
        if (s.d[0] == 1) /* CHW, as V3 inputs and image files are */
            put(j, "[%d, %d, %d]", s.d[1], s.d[2], s.d[3]);
        else
            put(j, "[%d, %d, %d, %d]", s.d[0], s.d[1], s.d[2], s.d[3]);
        put(j, ", \"nchw\": [%d, %d, %d, %d], \"dtype\": \"%s\", \"bytes\": %llu, \"location\": \"%s\", "
            "\"memory_type\": \"%s\", \"start\": %u, \"size\": %u }", s.d[0], s.d[1], s.d[2], s.d[3],
            kmodel_v4_datatype_name(r.datatype), (unsigned long long)kmodel_v4_input_bytes(m, i),
            on_kpu ? "kpu" : "main", kmodel_v4_memory_name(r.memory_type), r.start, r.size);
        if (on_kpu) {
            uint64_t end = r.start + kmodel_v4_kpu_map_bytes(&s);
            kpu->kpu_low = r.start < kpu->kpu_low ? r.start : kpu->kpu_low;
            kpu->kpu_high = end > kpu->kpu_high ? end : kpu->kpu_high;
        }
    }
}

char *nfk_describe_v4(const kmodel_v4_t *m, const char *profile, size_t sram_available)
{
    json_t j = { NULL, 0, 0, false }, v = { NULL, 0, 0, false }, nodes = { NULL, 0, 0, false };
    nn_v4_memory_t need = nn_v4_memory_needs(m);
    memory_list_t kpu = { NULL, 0, NN_KPU_RAM_BYTES, 0 };

    put(&v, "[");
    put(&nodes, "[");
    kmodel_v4_node_t n = kmodel_v4_first_node(m);
    for (uint32_t i = 0; i < m->header.nodes; i++) {
        if (i > 0)
            n = kmodel_v4_next_node(m, &n);
        describe_node(&nodes, m, &n, &v, &kpu);
    }
    put(&nodes, "]");
    put(&v, "]");

    put(&j, "{ \"format\": \"kmodel V4\", \"version\": 4, \"profile\": \"%s\", \"weights_bits\": 8, "
        "\"target\": \"%s\", ", profile, m->header.target == 1 ? "K210" : "CPU");
    put(&j, "\"inputs\": [");
    describe_inputs(&j, m, &kpu);
    uint32_t low = kpu.kpu_high > kpu.kpu_low ? (uint32_t)(kpu.kpu_low / NN_KPU_LINE_BYTES) : 0;
    uint32_t lines = kpu.kpu_high > kpu.kpu_low
                         ? (uint32_t)((kpu.kpu_high + NN_KPU_LINE_BYTES - 1) / NN_KPU_LINE_BYTES) - low : 0;
    put(&j, "], \"outputs\": [");
    for (uint32_t i = 0; i < m->header.outputs; i++) {
        kmodel_v4_range_t r = kmodel_v4_output(m, i);
        put(&j, "%s{ \"index\": %u, \"address\": %u, \"bytes\": %u, \"dtype\": \"%s\", \"memory_type\": \"%s\" }",
            i ? ", " : "", i, r.start, r.size, kmodel_v4_datatype_name(r.datatype),
            kmodel_v4_memory_name(r.memory_type));
    }
    put(&j, "], \"memory\": { \"file_bytes\": %llu, \"main_bytes\": %u, \"constants_bytes\": %u, "
        "\"kpu_ram_lines\": %u, \"kpu_ram_bytes\": %u, \"max_start_line\": %u, \"sram_needed_bytes\": %zu, "
        "\"sram_available_bytes\": %zu }, ", (unsigned long long)m->model_size, m->header.main_mem,
        m->header.constants, lines, lines * NN_KPU_LINE_BYTES, low, need.arena_bytes, sram_available);
    put(&j, "\"layers\": %s, \"violations\": %s }", nodes.failed ? "[]" : nodes.text, v.failed ? "[]" : v.text);
    bool failed = j.failed || nodes.failed || v.failed;
    free(v.text);
    free(nodes.text);
    if (failed) {
        free(j.text);
        return NULL;
    }
    return j.text;
}
