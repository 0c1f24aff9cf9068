/* kmodel V5 (nncase 1.x) reader and validator (spec/kmodel-v5.md).
 *
 * Parsing allocates nothing: the parsed model is a view of the caller's bytes.
 * After kmodel_v5_parse succeeds:
 *  - every header, table, record and section lies inside the file, and every
 *    count, size and offset was checked before it was used;
 *  - every stackvm function decodes to its end with one known tensor-function
 *    numbering (kmodel_v5_numbering_t: the pinned nncase 1.0.0-beta2, what the
 *    Kendryte SDK embeds, first), every branch target lies inside the code, and
 *    every TENSOR CALL names an existing k210 function with its tensor counts;
 *  - every k210 command decodes, its memory ranges lie in their pools and its
 *    KPU layer argument is one the KPU model runs.
 * What stays for run time (values computed by the program): tensor addresses,
 * shapes and strides; the runtime checks them before any kernel touches memory. */
#ifndef KMODEL_V5_H
#define KMODEL_V5_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nn_status.h"

#define KMODEL_V5_IDENTIFIER 0x4B4D444Cu /* 'KMDL', "LDMK" on disk */
#define KMODEL_V5_VERSION 5u
#define KMODEL_V5_HEADER_BYTES 32u
#define KMODEL_V5_PRERELEASE_HEADER_BYTES 24u
#define KMODEL_V5_MODULE_HEADER_BYTES 48u
#define KMODEL_V5_FUNCTION_HEADER_BYTES 32u
#define KMODEL_V5_SECTION_HEADER_BYTES 32u
#define KMODEL_V5_MEMPOOL_BYTES 8u
#define KMODEL_V5_RANGE_BYTES 12u
#define KMODEL_V5_MAX_MODULES 8u  /* the writer emits 1 or 2 */
#define KMODEL_V5_MAX_RANK 8u     /* shapes in function records and shape registers */
#define KMODEL_V5_MAX_TENSORS 64u /* inputs or outputs of one function */
#define KMODEL_V5_MAX_FUNCTIONS 1024u /* per module (yolox-nano's k210 module has 27) */

/* Memory locations (spec §2). */
enum {
    KMODEL_V5_LOC_INPUT = 0,
    KMODEL_V5_LOC_OUTPUT = 1,
    KMODEL_V5_LOC_RDATA = 2,
    KMODEL_V5_LOC_DATA = 3,
    KMODEL_V5_LOC_SHARED_DATA = 4,
    KMODEL_V5_LOC_KPU = 64, /* k210 module: the 2 MiB KPU RAM */
};

/* Datatypes (spec §2; not V4's numbering). */
enum {
    KMODEL_V5_I8 = 0, KMODEL_V5_I16, KMODEL_V5_I32, KMODEL_V5_I64, KMODEL_V5_U8, KMODEL_V5_U16, KMODEL_V5_U32,
    KMODEL_V5_U64, KMODEL_V5_F16, KMODEL_V5_F32, KMODEL_V5_F64, KMODEL_V5_BF16, KMODEL_V5_DATATYPES
};

typedef enum kmodel_v5_module_kind {
    KMODEL_V5_MODULE_STACKVM = 0,
    KMODEL_V5_MODULE_K210 = 1,
} kmodel_v5_module_kind_t;

typedef struct kmodel_v5_range {
    uint8_t location, datatype;
    uint16_t shared_module;
    uint32_t start, size;
} kmodel_v5_range_t;

typedef struct kmodel_v5_header {
    uint32_t identifier, version, header_size, flags, alignment, modules, entry_module, entry_function;
} kmodel_v5_header_t;

typedef struct kmodel_v5_module {
    uint32_t offset; /* of the module header in the file */
    char type[17];
    kmodel_v5_module_kind_t kind;
    uint32_t version, header_size, size, mempools, shared_mempools, sections, functions;
    uint32_t rdata_pool, data_pool, kpu_pool; /* mempool sizes by location (0 when absent) */
    uint32_t functions_offset;                /* first function record */
    uint32_t text_offset, text_size;          /* ".text" body in the file */
    uint32_t rdata_offset, rdata_size;        /* ".rdata" body in the file (size 0: none) */
} kmodel_v5_module_t;

typedef struct kmodel_v5_function {
    uint32_t module, index;
    uint32_t offset; /* of the function record in the file */
    uint32_t header_size, size, input_pool_size, output_pool_size, inputs, outputs, entrypoint, text_size;
    uint32_t inputs_offset;  /* inputs × memory_range, then input shapes */
    uint32_t outputs_offset; /* outputs × memory_range, then output shapes */
} kmodel_v5_function_t;

/* One shape of a function record. */
typedef struct kmodel_v5_shape {
    uint32_t rank;
    uint32_t dims[KMODEL_V5_MAX_RANK];
} kmodel_v5_shape_t;

