/* V5 data movement and conversions (nncase 1.0.0-beta2: copy, slice,
 * transpose, pad, convert, quantize, dequantize). */
#include <math.h>
#include <string.h>

#include "nn_int.h"
#include "nn_v5_ref.h"

uint32_t nn_v5_dtype_bytes(uint32_t dtype)
{
    static const uint8_t bytes[] = { 1, 2, 4, 8, 1, 2, 4, 8, 2, 4, 8, 2 };
    return dtype < sizeof bytes ? bytes[dtype] : 0;
}

uint64_t nn_v5_elements(const uint32_t *shape, uint32_t rank)
{
    uint64_t n = 1;
    for (uint32_t k = 0; k < rank; k++)
        n = shape[k] == 0 ? 0 : nn_mul_sat(n, shape[k]);
    return n;
}

uint64_t nn_v5_loop_count(const uint32_t *shape, uint32_t rank)
{
    uint64_t n = 1;
    for (uint32_t k = 0; k < rank; k++)
        n = nn_mul_sat(n, shape[k] == 0 ? 1 : shape[k]);
    return n;
}

bool nn_v5_next_index(uint32_t *index, const uint32_t *shape, uint32_t rank)
{
    for (uint32_t k = rank; k-- > 0;) {
        if (++index[k] < shape[k])
            return true;
        index[k] = 0;
    }
    return false;
}

uint64_t nn_v5_offset(const uint32_t *strides, const uint32_t *index, uint32_t rank)
{
    uint64_t o = 0;
    for (uint32_t k = 0; k < rank; k++)
        o += (uint64_t)strides[k] * index[k];
    return o;
}

static void move(uint8_t *dst, const uint8_t *src, uint32_t bytes)
{
    switch (bytes) {
    case 1: *dst = *src; break;
    case 2: memcpy(dst, src, 2); break;
    case 4: memcpy(dst, src, 4); break;
    default: memcpy(dst, src, 8); break;
    }
}

#define AT(v, idx, eb) ((v)->data + nn_v5_offset((v)->strides, (idx), (v)->rank) * (eb))

void nn_v5_copy_ref(const nn_v5_view_t *src, const nn_v5_view_t *dst, uint32_t eb)
{
    uint32_t index[NN_V5_MAX_RANK] = { 0 };
    if (nn_v5_elements(src->shape, src->rank) == 0)
        return;
    do
        move(AT(dst, index, eb), AT(src, index, eb), eb);
    while (nn_v5_next_index(index, src->shape, src->rank));
}

void nn_v5_slice_ref(const nn_v5_view_t *src, const nn_v5_view_t *dst, uint32_t eb, const uint32_t *begins,
                     const uint32_t *ends, const int32_t *strides)
{
    uint32_t index[NN_V5_MAX_RANK] = { 0 }, out[NN_V5_MAX_RANK] = { 0 };
    if (nn_v5_elements(src->shape, src->rank) == 0)
        return;
    do {
        bool keep = true;
        for (uint32_t k = 0; k < src->rank && keep; k++) {
            int64_t i = index[k], b = begins[k], e = ends[k], s = strides[k];
            if (s > 0 ? (i < b || i >= e) : (i <= e || i > b))
                keep = false;
            else if ((i - b) % s != 0)
                keep = false;
            else
                out[k] = (uint32_t)((i - b) / s);
        }
        if (keep)
            move(AT(dst, out, eb), AT(src, index, eb), eb);
    } while (nn_v5_next_index(index, src->shape, src->rank));
}

void nn_v5_transpose_ref(const nn_v5_view_t *src, const nn_v5_view_t *dst, uint32_t eb, const uint32_t *perm)
{
    uint32_t index[NN_V5_MAX_RANK] = { 0 }, out[NN_V5_MAX_RANK] = { 0 };
    if (nn_v5_elements(src->shape, src->rank) == 0)
        return;
    do {
        for (uint32_t k = 0; k < src->rank; k++)
            out[k] = index[perm[k]];
        move(AT(dst, out, eb), AT(src, index, eb), eb);
    } while (nn_v5_next_index(index, src->shape, src->rank));
}

