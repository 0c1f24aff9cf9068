#include "img_file.h"

#include <string.h>

static bool starts_with(const uint8_t *data, size_t size, const char *magic, size_t n)
{
    return size >= n && memcmp(data, magic, n) == 0;
}

/* Names the kinds of file people pass by mistake. */
static nn_status_t unknown_kind(const uint8_t *data, size_t size, nn_error_t *err)
{
    if (starts_with(data, size, "\xFF\xD8\xFF", 3))
        return nn_fail(err, NN_ERR_UNSUPPORTED_VERSION,
                       "JPEG files are not read here: convert the image to BMP, PPM or PGM");
    if (starts_with(data, size, "\x89PNG", 4))
        return nn_fail(err, NN_ERR_UNSUPPORTED_VERSION,
                       "PNG files are not read here: convert the image to BMP, PPM or PGM");
    if (starts_with(data, size, "GIF8", 4))
        return nn_fail(err, NN_ERR_UNSUPPORTED_VERSION,
                       "GIF files are not read here: convert the image to BMP, PPM or PGM");
    return nn_fail(err, NN_ERR_UNSUPPORTED_VERSION,
                   "not a BMP, PPM or PGM file (first bytes %02X %02X)", data[0], size > 1 ? data[1] : 0);
}

static bool is_pnm(const uint8_t *data, size_t size) { return size >= 2 && data[0] == 'P' && data[1] >= '1' && data[1] <= '7'; }

nn_status_t img_file_probe(const uint8_t *data, size_t size, img_file_info_t *info, nn_error_t *err)
{
    if ((data == NULL && size != 0) || info == NULL)
        return nn_fail(err, NN_ERR_ARGUMENT, "file bytes and result are required");
    if (size == 0)
        return nn_fail(err, NN_ERR_TRUNCATED, "the image file is empty");
    if (starts_with(data, size, "BM", 2))
        return img_bmp_probe(data, size, info, err);
    if (is_pnm(data, size))
        return img_pnm_probe(data, size, info, err);
    return unknown_kind(data, size, err);
}

nn_status_t img_file_decode(const uint8_t *data, size_t size, img_t dst, nn_error_t *err)
{
    img_file_info_t info;
    nn_status_t st = img_file_probe(data, size, &info, err);
    if (st != NN_OK)
        return st;
    if (dst.pixels == NULL || info.w != dst.w || info.h != dst.h || info.format != dst.format)
        return nn_fail(err, NN_ERR_ARGUMENT, "the destination is not the %dx%d %s image the file holds",
                       (int)info.w, (int)info.h, info.format == IMG_RGB565 ? "RGB565" : "grayscale");
    return data[0] == 'B' ? img_bmp_decode(data, size, dst, err) : img_pnm_decode(data, size, dst, err);
}
