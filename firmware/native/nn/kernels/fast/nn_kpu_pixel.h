/* The per-value stages of a KPU layer (spec/kpu.md §7.2-§7.4) as static inline
 * functions, so the optimized kernels inline them into their pixel loops
 * (the reference's out-of-line versions are reached through the PLT in the
 * -fPIC host library). Each is the reference function of the same name in
 * nn_kpu_conv_ref.c written without branches the vectoriser cannot turn into
 * selects; test_kpu_kernels compares them with the reference on edge values.
 * Shift counts may be any uint32: counts >= 63 give the sign, as in the
 * reference. */
#ifndef NN_KPU_PIXEL_H
#define NN_KPU_PIXEL_H

#include <stdint.h>

#include "nn_int.h"
#include "nn_kpu_conv_ref.h"

/* floor(v / 2^s); the arithmetic >> of GCC and Clang floors. */
static inline int64_t nn_px_floor_shr(int64_t v, uint32_t s)
{
    return v >> (s < 63 ? s : 63);
}

/* rc5 CarryShift: t = floor(v / 2^(s-1)); odd t rounds away from the floor by ±1 (s > 0). */
static inline int64_t nn_px_round_nncase01(int64_t v, uint32_t s)
{
    int64_t t = nn_px_floor_shr(v, s - 1);
    int64_t half = t >> 1;
    int64_t step = (t & 1) ? (t >= 0 ? 1 : -1) : 0;
    return s == 0 ? v : half + step;
}

/* v0.2 half to even with its negative quirk (s > 0); s >= 63 gives 0 or -2. */
static inline int64_t nn_px_round_nncase02(int64_t v, uint32_t s)
{
    uint32_t sc = s < 62 ? s : 62;
    sc = sc == 0 ? 1 : sc;
    int64_t sign = v < 0 ? -1 : 1;
    int64_t q = v >> sc;
    int64_t f = (int64_t)((uint64_t)v & ((UINT64_C(1) << sc) - 1));
    int64_t half = INT64_C(1) << (sc - 1);
    int64_t up = f > half || (f == half && (q & 1));
    int64_t r = up ? q + sign : q;
    int64_t big = v >= 0 ? 0 : -2;
    return s == 0 ? v : s >= 63 ? big : r;
}

static inline int64_t nn_px_round_shift(int64_t v, uint32_t s, nn_kpu_profile_t profile)
{
    switch (profile) {
    case NN_KPU_PROFILE_NNCASE_02: return nn_px_round_nncase02(v, s);
    case NN_KPU_PROFILE_TRUNCATE: return nn_px_floor_shr(v, s);
    case NN_KPU_PROFILE_NNCASE_01: break;
    }
    return nn_px_round_nncase01(v, s);
}

static inline int64_t nn_px_batchnorm(int64_t conv, int64_t mul, uint32_t shift, int64_t add)
{
    return nn_wrap_add(nn_px_floor_shr(nn_wrap_mul(conv, mul), shift), add);
}

/* The activation table with each segment's shift and bias in one word, so
 * that choosing a segment is three selects. */
typedef struct nn_px_activation {
    int64_t start[NN_KPU_ACT_SEGMENTS];
    int64_t mul[NN_KPU_ACT_SEGMENTS];
    int64_t shift_bias[NN_KPU_ACT_SEGMENTS]; /* shift | bias << 8 */
} nn_px_activation_t;

static inline void nn_px_activation_prepare(const nn_kpu_activation_t *act, nn_px_activation_t *out)
{
    for (int i = 0; i < NN_KPU_ACT_SEGMENTS; i++) {
        out->start[i] = act->start[i];
        out->mul[i] = act->mul[i];
        out->shift_bias[i] = (int64_t)act->shift[i] | (int64_t)act->bias[i] << 8;
    }
}

