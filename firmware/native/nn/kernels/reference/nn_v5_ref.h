/* Reference kernels of the kmodel V5 (nncase 1.0.0-beta2) tensor functions.
 *
 * Tensors are strided views: `rank` dims, row-major index order (last dim
 * fastest), strides in elements (0 = broadcast). The caller (nn_v5_runtime)
 * has checked that every element a view reaches lies inside its buffer.
 * Semantics and float order of operations follow nncase 1.0.0-beta2's kernels
 * (src/kernels/cpu/{reference,optimized}); the "fused" flag of quantize,
 * dequantize and bilinear resize selects one rounding for a*b+c (fmaf), as
 * the SDK's RISC-V build of that runtime does; plain rounds twice. */
#ifndef NN_V5_REF_H
#define NN_V5_REF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define NN_V5_MAX_RANK 8u

typedef struct nn_v5_view {
    uint8_t *data;
    uint32_t rank;
    uint32_t shape[NN_V5_MAX_RANK];
    uint32_t strides[NN_V5_MAX_RANK]; /* in elements */
} nn_v5_view_t;

/* Element types the kernels know (V5 datatype numbers). */
typedef enum nn_v5_dtype {
    NN_V5_I8 = 0, NN_V5_I16, NN_V5_I32, NN_V5_I64, NN_V5_U8, NN_V5_U16, NN_V5_U32, NN_V5_U64,
    NN_V5_F16, NN_V5_F32, NN_V5_F64, NN_V5_BF16
} nn_v5_dtype_t;

uint32_t nn_v5_dtype_bytes(uint32_t dtype);

/* Elements of a shape (0 if a dim is 0; UINT64_MAX if more than that). */
uint64_t nn_v5_elements(const uint32_t *shape, uint32_t rank);
/* Iterations of loops nested over a shape: the elements, with a 0 dim counted as 1, since the loops outside an
 * empty dim still run (saturates at UINT64_MAX). The work a kernel does is charged from this. */
uint64_t nn_v5_loop_count(const uint32_t *shape, uint32_t rank);
/* Advances a row-major index; false after the last one. */
bool nn_v5_next_index(uint32_t *index, const uint32_t *shape, uint32_t rank);
/* Element offset of index in a view. */
uint64_t nn_v5_offset(const uint32_t *strides, const uint32_t *index, uint32_t rank);

/* ---- data movement (any element size 1, 2, 4, 8) ------------------------- */

/* dst[i] = src[i] over src's shape. */
void nn_v5_copy_ref(const nn_v5_view_t *src, const nn_v5_view_t *dst, uint32_t elem_bytes);
/* Keeps input elements begin <= i < end (stride > 0; end < i <= begin for stride < 0) with (i - begin) % stride == 0,
 * at out index (i - begin) / stride. */
void nn_v5_slice_ref(const nn_v5_view_t *src, const nn_v5_view_t *dst, uint32_t elem_bytes, const uint32_t *begins,
                     const uint32_t *ends, const int32_t *strides);
/* out[index[perm[0]], ..., index[perm[r-1]]] = in[index]. */
void nn_v5_transpose_ref(const nn_v5_view_t *src, const nn_v5_view_t *dst, uint32_t elem_bytes, const uint32_t *perm);
/* Padding: before/after per dim (may be negative); mode 0 constant, 1 reflect, 2 symmetric, 3 edge; pad_value is
 * elem_bytes bytes. dst's shape is the padded shape. */
void nn_v5_pad_ref(const nn_v5_view_t *src, const nn_v5_view_t *dst, uint32_t elem_bytes, const int32_t *before,
                   const int32_t *after, uint32_t mode, const uint8_t *pad_value);

/* out[i] = table[in[i]] (uint8); false, before writing anything, when an input value is >= table_len. */
bool nn_v5_lut1d_ref_u8(const nn_v5_view_t *src, const nn_v5_view_t *dst, const uint8_t *table, uint32_t table_len);
/* Gather along axis: out[o_pre, i_idx, o_post] = in[o_pre, indices[i_idx], o_post] (indices: dense int32 of
 * `indices_rank` dims at the output's dims axis..); false, before writing anything, for an index outside
 * 0..in.shape[axis]-1 (nncase reads outside the tensor there). */
bool nn_v5_gather_ref(const nn_v5_view_t *src, const nn_v5_view_t *dst, uint32_t elem_bytes, const int32_t *indices,
                      uint64_t index_count, uint32_t indices_rank, uint32_t axis);

/* gather_nd: indices dense int32 [..., k]; out index = indices' leading dims then in's dims after batch_dims + k;
 * in index = out's first batch_dims, then the k indices, then out's remaining dims. False, before writing
 * anything, when an index is outside its input dim. */
bool nn_v5_gather_nd_ref(const nn_v5_view_t *src, const nn_v5_view_t *dst, uint32_t elem_bytes, const int32_t *indices,
                         const uint32_t *indices_shape, uint32_t indices_rank, uint32_t batch_dims);
/* onehot: out[..., j (at axis), ...] = on if indices[...] == j (or indices + depth == j for a negative index with
 * process_neg) else off; indices dense int32 with the output's dims except axis. */
