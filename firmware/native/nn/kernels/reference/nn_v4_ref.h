/* Reference kernels of the kmodel V4 neutral and CPU ops (nncase v0.2.0,
 * spec/kmodel-v4.md §8.4, §10), with the reference runtime's arithmetic and
 * evaluation order: float32 only, no fused multiply-add (-ffp-contract=off), sums
 * in the loop order the spec gives. Pure functions: no allocation, no hardware.
 *
 * Conventions for every kernel below:
 *  - Tensors are dense row-major. Neutral ops are NCHW, the cpu_* ops NHWC.
 *    A shape is 4 dimensions, each >= 1 (the loader checks that, and that
 *    every tensor a kernel touches lies inside its buffer).
 *  - float32 and int32 tensors are byte pointers: kmodel offsets need not be
 *    aligned, so elements are read and written with memcpy (nn_mem.h).
 *  - Integer arithmetic that can overflow int32 in the reference (undefined
 *    there) wraps modulo 2^32 here, so a hostile file gives a defined result.
 *  - Inputs and outputs may be the same buffer for element-wise kernels. */
#ifndef NN_V4_REF_H
#define NN_V4_REF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct nn_shape4 {
    int32_t d[4];
} nn_shape4_t;

typedef struct nn_padding {
    int32_t before, after; /* may be negative (crop) for pad */
} nn_padding_t;

/* Fused activation: out = clamp(v, min, max); "none" is [-FLT_MAX, FLT_MAX]. */
typedef struct nn_value_range {
    float min, max;
} nn_value_range_t;

/* A 2-D window over the last two dimensions (H, W of NCHW; H, W of NHWC). */
typedef struct nn_window2d {
    int32_t filter_h, filter_w;
    int32_t stride_h, stride_w;     /* >= 1 */
    int32_t dilation_h, dilation_w; /* >= 1 */
    nn_padding_t pad_h, pad_w;
} nn_window2d_t;

/* Fixed-point requantisation parameters of the quantized ops. */
typedef struct nn_requant {
    int32_t mul, shift, offset;
} nn_requant_t;

typedef enum nn_v4_binary_op {
    NN_V4_ADD = 0, NN_V4_SUB = 1, NN_V4_MUL = 2, NN_V4_DIV = 3, NN_V4_MIN = 4, NN_V4_MAX = 5,
} nn_v4_binary_op_t;

typedef enum nn_v4_unary_op {
    NN_V4_ABS = 0, NN_V4_CEIL, NN_V4_COS, NN_V4_EXP, NN_V4_FLOOR, NN_V4_LOG, NN_V4_NEG, NN_V4_RSQRT, NN_V4_SIN,
    NN_V4_SQUARE,
} nn_v4_unary_op_t;

typedef enum nn_v4_reduce_op { NN_V4_REDUCE_MEAN = 0, NN_V4_REDUCE_MIN, NN_V4_REDUCE_MAX, NN_V4_REDUCE_SUM } nn_v4_reduce_op_t;

/* Elements of a shape (saturates instead of overflowing). */
uint64_t nn_shape4_count(const nn_shape4_t *s);
bool nn_shape4_equal(const nn_shape4_t *a, const nn_shape4_t *b);
/* Flat index of out index o in a tensor of shape s, with dims that do not reach o (o_k >= s_k) taken as 0:
 * broadcasting of size-1 dimensions. */
uint64_t nn_shape4_broadcast_offset(const nn_shape4_t *s, const int32_t o[4]);

/* Output extent of a window: (size + before + after - ((filter-1)*dilation + 1) + stride) / stride,
 * truncating; computed in 64 bits (the reference's int32 would overflow only on absurd files). */
int64_t nn_v4_windowed_size(int32_t size, int32_t filter, int32_t stride, int32_t dilation, nn_padding_t pad);

/* ---- nn_v4_binary_ref.c ---------------------------------------------- */

/* R(v, mul, shift) of spec §8.4: (i64)v*mul, rounded half up by `shift`
 * (taken as an unsigned byte, < 64), truncated to 32 bits. */
int32_t nn_v4_requantize(int32_t v, int32_t mul, int32_t shift);

typedef struct nn_v4_binary_params {
    nn_v4_binary_op_t op;
    nn_shape4_t a_shape, b_shape, out_shape;
    nn_value_range_t act;
} nn_v4_binary_params_t;

/* out = clamp(op(a, b), act) with size-1 broadcasting. When a_shape equals
 * b_shape the reference runs a flat loop over a's elements instead (out_shape
 * unused), as here. */
void nn_v4_binary_ref_f32(const void *a, const void *b, void *out, const nn_v4_binary_params_t *p);

typedef struct nn_v4_quantized_binary_params {
    nn_v4_binary_op_t op;
    nn_shape4_t a_shape, b_shape, out_shape;
    int32_t a_offset, a_mul, a_shift, b_offset, b_mul, b_shift;
    nn_requant_t out;
} nn_v4_quantized_binary_params_t;

