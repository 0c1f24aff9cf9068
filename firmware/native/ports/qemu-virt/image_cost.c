/* Instructions per pixel of the image preprocessing on RV64GC (issue: the RISC-V side of the hot path). Runs under
 * qemu-system-riscv64 with -icount shift=0, where QEMU's minstret counts the guest's executed instructions exactly;
 * tests/firmware/image_cost.sh runs it and prints the table. Each case runs once to warm nothing up (there are no
 * caches in QEMU's count), then is counted over a few runs; the frames are fixed pseudo-random bytes. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "img.h"

#define RUNS 4

static inline uint64_t instructions_retired(void)
{
    uint64_t n;
    __asm__ volatile("csrr %0, minstret" : "=r"(n));
    return n;
}

static void fill(uint8_t *bytes, size_t n)
{
    uint32_t seed = 210;
    for (size_t i = 0; i < n; i++) {
        seed = seed * 1664525u + 1013904223u;
        bytes[i] = (uint8_t)(seed >> 24);
    }
}

/* Instructions of one call, the mean of RUNS, minus the cost of reading the counter. */
static double per_call(void (*run)(void *), void *context)
{
    uint64_t empty0 = instructions_retired();
    uint64_t empty1 = instructions_retired();
    uint64_t start = instructions_retired();
    for (int i = 0; i < RUNS; i++)
        run(context);
    uint64_t end = instructions_retired();
    return (double)(end - start - (empty1 - empty0)) / RUNS;
}

typedef struct pix_case {
    img_view_t src;
    uint8_t *ai;
} pix_case_t;

typedef struct resize_case {
    img_view_t src;
    img_t dst;
} resize_case_t;

static void run_pix_to_ai(void *context)
{
    pix_case_t *c = context;
    img_pix_to_ai(c->src, c->ai);
}

static void run_resize(void *context)
{
    resize_case_t *c = context;
    img_resize(c->src, c->dst);
}

static const char *format_name(img_format_t format)
{
    return format == IMG_RGB565 ? "RGB565" : "grayscale";
}

static int report_pix_to_ai(int32_t w, int32_t h, img_format_t format)
{
    size_t n = (size_t)w * (size_t)h;
    uint8_t *src = malloc(n * (size_t)format), *ai = malloc(n * 3);
    if (src == NULL || ai == NULL)
        return 1;
    fill(src, n * (size_t)format);
    pix_case_t c = { { w, h, format, src }, ai };
    double cost = per_call(run_pix_to_ai, &c);
    printf("pix_to_ai %s %dx%d: %.0f instructions, %.2f per pixel\n", format_name(format), (int)w, (int)h, cost,
           cost / (double)n);
    free(src);
    free(ai);
    return 0;
}

static int report_resize(int32_t sw, int32_t sh, int32_t dw, int32_t dh, img_format_t format)
{
    size_t sn = (size_t)sw * (size_t)sh, dn = (size_t)dw * (size_t)dh;
    uint8_t *src = malloc(sn * (size_t)format), *dst = malloc(dn * (size_t)format);
    if (src == NULL || dst == NULL)
        return 1;
    fill(src, sn * (size_t)format);
    resize_case_t c = { { sw, sh, format, src }, { dw, dh, format, dst } };
    double cost = per_call(run_resize, &c);
    printf("resize %s %dx%d -> %dx%d: %.0f instructions, %.2f per output pixel\n", format_name(format), (int)sw,
           (int)sh, (int)dw, (int)dh, cost, cost / (double)dn);
    free(src);
    free(dst);
    return 0;
}

int main(void)
{
    int failed = 0;
    failed |= report_pix_to_ai(320, 240, IMG_RGB565);
    failed |= report_pix_to_ai(224, 224, IMG_RGB565);
    failed |= report_pix_to_ai(320, 240, IMG_GRAYSCALE);
    failed |= report_resize(320, 240, 224, 224, IMG_RGB565);  /* the camera frame to a model input: nearest */
    failed |= report_resize(160, 120, 320, 240, IMG_RGB565);  /* enlarging: bilinear */
    failed |= report_resize(320, 240, 28, 28, IMG_GRAYSCALE); /* MNIST-style: block average */
    failed |= report_resize(28, 28, 112, 112, IMG_GRAYSCALE); /* enlarging: bilinear */
    if (failed)
        puts("image_cost: out of memory");
    return failed;
}
