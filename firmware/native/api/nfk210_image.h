/* Image, YOLOv2 and memory calls of the native library, beside nfk210_api.h.
 *
 * Every function works on caller-owned buffers (no state, no allocation that
 * outlives the call) so that the C# library can hand it managed arrays, by
 * P/Invoke on the PC and by InternalCall on the board. Each returns an
 * nn_status value (0 = OK); on failure nfk_image_last_error() gives the
 * message (thread-local, for the nfk_image_* and nfk_yolo2_* calls).
 *
 * Pixel formats: 1 = grayscale, 2 = RGB565 stored as MaixPy does (bytes
 * RRRRRGGG GGGBBBBB). Colours are 0xRRGGBB. Buffer sizes are in bytes and are
 * checked: a short buffer is an error, never an overrun. */
#ifndef NFK210_IMAGE_H
#define NFK210_IMAGE_H

#include <stddef.h>
#include <stdint.h>

#include "nfk210_api.h"

#ifdef __cplusplus
extern "C" {
#endif

enum nfk_image_format {
    NFK_IMAGE_GRAYSCALE = 1,
    NFK_IMAGE_RGB565 = 2,
};

NFK_API const char *nfk_image_last_error(void);

/* Size and pixel format a BMP / PPM / PGM file decodes to. */
NFK_API int nfk_image_probe(const uint8_t *file, size_t file_size, int32_t *width, int32_t *height,
                            int32_t *format);
/* Decodes into pixels (width * height * format bytes, as probed). */
NFK_API int nfk_image_decode(const uint8_t *file, size_t file_size, uint8_t *pixels, size_t pixels_size,
                             int32_t width, int32_t height, int32_t format);

/* BMP file as MaixPy's save writes it; nfk_image_bmp_size gives its byte count. */
NFK_API int nfk_image_bmp_size(int32_t width, int32_t height, int32_t format, size_t *bytes);
NFK_API int nfk_image_bmp_encode(const uint8_t *pixels, size_t pixels_size, int32_t width, int32_t height,
                                 int32_t format, uint8_t *out, size_t out_size);

/* MaixPy's pix_to_ai: RGB565 -> planar R, G, B (3 * w * h bytes); grayscale -> copy (w * h). */
NFK_API int nfk_image_pix_to_ai(const uint8_t *pixels, size_t pixels_size, int32_t width, int32_t height,
                                int32_t format, uint8_t *ai, size_t ai_size);

/* MaixPy's resize into a dst_width x dst_height image of the same format. */
NFK_API int nfk_image_resize(const uint8_t *src, size_t src_size, int32_t width, int32_t height, int32_t format,
                             uint8_t *dst, size_t dst_size, int32_t dst_width, int32_t dst_height);

/* Copies rectangle (x, y, crop_width, crop_height), which must lie inside the image. */
NFK_API int nfk_image_crop(const uint8_t *src, size_t src_size, int32_t width, int32_t height, int32_t format,
                           int32_t x, int32_t y, int32_t crop_width, int32_t crop_height, uint8_t *dst,
                           size_t dst_size);

/* Converts to the other pixel format (to_grayscale / to_rgb565); dst_format is 1 or 2. */
NFK_API int nfk_image_convert(const uint8_t *src, size_t src_size, int32_t width, int32_t height, int32_t format,
                              uint8_t *dst, size_t dst_size, int32_t dst_format);

/* One pixel as / from 0xRRGGBB; (x, y) must lie inside the image. */
NFK_API int nfk_image_get_pixel(const uint8_t *pixels, size_t pixels_size, int32_t width, int32_t height,
                                int32_t format, int32_t x, int32_t y, int32_t *rgb);
NFK_API int nfk_image_set_pixel(uint8_t *pixels, size_t pixels_size, int32_t width, int32_t height, int32_t format,
                                int32_t x, int32_t y, int32_t rgb);

/* MaixPy's draw_rectangle geometry; clipped. */
NFK_API int nfk_image_draw_rectangle(uint8_t *pixels, size_t pixels_size, int32_t width, int32_t height,
                                     int32_t format, int32_t x, int32_t y, int32_t rect_width, int32_t rect_height,
                                     int32_t rgb, int32_t thickness, int32_t fill);

/* UTF-8 text (text_size bytes, no terminator needed) in the built-in 5x7 font, scale >= 1; clipped. */
NFK_API int nfk_image_draw_string(uint8_t *pixels, size_t pixels_size, int32_t width, int32_t height,
                                  int32_t format, int32_t x, int32_t y, const char *text, size_t text_size,
                                  int32_t rgb, int32_t scale);

/* YOLOv2 region decoding (nn/postprocess/nn_yolo2.h) of a float32 little-endian
 * output map [channels][grid_height][grid_width] given as bytes. anchors holds
 * 2 * anchor_count floats. Writes up to capacity detections: boxes gets 5
 * int32 per detection (x, y, width, height, class id), probs one float each;
 * *count is how many were written (capacity >= grid_w * grid_h * anchors
 * never truncates). */
NFK_API int nfk_yolo2_decode(const uint8_t *output, size_t output_size, int32_t grid_width, int32_t grid_height,
                             int32_t channels, const float *anchors, int32_t anchor_count, float threshold,
                             float nms, int32_t image_width, int32_t image_height, int32_t *boxes, float *probs,
                             int32_t capacity, int32_t *count);

/* Memory of the emulated board's SRAM heap (the models' memory): the largest
 * free block and the total, in bytes. Host library only. */
NFK_API int nfk_memory_info(size_t *largest_free, size_t *total);

#ifdef __cplusplus
}
#endif

#endif
