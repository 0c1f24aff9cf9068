/* stackvm byte code (spec/kmodel-v5.md §4): instruction decoding, the
 * tensor-function numberings of the nncase 1.x releases, listing and checks.
 * Operand layouts are those of nncase's generated op readers (packed,
 * little-endian; enums and bools one byte); they are the same in every release
 * that defines a function, only the function numbers move. */
#include "kmodel_v5.h"

#include <stdio.h>
#include <string.h>

static const char *const opcode_names[KMODEL_V5_OP_LAST + 1] = {
    "NOP", "LDNULL", "LDC_I4", "LDC_I4_0", "LDC_I4_1", "LDC_R4", "LDIND_I1", "LDIND_I2", "LDIND_I4", "LDIND_I",
    "LDIND_U1", "LDIND_U2", "LDIND_U4", "LDIND_U", "LDIND_BR2", "LDIND_R4", "STIND_I1", "STIND_I2", "STIND_I4",
    "STIND_I", "STIND_BR2", "STIND_R4", "LEA_GP", "LEA_BUFFER", "LDELEM_I1", "LDELEM_I2", "LDELEM_I4", "LDELEM_I",
    "LDELEM_U1", "LDELEM_U2", "LDELEM_U4", "LDELEM_U", "LDELEM_BR2", "LDELEM_R4", "STELEM_I1", "STELEM_I2",
    "STELEM_I4", "STELEM_I", "STELEM_BR2", "STELEM_R4", "LDARG", "LDARG_0", "LDARG_1", "LDARG_2", "LDARG_3",
    "LDARG_4", "LDARG_5", "DUP", "POP", "STSHAPE", "STPADDINGS", "NEG", "ADD", "SUB", "MUL", "DIV", "DIV_U", "REM",
    "REM_U", "AND", "OR", "XOR", "NOT", "SHL", "SHR", "SHR_U", "CLT", "CLT_U", "CLE", "CLE_U", "CEQ", "CGE", "CGE_U",
    "CGT", "CGT_U", "CNE", "CONV_I1", "CONV_I2", "CONV_I4", "CONV_I", "CONV_U1", "CONV_U2", "CONV_U4", "CONV_U",
    "CONV_BR2", "CONV_R4", "BR", "BR_TRUE", "BR_FALSE", "RET", "CALL", "ECALL", "THROW", "BREAK", "TENSOR",
};

const char *kmodel_v5_opcode_name(uint32_t opcode)
{
    return opcode <= KMODEL_V5_OP_LAST ? opcode_names[opcode] : "unknown";
}

const char *kmodel_v5_tf_name(kmodel_v5_tf_t funct)
{
    switch (funct) {
#define KMODEL_V5_TF_NAME(name) \
    case KMODEL_V5_TF_##name: return #name;
        KMODEL_V5_TENSOR_FUNCTIONS(KMODEL_V5_TF_NAME)
#undef KMODEL_V5_TF_NAME
    default: return "unknown";
    }
}

/* ---- numberings ------------------------------------------------------------ */

