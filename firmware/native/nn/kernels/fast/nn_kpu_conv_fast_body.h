/* The body of an optimized variant, compiled once per variant (nn_kpu_conv_<variant>.c defines
 * NN_FAST_VARIANT and, for its own target flags, lets the compiler vectorise the loops below).
 * A variant with its own normal-convolution inner loop defines NN_FAST_GROUPED, NN_FAST_LAYOUT (the
 * nn_kpu_fast_layout_kind_t it needs) and
 *   static void fast_accumulate_grouped(const nn_kpu_fast_layer_t *L, bool high, uint32_t o0,
 *                                       uint32_t nb, nn_kpu_fast_span_t sp, uint32_t *acc);
 * (acc[j * L->span_cap + x] = Σ x*w of output sp.out + x, channel o0 + j < o0 + nb; `high`: the high bytes
 * of 16-bit weights)
 * before including this file; NN_FAST_WINDOW_SUMS(L, sp, s) then may take the Σx of a span from the grouped
 * input (s[x] = the window sum of span output x over every channel). It may also define NN_FAST_EPILOGUE_ROW, a function with epilogue_row's
 * signature, and NN_FAST_GROUPED_PICK2(L, high, o0, nb, sp, dx, acc), fast_accumulate_grouped for only the
 * columns dx, dx + 2, ... of a map row (pick pools of 2x2 cells). Not a header of its own: include it only there. */
#include <string.h>

#include "nn_kpu_conv_fast.h"
#include "nn_kpu_fast_pooling.h"

#define NN_FAST_CAT2(a, b) a##b
#define NN_FAST_CAT(a, b) NN_FAST_CAT2(a, b)
#define NN_FAST_FN(suffix) NN_FAST_CAT(NN_FAST_CAT(nn_kpu_conv_, NN_FAST_VARIANT), suffix)

#ifndef NN_FAST_LAYOUT
#define NN_FAST_LAYOUT NN_KPU_FAST_PLANAR
#endif

#define BLOCK NN_KPU_FAST_CHANNEL_BLOCK

static nn_kpu_fast_layer_t *layer_at(const void *shared)
{
    return (nn_kpu_fast_layer_t *)(((uintptr_t)shared + 63) & ~(uintptr_t)63);
}

static size_t round64(size_t n) { return (n + 63) & ~(size_t)63; }

#ifndef NN_FAST_WINDOW_SUMS
/* s[x] += Σ over the K x K window of span output x (frame coordinates). */
static void window_sum(const nn_kpu_fast_layer_t *L, const uint8_t *plane, nn_kpu_fast_span_t sp, uint32_t k,
                       uint32_t *restrict s)
{
    for (uint32_t ky = 0; ky < k; ky++)
        for (uint32_t kx = 0; kx < k; kx++) {
            const uint8_t *restrict row = plane + sp.frame + (size_t)ky * L->pw + kx;
            for (uint32_t x = 0; x < sp.n; x++)
                s[x] += row[x];
        }
}
#endif

/* The pieces the kernels accumulate: map rows (3x3, and 1x1 under a pick pool, so that unpicked rows can
 * be skipped) or runs of the dense plane (other 1x1); consecutive pieces cover consecutive outputs. */
static uint32_t piece_count(const nn_kpu_fast_layer_t *L)
{
    size_t pix = (size_t)L->h * L->w;
    return L->row_pieces ? L->h : (uint32_t)((pix + L->span_cap - 1) / L->span_cap);
}

static nn_kpu_fast_span_t piece_at(const nn_kpu_fast_layer_t *L, uint32_t i)
{
    nn_kpu_fast_span_t sp;
    if (L->row_pieces) {
        sp.frame = (size_t)i * L->pw;
        sp.out = (size_t)i * L->w;
        sp.n = L->w;
    } else {
        size_t pix = (size_t)L->h * L->w;
        sp.frame = sp.out = (size_t)i * L->span_cap;
        sp.n = (uint32_t)(pix - sp.out < L->span_cap ? pix - sp.out : L->span_cap);
    }
    return sp;
}

