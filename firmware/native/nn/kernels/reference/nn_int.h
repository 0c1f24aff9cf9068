/* 64-bit integer helpers with defined behaviour for any input: products and
 * sums wrap modulo 2^64 instead of overflowing (the references compute in
 * 64-bit registers; values past 2^63 only arise from hand-made or corrupt
 * parameters, never from nncase files). */
#ifndef NN_INT_H
#define NN_INT_H

#include <stdint.h>

static inline int64_t nn_wrap_mul(int64_t a, int64_t b) { return (int64_t)((uint64_t)a * (uint64_t)b); }
static inline int64_t nn_wrap_add(int64_t a, int64_t b) { return (int64_t)((uint64_t)a + (uint64_t)b); }
static inline int64_t nn_wrap_sub(int64_t a, int64_t b) { return (int64_t)((uint64_t)a - (uint64_t)b); }

/* a * b, or UINT64_MAX when it does not fit: products of sizes read from a file
 * saturate, so a bound checked on them cannot be dodged by wrapping to a small value. */
static inline uint64_t nn_mul_sat(uint64_t a, uint64_t b)
{
    return a != 0 && b > UINT64_MAX / a ? UINT64_MAX : a * b;
}

#endif
