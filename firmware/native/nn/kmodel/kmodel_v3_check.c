#include "kmodel_v3_check.h"

#include <string.h>

#include "nn_int.h"
#include "nn_kpu_layout.h"

/* Products of untrusted sizes saturate (nn_mul_sat) instead of wrapping. */
static uint64_t mul3(uint64_t a, uint64_t b, uint64_t c) { return nn_mul_sat(nn_mul_sat(a, b), c); }

kmodel_v3_conv_t kmodel_v3_conv_head(const kmodel_v3_layer_t *l)
{
    kmodel_v3_conv_t c;
    c.flags = kmodel_v3_u32(l->body, 0);
    c.main_mem_out_address = kmodel_v3_u32(l->body, 4);
    c.layer_offset = kmodel_v3_u32(l->body, 8);
    c.weights_offset = kmodel_v3_u32(l->body, 12);
    c.bn_offset = kmodel_v3_u32(l->body, 16);
    c.act_offset = kmodel_v3_u32(l->body, 20);
    return c;
}

void kmodel_v3_conv_args(const kmodel_v3_t *m, const kmodel_v3_layer_t *l, nn_kpu_args_t *out)
{
    uint64_t words[12];
    kmodel_v3_conv_t head = kmodel_v3_conv_head(l);
    nn_kpu_args_load(m->data + head.layer_offset, words);
    nn_kpu_args_decode(words, (m->header.flags & 1) == 0, out);
}

/* Fixed body size of each type; 0 = the SDK does not run it. */
static uint32_t fixed_body_bytes(uint32_t type)
{
    switch (type) {
#define KMODEL_V3_BYTES(code, name, bytes) \
    case code: return bytes;
        KMODEL_V3_LAYER_TYPES(KMODEL_V3_BYTES)
#undef KMODEL_V3_BYTES
    }
    return 0;
}

static bool is_known_type(uint32_t type) { return strcmp(kmodel_v3_layer_name(type), "UNKNOWN") != 0; }

#define U32(off) kmodel_v3_u32(l->body, off)