/* Pieces per span: the rows that fit span_cap, or one run. */
static uint32_t pieces_per_span(const nn_kpu_fast_layer_t *L)
{
    return L->row_pieces ? L->span_cap / L->w : 1;
}

/* Input groups g0..g1-1 (channels 4g .. 4g+3) made ready: each 3x3 plane framed by one pad_value all round (the
 * frame written, not the whole plane) and, for the grouped layout, the group's channels interleaved. */
static void frame_groups(const nn_kpu_conv_params_t *p, nn_kpu_fast_layer_t *L, uint32_t g0, uint32_t g1)
{
    uint32_t h = L->h, w = L->w, c1 = 4 * g1 < p->in_c ? 4 * g1 : p->in_c;
    size_t plane = (size_t)L->ph * L->pw;
    if (p->kernel == 3) {
        uint8_t *pad = (uint8_t *)L->planes;
        size_t pw = L->pw;
        for (uint32_t c = 4 * g0; c < c1; c++) {
            uint8_t *dst = pad + c * plane;
            memset(dst, p->pad_value, pw);
            for (uint32_t y = 0; y < h; y++) {
                uint8_t *row = dst + (size_t)(y + 1) * pw;
                row[0] = row[w + 1] = (uint8_t)p->pad_value;
                memcpy(row + 1, L->input + ((size_t)c * h + y) * w, w);
            }
            memset(dst + (size_t)(h + 1) * pw, p->pad_value, pw);
        }
    }
    if (L->grouped == NULL)
        return;
    /* channels 4g..4g+3 of a frame position in one u32, low byte first; absent channels are 0 */
    for (uint32_t g = g0; g < g1; g++) {
        const uint8_t *restrict src[4];
        for (uint32_t j = 0; j < 4; j++)
            src[j] = 4 * g + j < p->in_c ? L->planes + (4 * g + j) * plane : NULL;
        uint32_t *restrict dst = L->grouped + g * plane;
        if (src[3] != NULL) {
            const uint8_t *restrict s0 = src[0], *restrict s1 = src[1], *restrict s2 = src[2], *restrict s3 = src[3];
            for (size_t i = 0; i < plane; i++)
                dst[i] = (uint32_t)s0[i] | (uint32_t)s1[i] << 8 | (uint32_t)s2[i] << 16 | (uint32_t)s3[i] << 24;
            continue;
        }
        for (size_t i = 0; i < plane; i++) { /* the last group, short of channels */
            uint32_t v = 0;
            for (uint32_t j = 0; j < 4; j++)
                v |= src[j] != NULL ? (uint32_t)src[j][i] << (8 * j) : 0;
            dst[i] = v;
        }
    }
}

/* The Σx terms of pieces i0..i1-1 (normal convolutions; the framed input ready). */
static void sum_pieces(const nn_kpu_conv_params_t *p, nn_kpu_fast_layer_t *L, uint32_t i0, uint32_t i1)
{
    size_t plane = (size_t)L->ph * L->pw;
    for (uint32_t i = i0; i < i1; i++) {
        nn_kpu_fast_span_t sp = piece_at(L, i);
        uint32_t *s = L->sum_x + sp.out;
#ifdef NN_FAST_WINDOW_SUMS
        (void)plane;
        NN_FAST_WINDOW_SUMS(L, sp, s);
#else
        memset(s, 0, sp.n * sizeof *s);
        for (uint32_t c = 0; c < p->in_c; c++)
            window_sum(L, L->planes + c * plane, sp, p->kernel, s);
#endif
        for (uint32_t x = 0; x < sp.n; x++)
            L->term_x[sp.out + x] = nn_px_floor_shr(nn_wrap_mul(p->arg_x, s[x]), p->shr_x);
    }
}

/* [b0, b1): part i of n of `count` items, the same split whatever thread asks. */
static void part_range(uint32_t count, unsigned i, unsigned n, uint32_t *b0, uint32_t *b1)
{
    *b0 = (uint32_t)((uint64_t)count * i / n);
    *b1 = (uint32_t)((uint64_t)count * (i + 1) / n);
}

