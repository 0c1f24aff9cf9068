#include "nn_layer_output.h"

#include <string.h>

void nn_layer_output_dense(nn_layer_output_t *o, const uint8_t *data, nn_region_t region, bool is_float, uint32_t c,
                           uint32_t h, uint32_t w)
{
    size_t element = is_float ? 4 : 1, bytes = (size_t)region.bytes;
    memset(o, 0, sizeof *o);
    o->data = data;
    o->bytes = bytes;
    o->is_float = is_float;
    o->region = region;
    if (c != 0 && (uint64_t)c * h * w * element == bytes) {
        o->shape[0] = c;
        o->shape[1] = h;
        o->shape[2] = w;
    } else {
        o->shape[0] = o->shape[1] = 1;
        o->shape[2] = (uint32_t)(bytes / element);
    }
}

void nn_layer_output_kpu(nn_layer_output_t *o, const uint8_t *kpu_ram, uint32_t line, uint32_t batches, uint32_t c,
                         uint32_t h, uint32_t w, const nn_kpu_layout_t *layout)
{
    memset(o, 0, sizeof *o);
    o->bytes = (size_t)batches * c * h * w;
    o->shape[0] = batches * c;
    o->shape[1] = h;
    o->shape[2] = w;
    o->kpu_ram = kpu_ram;
    o->line = line;
    o->batches = batches;
    o->c = c;
    o->h = h;
    o->w = w;
    o->layout = *layout;
    o->region.memory = NN_REGION_KPU;
    o->region.start = (uint64_t)line * NN_KPU_LINE_BYTES;
    o->region.bytes = (uint64_t)batches * nn_kpu_map_lines(c, h, w) * NN_KPU_LINE_BYTES;
}

nn_status_t nn_layer_output_check(uint32_t index, uint32_t count, uint32_t run, const char *unit, nn_error_t *err)
{
    if (index >= count)
        return nn_fail(err, NN_ERR_ARGUMENT, "%s %u does not exist; the model has %u %ss (0..%u)", unit, index, count,
                       unit, count - 1);
    if (run == 0)
        return nn_fail(err, NN_ERR_STATE, "no result of %s %u yet: run the model first", unit, index);
    if (index >= run)
        return nn_fail(err, NN_ERR_STATE, "%s %u did not run: the last run stopped after %s %u", unit, index, unit,
                       run - 1);
    return NN_OK;
}

bool nn_regions_overlap(const nn_region_t *a, const nn_region_t *b)
{
    return a->memory == b->memory && a->bytes != 0 && b->bytes != 0 && a->start < b->start + b->bytes &&
           b->start < a->start + a->bytes;
}

void nn_layer_output_copy(const nn_layer_output_t *o, uint8_t *dst)
{
    if (o->data != NULL) {
        memcpy(dst, o->data, o->bytes);
        return;
    }
    uint32_t lines = nn_kpu_map_lines(o->c, o->h, o->w);
    size_t per_batch = (size_t)o->c * o->h * o->w;
    for (uint32_t b = 0; b < o->batches; b++)
        nn_kpu_download(o->kpu_ram, o->line + b * lines, &o->layout, dst + b * per_batch, o->c, o->h, o->w);
}