int kmodel_v3_layer_ranges(const kmodel_v3_layer_t *l, kmodel_v3_range_t r[KMODEL_V3_MAX_RANGES])
{
    int n = 0;
#define RANGE(start, bytes, w) (r[n++] = (kmodel_v3_range_t){ (start), (bytes), (w) })
    switch (l->type) {
    case KMODEL_V3_ADD:
        RANGE(U32(4), nn_mul_sat(U32(16), 4), false);
        RANGE(U32(8), nn_mul_sat(U32(16), 4), false);
        RANGE(U32(12), nn_mul_sat(U32(16), 4), true);
        break;
    case KMODEL_V3_QUANTIZED_ADD:
        RANGE(U32(4), U32(16), false);
        RANGE(U32(8), U32(16), false);
        RANGE(U32(12), U32(16), true);
        break;
    case KMODEL_V3_GLOBAL_AVERAGE_POOL2D:
        RANGE(U32(4), mul3(U32(12), U32(16), 4), false);
        RANGE(U32(8), nn_mul_sat(U32(16), 4), true);
        break;
    case KMODEL_V3_QUANTIZED_GLOBAL_AVERAGE_POOL2D:
        RANGE(U32(4), nn_mul_sat(U32(12), U32(16)), false);
        RANGE(U32(8), U32(16), true);
        break;
    case KMODEL_V3_MAX_POOL2D:
    case KMODEL_V3_AVERAGE_POOL2D:
    case KMODEL_V3_QUANTIZED_MAX_POOL2D: {
        uint64_t e = l->type == KMODEL_V3_QUANTIZED_MAX_POOL2D ? 1 : 4;
        RANGE(U32(4), nn_mul_sat(mul3(U32(12), U32(16), U32(20)), e), false);
        RANGE(U32(8), nn_mul_sat(mul3(U32(24), U32(28), U32(32)), e), true);
        break;
    }
    case KMODEL_V3_QUANTIZE:
        RANGE(U32(4), nn_mul_sat(U32(12), 4), false);
        RANGE(U32(8), U32(12), true);
        break;
    case KMODEL_V3_DEQUANTIZE:
        RANGE(U32(4), U32(12), false);
        RANGE(U32(8), nn_mul_sat(U32(12), 4), true);
        break;
    case KMODEL_V3_REQUANTIZE:
        RANGE(U32(4), U32(12), false);
        RANGE(U32(8), U32(12), true);
        break;
    case KMODEL_V3_L2_NORMALIZATION:
    case KMODEL_V3_SOFTMAX:
    case KMODEL_V3_LOGISTIC:
        RANGE(U32(4), nn_mul_sat(U32(12), 4), false);
        RANGE(U32(8), nn_mul_sat(U32(12), 4), true);
        break;
    case KMODEL_V3_CONCAT:
    case KMODEL_V3_QUANTIZED_CONCAT: {
        uint64_t total = 0;
        for (uint32_t k = 0; k < U32(8); k++)
            total += U32(16 + 8 * k);
        RANGE(U32(4), total, true);
        break;
    }
    case KMODEL_V3_FULLY_CONNECTED:
        RANGE(U32(4), nn_mul_sat(U32(12), 4), false);
        RANGE(U32(8), nn_mul_sat(U32(16), 4), true);
        break;
    case KMODEL_V3_TENSORFLOW_FLATTEN:
    case KMODEL_V3_QUANTIZED_TENSORFLOW_FLATTEN: {
        uint64_t e = l->type == KMODEL_V3_TENSORFLOW_FLATTEN ? 4 : 1;
        RANGE(U32(4), nn_mul_sat(mul3(U32(12), U32(16), U32(20)), e), false);
        RANGE(U32(8), nn_mul_sat(mul3(U32(12), U32(16), U32(20)), e), true);
        break;
    }
    case KMODEL_V3_RESIZE_NEAREST_NEIGHBOR:
    case KMODEL_V3_QUANTIZED_RESIZE_NEAREST_NEIGHBOR: {
        uint64_t e = l->type == KMODEL_V3_RESIZE_NEAREST_NEIGHBOR ? 4 : 1;
        RANGE(U32(4), nn_mul_sat(mul3(U32(12), U32(16), U32(20)), e), false);
        RANGE(U32(8), nn_mul_sat(mul3(U32(24), U32(28), U32(20)), e), true);
        break;
    }
    case KMODEL_V3_CHANNELWISE_DEQUANTIZE:
        RANGE(U32(4), nn_mul_sat(U32(12), U32(16)), false);
        RANGE(U32(8), mul3(U32(12), U32(16), 4), true);
        break;
    case KMODEL_V3_K210_CONV:
        if (U32(0) & KMODEL_V3_MAIN_MEM_OUT)
            RANGE(U32(4), 0, true); /* size from the argument, checked with it */
        break;
    case KMODEL_V3_K210_ADD_PADDING:
        RANGE(U32(4), U32(12), false);
        break;
    case KMODEL_V3_K210_REMOVE_PADDING:
        RANGE(U32(4), U32(12) == 0 ? 0 : nn_mul_sat(U32(12) - 1, 16) + 1, false);
        RANGE(U32(8), U32(12), true);
        break;
    case KMODEL_V3_K210_UPLOAD:
        RANGE(U32(4), mul3(U32(12), U32(16), U32(20)), false);
        break;
    default:
        break;
    }
#undef RANGE
    return n;
}