/* Highest segment whose start is below bn (strict: <), segment 0 when none. */
static inline uint8_t nn_px_activate(const nn_px_activation_t *a, int64_t bn, nn_kpu_profile_t profile)
{
    int strict = profile == NN_KPU_PROFILE_NNCASE_02;
    int64_t start = a->start[0], mul = a->mul[0], sb = a->shift_bias[0];
    for (int i = 1; i < NN_KPU_ACT_SEGMENTS; i++) {
        int in = strict ? a->start[i] < bn : a->start[i] <= bn;
        start = in ? a->start[i] : start;
        mul = in ? a->mul[i] : mul;
        sb = in ? a->shift_bias[i] : sb;
    }
    int64_t p = nn_wrap_mul(nn_wrap_sub(bn, start), mul);
    int64_t y = nn_wrap_add(nn_px_round_shift(p, (uint32_t)(sb & 0xFF), profile), sb >> 8);
    return (uint8_t)(y < 0 ? 0 : y > 255 ? 255 : y);
}

/* The segments that can be chosen, in a form that makes the choice a count. Segment i can win only if
 * every later segment starts above it (a later j with start_j <= start_i wins wherever i would), so
 * the live segments have strictly increasing starts, and the chosen one is the k-th live segment
 * where k = how many live starts are <= bn (< bn under the strict rule); k = 0 means no segment
 * qualifies and the reference falls back to segment 0. Entry k of start/mul/shift_bias is that
 * segment (entry 0 = segment 0). */
typedef struct nn_px_segments {
    uint32_t live;
    int64_t bound[NN_KPU_ACT_SEGMENTS]; /* starts of the live segments, ascending */
    int64_t start[NN_KPU_ACT_SEGMENTS + 1];
    int64_t mul[NN_KPU_ACT_SEGMENTS + 1];
    int64_t shift_bias[NN_KPU_ACT_SEGMENTS + 1];
    /* The same entries as 16-element lookup tables (for vector permutes): lut_*[i] = entry i + lut_base,
     * and k maps to lut index max(k, lut_base) - lut_base. When segment 0 is live it is the
     * first live segment, entries 0 and 1 are equal and lut_base = 1; otherwise at most 15 segments
     * are live and lut_base = 0. Either way 16 entries suffice. */
    uint32_t lut_base;
    int64_t lut_start[NN_KPU_ACT_SEGMENTS], lut_mul[NN_KPU_ACT_SEGMENTS], lut_shift_bias[NN_KPU_ACT_SEGMENTS];
    /* The entries' fields apart, and the constants of nn_px_round_nncase02 for each shift (sc = the shift
     * clamped to 1..62, mask = 2^sc - 1, half = 2^(sc-1)), so that vector code looks them up instead of
     * computing them per value. odd_shifts: some entry shifts by 0 or by 63 or more, the cases
     * the constants do not cover (lut_shift is 1 for a segment whose mul is 0: see below). */
    int64_t lut_shift[NN_KPU_ACT_SEGMENTS], lut_bias[NN_KPU_ACT_SEGMENTS];
    int64_t lut_sc[NN_KPU_ACT_SEGMENTS], lut_mask[NN_KPU_ACT_SEGMENTS], lut_half[NN_KPU_ACT_SEGMENTS];
    uint32_t odd_shifts;
    /* One sloped entry among constant ones (ReLU, ReLU6 and the like; nn_px_segments_linear): the value is
     * below it when it does not reach lin_lo (has_lo), above it when it reaches lin_hi (has_hi); the constant
     * outputs there are lin_below and lin_above, and lut entry lin_e gives the others. */
    uint32_t linear, lin_e, lin_has_lo, lin_has_hi;
    int64_t lin_lo, lin_hi, lin_below, lin_above;
    /* The same table as a clamp (nn_px_segments_clamp), per profile (index: nn_kpu_profile_t): when
     * lin_clamped[profile], every bn gives the entry's output for d = clamp(bn - start, lin_dlo,
     * lin_dhi[profile]), the constants included, and that d times the mul is in 0..2^62. */
    uint32_t lin_clamped[4];
    int64_t lin_dlo, lin_dhi[4];
    /* lin_narrow[profile]: the clamped form's products plus 2^(shift-1) and its results plus the bias are int32 */
    uint32_t lin_narrow[4];
} nn_px_segments_t;

/* The output of lookup entry e for bn (any shift). */
static inline uint8_t nn_px_lut_output(const nn_px_segments_t *t, uint32_t e, int64_t bn, nn_kpu_profile_t profile);

