/* nn_kpu_conv_avx512vnni_u8: normal convolutions on vpdpbusd, everything else the portable body compiled
 * for AVX-512 (CMake sets the flags for this file only; nn_kpu_kernels.c calls it only on a CPU with
 * AVX512F/BW/DQ/VL and AVX512-VNNI).
 *
 * vpdpbusd multiplies unsigned bytes by SIGNED bytes, but KPU weights are unsigned. With w' = w - 128
 * (in -128..127, exactly an int8) every product is x*w = x*w' + 128*x, so for one output
 *     Σ x*w = Σ x*w' + 128 * Σx
 * where both sums run over the same terms (padding values included). Σx is the layer's sum_x (the
 * same for every output channel of a normal convolution). Input channels past in_c are 0 in the
 * grouped frame, so they add nothing to either sum whatever their weight byte. Range: |x*w'| <=
 * 255*128, so |Σ x*w'| <= 9216*32640 < 2^29 and 128*Σx <= 128*9216*255 < 2^29: the int32 lanes never
 * wrap, and Σ x*w < 2^32 (nn_kpu_conv_fast.h) is read as uint32. 16-bit weights run this twice, on
 * their low and their high bytes. test_kpu_kernels checks it against the reference, including all-0
 * and all-255 weights and inputs. */
#if !defined(__AVX512F__) || !defined(__AVX512VNNI__) || !defined(__AVX512BW__)
#error "compile this file with -mavx512f -mavx512bw -mavx512dq -mavx512vl -mavx512vnni (firmware/native/CMakeLists.txt)"
#endif

#include <immintrin.h>

#include "nn_kpu_conv_fast.h"
#include "nn_v4_fast.h"

/* Output channels o0..o0+nb-1 (nb <= 4) of a span: acc[j * span_cap + x] = Σ x * w over the window. */
static void fast_accumulate_grouped(const nn_kpu_fast_layer_t *L, bool high, uint32_t o0, uint32_t nb,
                                    nn_kpu_fast_span_t sp, uint32_t *acc)
{
    const int8_t *wq = high ? L->wq_hi : L->wq_lo;
    uint32_t w = sp.n, pitch = L->span_cap, taps = L->taps, groups = L->ic_groups, k = taps == 9 ? 3 : 1;
    size_t plane = (size_t)L->ph * L->pw, per_channel = (size_t)groups * taps;
    const int32_t *wq32 = (const int32_t *)(const void *)wq;
    /* a last block of fewer than 4 channels computes channel o0 in the missing places and drops it */
    const int32_t *w0 = wq32 + (size_t)o0 * per_channel;
    const int32_t *w1 = nb > 1 ? w0 + per_channel : w0, *w2 = nb > 2 ? w0 + 2 * per_channel : w0,
                  *w3 = nb > 3 ? w0 + 3 * per_channel : w0;
    for (uint32_t x0 = 0; x0 < w; x0 += 32) {
        uint32_t n = w - x0;
        __mmask16 m0 = n >= 16 ? 0xFFFF : (__mmask16)((1u << n) - 1);
        __mmask16 m1 = n >= 32 ? 0xFFFF : n > 16 ? (__mmask16)((1u << (n - 16)) - 1) : 0;
        __m512i a00 = _mm512_setzero_si512(), a01 = a00, a10 = a00, a11 = a00, a20 = a00, a21 = a00, a30 = a00,
                a31 = a00;
        for (uint32_t g = 0; g < groups; g++) {
            const uint32_t *frame = L->grouped + g * plane + sp.frame + x0;
            for (uint32_t t = 0; t < taps; t++) {
                const uint32_t *src = frame + (t / k) * L->pw + t % k;
                __m512i x_lo = _mm512_maskz_loadu_epi32(m0, src);
                __m512i x_hi = _mm512_maskz_loadu_epi32(m1, src + 16);
                size_t wi = (size_t)g * taps + t;
                __m512i v0 = _mm512_set1_epi32(w0[wi]), v1 = _mm512_set1_epi32(w1[wi]);
                __m512i v2 = _mm512_set1_epi32(w2[wi]), v3 = _mm512_set1_epi32(w3[wi]);
                a00 = _mm512_dpbusd_epi32(a00, x_lo, v0);
                a01 = _mm512_dpbusd_epi32(a01, x_hi, v0);
                a10 = _mm512_dpbusd_epi32(a10, x_lo, v1);
                a11 = _mm512_dpbusd_epi32(a11, x_hi, v1);
                a20 = _mm512_dpbusd_epi32(a20, x_lo, v2);
                a21 = _mm512_dpbusd_epi32(a21, x_hi, v2);
                a30 = _mm512_dpbusd_epi32(a30, x_lo, v3);
                a31 = _mm512_dpbusd_epi32(a31, x_hi, v3);
            }
        }
        const uint32_t *sx = L->sum_x + sp.out + x0;
        __m512i c_lo = _mm512_slli_epi32(_mm512_maskz_loadu_epi32(m0, sx), 7);
        __m512i c_hi = _mm512_slli_epi32(_mm512_maskz_loadu_epi32(m1, sx + 16), 7);
        uint32_t *d = acc + x0;
        _mm512_mask_storeu_epi32(d, m0, _mm512_add_epi32(a00, c_lo));
        _mm512_mask_storeu_epi32(d + 16, m1, _mm512_add_epi32(a01, c_hi));
        if (nb > 1) {
            _mm512_mask_storeu_epi32(d + pitch, m0, _mm512_add_epi32(a10, c_lo));
            _mm512_mask_storeu_epi32(d + pitch + 16, m1, _mm512_add_epi32(a11, c_hi));
        }
        if (nb > 2) {
            _mm512_mask_storeu_epi32(d + 2 * pitch, m0, _mm512_add_epi32(a20, c_lo));
            _mm512_mask_storeu_epi32(d + 2 * pitch + 16, m1, _mm512_add_epi32(a21, c_hi));
        }
        if (nb > 3) {
            _mm512_mask_storeu_epi32(d + 3 * pitch, m0, _mm512_add_epi32(a30, c_lo));
            _mm512_mask_storeu_epi32(d + 3 * pitch + 16, m1, _mm512_add_epi32(a31, c_hi));
        }
    }
}

