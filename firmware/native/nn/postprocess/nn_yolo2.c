#include "nn_yolo2.h"

#include <math.h>
#include <stdbool.h>
#include <string.h>

#include "nn_math.h"

typedef struct region_box {
    float x, y, w, h;
} region_box_t;

typedef struct layout {
    size_t cells, boxes, classes, entries; /* entries = 5 + classes */
} layout_t;

static layout_t layout_of(const nn_yolo2_params_t *p)
{
    layout_t l;
    l.cells = (size_t)p->grid_w * (size_t)p->grid_h;
    l.boxes = l.cells * (size_t)p->anchor_count;
    l.entries = (size_t)p->channels / (size_t)p->anchor_count;
    l.classes = l.entries - 5;
    return l;
}

nn_status_t nn_yolo2_check(const nn_yolo2_params_t *p, size_t output_floats, int32_t *classes, nn_error_t *err)
{
    if (p == NULL)
        return nn_fail(err, NN_ERR_ARGUMENT, "no YOLOv2 parameters");
    if (p->anchor_count < 1 || p->anchors == NULL)
        return nn_fail(err, NN_ERR_ARGUMENT, "YOLOv2 needs at least one anchor (w, h) pair");
    if (!(p->threshold >= 0.0f && p->threshold <= 1.0f) || !(p->nms >= 0.0f && p->nms <= 1.0f))
        return nn_fail(err, NN_ERR_ARGUMENT, "threshold %g and nms %g must both lie in [0, 1]", (double)p->threshold,
                       (double)p->nms);
    if (p->grid_w < 1 || p->grid_h < 1 || p->channels < 1 || p->grid_w > 4096 || p->grid_h > 4096 ||
        p->channels > 65536)
        return nn_fail(err, NN_ERR_ARGUMENT, "YOLOv2 output shape %dx%dx%d (channels x height x width) is not usable",
                       (int)p->channels, (int)p->grid_h, (int)p->grid_w);
    if (p->image_w < 1 || p->image_h < 1)
        return nn_fail(err, NN_ERR_ARGUMENT, "image size %dx%d is not usable", (int)p->image_w, (int)p->image_h);
    if (p->channels % p->anchor_count != 0 || p->channels / p->anchor_count <= 5)
        return nn_fail(err, NN_ERR_ARGUMENT,
                       "the output has %d channels, which %d anchors cannot split into anchors x (5 + classes) "
                       "with at least one class",
                       (int)p->channels, (int)p->anchor_count);
    size_t need = (size_t)p->channels * (size_t)p->grid_h * (size_t)p->grid_w;
    if (output_floats != need)
        return nn_fail(err, NN_ERR_INPUT_SIZE, "YOLOv2 output of %zu floats, but %dx%dx%d needs %zu", output_floats,
                       (int)p->channels, (int)p->grid_h, (int)p->grid_w, need);
    for (int32_t i = 0; i < 2 * p->anchor_count; i++)
        if (!(p->anchors[i] > 0.0f) || isinf(p->anchors[i]))
            return nn_fail(err, NN_ERR_ARGUMENT, "anchor value %d is %g; anchors must be positive", (int)i,
                           (double)p->anchors[i]);
    if (classes != NULL)
        *classes = p->channels / p->anchor_count - 5;
    return NN_OK;
}

size_t nn_yolo2_max_boxes(const nn_yolo2_params_t *p) { return layout_of(p).boxes; }

/* Scratch: activated map | boxes | probabilities [box][class] | two index arrays for sorting. */
size_t nn_yolo2_scratch_bytes(const nn_yolo2_params_t *p)
{
    layout_t l = layout_of(p);
    return l.boxes * l.entries * sizeof(float) + l.boxes * sizeof(region_box_t) +
           l.boxes * l.classes * sizeof(float) + 2 * l.boxes * sizeof(uint32_t);
}

static float sigmoid(float v) { return (float)(1.0 / (1.0 + (double)nn_expf(-v))); }

/* Softmax over n values `stride` apart, in place. */
static void softmax(float *v, size_t n, size_t stride)
{
    float largest = v[0];
    for (size_t i = 0; i < n; i++)
        if (v[i * stride] > largest)
            largest = v[i * stride];
    float sum = 0;
    for (size_t i = 0; i < n; i++) {
        float e = nn_expf(v[i * stride] - largest);
        sum += e;
        v[i * stride] = e;
    }
    for (size_t i = 0; i < n; i++)
        v[i * stride] /= sum;
}

static float overlap(float c1, float w1, float c2, float w2)
{
    float l1 = c1 - w1 / 2, l2 = c2 - w2 / 2;
    float left = l1 > l2 ? l1 : l2;
    float r1 = c1 + w1 / 2, r2 = c2 + w2 / 2;
    float right = r1 < r2 ? r1 : r2;
    return right - left;
}

static float iou(region_box_t a, region_box_t b)
{
    float w = overlap(a.x, a.w, b.x, b.w);
    float h = overlap(a.y, a.h, b.y, b.h);
    float inter = (w < 0 || h < 0) ? 0 : w * h;
    float uni = a.w * a.h + b.w * b.h - inter;
    return inter / uni;
}