/* Sets the lin_* fields: linear = 1 when exactly one entry has a mul other than 0 and the entries below it
 * give one constant, those above it another. A mul of 0 makes an entry's output its clamped bias, whatever
 * the value (every profile rounds 0 to 0). Entry k is chosen for the values that reach k live starts,
 * entry lut_base for those that reach fewer (entries 0 and 1 are the same segment when lut_base is 1). */
static inline void nn_px_segments_linear(nn_px_segments_t *t)
{
    uint32_t n = t->live, sloped = 0, kl = 0;
    for (uint32_t k = t->lut_base; k <= n; k++)
        if (t->mul[k] != 0) {
            sloped++;
            kl = k;
        }
    t->linear = 0;
    if (sloped != 1)
        return;
    int64_t below = -1, above = -1;
    for (uint32_t k = t->lut_base; k <= n; k++) {
        int64_t bias = t->shift_bias[k] >> 8, c = bias < 0 ? 0 : bias > 255 ? 255 : bias;
        int64_t *side = k < kl ? &below : k > kl ? &above : NULL;
        if (side == NULL)
            continue;
        if (*side >= 0 && *side != c)
            return;
        *side = c;
    }
    t->linear = 1;
    t->lin_e = kl - t->lut_base;
    t->lin_has_lo = kl > t->lut_base;
    t->lin_lo = t->lin_has_lo ? t->bound[kl - 1] : 0;
    t->lin_has_hi = kl < n;
    t->lin_hi = t->lin_has_hi ? t->bound[kl] : 0;
    t->lin_below = below < 0 ? 0 : below;
    t->lin_above = above < 0 ? 0 : above;
}

/* f(d) = entry lin_e's output for bn = start + d is monotone in d when its mul is positive (every profile
 * rounds a larger product no lower). Then the constants below and above the entry are f at the entry's
 * bounds exactly when clamping d there changes no output; past the first d where f reaches 255 nothing
 * changes either when the constant above is 255. The upper clamp is that d or the upper bound. */
static inline void nn_px_segments_clamp(nn_px_segments_t *t)
{
    for (int pr = 0; pr < 4; pr++)
        t->lin_clamped[pr] = t->lin_narrow[pr] = 0;
    if (!t->linear || !t->lin_has_lo || !t->lin_has_hi)
        return;
    const uint32_t e = t->lin_e;
    const int64_t start = t->lut_start[e], mul = t->lut_mul[e], sh = t->lut_shift[e];
    int64_t dlo, dhi, top;
    if (mul <= 0 || sh < 1 || sh > 62 || __builtin_sub_overflow(t->lin_lo, start, &dlo) ||
        __builtin_sub_overflow(t->lin_hi, start, &dhi) || dlo < 0 || __builtin_mul_overflow(dhi, mul, &top) ||
        top > (INT64_C(1) << 62))
        return;
    t->lin_dlo = dlo;
    static const nn_kpu_profile_t profiles[] = {NN_KPU_PROFILE_NNCASE_01, NN_KPU_PROFILE_NNCASE_02,
                                                NN_KPU_PROFILE_TRUNCATE};
    for (int i = 0; i < 3; i++) {
        nn_kpu_profile_t pr = profiles[i];
        if (nn_px_lut_output(t, e, t->lin_lo, pr) != t->lin_below || nn_px_lut_output(t, e, t->lin_hi, pr) != t->lin_above)
            continue;
        int64_t hi = dhi;
        if (t->lin_above == 255 && nn_px_lut_output(t, e, start + dhi, pr) == 255) {
            int64_t lo = dlo; /* the first d in [dlo, dhi] where f is 255 */
            while (lo < hi) {
                int64_t mid = lo + (hi - lo) / 2;
                if (nn_px_lut_output(t, e, start + mid, pr) == 255)
                    hi = mid;
                else
                    lo = mid + 1;
            }
        }
        t->lin_dhi[pr] = hi;
        t->lin_clamped[pr] = 1;
        t->lin_narrow[pr] = hi * mul + (INT64_C(1) << (sh - 1)) + t->lut_bias[e] <= INT32_MAX;
    }
}