kmodel_v3_shapes_t kmodel_v3_layer_shapes(const kmodel_v3_t *m, const kmodel_v3_layer_t *l)
{
    kmodel_v3_shapes_t s = { { 0 }, { 0 }, 1, 1 };
    switch (l->type) {
    case KMODEL_V3_K210_CONV: {
        nn_kpu_args_t a;
        kmodel_v3_conv_args(m, l, &a);
        s = (kmodel_v3_shapes_t){ { a.conv.in_c, a.conv.in_h, a.conv.in_w }, { a.conv.out_c, a.conv.out_h, a.conv.out_w },
                                  3, 3 };
        break;
    }
    case KMODEL_V3_MAX_POOL2D: case KMODEL_V3_AVERAGE_POOL2D: case KMODEL_V3_QUANTIZED_MAX_POOL2D:
        s = (kmodel_v3_shapes_t){ { U32(20), U32(16), U32(12) }, { U32(32), U32(28), U32(24) }, 3, 3 };
        break;
    case KMODEL_V3_GLOBAL_AVERAGE_POOL2D: case KMODEL_V3_QUANTIZED_GLOBAL_AVERAGE_POOL2D:
        s = (kmodel_v3_shapes_t){ { U32(16), U32(12), 0 }, { U32(16), 0, 0 }, 2, 1 };
        break;
    case KMODEL_V3_TENSORFLOW_FLATTEN: case KMODEL_V3_QUANTIZED_TENSORFLOW_FLATTEN:
        s = (kmodel_v3_shapes_t){ { U32(20), U32(16), U32(12) }, { U32(20) * U32(16) * U32(12), 0, 0 }, 3, 1 };
        break;
    case KMODEL_V3_RESIZE_NEAREST_NEIGHBOR: case KMODEL_V3_QUANTIZED_RESIZE_NEAREST_NEIGHBOR:
        s = (kmodel_v3_shapes_t){ { U32(20), U32(16), U32(12) }, { U32(20), U32(28), U32(24) }, 3, 3 };
        break;
    case KMODEL_V3_FULLY_CONNECTED: s.in[0] = U32(12); s.out[0] = U32(16); break;
    case KMODEL_V3_CHANNELWISE_DEQUANTIZE:
        s = (kmodel_v3_shapes_t){ { U32(12), U32(16), 0 }, { U32(12), U32(16), 0 }, 2, 2 };
        break;
    case KMODEL_V3_ADD: case KMODEL_V3_QUANTIZED_ADD: s.in[0] = s.out[0] = U32(16); break;
    case KMODEL_V3_K210_ADD_PADDING: s = (kmodel_v3_shapes_t){ { U32(12), 0, 0 }, { U32(12), 4, 4 }, 1, 3 }; break;
    case KMODEL_V3_K210_REMOVE_PADDING: s = (kmodel_v3_shapes_t){ { U32(12), 4, 4 }, { U32(12), 0, 0 }, 3, 1 }; break;
    case KMODEL_V3_K210_UPLOAD:
        s = (kmodel_v3_shapes_t){ { U32(20), U32(16), U32(12) }, { U32(20), U32(16), U32(12) }, 3, 3 };
        break;
    case KMODEL_V3_CONCAT: case KMODEL_V3_QUANTIZED_CONCAT: {
        kmodel_v3_range_t r[KMODEL_V3_MAX_RANGES];
        kmodel_v3_layer_ranges(l, r);
        s.in[0] = U32(8);
        s.out[0] = (uint32_t)r[0].bytes;
        break;
    }
    default: s.in[0] = s.out[0] = U32(12); break; /* element counts */
    }
    return s;
}

static bool overlaps_partly(const kmodel_v3_range_t *a, const kmodel_v3_range_t *b)
{
    if (a->start == b->start)
        return false; /* exactly in place: element-wise kernels allow it */
    return a->start < b->start + b->bytes && b->start < a->start + a->bytes;
}

static nn_status_t check_ranges(const kmodel_v3_t *m, const kmodel_v3_layer_t *l, nn_error_t *err)
{
    kmodel_v3_range_t r[KMODEL_V3_MAX_RANGES];
    int n = kmodel_v3_layer_ranges(l, r);
    const char *name = kmodel_v3_layer_name(l->type);
    for (int i = 0; i < n; i++) {
        if (r[i].start + r[i].bytes > m->header.main_mem_usage || r[i].bytes == UINT64_MAX)
            return nn_fail(err, NN_ERR_MALFORMED,
                           "layer %u (%s): %s range at main-buffer byte %llu (%llu bytes) is past main_mem_usage %u",
                           l->index, name, r[i].written ? "output" : "input", (unsigned long long)r[i].start,
                           (unsigned long long)r[i].bytes, m->header.main_mem_usage);
    }
    for (int i = 0; i < n; i++)
        for (int j = 0; j < n; j++)
            if (r[i].written && !r[j].written && overlaps_partly(&r[i], &r[j]))
                return nn_fail(err, NN_ERR_MALFORMED,
                               "layer %u (%s): output bytes %llu..%llu partly overlap input bytes %llu..%llu",
                               l->index, name, (unsigned long long)r[i].start,
                               (unsigned long long)(r[i].start + r[i].bytes), (unsigned long long)r[j].start,
                               (unsigned long long)(r[j].start + r[j].bytes));
    return NN_OK;
}

