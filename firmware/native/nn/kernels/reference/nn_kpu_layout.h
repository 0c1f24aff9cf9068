/* KPU RAM feature-map layout (spec/kpu.md §6).
 *
 * A map of C channels x H rows x W columns (uint8) starting at KPU RAM line A:
 *   byte(c, y, x) = A*64 + (c / groups) * channel_lines * 64
 *                 + (c % groups) * (64 / groups) + y * row_len * 64 + x
 * Widths <= 16 pack 4 channels per 64-byte line, widths <= 32 pack 2.
 * Addresses wrap at the end of the 2 MiB KPU RAM (15-bit line numbers).
 * Padding bytes and unused channel slots are never touched. */
#ifndef NN_KPU_LAYOUT_H
#define NN_KPU_LAYOUT_H

#include <stdbool.h>
#include <stdint.h>

#define NN_KPU_RAM_BYTES (2u * 1024u * 1024u)
#define NN_KPU_LINE_BYTES 64u
#define NN_KPU_RAM_LINES (NN_KPU_RAM_BYTES / NN_KPU_LINE_BYTES)

typedef struct nn_kpu_layout {
    uint32_t groups;        /* channels sharing one line: 1, 2 or 4 */
    uint32_t row_len;       /* lines per row */
    uint32_t channel_lines; /* lines per channel block = row_len * H */
} nn_kpu_layout_t;

/* The layout nncase and the SDK use for a map of width w and height h. */
nn_kpu_layout_t nn_kpu_layout_of(uint32_t w, uint32_t h);

/* Lines a c x h x w map occupies: row_len * h * ceil(c / groups). */
uint32_t nn_kpu_map_lines(uint32_t c, uint32_t h, uint32_t w);

/* Dense CHW -> KPU RAM (ram is the whole 2 MiB). */
void nn_kpu_upload(uint8_t *ram, uint32_t line, const nn_kpu_layout_t *layout, const uint8_t *chw,
                   uint32_t c, uint32_t h, uint32_t w);

/* KPU RAM -> dense CHW. */
void nn_kpu_download(const uint8_t *ram, uint32_t line, const nn_kpu_layout_t *layout, uint8_t *chw,
                     uint32_t c, uint32_t h, uint32_t w);

/* The same for channels c0..c1-1 only (chw is still the whole map's start), so that threads can share a map. */
void nn_kpu_upload_channels(uint8_t *ram, uint32_t line, const nn_kpu_layout_t *layout, const uint8_t *chw,
                            uint32_t c0, uint32_t c1, uint32_t h, uint32_t w);
void nn_kpu_download_channels(const uint8_t *ram, uint32_t line, const nn_kpu_layout_t *layout, uint8_t *chw,
                              uint32_t c0, uint32_t c1, uint32_t h, uint32_t w);

/* True when the rows of a c x h x w map under this layout occupy disjoint bytes of KPU RAM (the fields may
 * describe overlapping channels, or a map that wraps onto itself): only then can its channels be written
 * in any order with the same result. */
bool nn_kpu_layout_disjoint(const nn_kpu_layout_t *layout, uint32_t c, uint32_t h, uint32_t w);

#endif
