/* Scratch layout and the weight-side preparation shared by every optimized variant. */
#include <string.h>

#include "nn_kpu_conv_fast.h"

/* N * K*K * 255 * 255 < 2^32 (nn_kpu_conv_fast.h). */
#define MAX_TERMS 66051u

bool nn_kpu_conv_fast_supports(const nn_kpu_conv_params_t *p)
{
    uint64_t terms = (uint64_t)(p->depthwise ? 1 : p->in_c) * p->kernel * p->kernel;
    return nn_kpu_conv_check(p) == NULL && terms <= MAX_TERMS && p->in_w <= 65536 && p->in_h <= 65536;
}

static size_t align64(size_t n) { return (n + 63) & ~(size_t)63; }

uint32_t nn_kpu_fast_span_cap(const nn_kpu_conv_params_t *p)
{
    size_t pix = (size_t)p->in_h * p->in_w;
    if (p->kernel == 3) {
        uint32_t rows = NN_KPU_FAST_SPAN / p->in_w;
        rows = rows < 1 ? 1 : rows > p->in_h ? p->in_h : rows;
        return rows * p->in_w;
    }
    return pix < NN_KPU_FAST_SPAN ? (uint32_t)pix : NN_KPU_FAST_SPAN;
}

typedef struct sizes {
    size_t pix, planes, weights, wq, wq16, grouped;
    uint32_t n_terms, taps, ph, pw, groups;
} sizes_t;

static sizes_t sizes_of(const nn_kpu_conv_params_t *p, nn_kpu_fast_layout_kind_t kind)
{
    sizes_t s;
    s.taps = p->kernel * p->kernel;
    s.n_terms = p->depthwise ? 1 : p->in_c;
    s.ph = p->kernel == 3 ? p->in_h + 2 : p->in_h;
    s.pw = p->kernel == 3 ? p->in_w + 2 : p->in_w;
    s.pix = (size_t)p->in_h * p->in_w;
    s.planes = p->kernel == 3 ? (size_t)p->in_c * s.ph * s.pw : 0;
    s.weights = (size_t)p->out_c * s.n_terms * s.taps;
    s.groups = (p->in_c + 3) / 4;
    bool use_groups = kind != NN_KPU_FAST_PLANAR && !p->depthwise;
    s.grouped = use_groups ? (size_t)s.groups * s.ph * s.pw * sizeof(uint32_t) : 0;
    s.wq = use_groups ? (size_t)p->out_c * s.groups * s.taps * 4 : 0;
    s.wq16 = use_groups && kind == NN_KPU_FAST_QUADS16 ? 2 * s.wq : 0;
    return s;
}

size_t nn_kpu_fast_shared_bytes(const nn_kpu_conv_params_t *p, nn_kpu_fast_layout_kind_t kind)
{
    sizes_t s = sizes_of(p, kind);
    int halves = p->weights_16bit ? 2 : 1;
    return align64(sizeof(nn_kpu_fast_layer_t)) + align64(s.planes) + align64(s.pix * sizeof(uint32_t)) +
           align64(s.pix * sizeof(int64_t)) + (p->weights_16bit ? 2 : 0) * align64(s.weights) +
           4 * align64((size_t)p->out_c * sizeof(int64_t)) + align64(s.grouped) + halves * (align64(s.wq) + align64(s.wq16)) + 64;
}

size_t nn_kpu_fast_work_bytes(const nn_kpu_conv_params_t *p)
{
    /* acc_lo, acc_hi, window sums: spans of uint32; a span of depthwise terms; activations of a channel block */
    size_t span = nn_kpu_fast_span_cap(p);
    return (2 * NN_KPU_FAST_CHANNEL_BLOCK + 1) * align64(span * sizeof(uint32_t)) + align64(span * sizeof(int64_t)) +
           NN_KPU_FAST_CHANNEL_BLOCK * align64((size_t)p->in_h * p->in_w) + 64;
}

static uint8_t *take(uint8_t **cursor, size_t bytes)
{
    uint8_t *p = *cursor;
    *cursor += align64(bytes);
    return bytes ? p : NULL;
}

static uint32_t weight_at(const nn_kpu_conv_params_t *p, size_t i)
{
    if (p->weights_16bit)
        return (uint32_t)p->weights[2 * i] | (uint32_t)p->weights[2 * i + 1] << 8;
    return p->weights[i];
}

/* s8 (w - 128) by groups of 4 input channels; channels past in_c get 0 (their x is 0). */
static void pack_vnni(const nn_kpu_conv_params_t *p, const sizes_t *s, const uint8_t *bytes, int8_t *wq)
{
    if (s->taps == 1) { /* 1x1: the rows stay in order, each padded to a multiple of 4 channels */
        size_t row = (size_t)s->groups * 4, in_c = p->in_c; /* locals: the byte stores could alias *p */
        for (uint32_t o = 0; o < p->out_c; o++) {
            const uint8_t *restrict src = bytes + o * in_c;
            int8_t *restrict dst = wq + o * row;
            for (size_t ic = 0; ic < in_c; ic++)
                dst[ic] = (int8_t)(src[ic] ^ 0x80); /* w - 128 as a byte */
            for (size_t ic = in_c; ic < row; ic++)
                dst[ic] = 0;
        }
        return;
    }
    /* 3x3: one quad (4 input channels, one tap) per 32-bit store; the missing channels of a last group
     * read 0x80, which the flip makes 0 (little-endian: byte j of a quad is bits 8j..8j+7) */
    static const uint8_t high_bits[9] = {0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80};
    for (uint32_t o = 0; o < p->out_c; o++)
        for (uint32_t g = 0; g < s->groups; g++) {
            const uint8_t *src[4];
            for (uint32_t j = 0; j < 4; j++) {
                uint32_t ic = 4 * g + j;
                src[j] = ic < p->in_c ? bytes + ((size_t)o * p->in_c + ic) * s->taps : high_bits;
            }
            uint32_t *dst = (uint32_t *)(void *)(wq + ((size_t)o * s->groups + g) * s->taps * 4);
            for (uint32_t t = 0; t < s->taps; t++)
                dst[t] = ((uint32_t)src[0][t] | (uint32_t)src[1][t] << 8 | (uint32_t)src[2][t] << 16 |
                          (uint32_t)src[3][t] << 24) ^ 0x80808080u;
        }
}