static nn_status_t check_kpu_map(const kmodel_v3_layer_t *l, uint32_t line, uint32_t c, uint32_t h, uint32_t w,
                                 nn_error_t *err)
{
    if (c == 0 || h == 0 || w == 0 || c > 1024 || w > 1024 || h > 1024)
        return nn_fail(err, NN_ERR_MALFORMED, "layer %u (%s): KPU map %ux%ux%u is empty or over 1024",
                       l->index, kmodel_v3_layer_name(l->type), c, h, w);
    if ((uint64_t)line + nn_kpu_map_lines(c, h, w) > NN_KPU_RAM_LINES)
        return nn_fail(err, NN_ERR_MALFORMED,
                       "layer %u (%s): KPU map of %u lines at line %u runs past the end of KPU RAM (32768 lines)",
                       l->index, kmodel_v3_layer_name(l->type), nn_kpu_map_lines(c, h, w), line);
    return NN_OK;
}

static nn_status_t check_file_block(const kmodel_v3_t *m, const kmodel_v3_layer_t *l, uint32_t offset,
                                    uint64_t bytes, const char *what, nn_error_t *err)
{
    if (offset < m->body_start)
        return nn_fail(err, NN_ERR_MALFORMED,
                       "layer %u (K210_CONV): %s at file offset %u lies in the header and tables (before byte %u)",
                       l->index, what, offset, m->body_start);
    if ((uint64_t)offset + bytes > m->size)
        return nn_fail(err, NN_ERR_TRUNCATED,
                       "layer %u (K210_CONV): %s at file offset %u (%llu bytes) runs past the end of the %zu-byte file",
                       l->index, what, offset, (unsigned long long)bytes, m->size);
    return NN_OK;
}

static nn_status_t check_conv(const kmodel_v3_t *m, const kmodel_v3_layer_t *l, nn_error_t *err)
{
    kmodel_v3_conv_t head = kmodel_v3_conv_head(l);
    nn_status_t st = check_file_block(m, l, head.layer_offset, 96, "layer argument", err);
    if (st != NN_OK)
        return st;
    nn_kpu_args_t a;
    kmodel_v3_conv_args(m, l, &a);
    const char *bad = nn_kpu_args_check(&a);
    if (bad != NULL)
        return nn_fail(err, NN_ERR_MALFORMED, "layer %u (K210_CONV): %s", l->index, bad);
    if ((st = check_file_block(m, l, head.weights_offset, nn_kpu_conv_weight_bytes(&a.conv), "weights", err)) ||
        (st = check_file_block(m, l, head.bn_offset, 8ull * a.conv.out_c, "batch-norm table", err)) ||
        (st = check_file_block(m, l, head.act_offset, 144, "activation table", err)))
        return st;
    if ((head.flags & KMODEL_V3_MAIN_MEM_OUT) &&
        (uint64_t)head.main_mem_out_address + a.dma_total_bytes > m->header.main_mem_usage)
        return nn_fail(err, NN_ERR_MALFORMED,
                       "layer %u (K210_CONV): its %llu output bytes at main-buffer byte %u run past main_mem_usage %u",
                       l->index, (unsigned long long)a.dma_total_bytes, head.main_mem_out_address,
                       m->header.main_mem_usage);
    return NN_OK;
}

