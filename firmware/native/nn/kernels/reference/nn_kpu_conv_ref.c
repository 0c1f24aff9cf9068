#include "nn_kpu_conv_ref.h"

#include <string.h>

#include "k210_field.h"
#include "k210_kpu_layer.h"
#include "nn_int.h"

/* GCC and Clang define >> on negative signed values as an arithmetic shift
 * (floor), which is what the KPU maths needs. */
int64_t nn_floor_shr(int64_t v, uint32_t s)
{
    if (s >= 63)
        return v < 0 ? -1 : 0;
    return v >> s;
}

static int64_t floor_pow2_remainder(int64_t v, uint32_t s)
{
    /* v - floor(v / 2^s) * 2^s, in 0 .. 2^s-1 (s <= 62) */
    return (int64_t)((uint64_t)v & ((UINT64_C(1) << s) - 1));
}

/* nncase v0.1.0-rc5 CarryShift: half up for v >= 0; its negative quirk kept. */
static int64_t carry_shift_rc5(int64_t v, uint32_t s)
{
    int64_t t = nn_floor_shr(v, s - 1);
    if (t & 1)
        return t >= 0 ? nn_floor_shr(t, 1) + 1 : nn_floor_shr(t, 1) - 1;
    return nn_floor_shr(t, 1);
}

/* nncase v0.2 (kmodel-v4.md §8.4 B): half to even for v >= 0; for v < 0 it
 * moves away from the floor by -1, a quirk reproduced on purpose. */
static int64_t round_half_even_v02(int64_t v, uint32_t s)
{
    int64_t sign = v < 0 ? -1 : 1;
    if (s >= 63)
        return v >= 0 ? 0 : -1 + sign; /* f = v + 2^s > 2^(s-1) for any |v| < 2^62 */
    int64_t q = nn_floor_shr(v, s);
    int64_t f = floor_pow2_remainder(v, s);
    int64_t half = INT64_C(1) << (s - 1);
    if (f < half)
        return q;
    if (f > half)
        return q + sign;
    return (q & 1) ? q + sign : q;
}

int64_t nn_kpu_round_shift(int64_t v, uint32_t s, nn_kpu_profile_t profile)
{
    if (s == 0)
        return v;
    switch (profile) {
    case NN_KPU_PROFILE_NNCASE_02: return round_half_even_v02(v, s);
    case NN_KPU_PROFILE_TRUNCATE: return nn_floor_shr(v, s);
    case NN_KPU_PROFILE_NNCASE_01: break;
    }
    return carry_shift_rc5(v, s);
}

const char *nn_kpu_profile_name(nn_kpu_profile_t profile)
{
    switch (profile) {
    case NN_KPU_PROFILE_NNCASE_01: return "nncase-0.1";
    case NN_KPU_PROFILE_NNCASE_02: return "nncase-0.2";
    case NN_KPU_PROFILE_TRUNCATE: return "truncate";
    }
    return "unknown";
}

static uint64_t load_le64(const uint8_t *p)
{
    uint64_t v = 0;
    for (int i = 7; i >= 0; i--)
        v = (v << 8) | p[i];
    return v;
}

nn_kpu_batchnorm_t nn_kpu_batchnorm_decode(const uint8_t word[8])
{
    uint64_t w = load_le64(word);
    nn_kpu_batchnorm_t bn;
    bn.mul = k210_sext(K210_FIELD_GET(w, K210_KPU_BN_NORM_MUL), K210_KPU_BN_NORM_MUL_WIDTH);
    bn.add = k210_sext(K210_FIELD_GET(w, K210_KPU_BN_NORM_ADD), K210_KPU_BN_NORM_ADD_WIDTH);
    bn.shift = (uint32_t)K210_FIELD_GET(w, K210_KPU_BN_NORM_SHIFT);
    return bn;
}