#define T(name) KMODEL_V5_TF_##name
static const kmodel_v5_tf_t numbering_beta2[] = {
    T(BATCH_TO_SPACE), T(BINARY), T(BROADCAST), T(CALL), T(CLAMP), T(CONV2D), T(CONV2D_TRANSPOSE), T(CONVERT),
    T(COPY), T(DEQUANTIZE), T(GATHER), T(GATHER_ND), T(LOGISTIC), T(LUT1D), T(MATMUL), T(ONEHOT), T(PAD),
    T(QUANTIZE), T(REDUCE), T(REDUCE_WINDOW2D), T(RESIZE_IMAGE), T(SLICE), T(SOFTMAX), T(SPACE_TO_BATCH), T(TAKE),
    T(TRANSPOSE), T(UNARY),
};
static const kmodel_v5_tf_t numbering_v1_0[] = {
    T(BATCH_TO_SPACE), T(BINARY), T(BROADCAST), T(CALL), T(CLAMP), T(CONV2D), T(CONV2D_TRANSPOSE), T(CONVERT),
    T(COPY), T(CUMSUM), T(DEQUANTIZE), T(GATHER), T(GATHER_ND), T(HARDMAX), T(LOGISTIC), T(LUT1D), T(MATMUL),
    T(ONEHOT), T(PAD), T(QUANTIZE), T(REDUCE), T(REDUCE_ARG), T(REDUCE_WINDOW2D), T(RESIZE_IMAGE), T(SLICE),
    T(SOFTMAX), T(SPACE_TO_BATCH), T(TAKE), T(TRANSPOSE), T(UNARY),
};
static const kmodel_v5_tf_t numbering_v1_1[] = {
    T(BATCH_TO_SPACE), T(BINARY), T(BROADCAST), T(CALL), T(CLAMP), T(CONV2D), T(CONV2D_TRANSPOSE), T(CONVERT),
    T(COPY), T(CUMSUM), T(DEQUANTIZE), T(GATHER), T(GATHER_ND), T(HARDMAX), T(LOGISTIC), T(LUT1D), T(MATMUL),
    T(ONEHOT), T(PAD), T(QUANTIZE), T(RANDOM_NORMAL), T(RANDOM_UNIFORM), T(REDUCE), T(REDUCE_ARG), T(REDUCE_PROD),
    T(REDUCE_WINDOW2D), T(RESIZE_IMAGE), T(SLICE), T(SOFTMAX), T(SPACE_TO_BATCH), T(TAKE), T(TERNARY), T(TRANSPOSE),
    T(UNARY),
};
#undef T

static const struct {
    const char *name;
    const kmodel_v5_tf_t *table;
    uint32_t count;
} numberings[KMODEL_V5_NUMBERINGS] = {
    { "nncase 1.0.0-beta1/-beta2/-rc1 (27 tensor functions)", numbering_beta2,
      sizeof numbering_beta2 / sizeof numbering_beta2[0] },
    { "nncase 1.0.0 (30 tensor functions: CUMSUM, HARDMAX, REDUCE_ARG inserted)", numbering_v1_0,
      sizeof numbering_v1_0 / sizeof numbering_v1_0[0] },
    { "nncase 1.1.0 (34 tensor functions: RANDOM_NORMAL, RANDOM_UNIFORM, REDUCE_PROD, TERNARY inserted)",
      numbering_v1_1, sizeof numbering_v1_1 / sizeof numbering_v1_1[0] },
};

const char *kmodel_v5_numbering_name(uint32_t numbering)
{
    return numbering < KMODEL_V5_NUMBERINGS ? numberings[numbering].name : "unknown";
}

kmodel_v5_tf_t kmodel_v5_tensor_function(uint32_t numbering, uint32_t code)
{
    if (numbering >= KMODEL_V5_NUMBERINGS || code >= numberings[numbering].count)
        return KMODEL_V5_TF_UNKNOWN;
    return numberings[numbering].table[code];
}

/* Operand layouts after the u16 function id, with field names for the listing.
 * dt = datatype, r* = shape/stride/paddings register numbers. */