typedef struct kmodel_v5 {
    const uint8_t *data;
    size_t size;
    kmodel_v5_header_t header;
    kmodel_v5_module_t modules[KMODEL_V5_MAX_MODULES];
    uint32_t model_size; /* header + Σ module sizes: what a loader keeps */
    uint32_t numbering;  /* kmodel_v5_numbering_t the stackvm code decodes with */
} kmodel_v5_t;

/* Tensor-function numberings of the nncase 1.x releases (spec §4). */
typedef enum kmodel_v5_numbering {
    KMODEL_V5_NUMBERING_BETA2 = 0, /* nncase 1.0.0-beta1/-beta2: 27 functions; the one this runtime runs */
    KMODEL_V5_NUMBERING_V1_0 = 1,  /* nncase 1.0.0-rc1 / 1.0.0: 30 functions */
    KMODEL_V5_NUMBERING_V1_1 = 2,  /* nncase 1.1.0: 34 functions; detected and named, not run */
    KMODEL_V5_NUMBERINGS = 3,
} kmodel_v5_numbering_t;

/* Validates the whole file (see above). A pre-release V5 file (24-byte
 * header, nncase before 2021-08-18) is refused as such. A file whose stackvm
 * code decodes only with nncase 1.0.0's numbering is accepted with
 * out->numbering naming it: 1.0.0 inserted CUMSUM, HARDMAX and REDUCE_ARG
 * (which this runtime refuses when reached) and left the other functions as
 * they were, so the same kernels run it. Code that decodes with 1.1.0's
 * numbering is NN_ERR_UNSUPPORTED_VERSION naming that release (it changed
 * STPADDINGS and slice); with none (nncase 1.2 .. 1.9), the same. */
nn_status_t kmodel_v5_parse(const uint8_t *data, size_t size, kmodel_v5_t *out, nn_error_t *err);

/* Function `index` of module `module` (both validated by the caller). */
kmodel_v5_function_t kmodel_v5_function(const kmodel_v5_t *m, uint32_t module, uint32_t index);
kmodel_v5_range_t kmodel_v5_function_input(const kmodel_v5_t *m, const kmodel_v5_function_t *f, uint32_t i);
kmodel_v5_range_t kmodel_v5_function_output(const kmodel_v5_t *m, const kmodel_v5_function_t *f, uint32_t i);
kmodel_v5_shape_t kmodel_v5_function_input_shape(const kmodel_v5_t *m, const kmodel_v5_function_t *f, uint32_t i);
kmodel_v5_shape_t kmodel_v5_function_output_shape(const kmodel_v5_t *m, const kmodel_v5_function_t *f, uint32_t i);
/* The function's code (f->text_size bytes) inside its module's .text. */
const uint8_t *kmodel_v5_function_text(const kmodel_v5_t *m, const kmodel_v5_function_t *f);
/* The entry function (header.entry_module / entry_function). */
kmodel_v5_function_t kmodel_v5_entry(const kmodel_v5_t *m);

/* Little-endian field access and names. */
uint32_t kmodel_v5_u32(const uint8_t *p);
uint16_t kmodel_v5_u16(const uint8_t *p);
kmodel_v5_range_t kmodel_v5_range_at(const uint8_t *p);
const char *kmodel_v5_location_name(uint32_t location);
const char *kmodel_v5_datatype_name(uint32_t datatype);
/* Bytes of one element (0 for an unknown datatype). */
uint32_t kmodel_v5_datatype_bytes(uint32_t datatype);
const char *kmodel_v5_numbering_name(uint32_t numbering);

/* ---- the k210 module (spec §3) ------------------------------------------ */

enum {
    KMODEL_V5_K210_UPLOAD = 0,
    KMODEL_V5_K210_DOWNLOAD = 1,
    KMODEL_V5_K210_CONV2D = 2,
    KMODEL_V5_K210_COPY = 3,
};

typedef struct kmodel_v5_k210_cmd {
    uint32_t offset; /* in the function's text */
    uint8_t opcode;
    uint32_t bytes;
    kmodel_v5_range_t in, out;        /* upload, download, copy */
    uint32_t shape[4], in_strides[4], out_strides[4];
    kmodel_v5_range_t weights, batchnorm, activation, main_out; /* conv2d */
    uint32_t batches;
    uint64_t words[12];
} kmodel_v5_k210_cmd_t;

const char *kmodel_v5_k210_name(uint32_t opcode);
/* Decodes the command at `offset` of text (fields only; ranges against pools: kmodel_v5_k210_check). */
nn_status_t kmodel_v5_k210_decode(const uint8_t *text, uint32_t text_size, uint32_t offset, kmodel_v5_k210_cmd_t *cmd,
                                  nn_error_t *err);
/* Validates every command of a k210 function (module index, function record). */
nn_status_t kmodel_v5_k210_check(const kmodel_v5_t *m, const kmodel_v5_function_t *f, nn_error_t *err);

/* ---- the stackvm module (spec §4) ---------------------------------------- */