void nn_v5_pad_ref(const nn_v5_view_t *src, const nn_v5_view_t *dst, uint32_t eb, const int32_t *before,
                   const int32_t *after, uint32_t mode, const uint8_t *pad_value)
{
    uint32_t index[NN_V5_MAX_RANK] = { 0 }, in[NN_V5_MAX_RANK] = { 0 };
    (void)after;
    if (nn_v5_elements(dst->shape, dst->rank) == 0)
        return;
    do {
        bool padded = false;
        for (uint32_t k = 0; k < dst->rank; k++) {
            int64_t i = (int64_t)index[k] - before[k], n = src->shape[k];
            if (i >= 0 && i < n) {
                in[k] = (uint32_t)i;
                continue;
            }
            padded = true;
            if (mode == 1) /* reflect: the edge element is not repeated */
                i = i < 0 ? -i : 2 * (n - 1) - i;
            else if (mode == 2) /* symmetric: it is */
                i = i < 0 ? -i - 1 : 2 * n - 1 - i;
            else /* edge (constant does not read) */
                i = i < 0 ? 0 : n - 1;
            in[k] = (uint32_t)(i < 0 ? 0 : i >= n ? n - 1 : i);
        }
        if (padded && mode == 0)
            move(AT(dst, index, eb), pad_value, eb);
        else
            move(AT(dst, index, eb), AT(src, in, eb), eb);
    } while (nn_v5_next_index(index, dst->shape, dst->rank));
}

bool nn_v5_lut1d_ref_u8(const nn_v5_view_t *src, const nn_v5_view_t *dst, const uint8_t *table, uint32_t table_len)
{
    uint32_t index[NN_V5_MAX_RANK] = { 0 };
    if (nn_v5_elements(src->shape, src->rank) == 0)
        return true;
    do
        if (*AT(src, index, 1) >= table_len)
            return false;
    while (nn_v5_next_index(index, src->shape, src->rank));
    do
        *AT(dst, index, 1) = table[*AT(src, index, 1)];
    while (nn_v5_next_index(index, src->shape, src->rank));
    return true;
}

bool nn_v5_gather_ref(const nn_v5_view_t *src, const nn_v5_view_t *dst, uint32_t eb, const int32_t *indices,
                      uint64_t index_count, uint32_t indices_rank, uint32_t axis)
{
    for (uint64_t i = 0; i < index_count; i++)
        if (indices[i] < 0 || (uint32_t)indices[i] >= src->shape[axis])
            return false;
    uint32_t out[NN_V5_MAX_RANK] = { 0 }, in[NN_V5_MAX_RANK] = { 0 };
    if (nn_v5_elements(dst->shape, dst->rank) == 0)
        return true;
    do {
        uint64_t flat = 0; /* the indices tensor is dense: row-major offset of out[axis .. axis + indices_rank) */
        for (uint32_t k = 0; k < indices_rank; k++)
            flat = flat * dst->shape[axis + k] + out[axis + k];
        uint32_t n = 0;
        for (uint32_t k = 0; k < axis; k++)
            in[n++] = out[k];
        in[n++] = (uint32_t)indices[flat];
        for (uint32_t k = axis + indices_rank; k < dst->rank; k++)
            in[n++] = out[k];
        move(AT(dst, out, eb), AT(src, in, eb), eb);
    } while (nn_v5_next_index(out, dst->shape, dst->rank));
    return true;
}

bool nn_v5_gather_nd_ref(const nn_v5_view_t *src, const nn_v5_view_t *dst, uint32_t eb, const int32_t *indices,
                         const uint32_t *indices_shape, uint32_t indices_rank, uint32_t batch_dims)
{
    uint32_t k = indices_shape[indices_rank - 1];
    uint64_t count = nn_v5_elements(indices_shape, indices_rank);
    for (uint64_t i = 0; i < count; i++) {
        uint32_t dim = src->shape[batch_dims + (uint32_t)(i % k)];
        if (indices[i] < 0 || (uint32_t)indices[i] >= dim)
            return false;
    }
    uint32_t out[NN_V5_MAX_RANK] = { 0 }, in[NN_V5_MAX_RANK] = { 0 };
    if (nn_v5_elements(dst->shape, dst->rank) == 0)
        return true;
    do {
        uint64_t row = 0; /* row-major offset of out[0 .. indices_rank - 1) in the indices' leading dims */
        for (uint32_t d = 0; d + 1 < indices_rank; d++)
            row = row * indices_shape[d] + out[d];
        uint32_t i = 0, o = indices_rank - 1;
        for (; i < batch_dims; i++)
            in[i] = out[i];
        for (uint32_t j = 0; j < k; j++)
            in[i++] = (uint32_t)indices[row * k + j];
        for (; o < dst->rank && i < src->rank; o++)
            in[i++] = out[o];
        move(AT(dst, out, eb), AT(src, in, eb), eb);
    } while (nn_v5_next_index(out, dst->shape, dst->rank));
    return true;
}

