/* Data movement ops of kmodel V4 (spec/kmodel-v4.md §10): concat, pad,
 * transpose, strided_slice, memory_copy and bilinear resize_image. Elements
 * are copied as elem_bytes-byte units (1 for uint8, 4 for float32). */
#include <math.h>
#include <string.h>

#include "nn_mem.h"
#include "nn_v4_ref.h"

void nn_v4_concat_input_ref(const uint8_t *in, uint8_t *out, uint64_t block_bytes, uint64_t outer, uint64_t row_bytes,
                            uint64_t offset)
{
    for (uint64_t o = 0; o < outer; o++)
        memmove(out + o * row_bytes + offset, in + o * block_bytes, (size_t)block_bytes);
}

static uint64_t offset4(const int32_t *shape, const int64_t *index)
{
    return (((uint64_t)index[0] * (uint64_t)shape[1] + (uint64_t)index[1]) * (uint64_t)shape[2] + (uint64_t)index[2]) *
               (uint64_t)shape[3] + (uint64_t)index[3];
}

void nn_v4_pad_ref(const uint8_t *in, uint8_t *out, const nn_shape4_t *in_shape, const nn_padding_t paddings[4],
                   const uint8_t *pad_value, uint32_t elem_bytes)
{
    int64_t os[4];
    for (int k = 0; k < 4; k++)
        os[k] = (int64_t)in_shape->d[k] + paddings[k].before + paddings[k].after;
    int64_t o[4], i[4];
    for (o[0] = 0; o[0] < os[0]; o[0]++)
        for (o[1] = 0; o[1] < os[1]; o[1]++)
            for (o[2] = 0; o[2] < os[2]; o[2]++)
                for (o[3] = 0; o[3] < os[3]; o[3]++) {
                    bool inside = true;
                    for (int k = 0; k < 4; k++) {
                        i[k] = o[k] - paddings[k].before;
                        inside = inside && i[k] >= 0 && i[k] < in_shape->d[k];
                    }
                    memmove(out, inside ? in + offset4(in_shape->d, i) * elem_bytes : pad_value, elem_bytes);
                    out += elem_bytes;
                }
}

void nn_v4_transpose_ref(const uint8_t *in, uint8_t *out, const nn_shape4_t *in_shape, const int32_t perm[4],
                         uint32_t elem_bytes)
{
    int32_t os[4];
    for (int k = 0; k < 4; k++)
        os[k] = in_shape->d[perm[k]];
    int64_t o[4], i[4];
    for (o[0] = 0; o[0] < os[0]; o[0]++)
        for (o[1] = 0; o[1] < os[1]; o[1]++)
            for (o[2] = 0; o[2] < os[2]; o[2]++)
                for (o[3] = 0; o[3] < os[3]; o[3]++) {
                    for (int k = 0; k < 4; k++)
                        i[perm[k]] = o[k];
                    memmove(out + offset4(os, o) * elem_bytes, in + offset4(in_shape->d, i) * elem_bytes, elem_bytes);
                }
}

int64_t nn_v4_slice_count(int32_t begin, int32_t end, int32_t stride)
{
    if (stride > 0)
        return begin < end ? ((int64_t)end - begin + stride - 1) / stride : 0;
    if (stride < 0)
        return begin > end ? ((int64_t)begin - end + (-(int64_t)stride) - 1) / -(int64_t)stride : 0;
    return 0;
}

void nn_v4_strided_slice_ref(const uint8_t *in, uint8_t *out, const nn_shape4_t *in_shape, const int32_t begin[4],
                             const int32_t end[4], const int32_t strides[4], uint32_t elem_bytes)
{
    int64_t n[4], i[4], k[4];
    for (int a = 0; a < 4; a++)
        n[a] = nn_v4_slice_count(begin[a], end[a], strides[a]);
    for (k[0] = 0; k[0] < n[0]; k[0]++)
        for (k[1] = 0; k[1] < n[1]; k[1]++)
            for (k[2] = 0; k[2] < n[2]; k[2]++)
                for (k[3] = 0; k[3] < n[3]; k[3]++) {
                    for (int a = 0; a < 4; a++)
                        i[a] = begin[a] + k[a] * strides[a];
                    memmove(out, in + offset4(in_shape->d, i) * elem_bytes, elem_bytes);
                    out += elem_bytes;
                }
}