void nn_kpu_activation_decode(const uint8_t table[144], nn_kpu_activation_t *out)
{
    for (int i = 0; i < NN_KPU_ACT_SEGMENTS; i++) {
        uint64_t w = load_le64(table + 8 * i);
        out->start[i] = k210_sext(K210_FIELD_GET(w, K210_KPU_ACT_X_START), K210_KPU_ACT_X_START_WIDTH);
        out->mul[i] = k210_sext(K210_FIELD_GET(w, K210_KPU_ACT_Y_MUL), K210_KPU_ACT_Y_MUL_WIDTH);
        out->shift[i] = (uint8_t)K210_FIELD_GET(w, K210_KPU_ACT_SHIFT_NUMBER);
        out->bias[i] = table[128 + i];
    }
}

int64_t nn_kpu_batchnorm_apply(const nn_kpu_batchnorm_t *bn, int64_t conv)
{
    return nn_wrap_add(nn_floor_shr(nn_wrap_mul(conv, bn->mul), bn->shift), bn->add);
}

uint8_t nn_kpu_activate(const nn_kpu_activation_t *act, int64_t bn, nn_kpu_profile_t profile)
{
    /* Highest segment index whose start is below the value (not the largest start). */
    int seg = 0;
    bool strict = profile == NN_KPU_PROFILE_NNCASE_02;
    for (int i = NN_KPU_ACT_SEGMENTS - 1; i >= 0; i--) {
        if (strict ? act->start[i] < bn : act->start[i] <= bn) {
            seg = i;
            break;
        }
    }
    int64_t p = nn_wrap_mul(nn_wrap_sub(bn, act->start[seg]), act->mul[seg]);
    int64_t y = nn_wrap_add(nn_kpu_round_shift(p, act->shift[seg], profile), act->bias[seg]);
    return (uint8_t)(y < 0 ? 0 : y > 255 ? 255 : y);
}

bool nn_kpu_pool_output_size(uint32_t pool_type, uint32_t h, uint32_t w, uint32_t *out_h, uint32_t *out_w)
{
    uint32_t stride;
    switch (pool_type) {
    case 0: case 8: case 9: stride = 1; break;
    case 1: case 2: case 5: case 6: stride = 2; break;
    case 3: case 4: case 7: stride = 4; break;
    default: return false;
    }
    *out_h = h / stride;
    *out_w = w / stride;
    return true;
}

size_t nn_kpu_conv_weight_bytes(const nn_kpu_conv_params_t *p)
{
    size_t taps = (size_t)p->kernel * p->kernel;
    size_t n = p->depthwise ? (size_t)p->out_c * taps : (size_t)p->out_c * p->in_c * taps;
    return n * (p->weights_16bit ? 2 : 1);
}

uint64_t nn_kpu_conv_macs(const nn_kpu_conv_params_t *p)
{
    uint64_t per_pixel = (uint64_t)p->kernel * p->kernel * (p->depthwise ? 1 : p->in_c);
    return per_pixel * p->out_c * p->in_h * p->in_w;
}

const char *nn_kpu_conv_check(const nn_kpu_conv_params_t *p)
{
    uint32_t oh, ow;
    if (p->kernel != 1 && p->kernel != 3)
        return "kernel_type is neither 1x1 nor 3x3";
    if (p->in_c == 0 || p->out_c == 0 || p->in_h == 0 || p->in_w == 0)
        return "empty feature map";
    if (p->depthwise && p->in_c != p->out_c)
        return "depthwise layer with input channels != output channels";
    if (!nn_kpu_pool_output_size(p->pool_type, p->in_h, p->in_w, &oh, &ow))
        return "pool_type is undefined (10-15)";
    if (oh != p->out_h || ow != p->out_w)
        return "output size does not match the pool type";
    return NULL;
}

/* Layout of the scratch area. */
typedef struct conv_scratch {
    uint8_t *padded;    /* in_c x (h+2) x (w+2), border = pad_value (3x3 only) */
    uint64_t *acc;      /* h x w accumulators of one output channel */
    int64_t *term_x;    /* h x w: floor_shr(arg_x * sum_x, shr_x), normal conv */
    uint8_t *act;       /* h x w activations of one output channel */
} conv_scratch_t;

static size_t align8(size_t n) { return (n + 7) & ~(size_t)7; }