/* a' = R(a + a_offset, ...), b' likewise, t = op(a', b') in int32 (div is
 * (a' + b'/2) / b' truncating), out = clamp(R(t, out) + out.offset, 0, 255).
 * Returns false when a division by b' = 0 occurs (the reference traps); then
 * *bad_index is the flat output index and the output is incomplete. */
bool nn_v4_quantized_binary_ref_u8(const uint8_t *a, const uint8_t *b, uint8_t *out,
                                   const nn_v4_quantized_binary_params_t *p, uint64_t *bad_index);

/* ---- nn_v4_conv_ref.c (NCHW) ------------------------------------------- */

typedef struct nn_v4_conv2d_params {
    nn_shape4_t in_shape;    /* N, IC, H, W */
    int32_t groups;          /* divides IC and OC */
    int32_t out_channels;    /* OC */
    nn_window2d_t win;
    nn_value_range_t act;    /* float conv only */
    const uint8_t *weights;  /* [OC][IC/G][KH][KW]: f32 LE (conv2d) or u8 (quantized) */
    const uint8_t *bias;     /* [OC]: f32 LE (conv2d) or i32 LE (quantized) */
    int32_t input_offset, filter_offset; /* quantized: added to x and w */
    nn_requant_t out;                    /* quantized */
} nn_v4_conv2d_params_t;

/* Output [N][OC][OH][OW]; taps outside the input are skipped; float sum
 * starts at the bias and runs over ic, ky, kx. */
void nn_v4_conv2d_ref_f32(const void *in, void *out, const nn_v4_conv2d_params_t *p);
/* acc = bias + Σ (x + input_offset)(w + filter_offset) in int32 over valid taps;
 * out = clamp(R(acc, out) + out.offset, 0, 255). */
void nn_v4_quantized_conv2d_ref_u8(const uint8_t *in, uint8_t *out, const nn_v4_conv2d_params_t *p);

typedef struct nn_v4_conv2d_transpose_params {
    nn_shape4_t in_shape, out_shape; /* in N <= out N */
    int32_t groups;
    nn_window2d_t win;
    nn_value_range_t act;
    const uint8_t *weights; /* f32 [OCt][ICt/G][KH][KW] within the group's slice */
} nn_v4_conv2d_transpose_params_t;

/* Scatter form of the reference (the bias is ignored: spec §12 quirk 5);
 * clamps to act only when act is not [-FLT_MAX, FLT_MAX]. */
void nn_v4_conv2d_transpose_ref_f32(const void *in, void *out, const nn_v4_conv2d_transpose_params_t *p);

/* ---- nn_v4_cpu_conv_ref.c (NHWC, the cpu_* ops) ------------------------- */

typedef struct nn_v4_cpu_conv2d_params {
    nn_shape4_t in_shape;   /* N, H, W, C */
    int32_t out_channels;   /* cpu_conv2d; depthwise: C */
    nn_window2d_t win;
    nn_value_range_t act;
    const uint8_t *weights; /* conv [OC][KH][KW][C], depthwise [C][KH][KW]; f32 LE or u8 */
    const uint8_t *bias;    /* f32 LE or i32 LE */
    int32_t input_offset, filter_offset; /* quantized: SUBTRACTED from x and w (spec §12 quirk 8) */
    nn_requant_t out;
} nn_v4_cpu_conv2d_params_t;

void nn_v4_cpu_conv2d_ref_f32(const void *in, void *out, const nn_v4_cpu_conv2d_params_t *p);
void nn_v4_cpu_depthwise_conv2d_ref_f32(const void *in, void *out, const nn_v4_cpu_conv2d_params_t *p);
void nn_v4_cpu_quantized_conv2d_ref_u8(const uint8_t *in, uint8_t *out, const nn_v4_cpu_conv2d_params_t *p);
void nn_v4_cpu_quantized_depthwise_conv2d_ref_u8(const uint8_t *in, uint8_t *out, const nn_v4_cpu_conv2d_params_t *p);

/* ---- nn_v4_reduce_ref.c ------------------------------------------------ */

typedef struct nn_v4_reduce_params {
    nn_v4_reduce_op_t op;
    nn_shape4_t in_shape, out_shape; /* out dims are 1 where reduced */
    float init_value;
    /* mean only: the reference scales out_elements values by
     * (float)out_elements / in_elements, both from the memory ranges' sizes. */
    uint64_t in_elements, out_elements;
} nn_v4_reduce_params_t;

void nn_v4_reduce_ref_f32(const void *in, void *out, const nn_v4_reduce_params_t *p);

typedef struct nn_v4_reduce_window2d_params {
    nn_v4_reduce_op_t op;
    nn_shape4_t in_shape; /* NCHW, or NHWC for the cpu_ variant */
    nn_window2d_t win;
    float init_value;
    nn_value_range_t act;
} nn_v4_reduce_window2d_params_t;

