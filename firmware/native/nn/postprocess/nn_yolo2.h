/* YOLOv2 region decoding, as MaixPy's run_yolo2 does it (spec/maixpy-api.md
 * §2.8), with its traps fixed: any anchor count (classes = channels / anchors
 * - 5, not channels / 5 - 5), no limit on the number of detections, boxes
 * clipped to the image, the model output left untouched.
 *
 * Input: float32 map [anchors * (5 + classes)][grid_h][grid_w] (CHW), per
 * anchor the planes x, y, w, h, objectness, class scores.
 * Per box: sigmoid on x, y, objectness (computed in double as MaixPy does);
 * softmax over the classes; centre ((col + sx) / W, (row + sy) / H), size
 * (exp(tw) * anchor_w / W, exp(th) * anchor_h / H); class probability =
 * objectness * softmax, zeroed unless > threshold; per-class NMS in
 * descending probability (ties: lower box index first) zeroing any later box
 * whose IoU is > nms; a box is reported when its best class is > threshold.
 * Boxes come out in box order (anchor-major, then row, then column), in
 * pixels of an image_w x image_h image: x1 = cx*W - w*W/2 etc., clamped to
 * [0, W] / [0, H], then truncated toward zero. */
#ifndef NN_YOLO2_H
#define NN_YOLO2_H

#include <stddef.h>
#include <stdint.h>

#include "nn_status.h"

typedef struct nn_yolo2_params {
    int32_t grid_w, grid_h, channels;
    int32_t anchor_count;
    const float *anchors; /* anchor_count pairs (w, h) in grid cells */
    float threshold, nms; /* both in [0, 1] */
    int32_t image_w, image_h;
} nn_yolo2_params_t;

typedef struct nn_yolo2_box {
    int32_t x, y, w, h;
    int32_t class_id;
    float prob;
} nn_yolo2_box_t;

/* Checks the parameters against an output of output_floats floats; gives the class count. */
nn_status_t nn_yolo2_check(const nn_yolo2_params_t *p, size_t output_floats, int32_t *classes, nn_error_t *err);

/* Number of candidate boxes (grid_w * grid_h * anchor_count): the most detections one run can give. */
size_t nn_yolo2_max_boxes(const nn_yolo2_params_t *p);

/* Scratch memory the decoder needs (parameters already checked). */
size_t nn_yolo2_scratch_bytes(const nn_yolo2_params_t *p);

/* Decodes `output` (output_floats float32 values, any alignment: it is copied
 * into scratch first); writes up to `capacity` boxes (capacity >= nn_yolo2_max_boxes never truncates) and their number. */
nn_status_t nn_yolo2_decode(const nn_yolo2_params_t *p, const void *output, size_t output_floats, void *scratch,
                            size_t scratch_bytes, nn_yolo2_box_t *boxes, size_t capacity, size_t *count,
                            nn_error_t *err);

#endif
