#include "kmodel_v3.h"

#include <string.h>

#include "kmodel_v3_check.h"

uint32_t kmodel_v3_u32(const uint8_t *body, uint32_t offset)
{
    const uint8_t *p = body + offset;
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

float kmodel_v3_f32(const uint8_t *body, uint32_t offset)
{
    uint32_t bits = kmodel_v3_u32(body, offset);
    float f;
    memcpy(&f, &bits, sizeof f);
    return f;
}

const char *kmodel_v3_layer_name(uint32_t type)
{
    switch (type) {
#define KMODEL_V3_NAME(code, name, bytes) \
    case code: return #name;
        KMODEL_V3_LAYER_TYPES(KMODEL_V3_NAME)
#undef KMODEL_V3_NAME
    }
    return "UNKNOWN";
}

bool kmodel_v3_layer_on_kpu(uint32_t type) { return type == KMODEL_V3_K210_CONV; }

bool kmodel_v3_layer_writes_float(uint32_t type)
{
    switch (type) {
    case KMODEL_V3_K210_CONV: case KMODEL_V3_QUANTIZE: case KMODEL_V3_REQUANTIZE: case KMODEL_V3_QUANTIZED_ADD:
    case KMODEL_V3_QUANTIZED_MAX_POOL2D: case KMODEL_V3_K210_REMOVE_PADDING:
    case KMODEL_V3_QUANTIZED_GLOBAL_AVERAGE_POOL2D: case KMODEL_V3_QUANTIZED_TENSORFLOW_FLATTEN:
    case KMODEL_V3_QUANTIZED_RESIZE_NEAREST_NEIGHBOR: case KMODEL_V3_QUANTIZED_CONCAT:
    case KMODEL_V3_K210_ADD_PADDING: case KMODEL_V3_K210_UPLOAD:
        return false;
    default: return true;
    }
}

kmodel_v3_layer_t kmodel_v3_first_layer(const kmodel_v3_t *m)
{
    kmodel_v3_layer_t l;
    l.index = 0;
    l.type = kmodel_v3_u32(m->data, KMODEL_V3_HEADER_BYTES + 8 * m->header.output_count);
    l.body_size = kmodel_v3_u32(m->data, KMODEL_V3_HEADER_BYTES + 8 * m->header.output_count + 4);
    l.body_offset = m->body_start;
    l.body = m->data + l.body_offset;
    return l;
}

kmodel_v3_layer_t kmodel_v3_next_layer(const kmodel_v3_t *m, const kmodel_v3_layer_t *prev)
{
    kmodel_v3_layer_t l;
    uint32_t entry = KMODEL_V3_HEADER_BYTES + 8 * m->header.output_count + 8 * (prev->index + 1);
    l.index = prev->index + 1;
    l.type = kmodel_v3_u32(m->data, entry);
    l.body_size = kmodel_v3_u32(m->data, entry + 4);
    l.body_offset = prev->body_offset + prev->body_size;
    l.body = m->data + l.body_offset;
    return l;
}

void kmodel_v3_output(const kmodel_v3_t *m, uint32_t index, uint32_t *address, uint32_t *size)
{
    *address = kmodel_v3_u32(m->data, KMODEL_V3_HEADER_BYTES + 8 * index);
    *size = kmodel_v3_u32(m->data, KMODEL_V3_HEADER_BYTES + 8 * index + 4);
}

static nn_status_t parse_header(const uint8_t *data, size_t size, kmodel_v3_t *m, nn_error_t *err)
{
    if (size < 4)
        return nn_fail(err, NN_ERR_TRUNCATED, "file has %zu bytes; a kmodel starts with at least a 4-byte version",
                       size);
    uint32_t version = kmodel_v3_u32(data, 0);
    if (version != 3)
        return nn_fail(err, NN_ERR_NOT_KMODEL, "version field is %u: not a kmodel V3 (expected 3)", version);
    if (size < KMODEL_V3_HEADER_BYTES)
        return nn_fail(err, NN_ERR_TRUNCATED, "file ends at byte %zu, inside the 28-byte kmodel V3 header", size);

    kmodel_v3_header_t *h = &m->header;
    h->version = version;
    h->flags = kmodel_v3_u32(data, 4);
    h->arch = kmodel_v3_u32(data, 8);
    h->layers_length = kmodel_v3_u32(data, 12);
    h->max_start_address = kmodel_v3_u32(data, 16);
    h->main_mem_usage = kmodel_v3_u32(data, 20);
    h->output_count = kmodel_v3_u32(data, 24);
    if (h->arch != KMODEL_V3_ARCH_K210)
        return nn_fail(err, NN_ERR_MALFORMED, "header arch is %u; only 0 (K210) exists", h->arch);
    if (h->layers_length == 0)
        return nn_fail(err, NN_ERR_MALFORMED, "header says the model has no layers");
    if (h->output_count == 0)
        return nn_fail(err, NN_ERR_MALFORMED, "header says the model has no outputs");

    uint64_t outputs_end = KMODEL_V3_HEADER_BYTES + 8 * (uint64_t)h->output_count;
    if (outputs_end > size)
        return nn_fail(err, NN_ERR_TRUNCATED,
                       "file ends at byte %zu, inside the output table (%u entries need bytes up to %llu)", size,
                       h->output_count, (unsigned long long)outputs_end);
    uint64_t layers_end = outputs_end + 8 * (uint64_t)h->layers_length;
    if (layers_end > size)
        return nn_fail(err, NN_ERR_TRUNCATED,
                       "file ends at byte %zu, inside the layer table (%u layers need bytes up to %llu)", size,
                       h->layers_length, (unsigned long long)layers_end);
    m->data = data;
    m->size = size;
    m->body_start = (uint32_t)layers_end;
    return NN_OK;
}

static nn_status_t check_outputs(const kmodel_v3_t *m, nn_error_t *err)
{
    for (uint32_t i = 0; i < m->header.output_count; i++) {
        uint32_t address, bytes;
        kmodel_v3_output(m, i, &address, &bytes);
        if (bytes == 0)
            return nn_fail(err, NN_ERR_MALFORMED, "output %u has size 0", i);
        if ((uint64_t)address + bytes > m->header.main_mem_usage)
            return nn_fail(err, NN_ERR_MALFORMED,
                           "output %u covers main-buffer bytes %u..%llu, past main_mem_usage %u", i, address,
                           (unsigned long long)address + bytes, m->header.main_mem_usage);
    }
    return NN_OK;
}

nn_status_t kmodel_v3_parse(const uint8_t *data, size_t size, kmodel_v3_t *out, nn_error_t *err)
{
    kmodel_v3_t m;
    if (data == NULL || out == NULL)
        return nn_fail(err, NN_ERR_ARGUMENT, "no model data");
    memset(&m, 0, sizeof m);
    nn_status_t st = parse_header(data, size, &m, err);
    if (st != NN_OK)
        return st;
    if ((st = check_outputs(&m, err)) != NN_OK)
        return st;

    kmodel_v3_layer_t l = kmodel_v3_first_layer(&m);
    for (uint32_t i = 0; i < m.header.layers_length; i++) {
        if (i > 0)
            l = kmodel_v3_next_layer(&m, &l);
        if ((uint64_t)l.body_offset > size)
            return nn_fail(err, NN_ERR_TRUNCATED, "layer %u (%s): its body would start at byte %u, past the end of "
                           "the %zu-byte file", i, kmodel_v3_layer_name(l.type), l.body_offset, size);
        /* nncase rc5 may leave out up to 7 padding bytes after the last body (spec §1.3). */
        uint64_t end = (uint64_t)l.body_offset + l.body_size;
        bool last = i + 1 == m.header.layers_length;
        if (end > size && !(last && end - size < 8))
            return nn_fail(err, NN_ERR_TRUNCATED, "layer %u (%s): body of %u bytes at offset %u runs past the end "
                           "of the %zu-byte file", i, kmodel_v3_layer_name(l.type), l.body_size, l.body_offset, size);
        if (end > size)
            l.body_size = (uint32_t)(size - l.body_offset);
        if ((st = kmodel_v3_check_layer(&m, &l, err)) != NN_OK)
            return st;
    }
    *out = m;
    return NN_OK;
}

nn_status_t kmodel_v3_input(const kmodel_v3_t *m, kmodel_v3_input_t *in, nn_error_t *err)
{
    kmodel_v3_layer_t first = kmodel_v3_first_layer(m);
    memset(in, 0, sizeof *in);
    if (first.type == KMODEL_V3_K210_CONV) {
        nn_kpu_args_t a;
        kmodel_v3_conv_args(m, &first, &a);
        in->on_kpu = true;
        in->c = a.conv.in_c;
        in->h = a.conv.in_h;
        in->w = a.conv.in_w;
        in->kpu_line = a.src_line;
        in->bytes = (size_t)in->c * in->h * in->w;
        return NN_OK;
    }
    if (first.type == KMODEL_V3_FULLY_CONNECTED) {
        in->c = kmodel_v3_u32(first.body, 12);
        in->h = in->w = 1;
        in->main_address = kmodel_v3_u32(first.body, 4);
        in->bytes = (size_t)in->c * 4;
        return NN_OK;
    }
    return nn_fail(err, NN_ERR_UNSUPPORTED_LAYER,
                   "the first layer is %s (%u); the SDK starts only models whose first layer is K210_CONV or "
                   "FULLY_CONNECTED, so the input's shape is not defined", kmodel_v3_layer_name(first.type), first.type);
}