#ifndef NN_FAST_GROUPED
/* acc[j * span_cap + x] = Σ w * x over the windows of the span for channels o0..o0+nb-1 (planar input, normal
 * convolution; the variants with their own inner loop do not need it). */
static void accumulate_planar(const nn_kpu_conv_params_t *p, const nn_kpu_fast_layer_t *L, const uint8_t *wts,
                              uint32_t o0, uint32_t nb, nn_kpu_fast_span_t sp, uint32_t *restrict acc)
{
    uint32_t w = sp.n, pitch = L->span_cap, k = p->kernel, taps = L->taps;
    size_t plane = (size_t)L->ph * L->pw;
    for (uint32_t j = 0; j < nb; j++)
        memset(acc + (size_t)j * pitch, 0, w * sizeof *acc);
    for (uint32_t i = 0; i < L->n_terms; i++) {
        uint32_t ic = i;
        for (uint32_t t = 0; t < taps; t++) {
            const uint8_t *restrict row = L->planes + ic * plane + sp.frame + (size_t)(t / k) * L->pw + t % k;
            if (nb == BLOCK) {
                uint16_t w0 = wts[((size_t)(o0 + 0) * L->n_terms + i) * taps + t];
                uint16_t w1 = wts[((size_t)(o0 + 1) * L->n_terms + i) * taps + t];
                uint16_t w2 = wts[((size_t)(o0 + 2) * L->n_terms + i) * taps + t];
                uint16_t w3 = wts[((size_t)(o0 + 3) * L->n_terms + i) * taps + t];
                uint32_t *restrict a0 = acc, *restrict a1 = acc + pitch, *restrict a2 = acc + 2 * pitch,
                                   *restrict a3 = acc + 3 * pitch;
                for (uint32_t x = 0; x < w; x++) {
                    /* u8 x u8 < 2^16: a 16-bit product is exact and vectorises without a 32-bit multiply */
                    uint16_t v = row[x];
                    a0[x] += (uint16_t)(w0 * v);
                    a1[x] += (uint16_t)(w1 * v);
                    a2[x] += (uint16_t)(w2 * v);
                    a3[x] += (uint16_t)(w3 * v);
                }
                continue;
            }
            for (uint32_t j = 0; j < nb; j++) {
                uint32_t wv = wts[((size_t)(o0 + j) * L->n_terms + i) * taps + t];
                uint32_t *restrict a = acc + (size_t)j * pitch;
                if (wv != 0)
                    for (uint32_t x = 0; x < w; x++)
                        a[x] += wv * row[x];
            }
        }
    }
}
#endif

/* Depthwise channel c over a span in one pass: lo (and hi for 16-bit weights) = Σ w * x, s = Σx. A variant
 * may bring its own (NN_FAST_DEPTHWISE, same signature). */
#ifndef NN_FAST_DEPTHWISE
static void accumulate_depthwise(const nn_kpu_conv_params_t *p, const nn_kpu_fast_layer_t *L, uint32_t c,
                                 nn_kpu_fast_span_t sp, uint32_t *restrict lo, uint32_t *restrict hi,
                                 uint32_t *restrict s)
{
    uint32_t k = p->kernel, taps = L->taps;
    size_t n = sp.n;
    const uint8_t *plane = L->planes + (size_t)c * L->ph * L->pw + sp.frame;
    memset(lo, 0, n * sizeof *lo);
    memset(s, 0, n * sizeof *s);
    if (L->w_hi != NULL)
        memset(hi, 0, n * sizeof *hi);
    for (uint32_t t = 0; t < taps; t++) {
        const uint8_t *restrict row = plane + (size_t)(t / k) * L->pw + t % k;
        uint16_t wl = L->w_lo[(size_t)c * taps + t];
        if (L->w_hi != NULL) {
            uint16_t wh = L->w_hi[(size_t)c * taps + t];
            for (size_t x = 0; x < n; x++) {
                uint16_t v = row[x];
                lo[x] += (uint16_t)(wl * v);
                hi[x] += (uint16_t)(wh * v);
                s[x] += v;
            }
        } else {
            for (size_t x = 0; x < n; x++) {
                uint16_t v = row[x];
                lo[x] += (uint16_t)(wl * v);
                s[x] += v;
            }
        }
    }
}
#define NN_FAST_DEPTHWISE accumulate_depthwise
#endif