static inline void nn_px_segments_prepare(const nn_px_activation_t *a, nn_px_segments_t *out)
{
    out->start[0] = a->start[0];
    out->mul[0] = a->mul[0];
    out->shift_bias[0] = a->shift_bias[0];
    out->lut_base = 0;
    uint32_t n = 0;
    for (int i = 0; i < NN_KPU_ACT_SEGMENTS; i++) {
        int live = 1;
        for (int j = i + 1; j < NN_KPU_ACT_SEGMENTS; j++)
            live &= a->start[j] > a->start[i];
        if (!live)
            continue;
        out->bound[n] = a->start[i];
        n++;
        out->start[n] = a->start[i];
        out->mul[n] = a->mul[i];
        out->shift_bias[n] = a->shift_bias[i];
        if (i == 0)
            out->lut_base = 1;
    }
    out->live = n;
    for (uint32_t i = 0; i < NN_KPU_ACT_SEGMENTS; i++) {
        uint32_t e = i + out->lut_base;
        int used = e <= n;
        out->lut_start[i] = used ? out->start[e] : 0;
        out->lut_mul[i] = used ? out->mul[e] : 0;
        out->lut_shift_bias[i] = used ? out->shift_bias[e] : 0;
    }
    out->odd_shifts = 0;
    for (uint32_t i = 0; i < NN_KPU_ACT_SEGMENTS; i++) {
        /* a segment with mul 0 outputs its bias whatever its shift (every profile rounds 0 to 0): shift 1
         * spares the vector code the fix-ups of shifts 0 and >= 63 (nncase's saturating segments are such) */
        int64_t shift = out->lut_mul[i] == 0 ? 1 : out->lut_shift_bias[i] & 0xFF;
        int64_t sc = shift < 1 ? 1 : shift > 62 ? 62 : shift;
        out->lut_shift[i] = shift;
        out->lut_bias[i] = out->lut_shift_bias[i] >> 8;
        out->lut_sc[i] = sc;
        out->lut_mask[i] = (INT64_C(1) << sc) - 1;
        out->lut_half[i] = INT64_C(1) << (sc - 1);
        out->odd_shifts |= i + out->lut_base <= n && (shift == 0 || shift >= 63); /* entries in use only */
    }
    nn_px_segments_linear(out);
    nn_px_segments_clamp(out);
}

/* k for bn (see nn_px_segments_t). */
static inline uint32_t nn_px_segment_count(const nn_px_segments_t *t, int64_t bn, int strict)
{
    uint32_t k = 0;
    for (uint32_t i = 0; i < t->live; i++)
        k += strict ? t->bound[i] < bn : t->bound[i] <= bn;
    return k;
}

/* The output of the segment (start, mul, shift | bias << 8) for bn. */
static inline uint8_t nn_px_segment_output(int64_t bn, int64_t start, int64_t mul, int64_t shift_bias,
                                           nn_kpu_profile_t profile)
{
    int64_t p = nn_wrap_mul(nn_wrap_sub(bn, start), mul);
    int64_t y = nn_wrap_add(nn_px_round_shift(p, (uint32_t)(shift_bias & 0xFF), profile), shift_bias >> 8);
    return (uint8_t)(y < 0 ? 0 : y > 255 ? 255 : y);
}

/* Arithmetic v >> s (s <= 63) from a logical shift, which AVX2 has per lane (vpsrlvq) where the
 * arithmetic one is missing: the sign's complement in, the same out. */
static inline int64_t nn_px_sra_logical(int64_t v, uint64_t s)
{
    uint64_t m = (uint64_t)0 - (uint64_t)(v < 0);
    return (int64_t)((((uint64_t)v ^ m) >> s) ^ m);
}

/* nn_px_segment_output of lookup entry e (nn_px_segments_t lut_*: shift, sc, mask, half, bias) written for
 * the vectoriser: no branch, logical shifts only. odd: the entry may shift by 0 or by 63 and more (the
 * caller knows it from odd_shifts or the entry, and passes a constant). */
