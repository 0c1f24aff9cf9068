#include "nn_kpu_layout.h"

#include <string.h>

nn_kpu_layout_t nn_kpu_layout_of(uint32_t w, uint32_t h)
{
    nn_kpu_layout_t l;
    if (w <= 16) {
        l.groups = 4;
        l.row_len = 1;
    } else if (w <= 32) {
        l.groups = 2;
        l.row_len = 1;
    } else {
        l.groups = 1;
        l.row_len = (w + NN_KPU_LINE_BYTES - 1) / NN_KPU_LINE_BYTES;
    }
    l.channel_lines = l.row_len * h;
    return l;
}

uint32_t nn_kpu_map_lines(uint32_t c, uint32_t h, uint32_t w)
{
    nn_kpu_layout_t l = nn_kpu_layout_of(w, h);
    return l.channel_lines * ((c + l.groups - 1) / l.groups);
}

/* Byte offset of row y of channel ch, before wrapping. */
static uint64_t row_offset(uint32_t line, const nn_kpu_layout_t *l, uint32_t ch, uint32_t y)
{
    return (uint64_t)line * NN_KPU_LINE_BYTES
         + (uint64_t)(ch / l->groups) * l->channel_lines * NN_KPU_LINE_BYTES
         + (uint64_t)(ch % l->groups) * (NN_KPU_LINE_BYTES / l->groups)
         + (uint64_t)y * l->row_len * NN_KPU_LINE_BYTES;
}

bool nn_kpu_layout_disjoint(const nn_kpu_layout_t *layout, uint32_t c, uint32_t h, uint32_t w)
{
    uint64_t blocks = layout->groups != 0 ? (c + layout->groups - 1) / layout->groups : 0;
    return layout->groups != 0 && (uint64_t)layout->row_len * NN_KPU_LINE_BYTES / layout->groups >= w &&
           (uint64_t)layout->channel_lines >= (uint64_t)layout->row_len * h &&
           blocks * layout->channel_lines * NN_KPU_LINE_BYTES <= NN_KPU_RAM_BYTES;
}

void nn_kpu_upload(uint8_t *ram, uint32_t line, const nn_kpu_layout_t *layout, const uint8_t *chw,
                   uint32_t c, uint32_t h, uint32_t w)
{
    nn_kpu_upload_channels(ram, line, layout, chw, 0, c, h, w);
}

void nn_kpu_download(const uint8_t *ram, uint32_t line, const nn_kpu_layout_t *layout, uint8_t *chw,
                     uint32_t c, uint32_t h, uint32_t w)
{
    nn_kpu_download_channels(ram, line, layout, chw, 0, c, h, w);
}

void nn_kpu_upload_channels(uint8_t *ram, uint32_t line, const nn_kpu_layout_t *layout, const uint8_t *chw,
                            uint32_t c0, uint32_t c1, uint32_t h, uint32_t w)
{
    for (uint32_t ch = c0; ch < c1; ch++) {
        for (uint32_t y = 0; y < h; y++) {
            uint64_t at = row_offset(line, layout, ch, y);
            const uint8_t *src = chw + ((uint64_t)ch * h + y) * w;
            if ((at % NN_KPU_RAM_BYTES) + w <= NN_KPU_RAM_BYTES) {
                memcpy(ram + at % NN_KPU_RAM_BYTES, src, w);
            } else {
                for (uint32_t x = 0; x < w; x++)
                    ram[(at + x) % NN_KPU_RAM_BYTES] = src[x];
            }
        }
    }
}

void nn_kpu_download_channels(const uint8_t *ram, uint32_t line, const nn_kpu_layout_t *layout, uint8_t *chw,
                              uint32_t c0, uint32_t c1, uint32_t h, uint32_t w)
{
    for (uint32_t ch = c0; ch < c1; ch++) {
        for (uint32_t y = 0; y < h; y++) {
            uint64_t at = row_offset(line, layout, ch, y);
            uint8_t *dst = chw + ((uint64_t)ch * h + y) * w;
            if ((at % NN_KPU_RAM_BYTES) + w <= NN_KPU_RAM_BYTES) {
                memcpy(dst, ram + at % NN_KPU_RAM_BYTES, w);
            } else {
                for (uint32_t x = 0; x < w; x++)
                    dst[x] = ram[(at + x) % NN_KPU_RAM_BYTES];
            }
        }
    }
}