#define EPILOGUE_CHUNK NN_KPU_FAST_EPILOGUE_CHUNK

/* Activations of n values of bn (n <= EPILOGUE_CHUNK): the chunk's smallest and largest value bound the
 * segments its values fall in (k is monotone in the value); each value's lookup entry is chosen by
 * counting the starts in between, then its fields are selected, all in loops the vectoriser takes. */
static inline __attribute__((always_inline)) void activate_chunk(const nn_px_segments_t *t, const int64_t *restrict bn,
                                                                 uint32_t n, uint8_t *restrict act,
                                                                 nn_kpu_profile_t profile)
{
    int strict = profile == NN_KPU_PROFILE_NNCASE_02;
    int64_t lo = bn[0], hi = bn[0];
    for (uint32_t x = 1; x < n; x++) {
        lo = bn[x] < lo ? bn[x] : lo;
        hi = bn[x] > hi ? bn[x] : hi;
    }
    if (t->lin_clamped[profile]) { /* that entry with bn clamped to its bounds (nn_px_segments_clamp) */
        uint32_t e = t->lin_e;
        int64_t start = t->lut_start[e], b_lo = start + t->lin_dlo, b_hi = start + t->lin_dhi[profile];
        int64_t mul = t->lut_mul[e], sh = t->lut_shift[e], bias = t->lut_bias[e];
        if (t->lin_narrow[profile]) { /* every product and sum an int32: 32-bit lanes */
            int32_t mul32 = (int32_t)mul, bias32 = (int32_t)bias;
            for (uint32_t x = 0; x < n; x++) {
                int64_t b = bn[x] < b_lo ? b_lo : bn[x] > b_hi ? b_hi : bn[x];
                int32_t y = nn_px_round_positive32((int32_t)(b - start) * mul32, (uint32_t)sh, profile) + bias32;
                act[x] = (uint8_t)(y > 255 ? 255 : y);
            }
        } else {
            for (uint32_t x = 0; x < n; x++) {
                int64_t b = bn[x] < b_lo ? b_lo : bn[x] > b_hi ? b_hi : bn[x];
                int64_t y = nn_px_round_positive((b - start) * mul, sh, profile) + bias;
                act[x] = (uint8_t)(y > 255 ? 255 : y);
            }
        }
        return;
    }
    uint32_t k_lo = nn_px_segment_count(t, lo, strict), k_hi = nn_px_segment_count(t, hi, strict);
    const uint32_t base = t->lut_base, first = k_lo > base ? k_lo : base;
    if (k_lo == k_hi) { /* one segment for the whole chunk (the common case): no choice per value */
        uint32_t e = first - base;
        int64_t start = t->lut_start[e], mul = t->lut_mul[e], sh = t->lut_shift[e], sc = t->lut_sc[e];
        int64_t mask = t->lut_mask[e], half = t->lut_half[e], bias = t->lut_bias[e];
        int odd = sh == 0 || sh >= 63, narrow = nn_px_entry_narrow(lo, hi, start, mul);
#define ONE_SEGMENT(ODD, NARROW)                                                                             \
    for (uint32_t x = 0; x < n; x++)                                                                         \
        act[x] = nn_px_entry_output(bn[x], start, mul, sh, sc, mask, half, bias, profile, ODD, NARROW)
        if (odd)
            ONE_SEGMENT(1, 0);
        else if (narrow)
            ONE_SEGMENT(0, 1);
        else
            ONE_SEGMENT(0, 0);
#undef ONE_SEGMENT
        return;
    }
    uint32_t e0 = first - base;
    if (k_hi - first == 1) { /* two neighbouring segments (a leaky ReLU around 0): a select per field */
        int64_t bound = t->bound[first];
        const int64_t *st = t->lut_start + e0, *mu = t->lut_mul + e0, *sft = t->lut_shift + e0;
        const int64_t *scs = t->lut_sc + e0, *msk = t->lut_mask + e0, *hf = t->lut_half + e0, *bs = t->lut_bias + e0;
        int odd = sft[0] == 0 || sft[0] >= 63 || sft[1] == 0 || sft[1] >= 63;
        int narrow = nn_px_entry_narrow(lo, hi, st[0], mu[0]) && nn_px_entry_narrow(lo, hi, st[1], mu[1]);
#define TWO_SEGMENTS(ODD, NARROW)                                                                            \
    for (uint32_t x = 0; x < n; x++) {                                                                       \
        int in = strict ? bound < bn[x] : bound <= bn[x];                                                    \
        act[x] = nn_px_entry_output(bn[x], st[in], mu[in], sft[in], scs[in], msk[in], hf[in], bs[in], profile, \
                                    ODD, NARROW);                                                            \
    }
        if (odd)
            TWO_SEGMENTS(1, 0)
        else if (narrow)
            TWO_SEGMENTS(0, 1)
        else
            TWO_SEGMENTS(0, 0)
#undef TWO_SEGMENTS
        return;
    }
    /* entry first - base, then one more for every start from `first` on that the value reaches */
    int64_t start[EPILOGUE_CHUNK], mul[EPILOGUE_CHUNK], sh[EPILOGUE_CHUNK], sc[EPILOGUE_CHUNK];
    int64_t mask[EPILOGUE_CHUNK], half[EPILOGUE_CHUNK], bias[EPILOGUE_CHUNK];
    for (uint32_t x = 0; x < n; x++) {
        start[x] = t->lut_start[e0];
        mul[x] = t->lut_mul[e0];
        sh[x] = t->lut_shift[e0];
        bias[x] = t->lut_bias[e0];
        sc[x] = t->lut_sc[e0];
        mask[x] = t->lut_mask[e0];
        half[x] = t->lut_half[e0];
    }
    for (uint32_t k = first; k < k_hi; k++) {
        uint32_t e = k + 1 - base;
        int64_t bound = t->bound[k], s0 = t->lut_start[e], m = t->lut_mul[e], s = t->lut_shift[e];
        int64_t b = t->lut_bias[e], c = t->lut_sc[e], mk = t->lut_mask[e], h = t->lut_half[e];
        for (uint32_t x = 0; x < n; x++) {
            /* selects by masks: `in ? new : old` here would become masked stores, slow on many cores */
            int64_t in = -(int64_t)(strict ? bound < bn[x] : bound <= bn[x]);
            start[x] ^= (start[x] ^ s0) & in;
            mul[x] ^= (mul[x] ^ m) & in;
            sh[x] ^= (sh[x] ^ s) & in;
            bias[x] ^= (bias[x] ^ b) & in;
            sc[x] ^= (sc[x] ^ c) & in;
            mask[x] ^= (mask[x] ^ mk) & in;
            half[x] ^= (half[x] ^ h) & in;
        }
    }
    if (t->odd_shifts)
        for (uint32_t x = 0; x < n; x++)
            act[x] = nn_px_entry_output(bn[x], start[x], mul[x], sh[x], sc[x], mask[x], half[x], bias[x], profile, 1, 0);
    else
        for (uint32_t x = 0; x < n; x++)
            act[x] = nn_px_entry_output(bn[x], start[x], mul[x], sh[x], sc[x], mask[x], half[x], bias[x], profile, 0, 0);
}