/* fast_accumulate_grouped for the map columns a 2x2 pick pool keeps (dx, dx + 2, ...): the 16 picked
 * columns of a step are the even dwords of 32 (vpermt2d), so half the vpdpbusd; the sums are stored at
 * their own columns (even lanes of two masked stores), the skipped columns are left as they were. */
static void fast_accumulate_grouped_pick2(const nn_kpu_fast_layer_t *L, bool high, uint32_t o0, uint32_t nb,
                                          nn_kpu_fast_span_t sp, uint32_t dx, uint32_t *acc)
{
    const int8_t *wq = high ? L->wq_hi : L->wq_lo;
    uint32_t pitch = L->span_cap, taps = L->taps, groups = L->ic_groups, k = taps == 9 ? 3 : 1;
    uint32_t picked = sp.n > dx ? (sp.n - dx + 1) / 2 : 0;
    size_t plane = (size_t)L->ph * L->pw, per_channel = (size_t)groups * taps;
    const int32_t *wq32 = (const int32_t *)(const void *)wq;
    const int32_t *w0 = wq32 + (size_t)o0 * per_channel;
    const int32_t *w1 = nb > 1 ? w0 + per_channel : w0, *w2 = nb > 2 ? w0 + 2 * per_channel : w0,
                  *w3 = nb > 3 ? w0 + 3 * per_channel : w0;
    const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
    const __m512i spread_lo = _mm512_setr_epi32(0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7);
    const __m512i spread_hi = _mm512_setr_epi32(8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13, 14, 14, 15, 15);
    for (uint32_t j0 = 0; j0 < picked; j0 += 16) {
        uint32_t cnt = picked - j0 < 16 ? picked - j0 : 16, words = 2 * cnt - 1; /* columns read: 0 .. 2cnt-2 */
        __mmask16 r0 = words >= 16 ? 0xFFFF : (__mmask16)((1u << words) - 1);
        __mmask16 r1 = words > 16 ? (__mmask16)((1u << (words - 16)) - 1) : 0;
        __m512i a0 = _mm512_setzero_si512(), a1 = a0, a2 = a0, a3 = a0;
        size_t col = dx + 2 * (size_t)j0;
        for (uint32_t g = 0; g < groups; g++) {
            const uint32_t *frame = L->grouped + g * plane + sp.frame + col;
            for (uint32_t t = 0; t < taps; t++) {
                const uint32_t *src = frame + (t / k) * L->pw + t % k;
                __m512i x = _mm512_permutex2var_epi32(_mm512_maskz_loadu_epi32(r0, src), even,
                                                      _mm512_maskz_loadu_epi32(r1, src + 16));
                size_t wi = (size_t)g * taps + t;
                a0 = _mm512_dpbusd_epi32(a0, x, _mm512_set1_epi32(w0[wi]));
                a1 = _mm512_dpbusd_epi32(a1, x, _mm512_set1_epi32(w1[wi]));
                a2 = _mm512_dpbusd_epi32(a2, x, _mm512_set1_epi32(w2[wi]));
                a3 = _mm512_dpbusd_epi32(a3, x, _mm512_set1_epi32(w3[wi]));
            }
        }
        const uint32_t *sx = L->sum_x + sp.out + col;
        __m512i c = _mm512_slli_epi32(
            _mm512_permutex2var_epi32(_mm512_maskz_loadu_epi32(r0, sx), even, _mm512_maskz_loadu_epi32(r1, sx + 16)), 7);
        /* picked output j goes to column 2j: even lanes, the first 8 in the first store, the next 8 in the second */
        __mmask16 s0 = (__mmask16)(0x5555u & ((1u << (2 * (cnt < 8 ? cnt : 8))) - 1));
        __mmask16 s1 = cnt > 8 ? (__mmask16)(0x5555u & ((1u << (2 * (cnt - 8))) - 1)) : 0;
        __m512i sums[4] = {_mm512_add_epi32(a0, c), _mm512_add_epi32(a1, c), _mm512_add_epi32(a2, c),
                           _mm512_add_epi32(a3, c)};
        for (uint32_t j = 0; j < nb; j++) {
            uint32_t *d = acc + (size_t)j * pitch + col; /* span column col */
            _mm512_mask_storeu_epi32(d, s0, _mm512_permutexvar_epi32(spread_lo, sums[j]));
            _mm512_mask_storeu_epi32(d + 16, s1, _mm512_permutexvar_epi32(spread_hi, sums[j]));
        }
    }
}
#define NN_FAST_GROUPED_PICK2 fast_accumulate_grouped_pick2

/* What round_shift8 needs of each lane's segment: its shift and nncase02's constants for it
 * (nn_px_segments_t: sc, mask, half). */
