#include "kmodel_v4.h"

#include <string.h>

#include "nn_kpu_layout.h"

uint32_t kmodel_v4_u32(const uint8_t *p, uint32_t offset)
{
    const uint8_t *b = p + offset;
    return (uint32_t)b[0] | (uint32_t)b[1] << 8 | (uint32_t)b[2] << 16 | (uint32_t)b[3] << 24;
}

kmodel_v4_range_t kmodel_v4_range_at(const uint8_t *p, uint32_t offset)
{
    kmodel_v4_range_t r = { kmodel_v4_u32(p, offset), kmodel_v4_u32(p, offset + 4), kmodel_v4_u32(p, offset + 8),
                            kmodel_v4_u32(p, offset + 12) };
    return r;
}

const char *kmodel_v4_opcode_name(uint32_t opcode)
{
    switch (opcode) {
#define KMODEL_V4_NAME(code, name, bytes) \
    case code: return #name;
        KMODEL_V4_OPCODES(KMODEL_V4_NAME)
#undef KMODEL_V4_NAME
    }
    return "unknown";
}

uint32_t kmodel_v4_fixed_bytes(uint32_t opcode)
{
    switch (opcode) {
#define KMODEL_V4_BYTES(code, name, bytes) \
    case code: return bytes;
        KMODEL_V4_OPCODES(KMODEL_V4_BYTES)
#undef KMODEL_V4_BYTES
    }
    return 0;
}

bool kmodel_v4_opcode_known(uint32_t opcode) { return kmodel_v4_fixed_bytes(opcode) != 0; }

bool kmodel_v4_node_on_kpu(uint32_t opcode) { return opcode == KMODEL_V4_OP_kpu_conv2d; }

const char *kmodel_v4_memory_name(uint32_t memory_type)
{
    switch (memory_type) {
    case KMODEL_V4_MEM_CONST: return "const";
    case KMODEL_V4_MEM_MAIN: return "main";
    case KMODEL_V4_MEM_KPU: return "k210_kpu";
    }
    return "unknown";
}

const char *kmodel_v4_datatype_name(uint32_t datatype)
{
    switch (datatype) {
    case KMODEL_V4_F32: return "f32";
    case KMODEL_V4_U8: return "u8";
    }
    return "unknown";
}

uint64_t kmodel_v4_pool_bytes(const kmodel_v4_t *m, uint32_t memory_type)
{
    switch (memory_type) {
    case KMODEL_V4_MEM_CONST: return m->header.constants;
    case KMODEL_V4_MEM_MAIN: return m->header.main_mem;
    case KMODEL_V4_MEM_KPU: return NN_KPU_RAM_BYTES;
    }
    return 0;
}

uint64_t kmodel_v4_kpu_map_bytes(const nn_shape4_t *s)
{
    for (int k = 0; k < 4; k++)
        if (s->d[k] < 1)
            return 0;
    if (s->d[3] > 65536 || s->d[2] > 65536 || s->d[1] > 65536)
        return UINT64_MAX; /* no KPU map is that large; keeps the products below in range */
    nn_kpu_layout_t l = nn_kpu_layout_of((uint32_t)s->d[3], (uint32_t)s->d[2]);
    uint64_t blocks = ((uint64_t)s->d[1] + l.groups - 1) / l.groups;
    return (uint64_t)s->d[0] * blocks * l.row_len * (uint64_t)s->d[2] * NN_KPU_LINE_BYTES;
}

static uint32_t inputs_offset(void) { return KMODEL_V4_HEADER_BYTES; }

kmodel_v4_range_t kmodel_v4_input(const kmodel_v4_t *m, uint32_t index)
{
    return kmodel_v4_range_at(m->data, inputs_offset() + KMODEL_V4_RANGE_BYTES * index);
}

nn_shape4_t kmodel_v4_input_shape(const kmodel_v4_t *m, uint32_t index)
{
    uint32_t at = inputs_offset() + KMODEL_V4_RANGE_BYTES * m->header.inputs + KMODEL_V4_SHAPE_BYTES * index;
    nn_shape4_t s;
    for (int k = 0; k < 4; k++)
        s.d[k] = (int32_t)kmodel_v4_u32(m->data, at + 4 * (uint32_t)k);
    return s;
}

kmodel_v4_range_t kmodel_v4_output(const kmodel_v4_t *m, uint32_t index)
{
    uint32_t at = inputs_offset() + (KMODEL_V4_RANGE_BYTES + KMODEL_V4_SHAPE_BYTES) * m->header.inputs;
    return kmodel_v4_range_at(m->data, at + KMODEL_V4_RANGE_BYTES * index);
}

uint64_t kmodel_v4_input_bytes(const kmodel_v4_t *m, uint32_t index)
{
    kmodel_v4_range_t r = kmodel_v4_input(m, index);
    if (r.memory_type != KMODEL_V4_MEM_KPU)
        return r.size;
    nn_shape4_t s = kmodel_v4_input_shape(m, index);
    return nn_shape4_count(&s);
}