void nn_v5_onehot_ref(const int32_t *indices, const nn_v5_view_t *dst, uint32_t eb, uint32_t axis, bool process_neg,
                      const uint8_t *on_value, const uint8_t *off_value)
{
    uint32_t out[NN_V5_MAX_RANK] = { 0 };
    if (nn_v5_elements(dst->shape, dst->rank) == 0)
        return;
    do {
        uint64_t at = 0; /* the indices tensor has the output's dims without axis */
        for (uint32_t d = 0; d < dst->rank; d++)
            if (d != axis)
                at = at * dst->shape[d] + out[d];
        int64_t v = indices[at], j = out[axis];
        if (v < 0 && process_neg)
            v += dst->shape[axis];
        move(AT(dst, out, eb), v == j ? on_value : off_value, eb);
    } while (nn_v5_next_index(out, dst->shape, dst->rank));
}

void nn_v5_batch_to_space_ref(const nn_v5_view_t *src, const nn_v5_view_t *dst, uint32_t eb, const uint32_t *block,
                              uint32_t m, const int32_t *crop_before)
{
    uint32_t index[NN_V5_MAX_RANK] = { 0 }, out[NN_V5_MAX_RANK] = { 0 };
    uint32_t start = src->rank - m, k[NN_V5_MAX_RANK];
    if (nn_v5_elements(src->shape, src->rank) == 0)
        return;
    do {
        uint64_t b = index[0];
        uint32_t n = (uint32_t)(b % dst->shape[0]); /* the batch index splits as (k0, ..., k_{m-1}, n), n fastest */
        b /= dst->shape[0];
        for (uint32_t i = m; i-- > 0;) {
            k[i] = (uint32_t)(b % block[i]);
            b /= block[i];
        }
        bool kept = true;
        for (uint32_t d = 0; d < src->rank; d++)
            out[d] = index[d];
        out[0] = n;
        for (uint32_t i = 0; i < m && kept; i++) {
            int64_t pos = (int64_t)index[start + i] * block[i] + k[i] - crop_before[i];
            kept = pos >= 0 && pos < (int64_t)dst->shape[start + i];
            out[start + i] = (uint32_t)pos;
        }
        if (kept)
            move(AT(dst, out, eb), AT(src, index, eb), eb);
    } while (nn_v5_next_index(index, src->shape, src->rank));
}

/* ---- conversions ----------------------------------------------------------- */

typedef union scalar {
    int64_t i;
    uint64_t u;
    double f;
} scalar_t;

/* 0 signed, 1 unsigned, 2 float, -1 unsupported */
static int kind_of(uint32_t t)
{
    if (t <= NN_V5_I64)
        return 0;
    if (t <= NN_V5_U64)
        return 1;
    if (t == NN_V5_F32 || t == NN_V5_F64)
        return 2;
    return -1;
}

static scalar_t load(const uint8_t *p, uint32_t t)
{
    scalar_t v;
    switch (t) {
    case NN_V5_I8: v.i = (int8_t)p[0]; break;
    case NN_V5_I16: { int16_t x; memcpy(&x, p, 2); v.i = x; break; }
    case NN_V5_I32: { int32_t x; memcpy(&x, p, 4); v.i = x; break; }
    case NN_V5_I64: memcpy(&v.i, p, 8); break;
    case NN_V5_U8: v.u = p[0]; break;
    case NN_V5_U16: { uint16_t x; memcpy(&x, p, 2); v.u = x; break; }
    case NN_V5_U32: { uint32_t x; memcpy(&x, p, 4); v.u = x; break; }
    case NN_V5_U64: memcpy(&v.u, p, 8); break;
    case NN_V5_F32: { float x; memcpy(&x, p, 4); v.f = x; break; }
    default: memcpy(&v.f, p, 8); break;
    }
    return v;
}