size_t nn_kpu_conv_ref_scratch_bytes(const nn_kpu_conv_params_t *p)
{
    size_t pix = (size_t)p->in_h * p->in_w;
    size_t pw = (size_t)(p->in_w + 2), ph = (size_t)(p->in_h + 2);
    return align8((size_t)p->in_c * ph * pw) + pix * sizeof(uint64_t) + pix * sizeof(int64_t) + align8(pix);
}

static conv_scratch_t scratch_split(const nn_kpu_conv_params_t *p, void *scratch)
{
    size_t pix = (size_t)p->in_h * p->in_w;
    size_t pw = (size_t)(p->in_w + 2), ph = (size_t)(p->in_h + 2);
    uint8_t *base = scratch;
    conv_scratch_t s;
    s.padded = base;
    base += align8((size_t)p->in_c * ph * pw);
    s.acc = (uint64_t *)(void *)base;
    base += pix * sizeof(uint64_t);
    s.term_x = (int64_t *)(void *)base;
    base += pix * sizeof(int64_t);
    s.act = base;
    return s;
}

/* Copies the input into a (h+2) x (w+2) frame per channel; the border holds
 * pad_value so that every 3x3 tap reads a defined value (kpu.md §7.1). */
static void pad_input(const nn_kpu_conv_params_t *p, const uint8_t *in, uint8_t *padded)
{
    size_t pw = p->in_w + 2, ph = p->in_h + 2;
    memset(padded, p->pad_value, p->in_c * ph * pw);
    for (uint32_t c = 0; c < p->in_c; c++)
        for (uint32_t y = 0; y < p->in_h; y++)
            memcpy(padded + (c * ph + y + 1) * pw + 1, in + ((size_t)c * p->in_h + y) * p->in_w, p->in_w);
}

static uint32_t weight_at(const nn_kpu_conv_params_t *p, size_t index)
{
    if (p->weights_16bit)
        return (uint32_t)p->weights[2 * index] | (uint32_t)p->weights[2 * index + 1] << 8;
    return p->weights[index];
}

/* Adds w * x over the window tap (ky, kx) of channel plane `plane` to acc;
 * when sum_x is not NULL also accumulates the input values. */
static void accumulate_tap(const nn_kpu_conv_params_t *p, const uint8_t *plane, uint32_t ky, uint32_t kx,
                           uint32_t w, uint64_t *acc, int64_t *sum_x)
{
    size_t pw = p->in_w + 2;
    uint32_t off = p->kernel == 3 ? 0 : 1; /* 1x1 reads the centre of the padded frame */
    for (uint32_t y = 0; y < p->in_h; y++) {
        const uint8_t *row = plane + (y + ky + off) * pw + kx + off;
        uint64_t *a = acc + (size_t)y * p->in_w;
        if (w != 0)
            for (uint32_t x = 0; x < p->in_w; x++)
                a[x] += (uint64_t)w * row[x];
        if (sum_x != NULL) {
            int64_t *s = sum_x + (size_t)y * p->in_w;
            for (uint32_t x = 0; x < p->in_w; x++)
                s[x] += row[x];
        }
    }
}