static const struct {
    kmodel_v5_tf_t funct;
    const char *layout;
    const char *fields;
} layouts[] = {
    { KMODEL_V5_TF_BATCH_TO_SPACE, "bbbbbb", "dt rshape_src rstride_src rstride_dest rshape_block rpad_crops" },
    { KMODEL_V5_TF_BINARY, "bbbbbbbff",
      "dt rshape_a rstride_a rshape_b rstride_b rstride_dest op clamp_low clamp_high" },
    { KMODEL_V5_TF_BROADCAST, "bbbbb", "dt rshape_src rstride_src rshape_dest rstride_dest" },
    { KMODEL_V5_TF_CALL, "whbb", "function module inputs outputs" },
    { KMODEL_V5_TF_CONV2D, "bbbbbbbhhhhhff",
      "dt rshape_src rstride_src rshape_kernel rstride_kernel rstride_bias rstride_dest groups stride_h stride_w "
      "dilation_h dilation_w clamp_low clamp_high" },
    { KMODEL_V5_TF_CONVERT, "bbbbb", "dt_in dt_out rshape_src rstride_src rstride_dest" },
    { KMODEL_V5_TF_COPY, "bbbb", "dt rshape rstride_src rstride_dest" },
    { KMODEL_V5_TF_CUMSUM, "bbwbb", "dt rshape_src axis exclusive reverse" },
    { KMODEL_V5_TF_DEQUANTIZE, "bbbbb", "dt_in dt_out rshape_src rstride_src rstride_dest" },
    { KMODEL_V5_TF_GATHER, "bbbbbbb", "dt rshape_src rshape_dest rstride_src rstride_dest rshape_indices axis" },
    { KMODEL_V5_TF_GATHER_ND, "bbbbbbb",
      "dt rshape_src rshape_dest rstride_src rstride_dest rshape_indices batch_dims" },
    { KMODEL_V5_TF_HARDMAX, "bbbw", "dt rshape_src rstride_src axis" },
    { KMODEL_V5_TF_LUT1D, "bbbbh", "dt rshape_src rstride_src rstride_dest table_len" },
    { KMODEL_V5_TF_ONEHOT, "bbbbbb", "dt rshape_indices rshape_dest rstride_dest axis mode" },
    { KMODEL_V5_TF_PAD, "bbbbbb", "dt rshape_src rstride_src rstride_dest rpaddings mode" },
    { KMODEL_V5_TF_QUANTIZE, "bbbbb", "dt_in dt_out rshape_src rstride_src rstride_dest" },
    { KMODEL_V5_TF_RANDOM_NORMAL, "bbfff", "dt rshape mean std seed" },
    { KMODEL_V5_TF_RANDOM_UNIFORM, "bbfff", "dt rshape low high seed" },
    { KMODEL_V5_TF_REDUCE, "bbbbbbb", "dt rshape_src rstride_src rstride_dest op rshape_axis keep_dims" },
    { KMODEL_V5_TF_REDUCE_ARG, "bbbbbbbbb",
      "dt_in rshape_src rstride_src dt_out rstride_dest op rshape_axis keep_dims select_last" },
    { KMODEL_V5_TF_REDUCE_PROD, "bbbbb", "dt rshape_src rstride_src rstride_dest rshape_axis" },
    { KMODEL_V5_TF_REDUCE_WINDOW2D, "bbbbbhhhhhhff",
      "dt op rshape_src rstride_src rstride_dest filter_h filter_w stride_h stride_w dilation_h dilation_w clamp_low "
      "clamp_high" },
    { KMODEL_V5_TF_RESIZE_IMAGE, "bbbbbbb",
      "dt rshape_src rstride_src rstride_dest align_corners half_pixel_centers mode" },
    { KMODEL_V5_TF_SLICE, "bbbbbbb", "dt rshape_src rstride_src rstride_dest rbegins rends rstrides" },
    { KMODEL_V5_TF_TERNARY, "bbbbbbbb", "dt rshape_a rstride_a rshape_b rstride_b rshape_c rstride_c rstride_dest" },
    { KMODEL_V5_TF_TRANSPOSE, "bbbbb", "dt rshape_src rstride_src rstride_dest rshape_perm" },
    { KMODEL_V5_TF_UNARY, "bbbbb", "dt rshape_src rstride_src rstride_dest op" },
};

static int layout_index(kmodel_v5_tf_t funct)
{
    for (size_t i = 0; i < sizeof layouts / sizeof layouts[0]; i++)
        if (layouts[i].funct == funct)
            return (int)i;
    return -1;
}

const char *kmodel_v5_tf_layout(uint32_t numbering, kmodel_v5_tf_t funct)
{
    (void)numbering; /* the layouts do not differ between the releases that define a function */
    int i = layout_index(funct);
    return i < 0 ? NULL : layouts[i].layout;
}

static uint32_t layout_bytes(const char *layout)
{
    uint32_t n = 0;
    for (const char *c = layout; *c; c++)
        n += *c == 'b' ? 1 : *c == 'h' ? 2 : 4;
    return n;
}

/* ---- decoding ---------------------------------------------------------------- */

static uint32_t base_operand_bytes(uint8_t opcode)
{
    switch (opcode) {
    case 0x02: case 0x05: case 0x28: case 0x56: case 0x57: case 0x58: return 4; /* LDC_I4 LDC_R4 LDARG BR* */
    case 0x16: case 0x5A: return 5;                                           /* LEA_GP, CALL: u8 + i32 */
    case 0x17: return 6;                                                      /* LEA_BUFFER: u8 u8 u32 */
    case 0x31: case 0x32: return 2;                                           /* STSHAPE STPADDINGS */
    case 0x5B: return 1;                                                      /* ECALL */
    default: return 0;
    }
}