/* Each quad of s8 as four s16 in one int64, first byte lowest (little-endian lanes of vpmaddwd). */
static void widen_quads(const int8_t *wq, size_t quads, int64_t *out)
{
    for (size_t i = 0; i < quads; i++) {
        uint64_t v = 0;
        for (int j = 0; j < 4; j++)
            v |= (uint64_t)(uint16_t)(int16_t)wq[4 * i + j] << (16 * j);
        out[i] = (int64_t)v;
    }
}

nn_kpu_fast_layer_t *nn_kpu_fast_layout(const nn_kpu_conv_params_t *p, nn_kpu_fast_layout_kind_t kind,
                                        const uint8_t *in_chw, void *shared)
{
    sizes_t s = sizes_of(p, kind);
    uint8_t *cursor = (uint8_t *)(((uintptr_t)shared + 63) & ~(uintptr_t)63);
    nn_kpu_fast_layer_t *L = (nn_kpu_fast_layer_t *)(void *)take(&cursor, sizeof *L);
    memset(L, 0, sizeof *L);
    L->h = p->in_h;
    L->w = p->in_w;
    L->ph = s.ph;
    L->pw = s.pw;
    L->taps = s.taps;
    L->span_cap = nn_kpu_fast_span_cap(p);
    L->row_pieces = p->kernel == 3 || (p->pool_type >= 5 && p->pool_type <= 7 && p->in_w <= L->span_cap);
    L->n_terms = s.n_terms;
    L->input = in_chw;
    L->planes = p->kernel == 3 ? take(&cursor, s.planes) : in_chw;
    L->sum_x = (uint32_t *)(void *)take(&cursor, s.pix * sizeof(uint32_t));
    L->term_x = (int64_t *)(void *)take(&cursor, s.pix * sizeof(int64_t));
    uint8_t *lo = p->weights_16bit ? take(&cursor, s.weights) : NULL;
    L->w_lo = lo;
    L->w_hi = p->weights_16bit ? take(&cursor, s.weights) : NULL;
    L->constant = (int64_t *)(void *)take(&cursor, p->out_c * sizeof(int64_t));
    L->bn_mul = (int64_t *)(void *)take(&cursor, p->out_c * sizeof(int64_t));
    L->bn_add = (int64_t *)(void *)take(&cursor, p->out_c * sizeof(int64_t));
    L->bn_shift = (uint32_t *)(void *)take(&cursor, p->out_c * sizeof(int64_t));
    L->grouped = (uint32_t *)(void *)take(&cursor, s.grouped);
    L->ic_groups = s.groups;
    L->wq_lo = (int8_t *)(void *)take(&cursor, s.wq);
    L->wq_hi = p->weights_16bit ? (int8_t *)(void *)take(&cursor, s.wq) : NULL;
    L->wq16_lo = (int64_t *)(void *)take(&cursor, s.wq16);
    L->wq16_hi = p->weights_16bit ? (int64_t *)(void *)take(&cursor, s.wq16) : NULL;

    size_t per_channel = (size_t)s.n_terms * s.taps;
    if (!p->weights_16bit)
        L->w_lo = p->weights; /* 8-bit weights are used as they are */
    for (uint32_t o = 0; o < p->out_c; o++) {
        int64_t sum_w = 0;
        size_t base = (size_t)o * per_channel;
        if (p->weights_16bit) {
            for (size_t i = 0; i < per_channel; i++) {
                uint32_t w = weight_at(p, base + i);
                sum_w += w;
                lo[base + i] = (uint8_t)w;
                L->w_hi[base + i] = (uint8_t)(w >> 8);
            }
        } else {
            uint32_t sum = 0; /* at most 66051 * 255 */
            for (size_t i = 0; i < per_channel; i++)
                sum += p->weights[base + i];
            sum_w = sum;
        }
        L->constant[o] = nn_wrap_add(nn_px_floor_shr(nn_wrap_mul(p->arg_w, sum_w), p->shr_w),
                                     nn_wrap_mul(p->arg_add, s.n_terms));
        nn_kpu_batchnorm_t bn = nn_kpu_batchnorm_decode(p->batchnorm + 8 * (size_t)o);
        L->bn_mul[o] = bn.mul;
        L->bn_add[o] = bn.add;
        L->bn_shift[o] = bn.shift;
    }
    nn_px_activation_prepare(p->activation, &L->act);
    nn_px_segments_prepare(&L->act, &L->seg);
    if (L->wq_lo != NULL) {
        pack_vnni(p, &s, L->w_lo, L->wq_lo);
        if (L->wq_hi != NULL)
            pack_vnni(p, &s, L->w_hi, L->wq_hi);
    }
    if (L->wq16_lo != NULL) {
        widen_quads(L->wq_lo, s.wq / 4, L->wq16_lo);
        if (L->wq16_hi != NULL)
            widen_quads(L->wq_hi, s.wq / 4, L->wq16_hi);
    }
    return L;
}
