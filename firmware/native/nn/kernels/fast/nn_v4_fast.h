/* Optimized kernels for the CPU operators of kmodel V4 that dominate real models (the dilated
 * quantized_conv2d heads and the residual quantized_binary adds of the face detectors, and the pads,
 * transposes and quantizes between them), bit-exact
 * with the reference ones: run by the V4 runtime whenever the KPU kernel variant
 * (nn_kpu_kernels.h) is not ref. */
#ifndef NN_V4_FAST_H
#define NN_V4_FAST_H

#include <stddef.h>
#include <stdint.h>

#include "nn_kpu_kernels.h"
#include "nn_v4_ref.h"

/* One tap of a block of output rows, modulo 2^32: for r < rows and j < n,
 *     acc[r * acc_pitch + j] += (src[r * src_pitch + j * stride] + io) * k
 * The inner loop, compiled once per variant. */
typedef void (*nn_v4_add_tap_fn)(uint32_t *acc, size_t acc_pitch, const uint8_t *src,
                                 size_t src_pitch, int64_t stride, int64_t rows, int64_t n, uint32_t io, uint32_t k);

#define NN_V4_ADD_TAP_BODY                                                                           \
    {                                                                                                \
        for (int64_t r = 0; r < rows; r++) {                                                         \
            uint32_t *restrict a = acc + (size_t)r * acc_pitch;                                      \
            const uint8_t *restrict x = src + (size_t)r * src_pitch;                                 \
            if (stride == 1)                                                                         \
                for (int64_t j = 0; j < n; j++)                                                      \
                    a[j] += ((uint32_t)x[j] + io) * k;                                               \
            else                                                                                     \
                for (int64_t j = 0; j < n; j++)                                                      \
                    a[j] += ((uint32_t)x[j * stride] + io) * k;                                      \
        }                                                                                            \
    }

#define NN_V4_ADD_TAP_DECLARE(name)                                                                  \
    void name(uint32_t *acc, size_t acc_pitch, const uint8_t *src, size_t src_pitch, \
              int64_t stride, int64_t rows, int64_t n, uint32_t io, uint32_t k)

NN_V4_ADD_TAP_DECLARE(nn_v4_add_tap_opt);
#if defined(NFK_KERNELS_X86)
NN_V4_ADD_TAP_DECLARE(nn_v4_add_tap_avx2);
NN_V4_ADD_TAP_DECLARE(nn_v4_add_tap_avx512);
#endif

/* One tap of two input channels at once, modulo 2^32: with s = src[r * src_pitch + j * stride] holding the two
 * channels' (x + io) as signed 16-bit halves, low first, and kpair their two (w + filter_offset) alike,
 *     acc[r * acc_pitch + j] += lo16(s) * lo16(kpair) + hi16(s) * hi16(kpair)
 * (vpmaddwd's operation). */
typedef void (*nn_v4_add_pair_fn)(uint32_t *acc, size_t acc_pitch, const uint32_t *src, size_t src_pitch,
                                  int64_t stride, int64_t rows, int64_t n, uint32_t kpair);

#define NN_V4_ADD_PAIR_BODY                                                                          \
    {                                                                                                \
        const int32_t k0 = (int16_t)(kpair & 0xFFFF), k1 = (int16_t)(kpair >> 16);                  \
        for (int64_t r = 0; r < rows; r++) {                                                         \
            uint32_t *restrict a = acc + (size_t)r * acc_pitch;                                      \
            const uint32_t *restrict x = src + (size_t)r * src_pitch;                                \
            for (int64_t j = 0; j < n; j++) {                                                        \
                uint32_t s = x[j * stride]; /* each product is below 2^30: the int32s do not wrap */ \
                a[j] += (uint32_t)((int16_t)(s & 0xFFFF) * k0) + (uint32_t)((int16_t)(s >> 16) * k1); \
            }                                                                                        \
        }                                                                                            \
    }

#define NN_V4_ADD_PAIR_DECLARE(name)                                                                 \
    void name(uint32_t *acc, size_t acc_pitch, const uint32_t *src, size_t src_pitch, int64_t stride, \
              int64_t rows, int64_t n, uint32_t kpair)

NN_V4_ADD_PAIR_DECLARE(nn_v4_add_pair_opt);
#if defined(NFK_KERNELS_X86)
NN_V4_ADD_PAIR_DECLARE(nn_v4_add_pair_avx2);
NN_V4_ADD_PAIR_DECLARE(nn_v4_add_pair_avx512);
#endif

/* A variant's inner loops (opt's for ref and any variant this build lacks). */
typedef struct nn_v4_conv_taps {
    nn_v4_add_tap_fn one;
    nn_v4_add_pair_fn pair;
} nn_v4_conv_taps_t;

nn_v4_conv_taps_t nn_v4_conv_taps_for(nn_kpu_variant_t v);

/* Same contract as nn_v4_quantized_binary_ref_u8 (for any variant: it has no inner loop of its own); large
 * same-shape inputs are split over up to `threads` threads. */
bool nn_v4_quantized_binary_fast_u8(const uint8_t *a, const uint8_t *b, uint8_t *out,
                                    const nn_v4_quantized_binary_params_t *p, uint64_t *bad_index, unsigned threads);

/* Same contract as nn_v4_quantized_conv2d_ref_u8; the output channels are split over `threads` threads of
 * the kernels' pool (the bytes do not depend on the count). Input channels go by pairs (taps->pair on a
 * copy of the input with the offset added, two channels' values in one word) when a group has an even
 * count, the offset values fit 16 bits and the copy can be allocated; otherwise one by one. */
void nn_v4_quantized_conv2d_fast_u8(const uint8_t *in, uint8_t *out, const nn_v4_conv2d_params_t *p,
                                    const nn_v4_conv_taps_t *taps, unsigned threads);

/* Same contracts as nn_v4_pad_ref, nn_v4_transpose_ref and nn_v4_quantize_ref_f32. */
void nn_v4_pad_fast(const uint8_t *in, uint8_t *out, const nn_shape4_t *in_shape, const nn_padding_t paddings[4],
                    const uint8_t *pad_value, uint32_t elem_bytes);
void nn_v4_transpose_fast(const uint8_t *in, uint8_t *out, const nn_shape4_t *in_shape, const int32_t perm[4],
                          uint32_t elem_bytes);
void nn_v4_quantize_fast_f32(const void *in, uint8_t *out, size_t count, int32_t zero_point, float scale);

#endif