typedef struct round8 {
    __m512i shift, sc, mask, half;
} round8_t;

/* nn_px_round_shift for 8 values, the profile fixed by the caller (spec/kpu.md §7.4). odd_shifts: some
 * lane may shift by 0 (or by 63 and more), which the looked-up constants leave to a fix-up. */
static inline __attribute__((always_inline)) __m512i round_shift8(__m512i p, const round8_t *r,
                                                                  nn_kpu_profile_t profile, bool odd_shifts)
{
    const __m512i one = _mm512_set1_epi64(1);
    __m512i y;
    if (profile == NN_KPU_PROFILE_TRUNCATE)
        return _mm512_srav_epi64(p, r->shift); /* counts >= 64 fill with the sign, as floor_shr; 0 keeps p */
    if (profile == NN_KPU_PROFILE_NNCASE_01) {
        __m512i t = _mm512_srav_epi64(p, _mm512_sub_epi64(r->shift, one));
        __m512i half = _mm512_srai_epi64(t, 1);
        __m512i step = _mm512_or_si512(_mm512_srai_epi64(t, 63), one); /* +1 or -1 by the sign of t */
        y = _mm512_mask_add_epi64(half, _mm512_test_epi64_mask(t, one), half, step);
    } else {
        /* up = f > half or (f == half and q odd), which is f + (q & 1) > half since f + 1 <= 2^sc */
        __m512i q = _mm512_srav_epi64(p, r->sc);
        __m512i f = _mm512_and_si512(p, r->mask);
        __mmask8 up = _mm512_cmpgt_epi64_mask(_mm512_add_epi64(f, _mm512_and_si512(q, one)), r->half);
        __m512i sign = _mm512_or_si512(_mm512_srai_epi64(p, 63), one);
        y = _mm512_mask_add_epi64(q, up, q, sign);
        if (odd_shifts) {
            __mmask8 big = _mm512_cmpge_epu64_mask(r->shift, _mm512_set1_epi64(63));
            __m512i big_value = _mm512_and_si512(_mm512_srai_epi64(p, 63), _mm512_set1_epi64(-2)); /* 0 or -2 */
            y = _mm512_mask_mov_epi64(y, big, big_value);
        }
    }
    if (odd_shifts)
        y = _mm512_mask_mov_epi64(y, _mm512_cmpeq_epi64_mask(r->shift, _mm512_setzero_si512()), p);
    return y;
}

/* clamp(y, 0, 255) as bytes to out[0..7] (lanes in m): negatives to 0 here, vpmovusqb saturates at 255. */
static inline __attribute__((always_inline)) void store8(__m512i y, uint8_t *out, __mmask8 m)
{
    y = _mm512_max_epi64(y, _mm512_setzero_si512());
    if (m == 0xFF) /* the masked form of vpmovusqb to memory is slow on some cores: narrow in a register */
        _mm_storel_epi64((__m128i *)(void *)out, _mm512_cvtusepi64_epi8(y));
    else
        _mm512_mask_cvtusepi64_storeu_epi8(out, m, y);
}

/* One field of the 16 lookup entries (nn_px_segments_t's lut_*) in two registers. */
typedef struct lut16 {
    __m512i half[2];
} lut16_t;

static inline __attribute__((always_inline)) lut16_t lut16_load(const int64_t *entries)
{
    lut16_t l = {{_mm512_loadu_si512(entries), _mm512_loadu_si512(entries + 8)}};
    return l;
}

static inline __attribute__((always_inline)) __m512i pick(lut16_t l, __m512i idx)
{
    return _mm512_permutex2var_epi64(l.half[0], idx, l.half[1]);
}

/* The table's fields held in registers for a chunk: locals, so that the byte stores of the outputs cannot
 * force them to be read again. */
typedef struct segment_luts {
    lut16_t start, mul, bias, shift, sc, mask, half;
} segment_luts_t;

static inline __attribute__((always_inline)) void segment_luts_load(const nn_px_segments_t *t, segment_luts_t *l,
                                                                    nn_kpu_profile_t profile)
{
    l->start = lut16_load(t->lut_start);
    l->mul = lut16_load(t->lut_mul);
    l->bias = lut16_load(t->lut_bias);
    l->shift = lut16_load(t->lut_shift);
    if (profile == NN_KPU_PROFILE_NNCASE_02) {
        l->sc = lut16_load(t->lut_sc);
        l->mask = lut16_load(t->lut_mask);
        l->half = lut16_load(t->lut_half);
    }
}

/* Outputs of 8 values whose lookup indexes are idx. */
static inline __attribute__((always_inline)) void activate8(const segment_luts_t *l, __m512i bn, __m512i idx,
                                                            uint8_t *out, __mmask8 m, nn_kpu_profile_t profile,
                                                            bool odd_shifts)
{
    round8_t r;
    r.shift = pick(l->shift, idx);
    if (profile == NN_KPU_PROFILE_NNCASE_02) {
        r.sc = pick(l->sc, idx);
        r.mask = pick(l->mask, idx);
        r.half = pick(l->half, idx);
    }
    __m512i p = _mm512_mullo_epi64(_mm512_sub_epi64(bn, pick(l->start, idx)), pick(l->mul, idx));
    store8(_mm512_add_epi64(round_shift8(p, &r, profile, odd_shifts), pick(l->bias, idx)), out, m);
}