static kmodel_v4_node_t node_at(const kmodel_v4_t *m, uint32_t index, uint32_t body_offset)
{
    kmodel_v4_node_t n;
    uint32_t entry = m->node_table_offset + KMODEL_V4_NODE_HEADER_BYTES * index;
    n.index = index;
    n.opcode = kmodel_v4_u32(m->data, entry);
    n.body_size = kmodel_v4_u32(m->data, entry + 4);
    n.body_offset = body_offset;
    n.body = m->data + body_offset;
    uint64_t end = (uint64_t)body_offset + n.body_size;
    n.body_bytes = end <= m->size ? n.body_size : body_offset <= m->size ? (uint32_t)(m->size - body_offset) : 0;
    return n;
}

kmodel_v4_node_t kmodel_v4_first_node(const kmodel_v4_t *m) { return node_at(m, 0, m->body_start); }

kmodel_v4_node_t kmodel_v4_next_node(const kmodel_v4_t *m, const kmodel_v4_node_t *prev)
{
    return node_at(m, prev->index + 1, prev->body_offset + prev->body_size);
}

/* ---- parsing -------------------------------------------------------------- */

static nn_status_t parse_header(const uint8_t *data, size_t size, kmodel_v4_t *m, nn_error_t *err)
{
    if (size < 8 || memcmp(data, "LDMK", 4) != 0 || kmodel_v4_u32(data, 4) != KMODEL_V4_VERSION)
        return nn_fail(err, NN_ERR_NOT_KMODEL, "not a kmodel V4: it starts \"LDMK\" followed by version 4");
    if (size < KMODEL_V4_HEADER_BYTES)
        return nn_fail(err, NN_ERR_TRUNCATED, "file ends at byte %zu, inside the 40-byte kmodel V4 header", size);
    kmodel_v4_header_t *h = &m->header;
    uint32_t *fields = &h->identifier;
    for (uint32_t i = 0; i < 10; i++)
        fields[i] = kmodel_v4_u32(data, 4 * i);
    if (h->target > 1)
        return nn_fail(err, NN_ERR_MALFORMED, "header target is %u; only 0 (CPU) and 1 (K210) exist", h->target);
    if (h->nodes == 0)
        return nn_fail(err, NN_ERR_MALFORMED, "header says the model has no nodes");
    if (h->inputs == 0)
        return nn_fail(err, NN_ERR_MALFORMED, "header says the model has no inputs");
    if (h->outputs == 0)
        return nn_fail(err, NN_ERR_MALFORMED, "header says the model has no outputs");

    static const char *tables[] = { "input table", "input shape table", "output table", "constant pool", "node table" };
    uint64_t bytes[5] = { KMODEL_V4_RANGE_BYTES * (uint64_t)h->inputs, KMODEL_V4_SHAPE_BYTES * (uint64_t)h->inputs,
                          KMODEL_V4_RANGE_BYTES * (uint64_t)h->outputs, h->constants,
                          KMODEL_V4_NODE_HEADER_BYTES * (uint64_t)h->nodes };
    uint64_t at = KMODEL_V4_HEADER_BYTES;
    for (int t = 0; t < 5; t++) {
        if (t == 3)
            m->constants_offset = (uint32_t)at;
        if (t == 4)
            m->node_table_offset = (uint32_t)at;
        if (at + bytes[t] > size)
            return nn_fail(err, NN_ERR_TRUNCATED, "file ends at byte %zu, inside the %s (bytes %llu..%llu)", size,
                           tables[t], (unsigned long long)at, (unsigned long long)(at + bytes[t]));
        at += bytes[t];
    }
    m->data = data;
    m->size = size;
    m->body_start = (uint32_t)at;
    return NN_OK;
}

static nn_status_t check_range_in_pool(const kmodel_v4_t *m, const char *what, uint32_t index,
                                       const kmodel_v4_range_t *r, nn_error_t *err)
{
    uint64_t pool = kmodel_v4_pool_bytes(m, r->memory_type);
    if (r->memory_type > KMODEL_V4_MEM_KPU)
        return nn_fail(err, NN_ERR_MALFORMED, "%s %u: memory type %u is not const (0), main (1) or k210_kpu (2)",
                       what, index, r->memory_type);
    if (r->size == 0)
        return nn_fail(err, NN_ERR_MALFORMED, "%s %u has size 0", what, index);
    if ((uint64_t)r->start + r->size > pool)
        return nn_fail(err, NN_ERR_MALFORMED, "%s %u covers %s bytes %u..%llu, past the end of that memory (%llu bytes)",
                       what, index, kmodel_v4_memory_name(r->memory_type), r->start,
                       (unsigned long long)r->start + r->size, (unsigned long long)pool);
    return NN_OK;
}

