/* Element-wise float ops of kmodel V4 (spec/kmodel-v4.md §8.4, §10): unary,
 * softmax, quantize, dequantize, in the x86 simulator's float32 arithmetic. */
#include <math.h>

#include "nn_math.h"
#include "nn_mem.h"
#include "nn_v4_ref.h"

static float unary(nn_v4_unary_op_t op, float x)
{
    switch (op) {
    case NN_V4_ABS: return fabsf(x);
    case NN_V4_CEIL: return ceilf(x);
    case NN_V4_COS: return nn_cosf(x);
    case NN_V4_EXP: return nn_expf(x);
    case NN_V4_FLOOR: return floorf(x);
    case NN_V4_LOG: return nn_logf(x);
    case NN_V4_NEG: return -x;
    case NN_V4_RSQRT: return 1.0f / sqrtf(x);
    case NN_V4_SIN: return nn_sinf(x);
    case NN_V4_SQUARE: return x * x;
    }
    return x;
}

void nn_v4_unary_ref_f32(const void *in, void *out, size_t count, nn_v4_unary_op_t op)
{
    for (size_t i = 0; i < count; i++)
        nn_st_f32(out, i, unary(op, nn_ld_f32(in, i)));
}

void nn_v4_softmax_ref_f32(const void *in, void *out, uint32_t inner, uint32_t outer, float beta)
{
    for (size_t row = 0; row < outer; row++) {
        size_t base = row * inner;
        float max = nn_ld_f32(in, base); /* std::max_element: the first of the largest */
        for (size_t i = 1; i < inner; i++)
            if (max < nn_ld_f32(in, base + i))
                max = nn_ld_f32(in, base + i);
        float sum = 0.0f;
        for (size_t i = 0; i < inner; i++) {
            float e = nn_expf((nn_ld_f32(in, base + i) - max) * beta);
            sum += e;
            nn_st_f32(out, base + i, e);
        }
        for (size_t i = 0; i < inner; i++)
            nn_st_f32(out, base + i, nn_ld_f32(out, base + i) / sum);
    }
}

/* (int32_t) of a float on x86-64 (cvttss2si): NaN and values outside int32
 * give 0x80000000. */
static int32_t x86_float_to_int32(float v)
{
    if (v >= -2147483648.0f && v < 2147483648.0f)
        return (int32_t)v;
    return INT32_MIN;
}

void nn_v4_quantize_ref_f32(const void *in, uint8_t *out, size_t count, int32_t zero_point, float scale)
{
    float zp = (float)zero_point;
    for (size_t i = 0; i < count; i++) {
        float scaled = nn_ld_f32(in, i) * scale;
        out[i] = nn_clamp_u8(x86_float_to_int32(roundf(scaled + zp)));
    }
}

void nn_v4_dequantize_ref_u8(const uint8_t *in, void *out, size_t count, int32_t zero_point, float scale)
{
    float div = 1.0f / scale;
    for (size_t i = 0; i < count; i++) {
        int32_t q = (int32_t)((uint32_t)in[i] - (uint32_t)zero_point);
        nn_st_f32(out, i, (float)q * div);
    }
}