/* The outputs of n values of bn (n <= NN_KPU_FAST_EPILOGUE_CHUNK) whose smallest and largest are lo and hi: these bound
 * the segments the values can fall in (k is monotone in the value). One segment for all needs no choice at
 * all; otherwise the starts in between are counted one by one up to 8 of them, more by a binary search on
 * the ascending starts; the segment's fields are then read by permutes. */
static inline __attribute__((always_inline)) void activate_range(const nn_px_segments_t *t, const int64_t *bn,
                                                                 uint32_t n, uint8_t *act, int64_t lo, int64_t hi,
                                                                 nn_kpu_profile_t profile)
{
    int strict = profile == NN_KPU_PROFILE_NNCASE_02;
    uint32_t k_lo = nn_px_segment_count(t, lo, strict), k_hi = nn_px_segment_count(t, hi, strict);
    const uint32_t base = t->lut_base, first = k_lo > base ? k_lo : base;
    if (k_lo == k_hi) { /* one segment for the whole chunk: its fields broadcast */
        uint32_t e = first - base;
        round8_t r = {_mm512_set1_epi64(t->lut_shift[e]), _mm512_set1_epi64(t->lut_sc[e]),
                      _mm512_set1_epi64(t->lut_mask[e]), _mm512_set1_epi64(t->lut_half[e])};
        const __m512i start = _mm512_set1_epi64(t->lut_start[e]), mul = _mm512_set1_epi64(t->lut_mul[e]);
        const __m512i bias = _mm512_set1_epi64(t->lut_bias[e]);
        const bool odd = t->lut_shift[e] == 0 || t->lut_shift[e] >= 63;
        for (uint32_t x = 0; x < n; x += 8) {
            __mmask8 m = n - x >= 8 ? 0xFF : (__mmask8)((1u << (n - x)) - 1);
            __m512i p = _mm512_mullo_epi64(_mm512_sub_epi64(_mm512_load_si512(bn + x), start), mul);
            __m512i y = odd ? round_shift8(p, &r, profile, true) : round_shift8(p, &r, profile, false);
            store8(_mm512_add_epi64(y, bias), act + x, m);
        }
        return;
    }
    if (k_hi - first == 1) { /* two neighbouring segments (a leaky ReLU around 0): fields by one blend each */
        const uint32_t e = first - base;
        const __m512i bound = _mm512_set1_epi64(t->bound[first]);
        const bool odd2 = t->lut_shift[e] == 0 || t->lut_shift[e] >= 63 || t->lut_shift[e + 1] == 0 ||
                          t->lut_shift[e + 1] >= 63;
#define PAIR(field) const __m512i field##0 = _mm512_set1_epi64(t->lut_##field[e]), field##1 = _mm512_set1_epi64(t->lut_##field[e + 1])
        PAIR(start);
        PAIR(mul);
        PAIR(shift);
        PAIR(sc);
        PAIR(mask);
        PAIR(half);
        PAIR(bias);
#undef PAIR
        for (uint32_t x = 0; x < n; x += 8) {
            __mmask8 m = n - x >= 8 ? 0xFF : (__mmask8)((1u << (n - x)) - 1);
            __m512i v = _mm512_load_si512(bn + x);
            __mmask8 in = strict ? _mm512_cmplt_epi64_mask(bound, v) : _mm512_cmple_epi64_mask(bound, v);
            round8_t r = {_mm512_mask_blend_epi64(in, shift0, shift1), _mm512_mask_blend_epi64(in, sc0, sc1),
                          _mm512_mask_blend_epi64(in, mask0, mask1), _mm512_mask_blend_epi64(in, half0, half1)};
            __m512i p = _mm512_mullo_epi64(_mm512_sub_epi64(v, _mm512_mask_blend_epi64(in, start0, start1)),
                                           _mm512_mask_blend_epi64(in, mul0, mul1));
            __m512i y = odd2 ? round_shift8(p, &r, profile, true) : round_shift8(p, &r, profile, false);
            store8(_mm512_add_epi64(y, _mm512_mask_blend_epi64(in, bias0, bias1)), act + x, m);
        }
        return;
    }
    segment_luts_t l;
    segment_luts_load(t, &l, profile);
    const bool odd = t->odd_shifts != 0;
    const __m512i one = _mm512_set1_epi64(1);
    if (k_hi - first <= 8) {
        /* Every value reaches the starts below k_lo and none from k_hi on, so its lookup index
         * (max(k, lut_base) - lut_base) is first - lut_base plus the starts from `first` it reaches. */
        __m512i bound[8];
        const uint32_t count = k_hi - first;
        for (uint32_t i = 0; i < count; i++)
            bound[i] = _mm512_set1_epi64(t->bound[first + i]);
        const __m512i idx0 = _mm512_set1_epi64(first - base);
        for (uint32_t x = 0; x < n; x += 8) {
            __mmask8 m = n - x >= 8 ? 0xFF : (__mmask8)((1u << (n - x)) - 1);
            __m512i v = _mm512_load_si512(bn + x);
            __m512i idx = idx0;
            for (uint32_t i = 0; i < count; i++) {
                __mmask8 in = strict ? _mm512_cmplt_epi64_mask(bound[i], v) : _mm512_cmple_epi64_mask(bound[i], v);
                idx = _mm512_mask_add_epi64(idx, in, idx, one);
            }
            if (odd)
                activate8(&l, v, idx, act + x, m, profile, true);
            else
                activate8(&l, v, idx, act + x, m, profile, false);
        }
        return;
    }
    /* binary search on the live starts padded with INT64_MAX, which can count past `live` only for
     * the value INT64_MAX (fixed by the min) */
    int64_t padded[NN_KPU_ACT_SEGMENTS];
    for (uint32_t i = 0; i < NN_KPU_ACT_SEGMENTS; i++)
        padded[i] = i < t->live ? t->bound[i] : INT64_MAX;
    const __m512i lo8 = _mm512_loadu_si512(padded), hi8 = _mm512_loadu_si512(padded + 8);
    const __m512i last = _mm512_set1_epi64(padded[15]), live = _mm512_set1_epi64(t->live);
    const __m512i base8 = _mm512_set1_epi64(base);
    for (uint32_t x = 0; x < n; x += 8) {
        __mmask8 m = n - x >= 8 ? 0xFF : (__mmask8)((1u << (n - x)) - 1);
        __m512i v = _mm512_load_si512(bn + x);
        __m512i k = _mm512_setzero_si512();
        for (int64_t step = 8; step >= 1; step /= 2) {
            __m512i cand = _mm512_add_epi64(k, _mm512_set1_epi64(step));
            __m512i b = _mm512_permutex2var_epi64(lo8, _mm512_sub_epi64(cand, one), hi8);
            __mmask8 below = strict ? _mm512_cmplt_epi64_mask(b, v) : _mm512_cmple_epi64_mask(b, v);
            k = _mm512_mask_mov_epi64(k, below, cand);
        }
        __mmask8 all = strict ? _mm512_cmplt_epi64_mask(last, v) : _mm512_cmple_epi64_mask(last, v);
        k = _mm512_mask_mov_epi64(k, all, _mm512_set1_epi64(16));
        k = _mm512_min_epu64(k, live);
        activate8(&l, v, _mm512_sub_epi64(_mm512_max_epu64(k, base8), base8), act + x, m, profile, odd);
    }
}