static nn_status_t check_fields(const kmodel_v3_t *m, const kmodel_v3_layer_t *l, nn_error_t *err)
{
    const char *name = kmodel_v3_layer_name(l->type);
    switch (l->type) {
    case KMODEL_V3_K210_CONV:
        return check_conv(m, l, err);
    case KMODEL_V3_K210_ADD_PADDING:
        return check_kpu_map(l, U32(8), U32(12), 4, 4, err);
    case KMODEL_V3_K210_UPLOAD:
        return check_kpu_map(l, U32(8), U32(20), U32(16), U32(12), err);
    case KMODEL_V3_CONCAT:
    case KMODEL_V3_QUANTIZED_CONCAT: {
        uint64_t need = 12 + 8 * (uint64_t)U32(8);
        if (need > l->body_size)
            return nn_fail(err, NN_ERR_TRUNCATED, "layer %u (%s): %u inputs need a %llu-byte body, it has %u",
                           l->index, name, U32(8), (unsigned long long)need, l->body_size);
        for (uint32_t k = 0; k < U32(8); k++)
            if ((uint64_t)U32(12 + 8 * k) + U32(16 + 8 * k) > m->header.main_mem_usage)
                return nn_fail(err, NN_ERR_MALFORMED, "layer %u (%s): input %u is past main_mem_usage %u",
                               l->index, name, k, m->header.main_mem_usage);
        return NN_OK;
    }
    case KMODEL_V3_FULLY_CONNECTED: {
        uint64_t need = 24 + nn_mul_sat(4, nn_mul_sat(U32(12), U32(16)) + U32(16));
        if (need > l->body_size)
            return nn_fail(err, NN_ERR_TRUNCATED,
                           "layer %u (%s): %u x %u weights and biases need a %llu-byte body, it has %u", l->index,
                           name, U32(16), U32(12), (unsigned long long)need, l->body_size);
        if (U32(20) > 2)
            return nn_fail(err, NN_ERR_MALFORMED, "layer %u (%s): activation %u is not 0, 1 or 2", l->index, name,
                           U32(20));
        return NN_OK;
    }
    case KMODEL_V3_CHANNELWISE_DEQUANTIZE: {
        uint64_t need = 20 + 8 * (uint64_t)U32(12);
        if (need > l->body_size)
            return nn_fail(err, NN_ERR_TRUNCATED, "layer %u (%s): %u channels need a %llu-byte body, it has %u",
                           l->index, name, U32(12), (unsigned long long)need, l->body_size);
        return NN_OK;
    }
    case KMODEL_V3_RESIZE_NEAREST_NEIGHBOR:
    case KMODEL_V3_QUANTIZED_RESIZE_NEAREST_NEIGHBOR:
        if (U32(12) == 0 || U32(16) == 0 || U32(24) == 0 || U32(28) == 0)
            return nn_fail(err, NN_ERR_MALFORMED, "layer %u (%s): a width or height is 0", l->index, name);
        return NN_OK;
    case KMODEL_V3_GLOBAL_AVERAGE_POOL2D:
    case KMODEL_V3_QUANTIZED_GLOBAL_AVERAGE_POOL2D:
        if (U32(12) == 0)
            return nn_fail(err, NN_ERR_MALFORMED, "layer %u (%s): kernel_size is 0", l->index, name);
        return NN_OK;
    case KMODEL_V3_MAX_POOL2D:
    case KMODEL_V3_AVERAGE_POOL2D:
    case KMODEL_V3_QUANTIZED_MAX_POOL2D:
        if (U32(32) > U32(20))
            return nn_fail(err, NN_ERR_MALFORMED, "layer %u (%s): %u output channels from %u input channels",
                           l->index, name, U32(32), U32(20));
        if (U32(36) == 0 || U32(40) == 0 || U32(44) == 0 || U32(48) == 0)
            return nn_fail(err, NN_ERR_MALFORMED, "layer %u (%s): kernel or stride is 0", l->index, name);
        return NN_OK;
    default:
        return NN_OK;
    }
}

nn_status_t kmodel_v3_check_layer(const kmodel_v3_t *m, const kmodel_v3_layer_t *l, nn_error_t *err)
{
    const char *name = kmodel_v3_layer_name(l->type);
    if (!is_known_type(l->type))
        return nn_fail(err, NN_ERR_UNKNOWN_LAYER, "layer %u: unknown layer type %u", l->index, l->type);
    uint32_t fixed = fixed_body_bytes(l->type);
    if (fixed == 0)
        return nn_fail(err, NN_ERR_UNSUPPORTED_LAYER,
                       "layer %u: %s (%u) is named in the SDK's layer enum but no K210 runtime executes it",
                       l->index, name, l->type);
    if (l->body_size < fixed)
        return nn_fail(err, NN_ERR_TRUNCATED, "layer %u (%s): body has %u bytes, the layer needs %u", l->index,
                       name, l->body_size, fixed);
    nn_status_t st = check_fields(m, l, err);
    if (st != NN_OK)
        return st;
    return check_ranges(m, l, err);
}