static void pool_channel(const nn_kpu_conv_params_t *p, const uint8_t *a, uint8_t *out)
{
    uint32_t h = p->in_h, w = p->in_w;
    for (uint32_t oy = 0; oy < p->out_h; oy++) {
        for (uint32_t ox = 0; ox < p->out_w; ox++) {
            uint32_t v = 0, sum = 0;
            switch (p->pool_type) {
            case 0: v = a[oy * w + ox]; break;
            case 1: case 2: case 3: case 4: {
                uint32_t k = (p->pool_type <= 2) ? 2 : 4;
                for (uint32_t dy = 0; dy < k; dy++)
                    for (uint32_t dx = 0; dx < k; dx++) {
                        uint32_t px = a[(oy * k + dy) * w + ox * k + dx];
                        sum += px;
                        v = px > v ? px : v;
                    }
                if (p->pool_type == 2 || p->pool_type == 4)
                    v = sum / (k * k); /* mean pools truncate in both simulators */
                break;
            }
            case 5: v = a[(2 * oy) * w + 2 * ox]; break;
            case 6: v = a[(2 * oy) * w + 2 * ox + 1]; break; /* v0.2's right-top pick */
            case 7: v = a[(4 * oy) * w + 4 * ox]; break;
            case 8: /* 2x2 mean, stride 1, edge coordinates clamped */
                for (uint32_t dy = 0; dy < 2; dy++)
                    for (uint32_t dx = 0; dx < 2; dx++) {
                        uint32_t y = oy + dy < h ? oy + dy : h - 1;
                        uint32_t x = ox + dx < w ? ox + dx : w - 1;
                        sum += a[y * w + x];
                    }
                v = sum / 4;
                break;
            case 9: /* 2x2 max, stride 1, positions past the edge ignored */
                for (uint32_t dy = 0; dy < 2 && oy + dy < h; dy++)
                    for (uint32_t dx = 0; dx < 2 && ox + dx < w; dx++) {
                        uint32_t px = a[(oy + dy) * w + ox + dx];
                        v = px > v ? px : v;
                    }
                break;
            default: break;
            }
            out[oy * p->out_w + ox] = (uint8_t)v;
        }
    }
}

void nn_kpu_conv_ref_u8(const nn_kpu_conv_params_t *p, const uint8_t *in_chw, uint8_t *out_chw, void *scratch)
{
    conv_scratch_t s = scratch_split(p, scratch);
    size_t pix = (size_t)p->in_h * p->in_w;
    size_t plane_bytes = (size_t)(p->in_h + 2) * (p->in_w + 2);
    uint32_t taps = p->kernel * p->kernel;
    uint32_t n_terms = p->depthwise ? 1 : p->in_c;

    pad_input(p, in_chw, s.padded);

    /* Normal conv: Σx over the window is the same for every output channel. */
    if (!p->depthwise) {
        memset(s.acc, 0, pix * sizeof(uint64_t));
        memset(s.term_x, 0, pix * sizeof(int64_t));
        for (uint32_t ic = 0; ic < p->in_c; ic++)
            for (uint32_t t = 0; t < taps; t++)
                accumulate_tap(p, s.padded + ic * plane_bytes, t / p->kernel, t % p->kernel, 0, s.acc, s.term_x);
        for (size_t i = 0; i < pix; i++)
            s.term_x[i] = nn_floor_shr(nn_wrap_mul(p->arg_x, s.term_x[i]), p->shr_x);
    }

    for (uint32_t o = 0; o < p->out_c; o++) {
        nn_kpu_batchnorm_t bn = nn_kpu_batchnorm_decode(p->batchnorm + 8 * (size_t)o);
        int64_t sum_w = 0;
        memset(s.acc, 0, pix * sizeof(uint64_t));
        if (p->depthwise)
            memset(s.term_x, 0, pix * sizeof(int64_t));
        for (uint32_t i = 0; i < n_terms; i++) {
            uint32_t ic = p->depthwise ? o : i;
            size_t wbase = ((size_t)o * n_terms + i) * taps;
            for (uint32_t t = 0; t < taps; t++) {
                uint32_t w = weight_at(p, wbase + t);
                sum_w += w;
                accumulate_tap(p, s.padded + ic * plane_bytes, t / p->kernel, t % p->kernel, w, s.acc,
                               p->depthwise ? s.term_x : NULL);
            }
        }
        int64_t constant = nn_wrap_add(nn_floor_shr(nn_wrap_mul(p->arg_w, sum_w), p->shr_w),
                                       nn_wrap_mul(p->arg_add, n_terms));
        for (size_t i = 0; i < pix; i++) {
            int64_t term_x = p->depthwise ? nn_floor_shr(nn_wrap_mul(p->arg_x, s.term_x[i]), p->shr_x) : s.term_x[i];
            int64_t conv = nn_wrap_add(nn_wrap_add((int64_t)s.acc[i], term_x), constant);
            s.act[i] = nn_kpu_activate(p->activation, nn_kpu_batchnorm_apply(&bn, conv), p->profile);
        }
        pool_channel(p, s.act, out_chw + (size_t)o * p->out_h * p->out_w);
    }
}