/* Channel o's batch-norm (and convolution constant) in registers. */
typedef struct bn8 {
    __m512i c, mul, add;
    __m128i shift; /* counts >= 64 fill with the sign, as floor_shr */
} bn8_t;

static inline __attribute__((always_inline)) bn8_t bn8_of(const nn_kpu_fast_layer_t *L, uint32_t o)
{
    bn8_t b = {_mm512_set1_epi64(L->constant[o]), _mm512_set1_epi64(L->bn_mul[o]), _mm512_set1_epi64(L->bn_add[o]),
               _mm_cvtsi64_si128(L->bn_shift[o])};
    return b;
}

/* conv + the Σx term + the channel's constant, then batch-norm, for the 8 values at x (lanes in m). */
static inline __attribute__((always_inline)) __m512i batchnorm8(const uint32_t *lo, const uint32_t *hi,
                                                                const int64_t *term_x, uint32_t x, __mmask8 m,
                                                                const bn8_t *b)
{
    __m512i conv = _mm512_cvtepu32_epi64(_mm256_maskz_loadu_epi32(m, lo + x));
    if (hi != NULL)
        conv = _mm512_add_epi64(conv, _mm512_slli_epi64(_mm512_cvtepu32_epi64(_mm256_maskz_loadu_epi32(m, hi + x)), 8));
    conv = _mm512_add_epi64(_mm512_add_epi64(conv, _mm512_maskz_loadu_epi64(m, term_x + x)), b->c);
    return _mm512_add_epi64(_mm512_sra_epi64(_mm512_mullo_epi64(conv, b->mul), b->shift), b->add);
}

/* A linear table's clamped form for one profile (nn_px_segments_t lin_clamped): bn held to the entry's bounds,
 * then d = bn - start, so that d * mul is in 0..2^62 and the rounding is the profile's for a non-negative
 * value (nn_px_round_positive); the result is at least 0. */
typedef struct clamp8 {
    __m512i bn_lo, bn_hi, start;
    int64_t shift; /* the entry's, 1..62 */
} clamp8_t;

static inline __attribute__((always_inline)) clamp8_t clamp8_of(const nn_px_segments_t *t, nn_kpu_profile_t profile)
{
    const int64_t start = t->lut_start[t->lin_e];
    clamp8_t k = {_mm512_set1_epi64(start + t->lin_dlo), _mm512_set1_epi64(start + t->lin_dhi[profile]),
                  _mm512_set1_epi64(start), t->lut_shift[t->lin_e]};
    return k;
}

static inline __attribute__((always_inline)) __m512i clamped_d8(const uint32_t *lo, const uint32_t *hi,
                                                                const int64_t *term_x, uint32_t x, __mmask8 m,
                                                                const bn8_t *b, const clamp8_t *k)
{
    __m512i v = _mm512_min_epi64(_mm512_max_epi64(batchnorm8(lo, hi, term_x, x, m, b), k->bn_lo), k->bn_hi);
    return _mm512_sub_epi64(v, k->start);
}

