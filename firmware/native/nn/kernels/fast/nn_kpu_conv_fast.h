/* Optimized variants of nn_kpu_conv_ref_u8 (spec/kpu.md §7), bit-exact with it:
 *   _opt        portable C written for the auto-vectoriser (any target, RISC-V too);
 *   _avx2       normal convolutions on vpmaddwd, the rest the portable body compiled for AVX2 (x86-64 only);
 *   _avx512vnni normal convolutions on vpdpbusd, the rest as _avx2 with AVX-512 (x86-64 builds only).
 * The x86 variants are compiled with per-file target flags: call them only when the CPU has the
 * instructions (nn_kpu_kernels.h chooses at run time).
 *
 * Exactness of the narrow accumulator: every product is u8 x u8 (16-bit weights are split into
 * their low and high bytes, acc = acc_lo + 256 * acc_hi), so one output needs at most
 * N * K*K * 255 * 255 < 2^32 for N * K*K < 66052 terms; the KPU allows N <= 1024, K*K <= 9
 * (9216 terms), so a uint32 sum is the reference's uint64 sum. nn_kpu_conv_fast_supports()
 * refuses larger hand-made parameter sets.
 *
 * Each variant runs in steps; every step but the first is split into parts that threads share (part i of n
 * is the same work whatever thread takes it, and a step starts when the one before has ended):
 *   nn_kpu_fast_layout(p, kind, in, shared) once per layer: the scratch placed, per-channel constants, weights
 *   frame(p, shared, i, n)                  input channels by groups of 4: padded planes, interleaved quads
 *   sums(p, shared, i, n)                   normal convolutions: the Σx terms, by pieces of the map
 *   channels(p, shared, o0, o1, out, work)  output channels o0..o1-1 (each independent of the others)
 * and the one-call form nn_kpu_conv_<variant>_u8(p, in, out, scratch) does them all. */
#ifndef NN_KPU_CONV_FAST_H
#define NN_KPU_CONV_FAST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nn_kpu_conv_ref.h"
#include "nn_kpu_pixel.h"

/* Output channels the kernels compute together; thread ranges start at multiples of it. */
#define NN_KPU_FAST_CHANNEL_BLOCK 4u

/* Values the epilogue takes at a time (batch-norm, then the activation segments of the chunk). */
#define NN_KPU_FAST_EPILOGUE_CHUNK 256u

/* The kernels walk a map in spans of up to NN_KPU_FAST_SPAN outputs: a 1x1 layer (whose frame is the
 * dense plane) in runs of pixels, a 3x3 layer in groups of whole rows (one row at least), so that small
 * maps fill the vectors and amortise the per-span work, and big ones stay in cache. */
#define NN_KPU_FAST_SPAN 1024u

/* One row of a span (or a whole 1x1 span): `n` outputs starting at pixel `out` (y * w + x), whose windows
 * start at `frame` in the frame. */
typedef struct nn_kpu_fast_span {
    size_t frame, out;
    uint32_t n;
} nn_kpu_fast_span_t;

/* The per-layer data every output channel reads (built by prepare; lives at the start of the shared scratch). */
typedef struct nn_kpu_fast_layer {
    uint32_t h, w;          /* input (= convolution) size */
    uint32_t pw, ph;        /* frame of `planes`: (w+2) x (h+2) for 3x3, w x h for 1x1 */
    uint32_t taps, n_terms; /* K*K; in_c (normal) or 1 (depthwise) */
    uint32_t span_cap;      /* outputs of the longest span; the pitch of the accumulator rows */
    bool row_pieces;        /* spans made of whole map rows (3x3; 1x1 under a pick pool), else runs of the plane */
    const uint8_t *input;   /* the layer's input [in_c][h][w] */
    const uint8_t *planes;  /* [in_c][ph][pw] input (padded with pad_value for 3x3; the input itself for 1x1) */
    uint32_t *sum_x;        /* normal conv: Σx of every pixel's window (h*w) */
    int64_t *term_x;        /* normal conv: floor_shr(arg_x * Σx, shr_x) (h*w) */
    const uint8_t *w_lo;    /* weights [o][n_terms][taps]: low bytes (8-bit weights: p->weights itself) */
    uint8_t *w_hi;          /* high bytes of 16-bit weights, NULL for 8-bit */
    int64_t *constant;      /* per channel: floor_shr(arg_w * Σw, shr_w) + arg_add * n_terms */
    int64_t *bn_mul, *bn_add;
    uint32_t *bn_shift;
    nn_px_activation_t act;
    nn_px_segments_t seg;   /* the live segments of act */
    /* _avx512vnni only (NULL otherwise): channels interleaved by 4 as u32 [ceil(in_c/4)][ph][pw], and
     * weights as s8 (w - 128) [o][ceil(in_c/4)][taps] x 4 for the low and the high bytes. */
    uint32_t *grouped;
    uint32_t ic_groups;
    int8_t *wq_lo, *wq_hi;
    /* _avx2 only (NULL otherwise): the same weights widened to 4 x s16 in one int64, for vpmaddwd */
    int64_t *wq16_lo, *wq16_hi;
} nn_kpu_fast_layer_t;

/* What a variant's inner loop needs besides the planar input. */
typedef enum nn_kpu_fast_layout_kind {
    NN_KPU_FAST_PLANAR = 0, /* _opt */
    NN_KPU_FAST_QUADS = 1,  /* _avx512vnni: grouped input, s8 weight quads */
    NN_KPU_FAST_QUADS16 = 2 /* _avx2: grouped input, s8 quads widened to s16 */
} nn_kpu_fast_layout_kind_t;

/* True when the optimized variants compute this layer exactly (see above); the dispatcher uses ref otherwise. */
bool nn_kpu_conv_fast_supports(const nn_kpu_conv_params_t *p);

/* Scratch sizes: shared once per layer, work once per thread. */
size_t nn_kpu_fast_shared_bytes(const nn_kpu_conv_params_t *p, nn_kpu_fast_layout_kind_t kind);
size_t nn_kpu_fast_work_bytes(const nn_kpu_conv_params_t *p);
uint32_t nn_kpu_fast_span_cap(const nn_kpu_conv_params_t *p);
/* Places the layer struct and its arrays in `shared` (8-byte aligned) and fills the parts that need no input. */
nn_kpu_fast_layer_t *nn_kpu_fast_layout(const nn_kpu_conv_params_t *p, nn_kpu_fast_layout_kind_t kind,
                                        const uint8_t *in_chw, void *shared);

#define NN_KPU_FAST_DECLARE(variant)                                                                             \
    void nn_kpu_conv_##variant##_frame(const nn_kpu_conv_params_t *p, void *shared, unsigned i, unsigned n);     \
    void nn_kpu_conv_##variant##_sums(const nn_kpu_conv_params_t *p, void *shared, unsigned i, unsigned n);      \
    void nn_kpu_conv_##variant##_channels(const nn_kpu_conv_params_t *p, const void *shared, uint32_t o_begin,  \
                                          uint32_t o_end, uint8_t *out_chw, void *work);                       \
    size_t nn_kpu_conv_##variant##_scratch_bytes(const nn_kpu_conv_params_t *p);                                 \
    void nn_kpu_conv_##variant##_u8(const nn_kpu_conv_params_t *p, const uint8_t *in_chw, uint8_t *out_chw,     \
                                    void *scratch);

NN_KPU_FAST_DECLARE(opt)
#if defined(__x86_64__) || defined(_M_X64)
NN_KPU_FAST_DECLARE(avx2)
NN_KPU_FAST_DECLARE(avx512vnni)
#endif

#endif
