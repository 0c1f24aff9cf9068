/* kmodel V4 (nncase v0.2.0) reader and validator (spec/kmodel-v4.md).
 * Parsing allocates nothing: the parsed model is a view of the caller's bytes.
 * After kmodel_v4_parse succeeds, every node body decodes, every enum and
 * geometry is one the kernels define, and every byte a kernel will read or
 * write lies inside the constant pool, the main pool or KPU RAM, and inside the
 * memory range the node names for it. The reference runtime checks none of
 * this (spec §12 quirk 10). */
#ifndef KMODEL_V4_H
#define KMODEL_V4_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nn_kpu_args.h"
#include "nn_status.h"
#include "nn_v4_ref.h"

#define KMODEL_V4_IDENTIFIER 0x4B4D444Cu /* 'KMDL', "LDMK" on disk */
#define KMODEL_V4_VERSION 4u
#define KMODEL_V4_HEADER_BYTES 40u
#define KMODEL_V4_RANGE_BYTES 16u
#define KMODEL_V4_SHAPE_BYTES 16u
#define KMODEL_V4_NODE_HEADER_BYTES 8u

/* Opcodes (spec §9). X(code, name, fixed body bytes before trailing data) */
#define KMODEL_V4_OPCODES(X)                       \
    X(0x00, binary, 108)                           \
    X(0x01, concat, 28)                            \
    X(0x02, conv2d, 104)                           \
    X(0x03, dequantize, 40)                        \
    X(0x04, matmul, 68)                            \
    X(0x05, pad, 88)                               \
    X(0x06, quantize, 40)                          \
    X(0x07, reduce, 72)                            \
    X(0x08, reduce_window2d, 104)                  \
    X(0x09, memory_copy, 32)                       \
    X(0x0A, resize_image, 64)                      \
    X(0x0B, softmax, 44)                           \
    X(0x0C, transpose, 64)                         \
    X(0x0D, strided_slice, 116)                    \
    X(0x0E, unary, 36)                             \
    X(0x0F, quantized_conv2d, 116)                 \
    X(0x10, quantized_matmul, 80)                  \
    X(0x11, quantized_binary, 136)                 \
    X(0x12, table_lookup1d, 48)                    \
    X(0x13, conv2d_transpose, 116)                 \
    X(0x14, nnil_unary_method, 32)                 \
    X(0x1001, cpu_conv2d, 100)                     \
    X(0x1002, cpu_depthwise_conv2d, 96)            \
    X(0x1003, cpu_reduce_window2d, 104)            \
    X(0x1004, cpu_quantized_conv2d, 112)           \
    X(0x1005, cpu_quantized_depthwise_conv2d, 108) \
    X(0x2001, kpu_upload, 48)                      \
    X(0x2002, kpu_conv2d, 120)

typedef enum kmodel_v4_opcode {
#define KMODEL_V4_ENUM(code, name, bytes) KMODEL_V4_OP_##name = code,
    KMODEL_V4_OPCODES(KMODEL_V4_ENUM)
#undef KMODEL_V4_ENUM
} kmodel_v4_opcode_t;

typedef enum kmodel_v4_memory_type {
    KMODEL_V4_MEM_CONST = 0, /* the constant pool, inside the model image; read-only */
    KMODEL_V4_MEM_MAIN = 1,  /* the main pool of header.main_mem bytes */
    KMODEL_V4_MEM_KPU = 2,   /* the 2 MiB KPU RAM */
} kmodel_v4_memory_type_t;

typedef enum kmodel_v4_datatype { KMODEL_V4_F32 = 0, KMODEL_V4_U8 = 1 } kmodel_v4_datatype_t;

/* memory_range (spec §5.1): how every tensor is addressed. */
typedef struct kmodel_v4_range {
    uint32_t memory_type, datatype, start, size;
} kmodel_v4_range_t;

typedef struct kmodel_v4_header {
    uint32_t identifier, version, flags, target, constants, main_mem, nodes, inputs, outputs, reserved0;
} kmodel_v4_header_t;

typedef struct kmodel_v4 {
    const uint8_t *data;
    size_t size;         /* bytes present (trailing data included) */
    kmodel_v4_header_t header;
    uint32_t constants_offset;
    uint32_t node_table_offset;
    uint32_t body_start; /* B0 */
    uint64_t model_size; /* B0 + Σ body_size: what a loader keeps (spec §3) */
} kmodel_v4_t;

typedef struct kmodel_v4_node {
    uint32_t index, opcode, body_size, body_offset;
    uint32_t body_bytes; /* present in the file: body_size, or less for a last body without its padding */
    const uint8_t *body;
} kmodel_v4_node_t;