/* C's conversion rules; a float out of an integer type's range saturates (C++ leaves it undefined). */
static int64_t float_to_i64(double f)
{
    if (f != f)
        return 0;
    if (f >= 9.2233720368547758e18)
        return INT64_MAX;
    if (f <= -9.2233720368547758e18)
        return INT64_MIN;
    return (int64_t)f;
}

static void store(uint8_t *p, uint32_t t, scalar_t v, int from)
{
    int64_t i = from == 2 ? float_to_i64(v.f) : v.i; /* unsigned sources keep their bits */
    switch (t) {
    case NN_V5_I8: case NN_V5_U8: p[0] = (uint8_t)i; break;
    case NN_V5_I16: case NN_V5_U16: { uint16_t x = (uint16_t)i; memcpy(p, &x, 2); break; }
    case NN_V5_I32: case NN_V5_U32: { uint32_t x = (uint32_t)i; memcpy(p, &x, 4); break; }
    case NN_V5_I64: case NN_V5_U64: memcpy(p, &i, 8); break;
    case NN_V5_F32: {
        float x = from == 2 ? (float)v.f : from == 1 ? (float)v.u : (float)v.i;
        memcpy(p, &x, 4);
        break;
    }
    default: {
        double x = from == 2 ? v.f : from == 1 ? (double)v.u : (double)v.i;
        memcpy(p, &x, 8);
        break;
    }
    }
}

bool nn_v5_convert_ref(const nn_v5_view_t *src, const nn_v5_view_t *dst, uint32_t in_type, uint32_t out_type)
{
    int from = kind_of(in_type), to = kind_of(out_type);
    if (from < 0 || to < 0)
        return false;
    uint32_t ib = nn_v5_dtype_bytes(in_type), ob = nn_v5_dtype_bytes(out_type);
    uint32_t index[NN_V5_MAX_RANK] = { 0 };
    if (nn_v5_elements(src->shape, src->rank) == 0)
        return true;
    do
        store(AT(dst, index, ob), out_type, load(AT(src, index, ib), in_type), from);
    while (nn_v5_next_index(index, src->shape, src->rank));
    return true;
}

bool nn_v5_quantize_ref(const nn_v5_view_t *src, const nn_v5_view_t *dst, uint32_t out_type, float scale, float bias,
                        bool fused)
{
    if (out_type != NN_V5_U8 && out_type != NN_V5_I8)
        return false;
    int32_t lo = out_type == NN_V5_U8 ? 0 : -128, hi = out_type == NN_V5_U8 ? 255 : 127;
    uint32_t index[NN_V5_MAX_RANK] = { 0 };
    if (nn_v5_elements(src->shape, src->rank) == 0)
        return true;
    do {
        float x;
        memcpy(&x, AT(src, index, 4), 4);
        float v = fused ? fmaf(x, scale, bias) : x * scale + bias;
        /* nearbyintf in the default rounding mode: half to even; out-of-range values saturate (the int cast in
         * nncase is undefined there) */
        float r = nearbyintf(v);
        int32_t q = r != r ? 0 : r < (float)lo ? lo : r > (float)hi ? hi : (int32_t)r;
        *AT(dst, index, 1) = (uint8_t)q;
    } while (nn_v5_next_index(index, src->shape, src->rank));
    return true;
}

bool nn_v5_dequantize_ref(const nn_v5_view_t *src, const nn_v5_view_t *dst, uint32_t in_type, float scale, float bias,
                          bool fused)
{
    if (in_type != NN_V5_U8 && in_type != NN_V5_I8)
        return false;
    uint32_t index[NN_V5_MAX_RANK] = { 0 };
    if (nn_v5_elements(src->shape, src->rank) == 0)
        return true;
    do {
        uint8_t raw = *AT(src, index, 1);
        float q = in_type == NN_V5_U8 ? (float)raw : (float)(int8_t)raw;
        float x = fused ? fmaf(q, scale, bias) : q * scale + bias;
        memcpy(AT(dst, index, 4), &x, 4);
    } while (nn_v5_next_index(index, src->shape, src->rank));
    return true;
}