static inline uint8_t nn_px_entry_output(int64_t bn, int64_t start, int64_t mul, int64_t shift, int64_t sc,
                                         int64_t mask, int64_t half, int64_t bias, nn_kpu_profile_t profile, int odd,
                                         int narrow)
{
    /* narrow: the caller knows bn - start fits an int32 (mul, 16 bits, always does), so a widening multiply (one
     * instruction where the 64-bit one is a sequence, as on AVX2) gives the same product */
    int64_t d = nn_wrap_sub(bn, start);
    int64_t p = narrow ? (int64_t)(int32_t)d * (int64_t)(int32_t)mul : nn_wrap_mul(d, mul);
    int64_t sign = p < 0 ? -1 : 0, r;
    if (profile == NN_KPU_PROFILE_TRUNCATE) {
        r = nn_px_sra_logical(p, (uint64_t)(shift < 63 ? shift : 63));
    } else if (profile == NN_KPU_PROFILE_NNCASE_01) {
        int64_t s1 = shift - 1 < 0 || shift - 1 > 63 ? 63 : shift - 1; /* shift 0 is fixed below */
        int64_t t = nn_px_sra_logical(p, (uint64_t)s1);
        int64_t t_sign = t < 0 ? -1 : 0;
        r = nn_px_sra_logical(t, 1) + ((t & 1) ? (t_sign | 1) : 0);
        r = odd && shift == 0 ? p : r;
    } else {
        int64_t q = nn_px_sra_logical(p, (uint64_t)sc);
        int64_t up = ((p & mask) + (q & 1)) > half; /* f > half, or f == half and q odd */
        r = q + (up ? (sign | 1) : 0);
        r = odd && shift >= 63 ? (sign & -2) : r;
        r = odd && shift == 0 ? p : r;
    }
    int64_t y = nn_wrap_add(r, bias);
    return (uint8_t)(y < 0 ? 0 : y > 255 ? 255 : y);
}

/* True when every bn in [lo, hi] gives an int32 bn - start (nn_px_entry_output's narrow; a segment's mul is
 * a 16-bit field, spec/kpu.md §5.3); a mul of 0 makes every product 0 whatever the difference. */
static inline int nn_px_entry_narrow(int64_t lo, int64_t hi, int64_t start, int64_t mul)
{
    int64_t d_lo, d_hi;
    if (mul == 0)
        return 1;
    return !__builtin_sub_overflow(lo, start, &d_lo) && !__builtin_sub_overflow(hi, start, &d_hi) &&
           d_lo >= INT32_MIN && d_hi <= INT32_MAX;
}

static inline uint8_t nn_px_lut_output(const nn_px_segments_t *t, uint32_t e, int64_t bn, nn_kpu_profile_t profile)
{
    return nn_px_entry_output(bn, t->lut_start[e], t->lut_mul[e], t->lut_shift[e], t->lut_sc[e], t->lut_mask[e],
                              t->lut_half[e], t->lut_bias[e], profile, 1, 0);
}

/* The clamped entry's output for a product p in 0..2^62 (nn_px_segments_clamp): the profile's rounding of a
 * non-negative p by sh in 1..62, then the bias; at least 0, saturated by the caller. */
static inline int64_t nn_px_round_positive(int64_t p, int64_t sh, nn_kpu_profile_t profile)
{
    /* unsigned shifts: p >= 0, and AVX2 has no 64-bit arithmetic shift */
    uint64_t u = (uint64_t)p, s = (uint64_t)sh;
    if (profile == NN_KPU_PROFILE_TRUNCATE)
        return (int64_t)(u >> s);
    if (profile == NN_KPU_PROFILE_NNCASE_01) /* t = p >> (sh - 1); t/2 rounded up when t is odd */
        return (int64_t)(((u >> (s - 1)) + 1) >> 1);
    /* half to even: up when the fraction plus the quotient's parity passes one half, i.e. a carry */
    return (int64_t)((u + ((UINT64_C(1) << (s - 1)) - 1) + ((u >> s) & 1)) >> s);
}

/* The same in 32 bits, for a clamped entry whose lin_narrow is set (p + 2^(sh-1) fits an int32). */
static inline int32_t nn_px_round_positive32(int32_t p, uint32_t sh, nn_kpu_profile_t profile)
{
    uint32_t u = (uint32_t)p;
    if (profile == NN_KPU_PROFILE_TRUNCATE)
        return (int32_t)(u >> sh);
    if (profile == NN_KPU_PROFILE_NNCASE_01)
        return (int32_t)(((u >> (sh - 1)) + 1) >> 1);
    return (int32_t)((u + ((1u << (sh - 1)) - 1) + ((u >> sh) & 1)) >> sh);
}

#endif