void nn_v5_onehot_ref(const int32_t *indices, const nn_v5_view_t *dst, uint32_t elem_bytes, uint32_t axis,
                      bool process_neg, const uint8_t *on_value, const uint8_t *off_value);

/* batch_to_space over the last `m` dims: input batch b = ((k0 * block1 + k1) ... ) * (N / prod(block)) + n moves
 * element (b, ..., y_i, ...) to (n, ..., y_i * block_i + k_i - crop_before_i, ...), dropping cropped positions. */
void nn_v5_batch_to_space_ref(const nn_v5_view_t *src, const nn_v5_view_t *dst, uint32_t elem_bytes,
                              const uint32_t *block, uint32_t m, const int32_t *crop_before);

/* ---- conversions ---------------------------------------------------------- */

/* static_cast from in_type to out_type (integers and f32/f64); false for a pair it does not define. */
bool nn_v5_convert_ref(const nn_v5_view_t *src, const nn_v5_view_t *dst, uint32_t in_type, uint32_t out_type);
/* q = saturate(nearbyintf(x * scale + bias)) (round half to even), u8 or i8 output. */
bool nn_v5_quantize_ref(const nn_v5_view_t *src, const nn_v5_view_t *dst, uint32_t out_type, float scale, float bias,
                        bool fused);
/* x = (float)q * scale + bias, u8 or i8 input. */
bool nn_v5_dequantize_ref(const nn_v5_view_t *src, const nn_v5_view_t *dst, uint32_t in_type, float scale, float bias,
                          bool fused);

/* ---- float compute -------------------------------------------------------- */

/* Binary ops (nncase binary_op_t): 0 add, 1 sub, 2 mul, 3 div, 4 min, 5 max, 6 pow; out = clamp(op(a, b)).
 * a and b are views with the output's rank, broadcast dims having stride 0. */
bool nn_v5_binary_ref_f32(uint32_t op, const nn_v5_view_t *a, const nn_v5_view_t *b, const nn_v5_view_t *out,
                          float clamp_low, float clamp_high);
/* Unary ops (nncase unary_op_t): abs ceil cos exp floor log neg round rsqrt sin sqrt square tanh (0..12). */
bool nn_v5_unary_ref_f32(uint32_t op, const nn_v5_view_t *src, const nn_v5_view_t *dst);

typedef struct nn_v5_window {
    uint32_t op; /* 0 mean, 1 min, 2 max, 3 sum */
    int32_t filter_h, filter_w, stride_h, stride_w, dilation_h, dilation_w;
    int32_t pad_h_before, pad_h_after, pad_w_before, pad_w_after;
    float init, clamp_low, clamp_high;
} nn_v5_window_t;

/* Output size of a window along one axis (nncase get_windowed_output_size); negative when the window does not fit. */
int64_t nn_v5_window_out(int64_t size, int32_t filter, int32_t stride, int32_t dilation, int32_t before,
                         int32_t after);
/* NCHW 2-D pooling; dst's shape is [N, C, out_h, out_w]. */
bool nn_v5_reduce_window2d_ref_f32(const nn_v5_view_t *src, const nn_v5_view_t *dst, const nn_v5_window_t *w);
/* Reduce (0 mean, 1 min, 2 max, 3 sum) over the axes flagged in `axes` (bit i = dim i); dst has the kept shape
 * (keep_dims: rank of src with 1s, else the other dims). */
bool nn_v5_reduce_ref_f32(uint32_t op, const nn_v5_view_t *src, const nn_v5_view_t *dst, uint32_t axes,
                          bool keep_dims, float init);

typedef struct nn_v5_conv2d {
    int32_t groups, stride_h, stride_w, dilation_h, dilation_w;
    int32_t pad_h_before, pad_h_after, pad_w_before, pad_w_after;
    float clamp_low, clamp_high;
} nn_v5_conv2d_t;

/* NCHW float conv2d, weights [OC, IC / groups, KH, KW], bias [OC]; dst [N, OC, out_h, out_w]. The sums follow the
 * path nncase 1.0.0-beta2 takes for the parameters (kernels::conv2d): without padding, dilation 1 and groups 1, a 1x1
 * stride-1 conv adds its input channels to the bias four at a time (((p0 + p1) + p2) + p3), and 1x3, 3x1, 3x3, 5x5
 * and 7x7 convs at stride 1 or 2 (also depthwise ones) add each channel's taps from 0 before adding them to the
 * bias; everything else adds every tap to the bias in channel, row, column order. */
void nn_v5_conv2d_ref_f32(const nn_v5_view_t *src, const nn_v5_view_t *weights, const nn_v5_view_t *bias,
                          const nn_v5_view_t *dst, const nn_v5_conv2d_t *p);

/* NCHW resize to dst's H x W: bilinear (float, or integers with +0.5 before truncation) or nearest. */
bool nn_v5_resize_bilinear_ref(const nn_v5_view_t *src, const nn_v5_view_t *dst, uint32_t dtype, bool align_corners,
                               bool half_pixel_centers, bool fused);
void nn_v5_resize_nearest_ref(const nn_v5_view_t *src, const nn_v5_view_t *dst, uint32_t elem_bytes,
                              bool align_corners, bool half_pixel_centers);

#endif
