/* libFuzzer target: the C core's image file decoders (BMP and PNM, img_file.h)
 * as the board and the PC use them: probe the header, and when it is accepted,
 * decode into a buffer of exactly the probed size. Any input must give a
 * status, never a crash, an out-of-bounds access or undefined behaviour
 * (ASan + UBSan). The first byte picks the entry point, so that the BMP and
 * PNM decoders are also reached directly (not only through the magic-number
 * dispatch of img_file_probe). */
#include <stdint.h>
#include <stdlib.h>

#include "img_file.h"

/* Keeps decodes fast: larger declared images are probed but not decoded
 * (their sizes are already checked against IMG_MAX_SIDE by the probe). */
#define FUZZ_MAX_PIXELS (1024 * 1024)

typedef nn_status_t (*probe_fn)(const uint8_t *, size_t, img_file_info_t *, nn_error_t *);
typedef nn_status_t (*decode_fn)(const uint8_t *, size_t, img_t, nn_error_t *);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    probe_fn probe = img_file_probe;
    decode_fn decode = img_file_decode;
    switch (data[0] % 3) {
    case 1:
        probe = img_bmp_probe;
        decode = img_bmp_decode;
        break;
    case 2:
        probe = img_pnm_probe;
        decode = img_pnm_decode;
        break;
    default:
        break;
    }
    data++;
    size--;

    img_file_info_t info;
    nn_error_t err;
    if (probe(data, size, &info, &err) != NN_OK)
        return 0;
    if (info.w < 1 || info.h < 1 || info.w > IMG_MAX_SIDE || info.h > IMG_MAX_SIDE)
        abort(); /* the probe accepted a size the decoders promise never to give */
    if ((int64_t)info.w * info.h > FUZZ_MAX_PIXELS)
        return 0;
    size_t bytes = img_bytes(info.w, info.h, info.format);
    uint8_t *pixels = malloc(bytes);
    if (pixels == NULL)
        return 0;
    img_t dst = {info.w, info.h, info.format, pixels};
    (void)decode(data, size, dst, &err);
    free(pixels);
    return 0;
}