nn_status_t kmodel_v5_decode_insn(const uint8_t *text, uint32_t text_size, uint32_t offset, uint32_t numbering,
                                  kmodel_v5_insn_t *insn, nn_error_t *err)
{
    memset(insn, 0, sizeof *insn);
    insn->offset = offset;
    insn->funct = KMODEL_V5_TF_UNKNOWN;
    if (offset >= text_size)
        return nn_fail(err, NN_ERR_TRUNCATED, "code offset %u is at or past the end of the %u-byte code", offset,
                       text_size);
    const uint8_t *p = text + offset;
    uint32_t avail = text_size - offset;
    insn->opcode = p[0];
    if (insn->opcode > KMODEL_V5_OP_LAST)
        return nn_fail(err, NN_ERR_UNKNOWN_LAYER, "unknown stackvm opcode 0x%02X at code offset %u (0x00..0x5E are "
                       "defined)", insn->opcode, offset);
    if (insn->opcode != KMODEL_V5_OP_TENSOR) {
        insn->bytes = 1 + base_operand_bytes(insn->opcode);
        if (insn->bytes > avail)
            return nn_fail(err, NN_ERR_TRUNCATED, "%s at code offset %u needs %u bytes, the code ends after %u",
                           opcode_names[insn->opcode], offset, insn->bytes, avail);
        switch (insn->opcode) {
        case 0x02: case 0x28: case 0x56: case 0x57: case 0x58: insn->imm = (int32_t)kmodel_v5_u32(p + 1); break;
        case 0x05: {
            uint32_t bits = kmodel_v5_u32(p + 1);
            memcpy(&insn->imm_f, &bits, 4);
            break;
        }
        case 0x16: case 0x5A: insn->a = p[1]; insn->imm = (int32_t)kmodel_v5_u32(p + 2); break;
        case 0x17: insn->a = p[1]; insn->b = p[2]; insn->u = kmodel_v5_u32(p + 3); break;
        case 0x31: case 0x32: insn->a = p[1]; insn->b = p[2]; break;
        case 0x5B: insn->a = p[1]; break;
        default: break;
        }
        return NN_OK;
    }
    if (avail < 3)
        return nn_fail(err, NN_ERR_TRUNCATED, "TENSOR at code offset %u: the code ends inside its function id",
                       offset);
    insn->funct_code = kmodel_v5_u16(p + 1);
    insn->funct = kmodel_v5_tensor_function(numbering, insn->funct_code);
    if (insn->funct == KMODEL_V5_TF_UNKNOWN)
        return nn_fail(err, NN_ERR_UNKNOWN_LAYER, "TENSOR at code offset %u: tensor function %u is not defined in "
                       "the %s numbering", offset, insn->funct_code, kmodel_v5_numbering_name(numbering));
    const char *layout = kmodel_v5_tf_layout(numbering, insn->funct);
    if (layout == NULL)
        return nn_fail(err, NN_ERR_UNSUPPORTED_LAYER, "TENSOR %s at code offset %u: nncase's 1.x runtimes define "
                       "this number (%u) but have no implementation of it, so no operand layout", 
                       kmodel_v5_tf_name(insn->funct), offset, insn->funct_code);
    insn->operand_bytes = layout_bytes(layout);
    insn->bytes = 3 + insn->operand_bytes;
    if (insn->bytes > avail)
        return nn_fail(err, NN_ERR_TRUNCATED, "TENSOR %s at code offset %u needs %u bytes, the code ends after %u",
                       kmodel_v5_tf_name(insn->funct), offset, insn->bytes, avail);
    insn->operands = p + 3;
    return NN_OK;
}

bool kmodel_v5_text_decodes(const uint8_t *text, uint32_t text_size, uint32_t numbering, uint32_t *failed_at)
{
    uint32_t at = 0;
    while (at < text_size) {
        kmodel_v5_insn_t insn;
        if (kmodel_v5_decode_insn(text, text_size, at, numbering, &insn, NULL) != NN_OK) {
            if (failed_at != NULL)
                *failed_at = at;
            return false;
        }
        at += insn.bytes;
    }
    return true;
}

