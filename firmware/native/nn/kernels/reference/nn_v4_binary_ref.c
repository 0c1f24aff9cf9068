/* binary and quantized_binary (spec/kmodel-v4.md §10 0x00, 0x11) and R (§8.4). */
#include "nn_v4_ref.h"

#include "nn_mem.h"
#include "nn_v4_quant_inline.h"

uint64_t nn_shape4_count(const nn_shape4_t *s)
{
    uint64_t n = 1;
    for (int k = 0; k < 4; k++) {
        uint64_t d = s->d[k] < 0 ? 0 : (uint64_t)s->d[k];
        if (d != 0 && n > UINT64_MAX / d)
            return UINT64_MAX;
        n *= d;
    }
    return n;
}

int64_t nn_v4_windowed_size(int32_t size, int32_t filter, int32_t stride, int32_t dilation, nn_padding_t pad)
{
    int64_t effective = ((int64_t)filter - 1) * dilation + 1;
    return ((int64_t)size + pad.before + pad.after - effective + stride) / stride;
}

int32_t nn_v4_requantize(int32_t v, int32_t mul, int32_t shift) { return nn_v4_requantize_inline(v, mul, shift); }

uint64_t nn_shape4_broadcast_offset(const nn_shape4_t *s, const int32_t o[4])
{
    uint64_t off = 0;
    for (int k = 0; k < 4; k++)
        off = off * (uint64_t)s->d[k] + (uint64_t)(o[k] >= s->d[k] ? 0 : o[k]);
    return off;
}

bool nn_shape4_equal(const nn_shape4_t *a, const nn_shape4_t *b)
{
    return a->d[0] == b->d[0] && a->d[1] == b->d[1] && a->d[2] == b->d[2] && a->d[3] == b->d[3];
}

/* std::min / std::max argument order matters for NaN: min(a,b) = b < a ? b : a. */
static float apply_f32(nn_v4_binary_op_t op, float a, float b)
{
    switch (op) {
    case NN_V4_ADD: return a + b;
    case NN_V4_SUB: return a - b;
    case NN_V4_MUL: return a * b;
    case NN_V4_DIV: return a / b;
    case NN_V4_MIN: return b < a ? b : a;
    case NN_V4_MAX: return a < b ? b : a;
    }
    return 0.0f;
}

void nn_v4_binary_ref_f32(const void *a, const void *b, void *out, const nn_v4_binary_params_t *p)
{
    if (nn_shape4_equal(&p->a_shape, &p->b_shape)) {
        uint64_t n = nn_shape4_count(&p->a_shape);
        for (uint64_t i = 0; i < n; i++)
            nn_st_f32(out, i, nn_clamp_f32(apply_f32(p->op, nn_ld_f32(a, i), nn_ld_f32(b, i)), p->act.min, p->act.max));
        return;
    }
    int32_t o[4];
    uint64_t i = 0;
    for (o[0] = 0; o[0] < p->out_shape.d[0]; o[0]++)
        for (o[1] = 0; o[1] < p->out_shape.d[1]; o[1]++)
            for (o[2] = 0; o[2] < p->out_shape.d[2]; o[2]++)
                for (o[3] = 0; o[3] < p->out_shape.d[3]; o[3]++, i++) {
                    float va = nn_ld_f32(a, nn_shape4_broadcast_offset(&p->a_shape, o));
                    float vb = nn_ld_f32(b, nn_shape4_broadcast_offset(&p->b_shape, o));
                    nn_st_f32(out, i, nn_clamp_f32(apply_f32(p->op, va, vb), p->act.min, p->act.max));
                }
}

/* One element; false on a division by zero. int32 wraps where the reference overflows. */
static bool quantized_element(const nn_v4_quantized_binary_params_t *p, uint8_t a, uint8_t b, uint8_t *out)
{
    int32_t x = nn_v4_requantize_inline((int32_t)((uint32_t)a + (uint32_t)p->a_offset), p->a_mul, p->a_shift);
    int32_t y = nn_v4_requantize_inline((int32_t)((uint32_t)b + (uint32_t)p->b_offset), p->b_mul, p->b_shift);
    return nn_v4_quantized_binary_finish(p, x, y, out);
}

bool nn_v4_quantized_binary_ref_u8(const uint8_t *a, const uint8_t *b, uint8_t *out,
                                   const nn_v4_quantized_binary_params_t *p, uint64_t *bad_index)
{
    if (nn_shape4_equal(&p->a_shape, &p->b_shape)) {
        uint64_t n = nn_shape4_count(&p->a_shape);
        for (uint64_t i = 0; i < n; i++)
            if (!quantized_element(p, a[i], b[i], &out[i])) {
                *bad_index = i;
                return false;
            }
        return true;
    }
    int32_t o[4];
    uint64_t i = 0;
    for (o[0] = 0; o[0] < p->out_shape.d[0]; o[0]++)
        for (o[1] = 0; o[1] < p->out_shape.d[1]; o[1]++)
            for (o[2] = 0; o[2] < p->out_shape.d[2]; o[2]++)
                for (o[3] = 0; o[3] < p->out_shape.d[3]; o[3]++, i++)
                    if (!quantized_element(p, a[nn_shape4_broadcast_offset(&p->a_shape, o)], b[nn_shape4_broadcast_offset(&p->b_shape, o)],
                                           &out[i])) {
                        *bad_index = i;
                        return false;
                    }
    return true;
}