/* Pooling; mean divides by the number of valid taps (padding excluded). */
void nn_v4_reduce_window2d_ref_f32(const void *in, void *out, const nn_v4_reduce_window2d_params_t *p);
/* The NHWC twin (cpu_reduce_window2d); sum is not allowed there (the loader rejects it). */
void nn_v4_cpu_reduce_window2d_ref_f32(const void *in, void *out, const nn_v4_reduce_window2d_params_t *p);

/* ---- nn_v4_matmul_ref.c ------------------------------------------------ */

typedef struct nn_v4_matmul_params {
    int32_t a_rows, a_cols, b_cols;
    nn_value_range_t act;     /* float only */
    const uint8_t *bias;      /* [b_cols] f32 LE or i32 LE */
    int32_t a_offset, b_offset; /* quantized */
    nn_requant_t out;          /* quantized */
} nn_v4_matmul_params_t;

void nn_v4_matmul_ref_f32(const void *a, const void *b, void *out, const nn_v4_matmul_params_t *p);
void nn_v4_quantized_matmul_ref_u8(const uint8_t *a, const uint8_t *b, uint8_t *out, const nn_v4_matmul_params_t *p);

/* ---- nn_v4_tensor_ref.c (data movement; elem_bytes 1 or 4) -------------- */

/* One input of a concat: `outer` blocks of block_bytes from in, written every
 * row_bytes starting at out + offset. */
void nn_v4_concat_input_ref(const uint8_t *in, uint8_t *out, uint64_t block_bytes, uint64_t outer, uint64_t row_bytes,
                            uint64_t offset);

/* Output shape in_shape + before + after; positions outside the input take pad_value
 * (elem_bytes bytes). */
void nn_v4_pad_ref(const uint8_t *in, uint8_t *out, const nn_shape4_t *in_shape, const nn_padding_t paddings[4],
                   const uint8_t *pad_value, uint32_t elem_bytes);

/* out = numpy.transpose(in, perm); perm is a permutation of 0..3. */
void nn_v4_transpose_ref(const uint8_t *in, uint8_t *out, const nn_shape4_t *in_shape, const int32_t perm[4],
                         uint32_t elem_bytes);

/* Elements visited along one axis of a strided slice: i = begin, begin+stride, ...
 * while i < end (stride > 0) or i > end (stride < 0); stride != 0. */
int64_t nn_v4_slice_count(int32_t begin, int32_t end, int32_t stride);
void nn_v4_strided_slice_ref(const uint8_t *in, uint8_t *out, const nn_shape4_t *in_shape, const int32_t begin[4],
                             const int32_t end[4], const int32_t strides[4], uint32_t elem_bytes);

/* Whole 4-byte words only (spec §12 quirk 4); returns the bytes copied. */
size_t nn_v4_memory_copy_ref(const uint8_t *in, uint8_t *out, size_t in_bytes);

/* Bilinear resize without half-pixel offset; u8 results truncate (no rounding). */
void nn_v4_resize_bilinear_ref_f32(const void *in, void *out, const nn_shape4_t *in_shape, int32_t out_h,
                                   int32_t out_w, bool align_corners);
void nn_v4_resize_bilinear_ref_u8(const uint8_t *in, uint8_t *out, const nn_shape4_t *in_shape, int32_t out_h,
                                  int32_t out_w, bool align_corners);
/* (nearest neighbour is nn_resize_nearest_ref of nn_cpu_ref.h with N*C channels,
 *  table_lookup1d is nn_requantize_ref_u8: the same maths as the V3 layers.) */

/* ---- nn_v4_unary_ref.c ------------------------------------------------- */

void nn_v4_unary_ref_f32(const void *in, void *out, size_t count, nn_v4_unary_op_t op);
/* Per row of inner floats: e_i = exp((x_i - max) * beta), out_i = e_i / Σe. */
void nn_v4_softmax_ref_f32(const void *in, void *out, uint32_t inner, uint32_t outer, float beta);
/* q = clamp((int32)roundf(x*scale + zp), 0, 255): the x86 simulator's rounding
 * (half away from zero); values the x86 conversion cannot represent (NaN,
 * |v| >= 2^31) become INT32_MIN there, hence 0. */
void nn_v4_quantize_ref_f32(const void *in, uint8_t *out, size_t count, int32_t zero_point, float scale);
/* x = (q - zp) * (1/scale), the x86 simulator's form. */
void nn_v4_dequantize_ref_u8(const uint8_t *in, void *out, size_t count, int32_t zero_point, float scale);

/* ---- nn_v4_nnil_ref.c -------------------------------------------------- */

/* NULL when the NNIL program (straight-line stack code, spec §10 0x14) is
 * valid: known opcodes, complete ldc_r4 operands, no stack under/overflow
 * (capacity 64) and a `ret` reached; otherwise the reason, with *at the byte
 * offset of the offending instruction. */
const char *nn_v4_nnil_check(const uint8_t *program, size_t length, size_t *at);
/* Runs a checked program once per element. */
void nn_v4_nnil_ref_f32(const void *in, void *out, size_t count, const uint8_t *program, size_t length);

#endif