/* A decoded node (spec §10, §11). Pointers point into the node body. */
typedef struct kmodel_v4_op {
    uint32_t opcode;
    kmodel_v4_range_t in, out; /* the first input and the output, where the op has them */
    kmodel_v4_range_t in_b;    /* second input (binary, matmul), the table (table_lookup1d) */
    uint32_t elem_bytes;       /* ops whose element size comes from in.datatype */
    union {
        nn_v4_binary_params_t binary;
        nn_v4_quantized_binary_params_t quantized_binary;
        struct {
            uint32_t inner_bytes, outer, count;
            const uint8_t *inputs; /* count memory_ranges */
            const uint8_t *dims;   /* count i32 */
        } concat;
        nn_v4_conv2d_params_t conv2d; /* conv2d, quantized_conv2d */
        nn_v4_conv2d_transpose_params_t conv2d_transpose;
        struct {
            int32_t zero_point;
            float scale;
        } quant; /* quantize, dequantize */
        nn_v4_matmul_params_t matmul; /* matmul, quantized_matmul */
        struct {
            nn_shape4_t in_shape;
            nn_padding_t paddings[4];
            const uint8_t *pad_value; /* storage bytes of the scalar */
        } pad;
        nn_v4_reduce_params_t reduce;
        nn_v4_reduce_window2d_params_t reduce_window2d; /* also cpu_reduce_window2d */
        struct {
            nn_shape4_t in_shape;
            int32_t out_h, out_w;
            uint32_t mode; /* 0 bilinear, 1 nearest */
            bool align_corners;
        } resize;
        struct {
            uint32_t inner, outer;
            float beta;
        } softmax;
        struct {
            nn_shape4_t in_shape;
            int32_t perm[4];
        } transpose;
        struct {
            nn_shape4_t in_shape;
            int32_t begin[4], end[4], strides[4];
        } slice;
        nn_v4_unary_op_t unary;
        struct {
            const uint8_t *program;
            uint32_t length;
        } nnil;
        nn_v4_cpu_conv2d_params_t cpu_conv;
        struct {
            nn_shape4_t shape; /* NCHW */
        } upload;
        struct {
            kmodel_v4_range_t main_out; /* size 0: absent */
            uint32_t batches;
            uint64_t words[12]; /* as stored: table fields hold skip counts */
            nn_kpu_args_t args; /* decoded; conv.weights/batchnorm point into the body */
            const uint8_t *activation;
        } kpu;
    } u;
} kmodel_v4_op_t;

/* One tensor access of a decoded node: which range, how many bytes from its
 * start the kernel touches, read or written. */
typedef struct kmodel_v4_access {
    const char *role; /* "input", "output", "input b", "table", "kpu input map", ... */
    uint32_t item;    /* concat: input number; otherwise 0 */
    kmodel_v4_range_t range;
    uint64_t bytes;
    bool write;
} kmodel_v4_access_t;

typedef bool (*kmodel_v4_access_fn)(void *user, const kmodel_v4_access_t *access);

/* Validates the whole file (header, tables, every node). */
nn_status_t kmodel_v4_parse(const uint8_t *data, size_t size, kmodel_v4_t *out, nn_error_t *err);

/* Nodes in file order; bodies are found by summing body sizes. */
kmodel_v4_node_t kmodel_v4_first_node(const kmodel_v4_t *m);
kmodel_v4_node_t kmodel_v4_next_node(const kmodel_v4_t *m, const kmodel_v4_node_t *prev);

kmodel_v4_range_t kmodel_v4_input(const kmodel_v4_t *m, uint32_t index);
nn_shape4_t kmodel_v4_input_shape(const kmodel_v4_t *m, uint32_t index);
kmodel_v4_range_t kmodel_v4_output(const kmodel_v4_t *m, uint32_t index);

/* Bytes a host supplies for input i: the range size in main memory, N·C·H·W
 * of its shape for a KPU-resident input (spec §8.3). */
uint64_t kmodel_v4_input_bytes(const kmodel_v4_t *m, uint32_t index);

/* Pool size of a memory type (KPU RAM: 2 MiB); 0 for unknown types. */
uint64_t kmodel_v4_pool_bytes(const kmodel_v4_t *m, uint32_t memory_type);

const char *kmodel_v4_opcode_name(uint32_t opcode);
bool kmodel_v4_opcode_known(uint32_t opcode);
/* Fixed body bytes of an opcode (0 if unknown). */
uint32_t kmodel_v4_fixed_bytes(uint32_t opcode);
/* True for kpu_conv2d, the only node the KPU computes. */
bool kmodel_v4_node_on_kpu(uint32_t opcode);

/* Decodes a body and checks its fields (sizes, enums, geometry); pool bounds
 * are kmodel_v4_check_accesses'. Runs again at run time on validated nodes. */
nn_status_t kmodel_v4_decode(const kmodel_v4_t *m, const kmodel_v4_node_t *n, kmodel_v4_op_t *op, nn_error_t *err);

/* Calls fn for every tensor access of a decoded node until it returns false;
 * returns false if it was stopped. */
bool kmodel_v4_for_each_access(const kmodel_v4_op_t *op, kmodel_v4_access_fn fn, void *user);

/* Every access of a decoded node inside its pool and its range, no write to const. */
nn_status_t kmodel_v4_check_accesses(const kmodel_v4_t *m, const kmodel_v4_node_t *n, const kmodel_v4_op_t *op,
                                     nn_error_t *err);

/* Input and output shapes of a decoded node where its body gives them: 4-D NCHW (NHWC for the cpu_* ops,
 * see kmodel_v4_node_nhwc), element counts (1 dim) for element-wise ops, [rows, columns] (2 dims) for matmul
 * and softmax, none (0 dims) for concat. */
typedef struct kmodel_v4_shapes {
    uint32_t in[4], out[4];
    int in_dims, out_dims;
} kmodel_v4_shapes_t;

kmodel_v4_shapes_t kmodel_v4_node_shapes(const kmodel_v4_op_t *op);
/* True for the cpu_* opcodes, whose tensors are NHWC. */
bool kmodel_v4_node_nhwc(uint32_t opcode);

/* Bytes of a uint8 NCHW map in the KPU layout (spec §11.1), all batches: N · fmap_bytes(W, H, C). */
uint64_t kmodel_v4_kpu_map_bytes(const nn_shape4_t *shape);

/* Little-endian field access. */
uint32_t kmodel_v4_u32(const uint8_t *p, uint32_t offset);
kmodel_v4_range_t kmodel_v4_range_at(const uint8_t *p, uint32_t offset);

const char *kmodel_v4_memory_name(uint32_t memory_type);
const char *kmodel_v4_datatype_name(uint32_t datatype);

#endif
