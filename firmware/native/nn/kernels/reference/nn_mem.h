/* Element access for the reference kernels. Tensors live at kmodel-chosen
 * offsets of the main buffer, the constant pool or a node body, which need not
 * be aligned for their element type: every float or int32 goes through memcpy
 * (the compiler turns that into a plain load where alignment allows). The
 * data is little-endian in the file and on every target (K210, x86-64). */
#ifndef NN_MEM_H
#define NN_MEM_H

#include <stddef.h>
#include <stdint.h>
#include <string.h>

static inline float nn_ld_f32(const void *base, size_t i)
{
    float v;
    memcpy(&v, (const uint8_t *)base + 4 * i, 4);
    return v;
}

static inline void nn_st_f32(void *base, size_t i, float v) { memcpy((uint8_t *)base + 4 * i, &v, 4); }

static inline int32_t nn_ld_i32(const void *base, size_t i)
{
    int32_t v;
    memcpy(&v, (const uint8_t *)base + 4 * i, 4);
    return v;
}

/* clamp of C++'s std::clamp: (v < lo) ? lo : (hi < v) ? hi : v; NaN passes through. */
static inline float nn_clamp_f32(float v, float lo, float hi) { return v < lo ? lo : hi < v ? hi : v; }

static inline uint8_t nn_clamp_u8(int64_t v) { return (uint8_t)(v < 0 ? 0 : v > 255 ? 255 : v); }

#endif