size_t nn_v4_memory_copy_ref(const uint8_t *in, uint8_t *out, size_t in_bytes)
{
    size_t bytes = in_bytes / 4 * 4;
    memmove(out, in, bytes);
    return bytes;
}

/* One bilinear sample of plane `src` (h x w), as the reference computes it:
 * the four weights first, then v0*a0 + v1*a1 + v2*a2 + v3*a3 left to right. */
typedef float (*sample_fn)(const void *src, size_t index);

static float sample_f32(const void *src, size_t index) { return nn_ld_f32(src, index); }
static float sample_u8(const void *src, size_t index) { return (float)((const uint8_t *)src)[index]; }

static float scale_of(int32_t in, int32_t out, bool align_corners)
{
    if (align_corners && out > 1)
        return (float)(in - 1) / (float)(out - 1);
    return (float)in / (float)out;
}

typedef void (*store_fn)(void *dst, size_t index, float v);

static void store_f32(void *dst, size_t index, float v) { nn_st_f32(dst, index, v); }

/* T(v) for uint8: truncation toward zero; the clamp only guards values the
 * reference could not produce from uint8 inputs. */
static void store_u8(void *dst, size_t index, float v)
{
    ((uint8_t *)dst)[index] = !(v > 0.0f) ? 0 : v >= 255.0f ? 255 : (uint8_t)v;
}

static void resize_bilinear(const void *in, void *out, const nn_shape4_t *s, int32_t out_h, int32_t out_w,
                            bool align_corners, sample_fn sample, store_fn store)
{
    int32_t h = s->d[2], w = s->d[3];
    float sy = scale_of(h, out_h, align_corners), sx = scale_of(w, out_w, align_corners);
    size_t o = 0;
    for (int64_t plane = 0; plane < (int64_t)s->d[0] * s->d[1]; plane++) {
        size_t base = (size_t)plane * (size_t)h * (size_t)w;
        for (int32_t oy = 0; oy < out_h; oy++) {
            float fy = (float)oy * sy;
            int32_t y0 = (int32_t)floorf(fy);
            if (y0 > h - 1)
                y0 = h - 1; /* float rounding of huge upscales; the reference would read past the plane */
            int32_t y1 = y0 + 1 < h - 1 ? y0 + 1 : h - 1;
            float dy = fy - (float)y0;
            for (int32_t ox = 0; ox < out_w; ox++) {
                float fx = (float)ox * sx;
                int32_t x0 = (int32_t)floorf(fx);
                if (x0 > w - 1)
                    x0 = w - 1;
                int32_t x1 = x0 + 1 < w - 1 ? x0 + 1 : w - 1;
                float dx = fx - (float)x0;
                float a0 = (1.0f - dy) * (1.0f - dx);
                float a1 = dy * (1.0f - dx);
                float a2 = (1.0f - dy) * dx;
                float a3 = dy * dx;
                float v = sample(in, base + (size_t)y0 * w + x0) * a0 + sample(in, base + (size_t)y1 * w + x0) * a1 +
                          sample(in, base + (size_t)y0 * w + x1) * a2 + sample(in, base + (size_t)y1 * w + x1) * a3;
                store(out, o++, v);
            }
        }
    }
}

void nn_v4_resize_bilinear_ref_f32(const void *in, void *out, const nn_shape4_t *in_shape, int32_t out_h,
                                   int32_t out_w, bool align_corners)
{
    resize_bilinear(in, out, in_shape, out_h, out_w, align_corners, sample_f32, store_f32);
}

void nn_v4_resize_bilinear_ref_u8(const uint8_t *in, uint8_t *out, const nn_shape4_t *in_shape, int32_t out_h,
                                  int32_t out_w, bool align_corners)
{
    resize_bilinear(in, out, in_shape, out_h, out_w, align_corners, sample_u8, store_u8);
}