/* Picks the numbering every stackvm function decodes with: the pinned one
 * first, then the later releases (their functions are the same, only the
 * numbers moved, so the runtime runs them with the same kernels). */
nn_status_t kmodel_v5_stackvm_numbering(kmodel_v5_t *m, nn_error_t *err);
nn_status_t kmodel_v5_stackvm_numbering(kmodel_v5_t *m, nn_error_t *err)
{
    uint32_t first_fail = 0, fail_module = 0, fail_function = 0;
    for (uint32_t n = 0; n < KMODEL_V5_NUMBERINGS; n++) {
        bool all = true;
        for (uint32_t i = 0; i < m->header.modules && all; i++) {
            if (m->modules[i].kind != KMODEL_V5_MODULE_STACKVM)
                continue;
            for (uint32_t j = 0; j < m->modules[i].functions && all; j++) {
                kmodel_v5_function_t f = kmodel_v5_function(m, i, j);
                uint32_t at = 0;
                all = kmodel_v5_text_decodes(kmodel_v5_function_text(m, &f), f.text_size, n, &at);
                if (!all && n == KMODEL_V5_NUMBERING_BETA2) {
                    first_fail = at;
                    fail_module = i;
                    fail_function = j;
                }
            }
        }
        if (all && n == KMODEL_V5_NUMBERING_V1_1)
            return nn_fail(err, NN_ERR_UNSUPPORTED_VERSION, "made by nncase 1.1.0: the code decodes with its "
                           "tensor-function numbering only; 1.1.0 also changed STPADDINGS and slice, so it is not "
                           "supported yet (this runtime has 1.0.0-beta2's semantics; 1.0.0 files run too)");
        if (all) {
            m->numbering = n; /* 1.0.0 only inserted functions: the others behave as in 1.0.0-beta2 */
            return NN_OK;
        }
    }
    kmodel_v5_function_t f = kmodel_v5_function(m, fail_module, fail_function);
    nn_error_t inner = { NN_OK, "" };
    kmodel_v5_insn_t insn;
    kmodel_v5_decode_insn(kmodel_v5_function_text(m, &f), f.text_size, first_fail,
                          KMODEL_V5_NUMBERING_BETA2, &insn, &inner);
    return nn_fail(err, NN_ERR_UNSUPPORTED_VERSION, "the stackvm code decodes with none of the known nncase 1.x "
                   "tensor-function numberings (1.0.0-beta1..rc1, 1.0.0, 1.1.0); with 1.0.0-beta2's, module %u "
                   "function %u fails at code offset %u (byte %u): %.120s. The file was probably made by nncase "
                   "1.2..1.9, whose numbering this runtime does not know",
                   fail_module, fail_function, first_fail,
                   m->modules[fail_module].text_offset + f.entrypoint + first_fail, inner.message);
}

/* ---- checks ------------------------------------------------------------------ */

nn_status_t kmodel_v5_stackvm_check(const kmodel_v5_t *m, const kmodel_v5_function_t *f, nn_error_t *err)
{
    const uint8_t *text = kmodel_v5_function_text(m, f);
    uint32_t at = 0;
    while (at < f->text_size) {
        kmodel_v5_insn_t insn;
        nn_status_t st = kmodel_v5_decode_insn(text, f->text_size, at, m->numbering, &insn, err);
        if (st != NN_OK)
            return st;
        /* Targets inside the code; the interpreter decodes (and checks) every instruction it reaches, so a target
         * in the middle of an instruction cannot read outside the code either. */
        if (insn.opcode >= KMODEL_V5_OP_BR && insn.opcode <= KMODEL_V5_OP_BR_FALSE) {
            int64_t target = (int64_t)at + insn.bytes + insn.imm;
            if (target < 0 || target >= (int64_t)f->text_size)
                return nn_fail(err, NN_ERR_MALFORMED, "module %u function %u: %s at code offset %u jumps to %lld, "
                               "outside the %u-byte code", f->module, f->index, opcode_names[insn.opcode], at,
                               (long long)target, f->text_size);
        }
        if (insn.opcode == KMODEL_V5_OP_TENSOR && insn.funct == KMODEL_V5_TF_CALL) {
            uint32_t function = kmodel_v5_u32(insn.operands), module = kmodel_v5_u16(insn.operands + 4);
            if (module >= m->header.modules || function >= m->modules[module].functions)
                return nn_fail(err, NN_ERR_MALFORMED, "module %u function %u: TENSOR CALL at code offset %u calls "
                               "module %u function %u, which does not exist", f->module, f->index, at, module,
                               function);
            if (m->modules[module].kind != KMODEL_V5_MODULE_K210)
                return nn_fail(err, NN_ERR_UNSUPPORTED_LAYER, "module %u function %u: TENSOR CALL at code offset %u "
                               "calls into the %s module %u; this runtime calls k210 functions only", f->module,
                               f->index, at, m->modules[module].type, module);
            kmodel_v5_function_t callee = kmodel_v5_function(m, module, function);
            if (insn.operands[6] != callee.inputs || insn.operands[7] != callee.outputs)
                return nn_fail(err, NN_ERR_MALFORMED, "module %u function %u: TENSOR CALL at code offset %u passes "
                               "%u inputs and %u outputs; module %u function %u has %u and %u", f->module, f->index,
                               at, insn.operands[6], insn.operands[7], module, function, callee.inputs,
                               callee.outputs);
        }
        at += insn.bytes;
    }
    return NN_OK;
}

