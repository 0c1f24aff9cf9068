#include "nn_math.h"

#include <stdint.h>
#include <string.h>

#define EXP_TABLE_BITS 5
#define EXP_N (1 << EXP_TABLE_BITS)

/* Entry i: the bits of 2^(i/32) rounded to double, minus i << 47, so that
 * adding k << 47 for k = 32*q + i gives the bits of 2^q * 2^(i/32). */
static const uint64_t exp2_table[EXP_N] = {
    0x3ff0000000000000ull, 0x3fefd9b0d3158574ull, 0x3fefb5586cf9890full, 0x3fef9301d0125b51ull,
    0x3fef72b83c7d517bull, 0x3fef54873168b9aaull, 0x3fef387a6e756238ull, 0x3fef1e9df51fdee1ull,
    0x3fef06fe0a31b715ull, 0x3feef1a7373aa9cbull, 0x3feedea64c123422ull, 0x3feece086061892dull,
    0x3feebfdad5362a27ull, 0x3feeb42b569d4f82ull, 0x3feeab07dd485429ull, 0x3feea47eb03a5585ull,
    0x3feea09e667f3bcdull, 0x3fee9f75e8ec5f74ull, 0x3feea11473eb0187ull, 0x3feea589994cce13ull,
    0x3feeace5422aa0dbull, 0x3feeb737b0cdc5e5ull, 0x3feec49182a3f090ull, 0x3feed503b23e255dull,
    0x3feee89f995ad3adull, 0x3feeff76f2fb5e47ull, 0x3fef199bdd85529cull, 0x3fef3720dcef9069ull,
    0x3fef5818dcfba487ull, 0x3fef7c97337b9b5full, 0x3fefa4afa2a490daull, 0x3fefd0765b6e4540ull,
};

static uint32_t float_bits(float f)
{
    uint32_t u;
    memcpy(&u, &f, sizeof u);
    return u;
}

static uint64_t double_bits(double d)
{
    uint64_t u;
    memcpy(&u, &d, sizeof u);
    return u;
}

static double bits_double(uint64_t u)
{
    double d;
    memcpy(&d, &u, sizeof d);
    return d;
}

/* The body of nn_expf with FMA a fused multiply-add: libm's fma, or the instruction where the CPU has it
 * (both exact, so the bits are the same). */
#define EXPF_BODY(FMA)                                                                                                 \
{                                                                                                                     \
    /* x*32/ln2 = k + r, |r| <= 1/2; exp(x) = 2^(k/32) * 2^(r/32) ~ s * (c0 r^3 + c1 r^2 + c2 r + 1) */               \
    static const double inv_ln2_n = 0x1.71547652b82fep+0 * EXP_N;                                                     \
    static const double round_shift = 0x1.8p+52; /* adding it rounds to an integer in the low bits */                 \
    static const double c0 = 0x1.c6af84b912394p-5 / EXP_N / EXP_N / EXP_N;                                            \
    static const double c1 = 0x1.ebfce50fac4f3p-3 / EXP_N / EXP_N;                                                    \
    static const double c2 = 0x1.62e42ff0c52d6p-1 / EXP_N;                                                            \
    uint32_t top = (float_bits(x) >> 20) & 0x7ff;                                                                     \
    if (top >= (float_bits(88.0f) >> 20)) { /* |x| >= 88, inf or nan */                                               \
        if (float_bits(x) == float_bits(-INFINITY))                                                                   \
            return 0.0f;                                                                                              \
        if (top >= (float_bits(INFINITY) >> 20))                                                                      \
            return x + x;                                                                                             \
        if (x > 0x1.62e42ep6f) /* past log(2^128) */                                                                  \
            return INFINITY;                                                                                          \
        if (x < -0x1.9fe368p6f) /* below log(2^-150) */                                                               \
            return 0.0f;                                                                                              \
    }                                                                                                                 \
    double xd = (double)x;                                                                                            \
    double kd = FMA(inv_ln2_n, xd, round_shift);                                                                      \
    uint64_t ki = double_bits(kd);                                                                                    \
    kd -= round_shift;                                                                                                \
    double r = FMA(inv_ln2_n, xd, -kd);                                                                               \
    double s = bits_double(exp2_table[ki % EXP_N] + (ki << (52 - EXP_TABLE_BITS)));                                   \
    double p = FMA(c0, r, c1);                                                                                        \
    double y = FMA(c2, r, 1.0);                                                                                       \
    y = FMA(p, r * r, y);                                                                                             \
    return (float)(y * s);                                                                                            \
}

static float expf_libm(float x) EXPF_BODY(fma)

#if defined(__x86_64__) && defined(__GNUC__)
/* libm's fma is a call per use on x86-64 builds without -mfma (four per value) */
__attribute__((target("fma"))) static float expf_fma3(float x) EXPF_BODY(__builtin_fma)
#endif

float nn_expf(float x)
{
#if defined(__x86_64__) && defined(__GNUC__)
    if (__builtin_cpu_supports("fma"))
        return expf_fma3(x);
#endif
    return expf_libm(x);
}