/* The clamped form 8 values at a time in 64-bit lanes. */
static inline __attribute__((always_inline)) void clamped_row(const nn_kpu_fast_layer_t *L, const bn8_t *b,
                                                              uint32_t w, const uint32_t *lo, const uint32_t *hi,
                                                              const int64_t *term_x, uint8_t *act,
                                                              nn_kpu_profile_t profile)
{
    const nn_px_segments_t *t = &L->seg;
    const clamp8_t k = clamp8_of(t, profile);
    const __m512i smul = _mm512_set1_epi64(t->lut_mul[t->lin_e]), bias = _mm512_set1_epi64(t->lut_bias[t->lin_e]);
    const __m512i one = _mm512_set1_epi64(1), half_less = _mm512_set1_epi64((INT64_C(1) << (k.shift - 1)) - 1);
    const __m128i shift = _mm_cvtsi64_si128(k.shift), shift_less = _mm_cvtsi64_si128(k.shift - 1);
    const __m128i one_shift = _mm_cvtsi64_si128(1);
    for (uint32_t x = 0; x < w; x += 8) {
        __mmask8 m = w - x >= 8 ? 0xFF : (__mmask8)((1u << (w - x)) - 1);
        __m512i p = _mm512_mullo_epi64(clamped_d8(lo, hi, term_x, x, m, b, &k), smul), r;
        if (profile == NN_KPU_PROFILE_TRUNCATE)
            r = _mm512_sra_epi64(p, shift);
        else if (profile == NN_KPU_PROFILE_NNCASE_01)
            r = _mm512_sra_epi64(_mm512_add_epi64(_mm512_sra_epi64(p, shift_less), one), one_shift);
        else
            r = _mm512_sra_epi64(
                _mm512_add_epi64(_mm512_add_epi64(p, half_less), _mm512_and_si512(_mm512_sra_epi64(p, shift), one)),
                shift);
        __m512i y = _mm512_add_epi64(r, bias); /* >= 0: vpmovusqb saturates at 255 */
        if (m == 0xFF)
            _mm_storel_epi64((__m128i *)(void *)(act + x), _mm512_cvtusepi64_epi8(y));
        else
            _mm512_mask_cvtusepi64_storeu_epi8(act + x, m, y);
    }
}

/* The clamped form when the largest product and the rounding's addend fit an int32 (a saturating entry clamps
 * d at the first 255, so nncase's ReLU tables do): the differences of 16 values joined into one vector of
 * int32, and the rest 16 lanes at a time. */
static inline __attribute__((always_inline)) void clamped_row32(const nn_kpu_fast_layer_t *L, const bn8_t *b,
                                                                uint32_t w, const uint32_t *lo, const uint32_t *hi,
                                                                const int64_t *term_x, uint8_t *act,
                                                                nn_kpu_profile_t profile)
{
    const nn_px_segments_t *t = &L->seg;
    const clamp8_t k = clamp8_of(t, profile);
    const __m512i smul = _mm512_set1_epi32((int32_t)t->lut_mul[t->lin_e]);
    const __m512i bias = _mm512_set1_epi32((int32_t)t->lut_bias[t->lin_e]);
    const __m512i one = _mm512_set1_epi32(1), half_less = _mm512_set1_epi32((int32_t)((INT64_C(1) << (k.shift - 1)) - 1));
    const __m128i shift = _mm_cvtsi64_si128(k.shift), shift_less = _mm_cvtsi64_si128(k.shift - 1);
    const __m128i one_shift = _mm_cvtsi64_si128(1);
    const __m512i even = _mm512_setr_epi32(0, 2, 4, 6, 8, 10, 12, 14, 16, 18, 20, 22, 24, 26, 28, 30);
    for (uint32_t x0 = 0; x0 < w; x0 += 16) {
        uint32_t left = w - x0, n1 = left > 8 ? left - 8 : 0;
        __mmask8 m0 = left >= 8 ? 0xFF : (__mmask8)((1u << left) - 1), m1 = n1 >= 8 ? 0xFF : (__mmask8)((1u << n1) - 1);
        __m512i d0 = clamped_d8(lo, hi, term_x, x0, m0, b, &k);
        __m512i d1 = m1 == 0 ? d0 : clamped_d8(lo, hi, term_x, x0 + 8, m1, b, &k);
        __m512i p = _mm512_mullo_epi32(_mm512_permutex2var_epi32(d0, even, d1), smul), r;
        if (profile == NN_KPU_PROFILE_TRUNCATE)
            r = _mm512_sra_epi32(p, shift);
        else if (profile == NN_KPU_PROFILE_NNCASE_01)
            r = _mm512_sra_epi32(_mm512_add_epi32(_mm512_sra_epi32(p, shift_less), one), one_shift);
        else
            r = _mm512_sra_epi32(
                _mm512_add_epi32(_mm512_add_epi32(p, half_less), _mm512_and_si512(_mm512_sra_epi32(p, shift), one)),
                shift);
        __m128i bytes = _mm512_cvtusepi32_epi8(_mm512_add_epi32(r, bias)); /* >= 0, saturated at 255 */
        if (left >= 16)
            _mm_storeu_si128((__m128i *)(void *)(act + x0), bytes);
        else
            _mm_mask_storeu_epi8(act + x0, (__mmask16)((1u << left) - 1), bytes);
    }
}