/* conv -> batch-norm -> activation for one row of channel o, with the profile a constant after inlining. */
static inline __attribute__((always_inline)) void epilogue_row(const nn_kpu_fast_layer_t *L, uint32_t o, uint32_t w,
                                                               const uint32_t *restrict lo,
                                                               const uint32_t *restrict hi,
                                                               const int64_t *restrict term_x,
                                                               uint8_t *restrict act, nn_kpu_profile_t profile)
{
    int64_t c = L->constant[o], m = L->bn_mul[o], a = L->bn_add[o];
    uint32_t s = L->bn_shift[o];
    int64_t bn[EPILOGUE_CHUNK];
    for (uint32_t x0 = 0; x0 < w; x0 += EPILOGUE_CHUNK) {
        size_t n = w - x0 < EPILOGUE_CHUNK ? w - x0 : EPILOGUE_CHUNK;
        /* pointers first: with 32-bit indexes (x0 + x) the vectoriser cannot prove the loads contiguous */
        const uint32_t *restrict l = lo + x0;
        const int64_t *restrict tx = term_x + x0;
        if (hi == NULL)
            for (size_t x = 0; x < n; x++) {
                int64_t conv = nn_wrap_add(nn_wrap_add((int64_t)(uint64_t)l[x], tx[x]), c);
                bn[x] = nn_px_batchnorm(conv, m, s, a);
            }
        else
            for (size_t x = 0; x < n; x++) {
                uint64_t acc = (uint64_t)l[x] + ((uint64_t)hi[x0 + x] << 8);
                int64_t conv = nn_wrap_add(nn_wrap_add((int64_t)acc, tx[x]), c);
                bn[x] = nn_px_batchnorm(conv, m, s, a);
            }
        activate_chunk(&L->seg, bn, (uint32_t)n, act + x0, profile);
    }
}

