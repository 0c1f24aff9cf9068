/* Pooling of one channel's activations (spec/kpu.md §7.5), as nn_kpu_conv_ref.c's pool_channel but with the
 * pool type chosen outside the loops. Static functions for the variant bodies (each compiles them for its own
 * target); include only from nn_kpu_conv_fast_body.h. */
#ifndef NN_KPU_FAST_POOLING_H
#define NN_KPU_FAST_POOLING_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nn_kpu_conv_ref.h"

/* 2x2 stride 2, the common pool: straight-line code the vectoriser can take. */
static void pool_2x2(const uint8_t *a, uint32_t w, uint32_t oh, uint32_t ow, bool mean, uint8_t *out)
{
    for (uint32_t oy = 0; oy < oh; oy++) {
        const uint8_t *restrict r0 = a + (size_t)(2 * oy) * w, *restrict r1 = r0 + w;
        uint8_t *restrict o = out + (size_t)oy * ow;
        if (mean)
            for (size_t ox = 0; ox < ow; ox++)
                o[ox] = (uint8_t)(((uint32_t)r0[2 * ox] + r0[2 * ox + 1] + r1[2 * ox] + r1[2 * ox + 1]) / 4);
        else
            for (size_t ox = 0; ox < ow; ox++) {
                uint8_t m0 = r0[2 * ox] > r0[2 * ox + 1] ? r0[2 * ox] : r0[2 * ox + 1];
                uint8_t m1 = r1[2 * ox] > r1[2 * ox + 1] ? r1[2 * ox] : r1[2 * ox + 1];
                o[ox] = m0 > m1 ? m0 : m1;
            }
    }
}

static void pool_max_mean(const uint8_t *a, uint32_t w, uint32_t oh, uint32_t ow, uint32_t k, bool mean,
                          uint8_t *out)
{
    if (k == 2) {
        pool_2x2(a, w, oh, ow, mean, out);
        return;
    }
    for (uint32_t oy = 0; oy < oh; oy++)
        for (uint32_t ox = 0; ox < ow; ox++) {
            uint32_t v = 0, sum = 0;
            for (uint32_t dy = 0; dy < k; dy++)
                for (uint32_t dx = 0; dx < k; dx++) {
                    uint32_t px = a[(size_t)(oy * k + dy) * w + ox * k + dx];
                    sum += px;
                    v = px > v ? px : v;
                }
            out[(size_t)oy * ow + ox] = (uint8_t)(mean ? sum / (k * k) : v);
        }
}

/* The pool types of spec/kpu.md §7.5, as nn_kpu_conv_ref.c's pool_channel (types 0 and 5-7 never get here). */
static void pool_plane(const nn_kpu_conv_params_t *p, const uint8_t *a, uint8_t *out)
{
    uint32_t h = p->in_h, w = p->in_w, oh = p->out_h, ow = p->out_w;
    switch (p->pool_type) {
    case 1: pool_max_mean(a, w, oh, ow, 2, false, out); return;
    case 2: pool_max_mean(a, w, oh, ow, 2, true, out); return;
    case 3: pool_max_mean(a, w, oh, ow, 4, false, out); return;
    case 4: pool_max_mean(a, w, oh, ow, 4, true, out); return;
    /* 5-7 (one activation of each cell) never get here: the body computes only the picked ones */
    case 8: /* 2x2 mean, stride 1, coordinates clamped at the edge */
        for (uint32_t oy = 0; oy < oh; oy++) {
            const uint8_t *r0 = a + (size_t)oy * w, *r1 = a + (size_t)(oy + 1 < h ? oy + 1 : h - 1) * w;
            for (uint32_t ox = 0; ox < ow; ox++) {
                uint32_t x1 = ox + 1 < w ? ox + 1 : w - 1;
                out[(size_t)oy * ow + ox] = (uint8_t)(((uint32_t)r0[ox] + r0[x1] + r1[ox] + r1[x1]) / 4);
            }
        }
        return;
    case 9: /* 2x2 max, stride 1, positions past the edge ignored */
        for (uint32_t oy = 0; oy < oh; oy++) {
            const uint8_t *r0 = a + (size_t)oy * w, *r1 = oy + 1 < h ? a + (size_t)(oy + 1) * w : r0;
            for (uint32_t ox = 0; ox < ow; ox++) {
                uint32_t x1 = ox + 1 < w ? ox + 1 : ox;
                uint8_t m0 = r0[ox] > r0[x1] ? r0[ox] : r0[x1];
                uint8_t m1 = r1[ox] > r1[x1] ? r1[ox] : r1[x1];
                out[(size_t)oy * ow + ox] = m0 > m1 ? m0 : m1;
            }
        }
        return;
    default: return;
    }
}

#endif