/* The body's epilogue_row with batch-norm in vectors and the chunk's bounds taken on the way. */
static inline __attribute__((always_inline)) void fast_epilogue_row(const nn_kpu_fast_layer_t *L, uint32_t o,
                                                                    uint32_t w, const uint32_t *lo,
                                                                    const uint32_t *hi, const int64_t *term_x,
                                                                    uint8_t *act, nn_kpu_profile_t profile)
{
    const bn8_t b = bn8_of(L, o);
    if (L->seg.lin_clamped[profile]) {
        if (L->seg.lin_narrow[profile])
            clamped_row32(L, &b, w, lo, hi, term_x, act, profile);
        else
            clamped_row(L, &b, w, lo, hi, term_x, act, profile);
        return;
    }
    int64_t bn[NN_KPU_FAST_EPILOGUE_CHUNK] __attribute__((aligned(64)));
    for (uint32_t x0 = 0; x0 < w; x0 += NN_KPU_FAST_EPILOGUE_CHUNK) {
        uint32_t n = w - x0 < NN_KPU_FAST_EPILOGUE_CHUNK ? w - x0 : NN_KPU_FAST_EPILOGUE_CHUNK;
        __m512i vmin = _mm512_set1_epi64(INT64_MAX), vmax = _mm512_set1_epi64(INT64_MIN);
        for (uint32_t x = 0; x < n; x += 8) {
            __mmask8 m = n - x >= 8 ? 0xFF : (__mmask8)((1u << (n - x)) - 1);
            __m512i v = batchnorm8(lo + x0, hi != NULL ? hi + x0 : NULL, term_x + x0, x, m, &b);
            _mm512_store_si512(bn + x, v);
            vmin = _mm512_mask_min_epi64(vmin, m, vmin, v);
            vmax = _mm512_mask_max_epi64(vmax, m, vmax, v);
        }
        activate_range(&L->seg, bn, n, act + x0, _mm512_reduce_min_epi64(vmin), _mm512_reduce_max_epi64(vmax),
                       profile);
    }
}
#define NN_FAST_EPILOGUE_ROW fast_epilogue_row

/* The three taps of a depthwise 3x3 row as one s8 quad (w - 128 each, 0 for the fourth byte). */
static int32_t row_quad(const uint8_t *w)
{
    return (int32_t)((uint32_t)(w[0] ^ 0x80) | (uint32_t)(w[1] ^ 0x80) << 8 | (uint32_t)(w[2] ^ 0x80) << 16);
}

/* Depthwise 3x3 on vpdpbusd: the bytes x, x+1, x+2 (and x+3, weighted 0) of a frame row are the dword at x,
 * so one vpdpbusd adds a whole kernel row for 16 outputs. The 16 overlapping dwords come from one load:
 * vpermd gives 128-bit lane j the bytes 4j..4j+15, vpshufb picks the dwords at 4j+i inside it. The +128
 * correction is the one of the normal convolutions (header): Σ x*w = Σ x*(w-128) + 128*Σx, Σx over the
 * nine real taps (a third vpdpbusd per row with weights 1, 1, 1, 0). */
static void depthwise3x3_quads(const nn_kpu_fast_layer_t *L, const uint8_t *plane, uint32_t n, const uint8_t *wl,
                               const uint8_t *wh, uint32_t *lo, uint32_t *hi, uint32_t *s)
{
    const __m512i lanes = _mm512_setr_epi32(0, 1, 2, 3, 1, 2, 3, 4, 2, 3, 4, 5, 3, 4, 5, 6);
    const __m512i quads = _mm512_broadcast_i32x4(_mm_setr_epi8(0, 1, 2, 3, 1, 2, 3, 4, 2, 3, 4, 5, 3, 4, 5, 6));
    const __m512i ones = _mm512_set1_epi32(0x010101);
    __m512i w_lo[3], w_hi[3];
    for (int r = 0; r < 3; r++) {
        w_lo[r] = _mm512_set1_epi32(row_quad(wl + 3 * r));
        w_hi[r] = wh != NULL ? _mm512_set1_epi32(row_quad(wh + 3 * r)) : w_lo[r];
    }
    for (uint32_t x0 = 0; x0 < n; x0 += 16) {
        uint32_t lanes_used = n - x0 >= 16 ? 16 : n - x0;
        __mmask16 m = (__mmask16)((1u << lanes_used) - 1);
        __mmask32 bytes = (__mmask32)((1u << (lanes_used + 2)) - 1); /* x .. x+lanes+1; x+lanes+2 reads 0 */
        __m512i a_lo = _mm512_setzero_si512(), a_hi = a_lo, a_s = a_lo;
        for (int r = 0; r < 3; r++) {
            __m256i row = _mm256_maskz_loadu_epi8(bytes, plane + (size_t)r * L->pw + x0);
            __m512i q = _mm512_shuffle_epi8(_mm512_permutexvar_epi32(lanes, _mm512_zextsi256_si512(row)), quads);
            a_lo = _mm512_dpbusd_epi32(a_lo, q, w_lo[r]);
            if (wh != NULL)
                a_hi = _mm512_dpbusd_epi32(a_hi, q, w_hi[r]);
            a_s = _mm512_dpbusd_epi32(a_s, q, ones);
        }
        __m512i c = _mm512_slli_epi32(a_s, 7);
        _mm512_mask_storeu_epi32(lo + x0, m, _mm512_add_epi32(a_lo, c));
        if (wh != NULL)
            _mm512_mask_storeu_epi32(hi + x0, m, _mm512_add_epi32(a_hi, c));
        _mm512_mask_storeu_epi32(s + x0, m, a_s);
    }
}

/* The body's accumulate_depthwise with masked tails (rows of 10, 20 or 40 would otherwise go scalar); 3x3
 * on vpdpbusd. */