#ifndef NN_FAST_EPILOGUE_ROW
#define NN_FAST_EPILOGUE_ROW epilogue_row
#endif

static void epilogue(const nn_kpu_conv_params_t *p, const nn_kpu_fast_layer_t *L, uint32_t o, uint32_t n,
                     const uint32_t *lo, const uint32_t *hi, const int64_t *term_x, uint8_t *act)
{
    switch (p->profile) {
    case NN_KPU_PROFILE_NNCASE_02: NN_FAST_EPILOGUE_ROW(L, o, n, lo, hi, term_x, act, NN_KPU_PROFILE_NNCASE_02); break;
    case NN_KPU_PROFILE_TRUNCATE: NN_FAST_EPILOGUE_ROW(L, o, n, lo, hi, term_x, act, NN_KPU_PROFILE_TRUNCATE); break;
    default: NN_FAST_EPILOGUE_ROW(L, o, n, lo, hi, term_x, act, NN_KPU_PROFILE_NNCASE_01); break;
    }
}

/* Pool types 5-7 keep one activation of each k x k cell, at (k*oy, k*ox + dx): only those are computed. */
static bool pool_picks(const nn_kpu_conv_params_t *p, uint32_t *k, uint32_t *dx)
{
    *k = p->pool_type == 7 ? 4 : 2;
    *dx = p->pool_type == 6 ? 1 : 0;
    return p->pool_type >= 5 && p->pool_type <= 7;
}

/* g_*[i] = the sums at position k * i (the Σx term from dsum when it is given, else from term_x). */
static inline __attribute__((always_inline)) void gather_picked(const nn_kpu_conv_params_t *p,
                                                                const uint32_t *restrict lo,
                                                                const uint32_t *restrict hi,
                                                                const int64_t *restrict term_x,
                                                                const uint32_t *restrict dsum, size_t k, uint32_t m,
                                                                uint32_t *restrict g_lo, uint32_t *restrict g_hi,
                                                                int64_t *restrict g_term)
{
    for (uint32_t i = 0; i < m; i++)
        g_lo[i] = lo[k * i];
    if (hi != NULL)
        for (uint32_t i = 0; i < m; i++)
            g_hi[i] = hi[k * i];
    if (dsum != NULL)
        for (uint32_t i = 0; i < m; i++)
            g_term[i] = nn_px_floor_shr(nn_wrap_mul(p->arg_x, dsum[k * i]), p->shr_x);
    else
        for (uint32_t i = 0; i < m; i++)
            g_term[i] = term_x[k * i];
}

/* The picked outputs of channel o that lie in the span [out0, out0 + n) of the map, gathered from the span's
 * sums (lo, hi; the Σx term from term_x, or for depthwise from its window sums dsum) and written to the
 * pooled plane. */