/* Sorts idx[0..n) by probs[idx * classes + k] descending, ties by index ascending (merge sort). */
static void sort_by_prob(uint32_t *idx, uint32_t *tmp, size_t n, const float *probs, size_t classes, size_t k)
{
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            size_t a = lo, b = mid, o = lo;
            while (a < mid && b < hi) {
                float pa = probs[idx[a] * classes + k], pb = probs[idx[b] * classes + k];
                bool take_b = pb > pa || (pb == pa && idx[b] < idx[a]);
                tmp[o++] = take_b ? idx[b++] : idx[a++];
            }
            while (a < mid)
                tmp[o++] = idx[a++];
            while (b < hi)
                tmp[o++] = idx[b++];
        }
        memcpy(idx, tmp, n * sizeof *idx);
    }
}

static int32_t to_pixel(float v, int32_t limit)
{
    if (!(v > 0.0f))
        return 0;
    if (v > (float)limit)
        return limit;
    return (int32_t)v;
}

nn_status_t nn_yolo2_decode(const nn_yolo2_params_t *p, const void *output, size_t output_floats, void *scratch,
                            size_t scratch_bytes, nn_yolo2_box_t *boxes, size_t capacity, size_t *count,
                            nn_error_t *err)
{
    int32_t class_count;
    nn_status_t st = nn_yolo2_check(p, output_floats, &class_count, err);
    if (st != NN_OK)
        return st;
    if (output == NULL || scratch == NULL || count == NULL || (boxes == NULL && capacity != 0))
        return nn_fail(err, NN_ERR_ARGUMENT, "YOLOv2 output, scratch and result pointers are required");
    if (scratch_bytes < nn_yolo2_scratch_bytes(p))
        return nn_fail(err, NN_ERR_ARGUMENT, "YOLOv2 scratch of %zu bytes, %zu needed", scratch_bytes,
                       nn_yolo2_scratch_bytes(p));
    layout_t l = layout_of(p);
    float *map = scratch;
    region_box_t *rb = (region_box_t *)(map + l.boxes * l.entries);
    float *probs = (float *)(rb + l.boxes);
    uint32_t *order = (uint32_t *)(probs + l.boxes * l.classes);
    uint32_t *tmp = order + l.boxes;
    memcpy(map, output, output_floats * sizeof(float));

    /* Activations: plane e of anchor a starts at (a * entries + e) * cells. */
    for (size_t a = 0; a < (size_t)p->anchor_count; a++) {
        float *base = map + a * l.entries * l.cells;
        for (size_t i = 0; i < 2 * l.cells; i++)
            base[i] = sigmoid(base[i]);
        for (size_t i = 0; i < l.cells; i++)
            base[4 * l.cells + i] = sigmoid(base[4 * l.cells + i]);
        for (size_t i = 0; i < l.cells; i++)
            softmax(base + 5 * l.cells + i, l.classes, l.cells);
    }

    for (size_t cell = 0; cell < l.cells; cell++) {
        int32_t row = (int32_t)(cell / (size_t)p->grid_w), col = (int32_t)(cell % (size_t)p->grid_w);
        for (size_t a = 0; a < (size_t)p->anchor_count; a++) {
            size_t box = a * l.cells + cell;
            const float *plane = map + a * l.entries * l.cells + cell;
            region_box_t b;
            b.x = (col + plane[0]) / p->grid_w;
            b.y = (row + plane[l.cells]) / p->grid_h;
            b.w = nn_expf(plane[2 * l.cells]) * p->anchors[2 * a] / p->grid_w;
            b.h = nn_expf(plane[3 * l.cells]) * p->anchors[2 * a + 1] / p->grid_h;
            rb[box] = b;
            float objectness = plane[4 * l.cells];
            for (size_t k = 0; k < l.classes; k++) {
                float prob = objectness * plane[(5 + k) * l.cells];
                probs[box * l.classes + k] = prob > p->threshold ? prob : 0;
            }
        }
    }

    for (size_t k = 0; k < l.classes; k++) {
        size_t n = 0;
        for (size_t box = 0; box < l.boxes; box++)
            if (probs[box * l.classes + k] != 0)
                order[n++] = (uint32_t)box;
        sort_by_prob(order, tmp, n, probs, l.classes, k);
        for (size_t i = 0; i < n; i++) {
            if (probs[order[i] * l.classes + k] == 0)
                continue;
            for (size_t j = i + 1; j < n; j++)
                if (iou(rb[order[i]], rb[order[j]]) > p->nms)
                    probs[order[j] * l.classes + k] = 0;
        }
    }

    size_t found = 0;
    for (size_t box = 0; box < l.boxes; box++) {
        const float *pr = probs + box * l.classes;
        size_t best = 0;
        for (size_t k = 1; k < l.classes; k++)
            if (pr[k] > pr[best])
                best = k;
        if (!(pr[best] > p->threshold))
            continue;
        if (found < capacity) {
            region_box_t b = rb[box];
            float iw = (float)p->image_w, ih = (float)p->image_h;
            int32_t x1 = to_pixel(b.x * iw - (b.w * iw / 2), p->image_w);
            int32_t y1 = to_pixel(b.y * ih - (b.h * ih / 2), p->image_h);
            int32_t x2 = to_pixel(b.x * iw + (b.w * iw / 2), p->image_w);
            int32_t y2 = to_pixel(b.y * ih + (b.h * ih / 2), p->image_h);
            boxes[found] = (nn_yolo2_box_t){ x1, y1, x2 - x1, y2 - y1, (int32_t)best, pr[best] };
        }
        found++;
    }
    *count = found < capacity ? found : capacity;
    return NN_OK;
}