static void fast_accumulate_depthwise(const nn_kpu_conv_params_t *p, const nn_kpu_fast_layer_t *L, uint32_t c,
                                      nn_kpu_fast_span_t sp, uint32_t *lo, uint32_t *hi, uint32_t *s)
{
    uint32_t k = p->kernel, taps = L->taps, n = sp.n;
    const uint8_t *plane = L->planes + (size_t)c * L->ph * L->pw + sp.frame;
    const uint8_t *wl = L->w_lo + (size_t)c * taps, *wh = L->w_hi != NULL ? L->w_hi + (size_t)c * taps : NULL;
    if (k == 3) {
        depthwise3x3_quads(L, plane, n, wl, wh, lo, hi, s);
        return;
    }
    for (uint32_t x0 = 0; x0 < n; x0 += 16) {
        __mmask16 m = n - x0 >= 16 ? 0xFFFF : (__mmask16)((1u << (n - x0)) - 1);
        __m512i a_lo = _mm512_setzero_si512(), a_hi = a_lo, a_s = a_lo;
        for (uint32_t t = 0; t < taps; t++) {
            const uint8_t *row = plane + (size_t)(t / k) * L->pw + t % k + x0;
            __m512i v = _mm512_cvtepu8_epi32(_mm_maskz_loadu_epi8(m, row));
            a_lo = _mm512_add_epi32(a_lo, _mm512_mullo_epi32(v, _mm512_set1_epi32(wl[t])));
            if (wh != NULL)
                a_hi = _mm512_add_epi32(a_hi, _mm512_mullo_epi32(v, _mm512_set1_epi32(wh[t])));
            a_s = _mm512_add_epi32(a_s, v);
        }
        _mm512_mask_storeu_epi32(lo + x0, m, a_lo);
        if (wh != NULL)
            _mm512_mask_storeu_epi32(hi + x0, m, a_hi);
        _mm512_mask_storeu_epi32(s + x0, m, a_s);
    }
}
#define NN_FAST_DEPTHWISE fast_accumulate_depthwise

/* s[x] = Σx over the window of span output x and every channel: the grouped frame's quads against bytes of 1,
 * four channels a vpdpbusd (the absent channels of a last group are 0). */
static void fast_window_sums(const nn_kpu_fast_layer_t *L, nn_kpu_fast_span_t sp, uint32_t *s)
{
    const __m512i ones = _mm512_set1_epi8(1);
    uint32_t taps = L->taps, k = taps == 9 ? 3 : 1;
    size_t plane = (size_t)L->ph * L->pw;
    for (uint32_t x0 = 0; x0 < sp.n; x0 += 16) {
        __mmask16 m = sp.n - x0 >= 16 ? 0xFFFF : (__mmask16)((1u << (sp.n - x0)) - 1);
        __m512i a = _mm512_setzero_si512();
        for (uint32_t g = 0; g < L->ic_groups; g++) {
            const uint32_t *frame = L->grouped + g * plane + sp.frame + x0;
            for (uint32_t t = 0; t < taps; t++)
                a = _mm512_dpbusd_epi32(a, _mm512_maskz_loadu_epi32(m, frame + (t / k) * L->pw + t % k), ones);
        }
        _mm512_mask_storeu_epi32(s + x0, m, a);
    }
}
#define NN_FAST_WINDOW_SUMS fast_window_sums

#define NN_FAST_GROUPED
#define NN_FAST_LAYOUT NN_KPU_FAST_QUADS
#define NN_FAST_VARIANT avx512vnni
#include "nn_kpu_conv_fast_body.h"

/* V4 quantized_conv2d's inner loop (nn_v4_fast.h): 16 outputs a step, rows being often short (40 outputs)
 * where the vectoriser's 64-wide loop would leave everything to its epilogue. The accumulator is loaded and
 * stored full width (the row pitch leaves room: nn_v4_conv_fast.c), the lanes past n adding 0. */
NN_V4_ADD_TAP_DECLARE(nn_v4_add_tap_avx512)
{
    if (stride != 1) {
        NN_V4_ADD_TAP_BODY
        return;
    }
    const __m512i vio = _mm512_set1_epi32((int32_t)io), vk = _mm512_set1_epi32((int32_t)k);
    for (int64_t r = 0; r < rows; r++) {
        uint32_t *a = acc + (size_t)r * acc_pitch;
        const uint8_t *x = src + (size_t)r * src_pitch;
        for (int64_t j = 0; j < n; j += 16) {
            __mmask16 m = n - j >= 16 ? 0xFFFF : (__mmask16)((1u << (n - j)) - 1);
            __m512i v = _mm512_add_epi32(_mm512_cvtepu8_epi32(_mm_maskz_loadu_epi8(m, x + j)), vio);
            __m512i sum = _mm512_add_epi32(_mm512_loadu_si512(a + j), _mm512_maskz_mullo_epi32(m, v, vk));
            _mm512_storeu_si512(a + j, sum);
        }
    }
}

/* The pair form (nn_v4_fast.h) on vpmaddwd: 16 outputs, 32 products a step. Loaded and stored full width as
 * nn_v4_add_tap_avx512; the lanes past n load 0 and add 0. */
NN_V4_ADD_PAIR_DECLARE(nn_v4_add_pair_avx512)
{
    if (stride != 1) {
        NN_V4_ADD_PAIR_BODY
        return;
    }
    const __m512i k = _mm512_set1_epi32((int32_t)kpair);
    for (int64_t r = 0; r < rows; r++) {
        uint32_t *a = acc + (size_t)r * acc_pitch;
        const uint32_t *x = src + (size_t)r * src_pitch;
        for (int64_t j = 0; j < n; j += 16) {
            __mmask16 m = n - j >= 16 ? 0xFFFF : (__mmask16)((1u << (n - j)) - 1);
            __m512i products = _mm512_madd_epi16(_mm512_maskz_loadu_epi32(m, x + j), k);
            _mm512_storeu_si512(a + j, _mm512_add_epi32(_mm512_loadu_si512(a + j), products));
        }
    }
}
