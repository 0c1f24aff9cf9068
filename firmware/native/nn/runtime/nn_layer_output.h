/* The result of one layer (V3) or node (V4) after a run that reached it, as
 * MaixPy's kpu.set_layers hands it back: where it lies, its shape and its
 * element type. Both runtimes describe results with it. */
#ifndef NN_LAYER_OUTPUT_H
#define NN_LAYER_OUTPUT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nn_kpu_layout.h"
#include "nn_status.h"

/* A byte range of one memory: memory 1 = main, 2 = KPU RAM (the kmodel V4 memory types). */
typedef struct nn_region {
    uint32_t memory;
    uint64_t start, bytes;
} nn_region_t;

#define NN_REGION_MAIN 1u
#define NN_REGION_KPU 2u

typedef struct nn_layer_output {
    const uint8_t *data; /* the bytes, dense; NULL for maps in the KPU layout */
    size_t bytes;        /* dense bytes of the result */
    uint32_t shape[3];   /* C, H, W; [1, 1, elements] where the body gives no C x H x W shape */
    bool is_float;       /* float32 elements, else uint8 */
    nn_region_t region;  /* where the result lies, to tell whether a later layer wrote over it */
    /* data == NULL: `batches` maps of c x h x w in `layout`, the first at KPU RAM line `line`,
     * each next one nn_kpu_map_lines(c, h, w) lines further */
    const uint8_t *kpu_ram;
    uint32_t line, batches, c, h, w;
    nn_kpu_layout_t layout;
} nn_layer_output_t;

/* A result of region.bytes dense bytes at `data` (which is where `region` lies), shaped C x H x W when
 * c*h*w elements fill it (c == 0: no shape), else flat. */
void nn_layer_output_dense(nn_layer_output_t *o, const uint8_t *data, nn_region_t region, bool is_float, uint32_t c,
                           uint32_t h, uint32_t w);

/* A result of `batches` c x h x w uint8 maps in KPU RAM; shape (batches*c) x h x w. */
void nn_layer_output_kpu(nn_layer_output_t *o, const uint8_t *kpu_ram, uint32_t line, uint32_t batches, uint32_t c,
                         uint32_t h, uint32_t w, const nn_kpu_layout_t *layout);

/* Whether result `index` exists and ran, in a model of `count` layers whose last run completed `run` of them;
 * unit names them in messages ("layer", "node"). */
nn_status_t nn_layer_output_check(uint32_t index, uint32_t count, uint32_t run, const char *unit, nn_error_t *err);

bool nn_regions_overlap(const nn_region_t *a, const nn_region_t *b);

/* Copies the result, dense CHW batch after batch, into dst (o->bytes bytes). */
void nn_layer_output_copy(const nn_layer_output_t *o, uint8_t *dst);

#endif
