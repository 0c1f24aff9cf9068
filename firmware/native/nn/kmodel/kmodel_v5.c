/* kmodel V5 container: model header, modules, mempools, function records and
 * sections (spec/kmodel-v5.md §2). Every field is checked against the bytes
 * present before it is used; errors name the byte offset. */
#include "kmodel_v5.h"

#include <string.h>

uint32_t kmodel_v5_u32(const uint8_t *p)
{
    return (uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24;
}

uint16_t kmodel_v5_u16(const uint8_t *p) { return (uint16_t)(p[0] | p[1] << 8); }

kmodel_v5_range_t kmodel_v5_range_at(const uint8_t *p)
{
    kmodel_v5_range_t r = { p[0], p[1], kmodel_v5_u16(p + 2), kmodel_v5_u32(p + 4), kmodel_v5_u32(p + 8) };
    return r;
}

const char *kmodel_v5_location_name(uint32_t location)
{
    switch (location) {
    case KMODEL_V5_LOC_INPUT: return "input";
    case KMODEL_V5_LOC_OUTPUT: return "output";
    case KMODEL_V5_LOC_RDATA: return "rdata";
    case KMODEL_V5_LOC_DATA: return "data";
    case KMODEL_V5_LOC_SHARED_DATA: return "shared_data";
    case KMODEL_V5_LOC_KPU: return "kpu";
    }
    return "unknown";
}

static const struct {
    const char *name;
    uint32_t bytes;
} datatypes[KMODEL_V5_DATATYPES] = {
    { "i8", 1 }, { "i16", 2 }, { "i32", 4 }, { "i64", 8 }, { "u8", 1 }, { "u16", 2 },
    { "u32", 4 }, { "u64", 8 }, { "f16", 2 }, { "f32", 4 }, { "f64", 8 }, { "bf16", 2 },
};

const char *kmodel_v5_datatype_name(uint32_t datatype)
{
    return datatype < KMODEL_V5_DATATYPES ? datatypes[datatype].name : "unknown";
}

uint32_t kmodel_v5_datatype_bytes(uint32_t datatype)
{
    return datatype < KMODEL_V5_DATATYPES ? datatypes[datatype].bytes : 0;
}

/* ---- function records ----------------------------------------------------- */

static kmodel_v5_function_t function_at(const kmodel_v5_t *m, uint32_t module, uint32_t index, uint32_t offset)
{
    const uint8_t *p = m->data + offset;
    kmodel_v5_function_t f;
    f.module = module;
    f.index = index;
    f.offset = offset;
    f.header_size = kmodel_v5_u32(p);
    f.size = kmodel_v5_u32(p + 4);
    f.input_pool_size = kmodel_v5_u32(p + 8);
    f.output_pool_size = kmodel_v5_u32(p + 12);
    f.inputs = kmodel_v5_u32(p + 16);
    f.outputs = kmodel_v5_u32(p + 20);
    f.entrypoint = kmodel_v5_u32(p + 24);
    f.text_size = kmodel_v5_u32(p + 28);
    f.inputs_offset = offset + KMODEL_V5_FUNCTION_HEADER_BYTES;
    f.outputs_offset = 0; /* set by the caller that walked the input shapes */
    return f;
}

/* Offset just past `count` shapes starting at `at` (validated files only). */
static uint32_t skip_shapes(const uint8_t *data, uint32_t at, uint32_t count)
{
    for (uint32_t i = 0; i < count; i++)
        at += 4 + 4 * kmodel_v5_u32(data + at);
    return at;
}

kmodel_v5_function_t kmodel_v5_function(const kmodel_v5_t *m, uint32_t module, uint32_t index)
{
    uint32_t offset = m->modules[module].functions_offset;
    for (uint32_t i = 0; i < index; i++)
        offset += kmodel_v5_u32(m->data + offset + 4);
    kmodel_v5_function_t f = function_at(m, module, index, offset);
    f.outputs_offset = skip_shapes(m->data, f.inputs_offset + f.inputs * KMODEL_V5_RANGE_BYTES, f.inputs);
    return f;
}

kmodel_v5_function_t kmodel_v5_entry(const kmodel_v5_t *m)
{
    return kmodel_v5_function(m, m->header.entry_module, m->header.entry_function);
}

const uint8_t *kmodel_v5_function_text(const kmodel_v5_t *m, const kmodel_v5_function_t *f)
{
    return m->data + m->modules[f->module].text_offset + f->entrypoint;
}

kmodel_v5_range_t kmodel_v5_function_input(const kmodel_v5_t *m, const kmodel_v5_function_t *f, uint32_t i)
{
    return kmodel_v5_range_at(m->data + f->inputs_offset + i * KMODEL_V5_RANGE_BYTES);
}

kmodel_v5_range_t kmodel_v5_function_output(const kmodel_v5_t *m, const kmodel_v5_function_t *f, uint32_t i)
{
    return kmodel_v5_range_at(m->data + f->outputs_offset + i * KMODEL_V5_RANGE_BYTES);
}

static kmodel_v5_shape_t shape_at(const uint8_t *data, uint32_t at)
{
    kmodel_v5_shape_t s;
    memset(&s, 0, sizeof s);
    s.rank = kmodel_v5_u32(data + at);
    for (uint32_t k = 0; k < s.rank && k < KMODEL_V5_MAX_RANK; k++)
        s.dims[k] = kmodel_v5_u32(data + at + 4 + 4 * k);
    return s;
}

kmodel_v5_shape_t kmodel_v5_function_input_shape(const kmodel_v5_t *m, const kmodel_v5_function_t *f, uint32_t i)
{
    uint32_t at = skip_shapes(m->data, f->inputs_offset + f->inputs * KMODEL_V5_RANGE_BYTES, i);
    return shape_at(m->data, at);
}

kmodel_v5_shape_t kmodel_v5_function_output_shape(const kmodel_v5_t *m, const kmodel_v5_function_t *f, uint32_t i)
{
    uint32_t at = skip_shapes(m->data, f->outputs_offset + f->outputs * KMODEL_V5_RANGE_BYTES, i);
    return shape_at(m->data, at);
}

/* ---- validation ------------------------------------------------------------ */

/* Bytes [offset, offset + bytes) lie inside [0, end). */
static bool inside(uint64_t offset, uint64_t bytes, uint64_t end) { return offset <= end && bytes <= end - offset; }

/* Checks `count` shapes at *at, inside [.., end): rank <= MAX_RANK, all dims there. */
static nn_status_t check_shapes(const kmodel_v5_t *m, uint32_t *at, uint32_t end, uint32_t count, const char *what,
                                uint32_t module, uint32_t function, nn_error_t *err)
{
    for (uint32_t i = 0; i < count; i++) {
        if (!inside(*at, 4, end))
            return nn_fail(err, NN_ERR_TRUNCATED, "module %u function %u: the %s %u shape at byte %u lies outside the "
                           "function record (ends at byte %u)", module, function, what, i, *at, end);
        uint32_t rank = kmodel_v5_u32(m->data + *at);
        if (rank > KMODEL_V5_MAX_RANK)
            return nn_fail(err, NN_ERR_MALFORMED, "module %u function %u: the %s %u shape at byte %u has rank %u; "
                           "ranks up to %u are supported", module, function, what, i, *at, rank, KMODEL_V5_MAX_RANK);
        if (!inside(*at + 4u, 4u * rank, end))
            return nn_fail(err, NN_ERR_TRUNCATED, "module %u function %u: the %s %u shape at byte %u (rank %u) runs "
                           "past the function record (ends at byte %u)", module, function, what, i, *at, rank, end);
        *at += 4 + 4 * rank;
    }
    return NN_OK;
}

static nn_status_t check_io_range(kmodel_v5_range_t r, const kmodel_v5_shape_t *s, const char *what, uint32_t i,
                                  uint32_t module, uint32_t function, nn_error_t *err)
{
    bool is_output = strcmp(what, "output") == 0;
    uint32_t expect = is_output ? KMODEL_V5_LOC_OUTPUT : KMODEL_V5_LOC_INPUT;
    if (r.location != expect)
        return nn_fail(err, NN_ERR_MALFORMED, "module %u function %u: %s %u has memory location %u (%s); function "
                       "%ss are in location %u (%s)", module, function, what, i, r.location,
                       kmodel_v5_location_name(r.location), what, expect, kmodel_v5_location_name(expect));
    uint32_t eb = kmodel_v5_datatype_bytes(r.datatype);
    if (eb == 0)
        return nn_fail(err, NN_ERR_MALFORMED, "module %u function %u: %s %u has datatype %u, which V5 does not "
                       "define (0..11)", module, function, what, i, r.datatype);
    uint64_t elements = 1;
    for (uint32_t k = 0; k < s->rank; k++) {
        elements *= s->dims[k];
        if (elements > 0xFFFFFFFFu)
            break;
    }
    if (elements * eb != r.size)
        return nn_fail(err, NN_ERR_MALFORMED, "module %u function %u: %s %u is %u bytes, but its shape and datatype "
                       "(%s) give %llu", module, function, what, i, r.size, kmodel_v5_datatype_name(r.datatype),
                       (unsigned long long)(elements * eb));
    return NN_OK;
}

static nn_status_t check_function(const kmodel_v5_t *m, uint32_t module, uint32_t index, uint32_t offset,
                                  uint32_t end, nn_error_t *err)
{
    if (!inside(offset, KMODEL_V5_FUNCTION_HEADER_BYTES, end))
        return nn_fail(err, NN_ERR_TRUNCATED, "module %u: function %u's 32-byte header at byte %u runs past the "
                       "module (ends at byte %u)", module, index, offset, end);
    kmodel_v5_function_t f = function_at(m, module, index, offset);
    if (f.header_size != KMODEL_V5_FUNCTION_HEADER_BYTES)
        return nn_fail(err, NN_ERR_MALFORMED, "module %u function %u: header_size at byte %u is %u, expected 32",
                       module, index, offset, f.header_size);
    if (f.size < KMODEL_V5_FUNCTION_HEADER_BYTES || !inside(offset, f.size, end))
        return nn_fail(err, NN_ERR_MALFORMED, "module %u function %u: record size %u at byte %u does not fit in "
                       "the module (32 .. %u bytes)", module, index, f.size, offset + 4,
                       offset < end ? end - offset : 0);
    if (f.inputs > KMODEL_V5_MAX_TENSORS || f.outputs > KMODEL_V5_MAX_TENSORS)
        return nn_fail(err, NN_ERR_MALFORMED, "module %u function %u: %u inputs and %u outputs (bytes %u, %u); at "
                       "most %u each are supported", module, index, f.inputs, f.outputs, offset + 16, offset + 20,
                       KMODEL_V5_MAX_TENSORS);
    uint32_t rec_end = offset + f.size;
    uint32_t at = f.inputs_offset;
    if (!inside(at, (uint64_t)f.inputs * KMODEL_V5_RANGE_BYTES, rec_end))
        return nn_fail(err, NN_ERR_TRUNCATED, "module %u function %u: %u input memory ranges at byte %u run past the "
                       "record", module, index, f.inputs, at);
    at += f.inputs * KMODEL_V5_RANGE_BYTES;
    nn_status_t st = check_shapes(m, &at, rec_end, f.inputs, "input", module, index, err);
    if (st != NN_OK)
        return st;
    f.outputs_offset = at;
    if (!inside(at, (uint64_t)f.outputs * KMODEL_V5_RANGE_BYTES, rec_end))
        return nn_fail(err, NN_ERR_TRUNCATED, "module %u function %u: %u output memory ranges at byte %u run past "
                       "the record", module, index, f.outputs, at);
    at += f.outputs * KMODEL_V5_RANGE_BYTES;
    st = check_shapes(m, &at, rec_end, f.outputs, "output", module, index, err);
    if (st != NN_OK)
        return st;
    for (uint32_t i = 0; i < f.inputs; i++) {
        kmodel_v5_shape_t s = kmodel_v5_function_input_shape(m, &f, i);
        st = check_io_range(kmodel_v5_function_input(m, &f, i), &s, "input", i, module, index, err);
        if (st != NN_OK)
            return st;
    }
    for (uint32_t i = 0; i < f.outputs; i++) {
        kmodel_v5_shape_t s = kmodel_v5_function_output_shape(m, &f, i);
        st = check_io_range(kmodel_v5_function_output(m, &f, i), &s, "output", i, module, index, err);
        if (st != NN_OK)
            return st;
    }
    const kmodel_v5_module_t *mod = &m->modules[module];
    if (!inside(f.entrypoint, f.text_size, mod->text_size))
        return nn_fail(err, NN_ERR_MALFORMED, "module %u function %u: code at .text offset %u, %u bytes (bytes %u, "
                       "%u), lies outside the module's %u-byte .text", module, index, f.entrypoint, f.text_size,
                       offset + 24, offset + 28, mod->text_size);
    return NN_OK;
}

/* The sections of a module: finds .text and .rdata; bodies inside the module. */
static nn_status_t check_sections(kmodel_v5_t *m, kmodel_v5_module_t *mod, uint32_t module, uint32_t at,
                                  uint32_t end, nn_error_t *err)
{
    struct {
        uint32_t flags, start, size;
        bool found;
    } text = { 0, 0, 0, false }, rdata = { 0, 0, 0, false };
    uint32_t rdata_body = 0;
    for (uint32_t i = 0; i < mod->sections; i++) {
        if (!inside(at, KMODEL_V5_SECTION_HEADER_BYTES, end))
            return nn_fail(err, NN_ERR_TRUNCATED, "module %u: section %u's 32-byte header at byte %u runs past the "
                           "module (ends at byte %u)", module, i, at, end);
        const uint8_t *h = m->data + at;
        char name[17];
        memcpy(name, h, 16);
        name[16] = '\0';
        uint32_t flags = kmodel_v5_u32(h + 16), start = kmodel_v5_u32(h + 20), size = kmodel_v5_u32(h + 24);
        uint32_t body = at + KMODEL_V5_SECTION_HEADER_BYTES;
        bool merged = (flags & 1u) != 0;
        if (!merged) {
            if (!inside((uint64_t)body + start, size, end))
                return nn_fail(err, NN_ERR_TRUNCATED, "module %u: section \"%.16s\" (header at byte %u) has its "
                               "%u-byte body %u bytes after the header, past the module's end at byte %u", module,
                               name, at, size, start, end);
            body += start;
        }
        bool is_text = strcmp(name, ".text") == 0, is_rdata = strcmp(name, ".rdata") == 0;
        if ((is_text && text.found) || (is_rdata && rdata.found))
            return nn_fail(err, NN_ERR_MALFORMED, "module %u: a second \"%s\" section at byte %u", module, name, at);
        if (is_rdata && merged)
            return nn_fail(err, NN_ERR_MALFORMED, "module %u: section \".rdata\" at byte %u is marked as merged into "
                           "itself (flags %u)", module, at, flags);
        if (is_text) {
            text.found = true;
            text.flags = flags;
            text.start = merged ? start : body;
            text.size = size;
        }
        if (is_rdata) {
            rdata.found = true;
            rdata_body = body;
            rdata.size = size;
        }
        at = merged ? at + KMODEL_V5_SECTION_HEADER_BYTES : body + size;
    }
    if (at > end || end - at >= 8) /* the writer pads a module to 8 bytes */
        return nn_fail(err, NN_ERR_MALFORMED, "module %u: its sections end at byte %u, but the module header's size "
                       "says the module ends at byte %u", module, at, end);
    if (text.found && (text.flags & 1u) != 0) {
        if (!rdata.found || !inside(text.start, text.size, rdata.size))
            return nn_fail(err, NN_ERR_MALFORMED, "module %u: \".text\" is merged into \".rdata\" at %u, %u bytes, "
                           "outside the %u-byte .rdata", module, text.start, text.size, rdata.size);
        text.start += rdata_body;
    }
    mod->text_offset = text.found ? text.start : 0;
    mod->text_size = text.found ? text.size : 0;
    mod->rdata_offset = rdata.found ? rdata_body : 0;
    mod->rdata_size = rdata.found ? rdata.size : 0;
    if (mod->rdata_size > mod->rdata_pool)
        return nn_fail(err, NN_ERR_MALFORMED, "module %u: the .rdata section has %u bytes, more than its rdata pool "
                       "of %u", module, mod->rdata_size, mod->rdata_pool);
    return NN_OK;
}

static nn_status_t check_module(kmodel_v5_t *m, uint32_t index, uint32_t offset, nn_error_t *err)
{
    kmodel_v5_module_t *mod = &m->modules[index];
    memset(mod, 0, sizeof *mod);
    if (!inside(offset, KMODEL_V5_MODULE_HEADER_BYTES, m->size))
        return nn_fail(err, NN_ERR_TRUNCATED, "module %u: its 48-byte header at byte %u runs past the end of the "
                       "%zu-byte file", index, offset, m->size);
    const uint8_t *h = m->data + offset;
    mod->offset = offset;
    memcpy(mod->type, h, 16);
    mod->type[16] = '\0';
    mod->version = kmodel_v5_u32(h + 16);
    mod->header_size = kmodel_v5_u32(h + 20);
    mod->size = kmodel_v5_u32(h + 24);
    mod->mempools = kmodel_v5_u32(h + 28);
    mod->shared_mempools = kmodel_v5_u32(h + 32);
    mod->sections = kmodel_v5_u32(h + 36);
    mod->functions = kmodel_v5_u32(h + 40);
    if (strcmp(mod->type, "stackvm") == 0)
        mod->kind = KMODEL_V5_MODULE_STACKVM;
    else if (strcmp(mod->type, "k210") == 0)
        mod->kind = KMODEL_V5_MODULE_K210;
    else
        return nn_fail(err, NN_ERR_UNSUPPORTED_VERSION, "module %u at byte %u has type \"%.16s\"; this runtime runs "
                       "\"stackvm\" and \"k210\" modules", index, offset, mod->type);
    if (mod->version != 1)
        return nn_fail(err, NN_ERR_UNSUPPORTED_VERSION, "module %u (%s): module version %u at byte %u; nncase 1.x "
                       "writes version 1", index, mod->type, mod->version, offset + 16);
    if (mod->header_size != KMODEL_V5_MODULE_HEADER_BYTES)
        return nn_fail(err, NN_ERR_MALFORMED, "module %u (%s): header_size %u at byte %u, expected 48", index,
                       mod->type, mod->header_size, offset + 20);
    if (mod->size < KMODEL_V5_MODULE_HEADER_BYTES || !inside(offset, mod->size, m->size))
        return nn_fail(err, NN_ERR_TRUNCATED, "module %u (%s): size %u at byte %u; the module would end at byte "
                       "%llu, the file has %zu bytes", index, mod->type, mod->size, offset + 24,
                       (unsigned long long)offset + mod->size, m->size);
    uint32_t end = offset + mod->size;
    uint32_t at = offset + KMODEL_V5_MODULE_HEADER_BYTES;
    if (!inside(at, (uint64_t)mod->mempools * KMODEL_V5_MEMPOOL_BYTES, end))
        return nn_fail(err, NN_ERR_TRUNCATED, "module %u (%s): %u mempool descriptors (count at byte %u) run past the "
                       "module's end at byte %u", index, mod->type, mod->mempools, offset + 28, end);
    for (uint32_t i = 0; i < mod->mempools; i++, at += KMODEL_V5_MEMPOOL_BYTES) {
        uint32_t location = m->data[at], size = kmodel_v5_u32(m->data + at + 4);
        switch (location) {
        case KMODEL_V5_LOC_RDATA: mod->rdata_pool = size; break;
        case KMODEL_V5_LOC_DATA: mod->data_pool = size; break;
        case KMODEL_V5_LOC_KPU:
            if (mod->kind != KMODEL_V5_MODULE_K210)
                return nn_fail(err, NN_ERR_MALFORMED, "module %u (%s): mempool %u at byte %u is KPU RAM; only a k210 "
                               "module has one", index, mod->type, i, at);
            mod->kpu_pool = size;
            break;
        default:
            return nn_fail(err, NN_ERR_MALFORMED, "module %u (%s): mempool %u at byte %u has location %u (%s); "
                           "modules have rdata, data and (k210) kpu pools", index, mod->type, i, at, location,
                           kmodel_v5_location_name(location));
        }
    }
    if (mod->kpu_pool > 2u * 1024u * 1024u)
        return nn_fail(err, NN_ERR_MALFORMED, "module %u (%s): its KPU pool has %u bytes, more than the 2 MiB of KPU "
                       "RAM", index, mod->type, mod->kpu_pool);
    if (mod->shared_mempools != 0)
        return nn_fail(err, NN_ERR_UNSUPPORTED_LAYER, "module %u (%s): %u shared mempools (byte %u); the nncase 1.x "
                       "writer never emits them and this runtime does not support them", index, mod->type,
                       mod->shared_mempools, offset + 32);
    if (mod->functions > KMODEL_V5_MAX_FUNCTIONS)
        return nn_fail(err, NN_ERR_MALFORMED, "module %u (%s): %u functions (byte %u); at most %u are supported",
                       index, mod->type, mod->functions, offset + 40, KMODEL_V5_MAX_FUNCTIONS);
    /* function records: walk to find where the sections start */
    mod->functions_offset = at;
    for (uint32_t i = 0; i < mod->functions; i++) {
        if (!inside(at, KMODEL_V5_FUNCTION_HEADER_BYTES, end))
            return nn_fail(err, NN_ERR_TRUNCATED, "module %u (%s): function %u's header at byte %u runs past the "
                           "module's end at byte %u (function count %u at byte %u)", index, mod->type, i, at, end,
                           mod->functions, offset + 40);
        uint32_t fsize = kmodel_v5_u32(m->data + at + 4);
        if (fsize < KMODEL_V5_FUNCTION_HEADER_BYTES || !inside(at, fsize, end))
            return nn_fail(err, NN_ERR_MALFORMED, "module %u (%s) function %u: record size %u at byte %u does not fit "
                           "in the module", index, mod->type, i, fsize, at + 4);
        at += fsize;
    }
    nn_status_t st = check_sections(m, mod, index, at, end, err);
    if (st != NN_OK)
        return st;
    for (uint32_t i = 0, fo = mod->functions_offset; i < mod->functions; i++) {
        st = check_function(m, index, i, fo, end, err);
        if (st != NN_OK)
            return st;
        fo += kmodel_v5_u32(m->data + fo + 4);
    }
    return NN_OK;
}

/* The pre-release container (nncase before 2021-08-18): identifier, version,
 * flags, alignment, modules, main_module (24 bytes), the first module's type
 * name right after. */
static bool looks_prerelease(const uint8_t *data, size_t size)
{
    if (size < KMODEL_V5_PRERELEASE_HEADER_BYTES + 16)
        return false;
    if (kmodel_v5_u32(data + 8) == KMODEL_V5_HEADER_BYTES)
        return false;
    const uint8_t *name = data + KMODEL_V5_PRERELEASE_HEADER_BYTES;
    return memcmp(name, "stackvm\0", 8) == 0 || memcmp(name, "k210\0", 5) == 0;
}

nn_status_t kmodel_v5_stackvm_numbering(kmodel_v5_t *m, nn_error_t *err); /* kmodel_v5_numbering.c */

nn_status_t kmodel_v5_parse(const uint8_t *data, size_t size, kmodel_v5_t *out, nn_error_t *err)
{
    if (data == NULL || out == NULL)
        return nn_fail(err, NN_ERR_ARGUMENT, "model bytes and result are required");
    memset(out, 0, sizeof *out);
    out->data = data;
    out->size = size;
    if (size < 8 || kmodel_v5_u32(data) != KMODEL_V5_IDENTIFIER || kmodel_v5_u32(data + 4) != KMODEL_V5_VERSION)
        return nn_fail(err, NN_ERR_NOT_KMODEL, "not a kmodel V5: it starts with \"LDMK\" and version 5");
    if (size > 0xFFFFFFF0u)
        return nn_fail(err, NN_ERR_MALFORMED, "file has %zu bytes; V5 offsets are 32-bit", size);
    if (looks_prerelease(data, size))
        return nn_fail(err, NN_ERR_UNSUPPORTED_VERSION, "pre-release kmodel V5: a 24-byte model header (no "
                       "header_size; the first module's type \"%.16s\" at byte 24), written by an nncase 1.0 "
                       "development build before 1.0.0-beta1; recompile the model with nncase 1.0.0-beta2",
                       (const char *)data + 24);
    if (size < KMODEL_V5_HEADER_BYTES)
        return nn_fail(err, NN_ERR_TRUNCATED, "file has %zu bytes and ends inside the 32-byte V5 model header", size);
    kmodel_v5_header_t *h = &out->header;
    uint32_t *fields[8] = { &h->identifier, &h->version, &h->header_size, &h->flags,
                                  &h->alignment, &h->modules, &h->entry_module, &h->entry_function };
    for (int i = 0; i < 8; i++)
        *fields[i] = kmodel_v5_u32(data + 4 * i);
    if (h->header_size != KMODEL_V5_HEADER_BYTES)
        return nn_fail(err, NN_ERR_MALFORMED, "header_size at byte 8 is %u; a V5 model header has 32 bytes",
                       h->header_size);
    if (h->alignment == 0 || h->alignment > 4096 || (h->alignment & (h->alignment - 1)) != 0)
        return nn_fail(err, NN_ERR_MALFORMED, "alignment at byte 16 is %u; expected a power of two up to 4096",
                       h->alignment);
    if (h->modules == 0 || h->modules > KMODEL_V5_MAX_MODULES)
        return nn_fail(err, NN_ERR_MALFORMED, "module count at byte 20 is %u; 1 to %u are supported", h->modules,
                       KMODEL_V5_MAX_MODULES);
    uint32_t at = KMODEL_V5_HEADER_BYTES;
    for (uint32_t i = 0; i < h->modules; i++) {
        nn_status_t st = check_module(out, i, at, err);
        if (st != NN_OK)
            return st;
        at += out->modules[i].size;
    }
    out->model_size = at;
    for (uint32_t i = 0; i < h->modules; i++)
        if (out->modules[i].kind == KMODEL_V5_MODULE_K210 && h->alignment < 256)
            return nn_fail(err, NN_ERR_MALFORMED, "alignment at byte 16 is %u, but module %u is a k210 module, whose "
                           "KPU tables need the file loaded at a 256-byte boundary", h->alignment, i);
    if (h->entry_module >= h->modules)
        return nn_fail(err, NN_ERR_MALFORMED, "entry module at byte 24 is %u; the file has %u modules",
                       h->entry_module, h->modules);
    const kmodel_v5_module_t *em = &out->modules[h->entry_module];
    if (h->entry_function >= em->functions)
        return nn_fail(err, NN_ERR_MALFORMED, "entry function at byte 28 is %u; module %u (%s) has %u functions",
                       h->entry_function, h->entry_module, em->type, em->functions);
    if (em->kind != KMODEL_V5_MODULE_STACKVM)
        return nn_fail(err, NN_ERR_UNSUPPORTED_LAYER, "the entry function is in module %u (%s); this runtime starts "
                       "models in a stackvm module, as nncase's compiler writes them", h->entry_module, em->type);
    nn_status_t st = kmodel_v5_stackvm_numbering(out, err);
    if (st != NN_OK)
        return st;
    for (uint32_t i = 0; i < h->modules; i++) {
        for (uint32_t j = 0; j < out->modules[i].functions; j++) {
            kmodel_v5_function_t f = kmodel_v5_function(out, i, j);
            st = out->modules[i].kind == KMODEL_V5_MODULE_STACKVM ? kmodel_v5_stackvm_check(out, &f, err)
                                                                   : kmodel_v5_k210_check(out, &f, err);
            if (st != NN_OK)
                return st;
        }
    }
    return NN_OK;
}