static nn_status_t check_inputs(const kmodel_v4_t *m, nn_error_t *err)
{
    for (uint32_t i = 0; i < m->header.inputs; i++) {
        kmodel_v4_range_t r = kmodel_v4_input(m, i);
        nn_shape4_t s = kmodel_v4_input_shape(m, i);
        nn_status_t st = check_range_in_pool(m, "input", i, &r, err);
        if (st != NN_OK)
            return st;
        if (r.memory_type == KMODEL_V4_MEM_CONST)
            return nn_fail(err, NN_ERR_MALFORMED, "input %u is in const memory, which a host cannot write", i);
        for (int k = 0; k < 4; k++)
            if (s.d[k] < 1)
                return nn_fail(err, NN_ERR_MALFORMED, "input %u has shape [%d, %d, %d, %d]: a dimension below 1", i,
                               s.d[0], s.d[1], s.d[2], s.d[3]);
        if (r.memory_type != KMODEL_V4_MEM_KPU)
            continue;
        if (r.datatype != KMODEL_V4_U8)
            return nn_fail(err, NN_ERR_MALFORMED, "input %u is in KPU memory but its datatype is %s, not uint8", i,
                           kmodel_v4_datatype_name(r.datatype));
        if (r.start % NN_KPU_LINE_BYTES != 0)
            return nn_fail(err, NN_ERR_MALFORMED, "input %u starts at KPU byte %u, not on a 64-byte line", i, r.start);
        uint64_t bytes = kmodel_v4_kpu_map_bytes(&s);
        if (bytes == UINT64_MAX || r.start + bytes > NN_KPU_RAM_BYTES)
            return nn_fail(err, NN_ERR_MALFORMED,
                           "input %u: shape [%d, %d, %d, %d] in the KPU layout at byte %u runs past the end of KPU RAM",
                           i, s.d[0], s.d[1], s.d[2], s.d[3], r.start);
    }
    return NN_OK;
}

static nn_status_t check_outputs(const kmodel_v4_t *m, nn_error_t *err)
{
    for (uint32_t i = 0; i < m->header.outputs; i++) {
        kmodel_v4_range_t r = kmodel_v4_output(m, i);
        nn_status_t st = check_range_in_pool(m, "output", i, &r, err);
        if (st != NN_OK)
            return st;
    }
    return NN_OK;
}

static nn_status_t check_node(const kmodel_v4_t *m, const kmodel_v4_node_t *n, nn_error_t *err)
{
    const char *name = kmodel_v4_opcode_name(n->opcode);
    if (n->body_offset > m->size)
        return nn_fail(err, NN_ERR_TRUNCATED, "node %u (%s): its body would start at byte %u, past the end of the "
                       "%zu-byte file", n->index, name, n->body_offset, m->size);
    /* The writer only seeks over the last body's padding: up to 7 bytes may be missing (spec §3). */
    bool last = n->index + 1 == m->header.nodes;
    uint64_t missing = n->body_size - (uint64_t)n->body_bytes;
    if (missing > 0 && !(last && missing < 8))
        return nn_fail(err, NN_ERR_TRUNCATED, "node %u (%s): body of %u bytes at offset %u runs past the end of the "
                       "%zu-byte file", n->index, name, n->body_size, n->body_offset, m->size);
    if (!kmodel_v4_opcode_known(n->opcode))
        return nn_fail(err, NN_ERR_UNKNOWN_LAYER, "node %u: unknown opcode 0x%X", n->index, n->opcode);
    kmodel_v4_op_t op;
    nn_status_t st = kmodel_v4_decode(m, n, &op, err);
    if (st != NN_OK)
        return st;
    return kmodel_v4_check_accesses(m, n, &op, err);
}

nn_status_t kmodel_v4_parse(const uint8_t *data, size_t size, kmodel_v4_t *out, nn_error_t *err)
{
    kmodel_v4_t m;
    if (data == NULL || out == NULL)
        return nn_fail(err, NN_ERR_ARGUMENT, "no model data");
    memset(&m, 0, sizeof m);
    nn_status_t st = parse_header(data, size, &m, err);
    if (st != NN_OK || (st = check_inputs(&m, err)) != NN_OK || (st = check_outputs(&m, err)) != NN_OK)
        return st;

    uint64_t end = m.body_start;
    kmodel_v4_node_t n = kmodel_v4_first_node(&m);
    for (uint32_t i = 0; i < m.header.nodes; i++) {
        if (i > 0)
            n = kmodel_v4_next_node(&m, &n);
        if ((st = check_node(&m, &n, err)) != NN_OK)
            return st;
        end += n.body_size;
        if (end > UINT32_MAX)
            return nn_fail(err, NN_ERR_TRUNCATED, "node %u (%s): bodies add up past 4 GiB", i,
                           kmodel_v4_opcode_name(n.opcode));
    }
    m.model_size = end;
    *out = m;
    return NN_OK;
}
