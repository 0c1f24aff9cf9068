/* Reference CPU kernels of the kmodel V3 layers (spec/kmodel-v3.md §3),
 * with the Kendryte SDK's arithmetic and evaluation order: f32 sums are
 * sequential, no fused multiply-add (the build uses -ffp-contract=off).
 * Tensors are dense CHW; f32 tensors are byte pointers (main-buffer offsets need
 * not be 4-aligned) read and written through memcpy. Pure functions: no allocation, no hardware. */
#ifndef NN_CPU_REF_H
#define NN_CPU_REF_H

#include <stddef.h>
#include <stdint.h>

typedef enum nn_activation { NN_ACT_LINEAR = 0, NN_ACT_RELU = 1, NN_ACT_RELU6 = 2 } nn_activation_t;

typedef struct nn_pool_geometry {
    uint32_t in_w, in_h, in_c, out_w, out_h, out_c;
    uint32_t kernel_w, kernel_h, stride_w, stride_h, pad_w, pad_h;
} nn_pool_geometry_t;

typedef struct nn_quant_add_params {
    int32_t a_offset, a_mul, a_shift, b_offset, b_mul, b_shift, out_offset, out_mul, out_shift;
} nn_quant_add_params_t;

/* The SDK's carry_shift (half up for v >= 0; off for negatives, kept). */
int64_t nn_sdk_carry_shift(int64_t v, int32_t shift);

void nn_add_ref_f32(const void *a, const void *b, void *out, size_t count);
void nn_quantized_add_ref_u8(const uint8_t *a, const uint8_t *b, uint8_t *out, size_t count,
                             const nn_quant_add_params_t *q);
void nn_global_average_pool_ref_f32(const void *in, void *out, uint32_t kernel_size, uint32_t channels);
void nn_global_average_pool_ref_u8(const uint8_t *in, uint8_t *out, uint32_t kernel_size, uint32_t channels);
void nn_max_pool_ref_u8(const uint8_t *in, uint8_t *out, const nn_pool_geometry_t *g);
void nn_max_pool_ref_f32(const void *in, void *out, const nn_pool_geometry_t *g, nn_activation_t act);
void nn_average_pool_ref_f32(const void *in, void *out, const nn_pool_geometry_t *g);
void nn_quantize_ref_f32(const void *in, uint8_t *out, size_t count, float scale, float bias);
void nn_dequantize_ref_u8(const uint8_t *in, void *out, size_t count, float scale, float bias);
void nn_requantize_ref_u8(const uint8_t *in, uint8_t *out, size_t count, const uint8_t table[256]);
void nn_l2_normalize_ref_f32(const void *in, void *out, uint32_t channels);
void nn_softmax_ref_f32(const void *in, void *out, uint32_t channels);
void nn_fully_connected_ref_f32(const void *in, void *out, uint32_t in_channels, uint32_t out_channels,
                                const uint8_t *weights_le, const uint8_t *bias_le, nn_activation_t act);
void nn_flatten_ref(const uint8_t *in, uint8_t *out, uint32_t w, uint32_t h, uint32_t c, uint32_t elem_bytes);
void nn_resize_nearest_ref(const uint8_t *in, uint8_t *out, uint32_t in_w, uint32_t in_h, uint32_t c,
                           uint32_t out_w, uint32_t out_h, uint32_t elem_bytes);
void nn_channelwise_dequantize_ref_u8(const uint8_t *in, void *out, uint32_t channels, uint32_t channel_size,
                                      const uint8_t *params_le);
void nn_logistic_ref_f32(const void *in, void *out, uint32_t channels);

#endif
