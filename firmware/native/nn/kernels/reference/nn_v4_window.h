/* Window helpers shared by the V4 convolution and pooling kernels (internal). */
#ifndef NN_V4_WINDOW_H
#define NN_V4_WINDOW_H

#include <stdint.h>

/* Taps k in [*start, *end) of a window whose first tap sits at input
 * coordinate `origin` land inside 0 .. size-1 (coordinate origin + k*dilation);
 * the others are skipped. Same bounds as the reference's
 * max(0, (-origin + d - 1) / d) and min(filter, (size - origin + d - 1) / d). */
static inline void nn_v4_taps(int64_t origin, int64_t size, int64_t filter, int64_t dilation, int64_t *start,
                              int64_t *end)
{
    int64_t s = (-origin + dilation - 1) / dilation;
    int64_t e = (size - origin + dilation - 1) / dilation;
    *start = s > 0 ? s : 0;
    *end = e < filter ? e : filter;
}

#endif