static void epilogue_picked(const nn_kpu_conv_params_t *p, const nn_kpu_fast_layer_t *L, uint32_t o, size_t out0,
                            size_t n, const uint32_t *lo, const uint32_t *hi, const int64_t *term_x,
                            const uint32_t *dsum, uint32_t k, uint32_t dx, uint8_t *plane)
{
    uint32_t w = L->w, ow = p->out_w;
    uint32_t g_lo[EPILOGUE_CHUNK], g_hi[EPILOGUE_CHUNK];
    int64_t g_term[EPILOGUE_CHUNK];
    size_t end = out0 + n;
    for (size_t y = (out0 / w + k - 1) / k * k; y * w < end && y / k < p->out_h; y += k) {
        size_t row = y * w + dx; /* the map position of ox = 0 */
        size_t ox_a = out0 > row ? (out0 - row + k - 1) / k : 0, ox_b = end > row ? (end - 1 - row) / k + 1 : 0;
        ox_b = ox_b < ow ? ox_b : ow;
        for (size_t ox0 = ox_a; ox0 < ox_b; ox0 += EPILOGUE_CHUNK) {
            uint32_t m = (uint32_t)(ox_b - ox0 < EPILOGUE_CHUNK ? ox_b - ox0 : EPILOGUE_CHUNK);
            size_t at = row + k * ox0 - out0;
            if (k == 2) /* a constant stride: the vectoriser gathers by permutes */
                gather_picked(p, lo + at, hi != NULL ? hi + at : NULL, term_x + at, dsum != NULL ? dsum + at : NULL,
                              2, m, g_lo, g_hi, g_term);
            else
                gather_picked(p, lo + at, hi != NULL ? hi + at : NULL, term_x + at, dsum != NULL ? dsum + at : NULL,
                              k, m, g_lo, g_hi, g_term);
            epilogue(p, L, o, m, g_lo, hi != NULL ? g_hi : NULL, g_term, plane + (y / k) * ow + ox0);
        }
    }
}

void NN_FAST_FN(_frame)(const nn_kpu_conv_params_t *p, void *shared, unsigned i, unsigned n)
{
    nn_kpu_fast_layer_t *L = layer_at(shared);
    uint32_t g0, g1;
    part_range((p->in_c + 3) / 4, i, n, &g0, &g1);
    frame_groups(p, L, g0, g1);
}

void NN_FAST_FN(_sums)(const nn_kpu_conv_params_t *p, void *shared, unsigned i, unsigned n)
{
    nn_kpu_fast_layer_t *L = layer_at(shared);
    uint32_t i0, i1;
    if (p->depthwise)
        return; /* depthwise layers take each channel's Σx with its sums */
    part_range(piece_count(L), i, n, &i0, &i1);
    sum_pieces(p, L, i0, i1);
}

