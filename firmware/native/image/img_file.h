/* Image files, decoded by the C core so that board and PC read them alike:
 * BMP (8-bit palette, 16-bit RGB565 bitfields, 24-bit, 32-bit; bottom-up or
 * top-down) and PNM (P2/P5 grayscale, P3/P6 colour, maxval 255), as MaixPy's
 * image.Image(path) reads them (spec/maixpy-api.md §3.5):
 *   8-bit BMP with a gray palette, PGM  -> IMG_GRAYSCALE
 *   everything else                     -> IMG_RGB565, 8-bit channels through
 *                                          MaixPy's rounding tables
 * Errors: NN_ERR_UNSUPPORTED_VERSION for a file kind or variant that is not
 * read (JPEG, PNG, 4-bit BMP, ...), NN_ERR_TRUNCATED, NN_ERR_MALFORMED; the
 * message names what was found. */
#ifndef IMG_FILE_H
#define IMG_FILE_H

#include "img.h"

typedef struct img_file_info {
    int32_t w, h;
    img_format_t format;
} img_file_info_t;

/* Reads the header: size and the pixel format the file decodes to. */
nn_status_t img_file_probe(const uint8_t *data, size_t size, img_file_info_t *info, nn_error_t *err);

/* Decodes into dst, which must have the probed size and format. */
nn_status_t img_file_decode(const uint8_t *data, size_t size, img_t dst, nn_error_t *err);

/* BMP as MaixPy's img.save writes it: top-down, RGB565 as 16-bit BI_BITFIELDS
 * (masks F800/07E0/001F), grayscale as 8-bit with a 256-entry gray palette,
 * rows padded to 4 bytes. */
size_t img_bmp_encoded_bytes(int32_t w, int32_t h, img_format_t format);
void img_bmp_encode(img_view_t src, uint8_t *out);

/* Per-format entry points behind img_file_*. */
nn_status_t img_bmp_probe(const uint8_t *data, size_t size, img_file_info_t *info, nn_error_t *err);
nn_status_t img_bmp_decode(const uint8_t *data, size_t size, img_t dst, nn_error_t *err);
nn_status_t img_pnm_probe(const uint8_t *data, size_t size, img_file_info_t *info, nn_error_t *err);
nn_status_t img_pnm_decode(const uint8_t *data, size_t size, img_t dst, nn_error_t *err);

#endif