/* Base opcodes 0x00..0x5E. */
enum {
    KMODEL_V5_OP_LDC_I4 = 0x02, KMODEL_V5_OP_LDC_R4 = 0x05, KMODEL_V5_OP_LEA_GP = 0x16, KMODEL_V5_OP_LEA_BUFFER = 0x17,
    KMODEL_V5_OP_LDARG = 0x28, KMODEL_V5_OP_STSHAPE = 0x31, KMODEL_V5_OP_STPADDINGS = 0x32, KMODEL_V5_OP_BR = 0x56,
    KMODEL_V5_OP_BR_TRUE = 0x57, KMODEL_V5_OP_BR_FALSE = 0x58, KMODEL_V5_OP_RET = 0x59, KMODEL_V5_OP_CALL = 0x5A,
    KMODEL_V5_OP_ECALL = 0x5B, KMODEL_V5_OP_TENSOR = 0x5E, KMODEL_V5_OP_LAST = 0x5E,
};

/* Tensor functions by name; the numbers in a file depend on the release (kmodel_v5_tensor_function). */
#define KMODEL_V5_TENSOR_FUNCTIONS(X) \
    X(BATCH_TO_SPACE) X(BINARY) X(BROADCAST) X(CALL) X(CLAMP) X(COMPARE) X(CONV2D) X(CONV2D_TRANSPOSE) X(CONVERT) \
    X(COPY) X(CUMSUM) X(DEQUANTIZE) X(GATHER) X(GATHER_ND) X(HARDMAX) X(LOGISTIC) X(LUT1D) X(MATMUL) X(ONEHOT) \
    X(PAD) X(QUANTIZE) X(RANDOM_NORMAL) X(RANDOM_UNIFORM) X(REDUCE) X(REDUCE_ARG) X(REDUCE_PROD) X(REDUCE_WINDOW2D) \
    X(RESIZE_IMAGE) X(ROI_ALIGN) X(SIGMOID) X(SLICE) X(SOFTMAX) X(SPACE_TO_BATCH) X(TAKE) X(TERNARY) X(TOPK) \
    X(TRANSPOSE) X(TRILU) X(UNARY)

typedef enum kmodel_v5_tf {
#define KMODEL_V5_TF_ENUM(name) KMODEL_V5_TF_##name,
    KMODEL_V5_TENSOR_FUNCTIONS(KMODEL_V5_TF_ENUM)
#undef KMODEL_V5_TF_ENUM
    KMODEL_V5_TF_COUNT,
    KMODEL_V5_TF_UNKNOWN = 255
} kmodel_v5_tf_t;

/* One decoded stackvm instruction. Operand fields in file order; tensor
 * instructions keep their packed operand bytes (operands) for the runtime. */
typedef struct kmodel_v5_insn {
    uint32_t offset; /* in the function's text */
    uint32_t bytes;
    uint8_t opcode;
    uint16_t funct_code; /* TENSOR: the number in the file */
    kmodel_v5_tf_t funct;
    int32_t imm;    /* LDC_I4, BR*, CALL target, LEA_GP offset, LDARG index */
    float imm_f;    /* LDC_R4 */
    uint8_t a, b;   /* LEA_BUFFER location/subres, STSHAPE/STPADDINGS register/rank, LEA_GP id, CALL/ECALL args */
    uint32_t u;     /* LEA_BUFFER offset */
    const uint8_t *operands; /* TENSOR: bytes after the u16 function id */
    uint32_t operand_bytes;
} kmodel_v5_insn_t;

const char *kmodel_v5_opcode_name(uint32_t opcode);
const char *kmodel_v5_tf_name(kmodel_v5_tf_t funct);
/* Tensor function `code` in `numbering` (KMODEL_V5_TF_UNKNOWN if not defined there). */
kmodel_v5_tf_t kmodel_v5_tensor_function(uint32_t numbering, uint32_t code);
/* Operand layout of a tensor function in the pinned release: one letter per field, b u8, h u16, w u32, f f32;
 * NULL when the release's runtime has no implementation of it. */
const char *kmodel_v5_tf_layout(uint32_t numbering, kmodel_v5_tf_t funct);

/* Decodes the instruction at `offset` of text with `numbering`. */
nn_status_t kmodel_v5_decode_insn(const uint8_t *text, uint32_t text_size, uint32_t offset, uint32_t numbering,
                                  kmodel_v5_insn_t *insn, nn_error_t *err);
/* True if every instruction of text decodes with `numbering` and ends exactly at its end. */
bool kmodel_v5_text_decodes(const uint8_t *text, uint32_t text_size, uint32_t numbering, uint32_t *failed_at);
/* Validates a stackvm function: decodes to its end, branch targets inside the code, CALL targets exist. */
nn_status_t kmodel_v5_stackvm_check(const kmodel_v5_t *m, const kmodel_v5_function_t *f, nn_error_t *err);
/* Writes a one-line listing of insn ("LDC_I4 12", "TENSOR DEQUANTIZE in=u8 out=f32 r3 r4 r5") into buf. */
void kmodel_v5_format_insn(const kmodel_v5_insn_t *insn, char *buf, size_t bytes);

#endif
