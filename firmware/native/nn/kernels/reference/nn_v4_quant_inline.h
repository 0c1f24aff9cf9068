/* The per-value maths of the V4 quantized ops (spec/kmodel-v4.md §8.4, §10 0x11) as inline functions, shared by
 * the reference kernels and the optimized ones (nn/kernels/fast), so that both compute the same bits by the
 * same code. Internal. */
#ifndef NN_V4_QUANT_INLINE_H
#define NN_V4_QUANT_INLINE_H

#include <stdbool.h>
#include <stdint.h>

#include "nn_mem.h"
#include "nn_v4_ref.h"

/* R(v): floor((v * mul + 2^(s-1)) / 2^s) for the shift s = (uint8_t)shift (the reference passes a uint8_t),
 * v * mul for s = 0 or s >= 64, truncated to int32. */
static inline int32_t nn_v4_requantize_inline(int32_t v, int32_t mul, int32_t shift)
{
    uint8_t s = (uint8_t)shift;
    int64_t t = (int64_t)v * mul;
    /* without the overflow of the addition at |t| = 2^62 */
    if (s > 0 && s < 64)
        t = (t >> s) + ((t >> (s - 1)) & 1);
    return (int32_t)(uint32_t)(uint64_t)t;
}

/* quantized_binary after both inputs are requantised (x = R(a + a_offset), y = R(b + b_offset)): t = op(x, y)
 * in int32 that wraps, out = clamp(R(t) + out.offset, 0, 255). False on a division by y = 0. */
static inline bool nn_v4_quantized_binary_finish(const nn_v4_quantized_binary_params_t *p, int32_t x, int32_t y,
                                                 uint8_t *out)
{
    int32_t t;
    switch (p->op) {
    case NN_V4_ADD: t = (int32_t)((uint32_t)x + (uint32_t)y); break;
    case NN_V4_SUB: t = (int32_t)((uint32_t)x - (uint32_t)y); break;
    case NN_V4_MUL: t = (int32_t)((uint32_t)x * (uint32_t)y); break;
    case NN_V4_DIV:
        if (y == 0)
            return false;
        /* (x + y/2) / y with C truncation; in 64 bits so INT32_MIN / -1 wraps instead of trapping */
        t = (int32_t)(uint32_t)(uint64_t)((int64_t)(int32_t)((uint32_t)x + (uint32_t)(y / 2)) / y);
        break;
    case NN_V4_MIN: t = y < x ? y : x; break;
    case NN_V4_MAX: t = x < y ? y : x; break;
    default: t = 0; break;
    }
    int32_t v = nn_v4_requantize_inline(t, p->out.mul, p->out.shift);
    *out = nn_clamp_u8((int64_t)(int32_t)((uint32_t)v + (uint32_t)p->out.offset));
    return true;
}

#endif