void NN_FAST_FN(_channels)(const nn_kpu_conv_params_t *p, const void *shared, uint32_t o_begin, uint32_t o_end,
                           uint8_t *out_chw, void *work)
{
    const nn_kpu_fast_layer_t *L = layer_at(shared);
    uint32_t pitch = L->span_cap, pieces = piece_count(L), per_span = pieces_per_span(L);
    size_t pix = (size_t)L->h * L->w, row = round64(pitch * sizeof(uint32_t));
    uint8_t *base = (uint8_t *)(((uintptr_t)work + 63) & ~(uintptr_t)63);
    uint32_t *lo = (uint32_t *)(void *)base;
    uint32_t *hi = (uint32_t *)(void *)(base + BLOCK * row);
    uint32_t *dsum = (uint32_t *)(void *)(base + 2 * BLOCK * row);
    int64_t *dterm = (int64_t *)(void *)(base + (2 * BLOCK + 1) * row);
    uint8_t *act_base = base + (2 * BLOCK + 1) * row + round64(pitch * sizeof(int64_t));
    size_t act_pitch = round64(pix);

    uint32_t step = p->depthwise ? 1 : BLOCK, pick_k, pick_dx;
    bool pick = pool_picks(p, &pick_k, &pick_dx);
    for (uint32_t o0 = o_begin; o0 < o_end; o0 += step) {
        uint32_t nb = o_end - o0 < step ? o_end - o0 : step;
        uint8_t *acts[BLOCK];
        for (uint32_t j = 0; j < nb; j++)
            acts[j] = p->pool_type == 0 ? out_chw + (size_t)(o0 + j) * pix : act_base + j * act_pitch;
        for (uint32_t first = 0; first < pieces; first += per_span) {
            uint32_t last = first + per_span < pieces ? first + per_span : pieces;
            size_t out0 = piece_at(L, first).out, n = 0;
            for (uint32_t i = first; i < last; i++) { /* accumulate the span piece by piece */
                nn_kpu_fast_span_t sp = piece_at(L, i);
                size_t at = sp.out - out0;
                n = at + sp.n;
                if (pick && L->row_pieces && (i % pick_k != 0 || i / pick_k >= p->out_h))
                    continue; /* piece i is map row i: none of it is picked */
                if (p->depthwise)
                    NN_FAST_DEPTHWISE(p, L, o0, sp, lo + at, hi + at, dsum + at);
#ifdef NN_FAST_GROUPED
#ifdef NN_FAST_GROUPED_PICK2
                else if (pick && pick_k == 2 && L->row_pieces) { /* only the columns the pool keeps */
                    NN_FAST_GROUPED_PICK2(L, false, o0, nb, sp, pick_dx, lo + at);
                    if (L->w_hi != NULL)
                        NN_FAST_GROUPED_PICK2(L, true, o0, nb, sp, pick_dx, hi + at);
                }
#endif
                else {
                    fast_accumulate_grouped(L, false, o0, nb, sp, lo + at);
                    if (L->w_hi != NULL)
                        fast_accumulate_grouped(L, true, o0, nb, sp, hi + at);
                }
#else
                else {
                    accumulate_planar(p, L, L->w_lo, o0, nb, sp, lo + at);
                    if (L->w_hi != NULL)
                        accumulate_planar(p, L, L->w_hi, o0, nb, sp, hi + at);
                }
#endif
            }
            if (pick) {
                for (uint32_t j = 0; j < nb; j++)
                    epilogue_picked(p, L, o0 + j, out0, n, lo + (size_t)j * pitch,
                                    L->w_hi != NULL ? hi + (size_t)j * pitch : NULL, L->term_x + out0,
                                    p->depthwise ? dsum : NULL, pick_k, pick_dx,
                                    out_chw + (size_t)(o0 + j) * p->out_h * p->out_w);
                continue;
            }
            const int64_t *term_x = L->term_x + out0;
            if (p->depthwise) { /* the Σx term of the channel's own windows */
                for (size_t x = 0; x < n; x++)
                    dterm[x] = nn_px_floor_shr(nn_wrap_mul(p->arg_x, dsum[x]), p->shr_x);
                term_x = dterm;
            }
            for (uint32_t j = 0; j < nb; j++)
                epilogue(p, L, o0 + j, (uint32_t)n, lo + (size_t)j * pitch,
                         L->w_hi != NULL ? hi + (size_t)j * pitch : NULL, term_x, acts[j] + out0);
        }
        if (p->pool_type != 0 && !pick)
            for (uint32_t j = 0; j < nb; j++)
                pool_plane(p, acts[j], out_chw + (size_t)(o0 + j) * p->out_h * p->out_w);
    }
}

size_t NN_FAST_FN(_scratch_bytes)(const nn_kpu_conv_params_t *p)
{
    return nn_kpu_fast_shared_bytes(p, NN_FAST_LAYOUT) + nn_kpu_fast_work_bytes(p);
}

void NN_FAST_FN(_u8)(const nn_kpu_conv_params_t *p, const uint8_t *in_chw, uint8_t *out_chw, void *scratch)
{
    size_t shared = nn_kpu_fast_shared_bytes(p, NN_FAST_LAYOUT);
    nn_kpu_fast_layout(p, NN_FAST_LAYOUT, in_chw, scratch);
    NN_FAST_FN(_frame)(p, scratch, 0, 1);
    NN_FAST_FN(_sums)(p, scratch, 0, 1);
    NN_FAST_FN(_channels)(p, scratch, 0, p->out_c, out_chw, (uint8_t *)scratch + shared);
}