/* ---- listing ----------------------------------------------------------------- */

void kmodel_v5_format_insn(const kmodel_v5_insn_t *insn, char *buf, size_t bytes)
{
    const char *name = kmodel_v5_opcode_name(insn->opcode);
    int n = 0;
    switch (insn->opcode) {
    case 0x02: case 0x28: n = snprintf(buf, bytes, "%s %d", name, insn->imm); break;
    case 0x56: case 0x57: case 0x58:
        n = snprintf(buf, bytes, "%s %+d (to %lld)", name, insn->imm,
                     (long long)insn->offset + insn->bytes + insn->imm);
        break;
    case 0x05: n = snprintf(buf, bytes, "%s %.9g", name, (double)insn->imm_f); break;
    case 0x16: n = snprintf(buf, bytes, "%s gp%u %+d", name, insn->a, insn->imm); break;
    case 0x17:
        n = snprintf(buf, bytes, "%s %s sub %u +%u", name, kmodel_v5_location_name(insn->a), insn->b, insn->u);
        break;
    case 0x31: n = snprintf(buf, bytes, "%s shape%u rank %u", name, insn->a, insn->b); break;
    case 0x32: n = snprintf(buf, bytes, "%s paddings%u rank %u", name, insn->a, insn->b); break;
    case 0x5A: n = snprintf(buf, bytes, "%s args %u target %d", name, insn->a, insn->imm); break;
    case 0x5B: n = snprintf(buf, bytes, "%s args %u", name, insn->a); break;
    case KMODEL_V5_OP_TENSOR: {
        n = snprintf(buf, bytes, "TENSOR %s", kmodel_v5_tf_name(insn->funct));
        int li = layout_index(insn->funct);
        if (li < 0 || insn->operands == NULL)
            break;
        const char *fields = layouts[li].fields;
        const uint8_t *p = insn->operands;
        for (const char *c = layouts[li].layout; *c && n >= 0 && (size_t)n < bytes; c++) {
            size_t len = strcspn(fields, " ");
            char value[40];
            if (*c == 'b') {
                bool is_dt = len >= 2 && fields[0] == 'd' && fields[1] == 't';
                if (is_dt)
                    snprintf(value, sizeof value, "%s", kmodel_v5_datatype_name(*p));
                else
                    snprintf(value, sizeof value, "%u", *p);
                p += 1;
            } else if (*c == 'h') {
                snprintf(value, sizeof value, "%u", kmodel_v5_u16(p));
                p += 2;
            } else if (*c == 'w') {
                snprintf(value, sizeof value, "%u", kmodel_v5_u32(p));
                p += 4;
            } else {
                uint32_t bits = kmodel_v5_u32(p);
                float f;
                memcpy(&f, &bits, 4);
                snprintf(value, sizeof value, "%.9g", (double)f);
                p += 4;
            }
            n += snprintf(buf + n, bytes - (size_t)n, " %.*s=%s", (int)len, fields, value);
            fields += len;
            if (*fields == ' ')
                fields++;
        }
        break;
    }
    default: n = snprintf(buf, bytes, "%s", name); break;
    }
    (void)n;
}
