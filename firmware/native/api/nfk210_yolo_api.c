/* nfk_yolo2_decode: argument checks, scratch memory, then nn/postprocess/nn_yolo2. */
#include <stdlib.h>

#include "nfk210_image.h"
#include "nn_yolo2.h"

#include "nfk210_image_internal.h"

NFK_API int nfk_yolo2_decode(const uint8_t *output, size_t output_size, int32_t grid_width, int32_t grid_height,
                             int32_t channels, const float *anchors, int32_t anchor_count, float threshold,
                             float nms, int32_t image_width, int32_t image_height, int32_t *boxes, float *probs,
                             int32_t capacity, int32_t *count)
{
    nn_error_t err = { NN_OK, "" };
    if (output == NULL || anchors == NULL || count == NULL || capacity < 0 ||
        (capacity > 0 && (boxes == NULL || probs == NULL))) {
        nn_fail(&err, NN_ERR_ARGUMENT, "output, anchors, result buffers and count are required");
        return nfk_image_fail_from(&err);
    }
    if (output_size % sizeof(float) != 0) {
        nn_fail(&err, NN_ERR_INPUT_SIZE, "YOLOv2 output of %zu bytes is not a whole number of float32 values",
                output_size);
        return nfk_image_fail_from(&err);
    }
    nn_yolo2_params_t p = { grid_width, grid_height, channels, anchor_count, anchors, threshold, nms, image_width,
                            image_height };
    size_t floats = output_size / sizeof(float);
    if (nn_yolo2_check(&p, floats, NULL, &err) != NN_OK)
        return nfk_image_fail_from(&err);
    size_t max = nn_yolo2_max_boxes(&p);
    size_t scratch_bytes = nn_yolo2_scratch_bytes(&p);
    void *scratch = malloc(scratch_bytes);
    nn_yolo2_box_t *found = malloc((max > 0 ? max : 1) * sizeof *found);
    if (scratch == NULL || found == NULL) {
        free(scratch);
        free(found);
        nn_fail(&err, NN_ERR_OUT_OF_MEMORY, "out of memory: YOLOv2 decoding needs %zu bytes", scratch_bytes);
        return nfk_image_fail_from(&err);
    }
    size_t n = 0;
    nn_status_t st = nn_yolo2_decode(&p, output, floats, scratch, scratch_bytes, found,
                                     max, &n, &err);
    free(scratch);
    if (st != NN_OK) {
        free(found);
        return nfk_image_fail_from(&err);
    }
    size_t written = n < (size_t)capacity ? n : (size_t)capacity;
    for (size_t i = 0; i < written; i++) {
        boxes[5 * i + 0] = found[i].x;
        boxes[5 * i + 1] = found[i].y;
        boxes[5 * i + 2] = found[i].w;
        boxes[5 * i + 3] = found[i].h;
        boxes[5 * i + 4] = found[i].class_id;
        probs[i] = found[i].prob;
    }
    free(found);
    *count = (int32_t)written;
    return NN_OK;
}
