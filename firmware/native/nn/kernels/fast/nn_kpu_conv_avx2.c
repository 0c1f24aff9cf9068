/* nn_kpu_conv_avx2_u8: normal convolutions on vpmaddwd, everything else the portable body compiled with
 * -mavx2 (CMake sets the flags for this file only; nn_kpu_kernels.c calls it only on a CPU with AVX2).
 *
 * The input is the grouped frame of _avx512vnni (4 channels of a position in one u32) and the weights
 * its s8 quads w' = w - 128, widened to s16. vpmaddwd multiplies s16 pairs exactly and adds each pair
 * into an s32: x in 0..255, w' in -128..127, so a pair is at most 2 * 255 * 128 in size; the two pairs of
 * a quad are added after the loop (vphaddd). As in _avx512vnni, Σ x*w = Σ x*w' + 128 * Σx with both
 * sums over the same terms (absent channels are 0), |Σ x*w'| < 2^29 and 128*Σx < 2^29, so the int32 lanes
 * never wrap and Σ x*w < 2^32 is read as uint32 (proof and bounds: nn_kpu_conv_avx512vnni.c). */
#ifndef __AVX2__
#error "compile this file with -mavx2 (see firmware/native/CMakeLists.txt)"
#endif

#include <immintrin.h>
#include <stdbool.h>

#include "nn_kpu_conv_fast.h"
#include "nn_v4_fast.h"

/* 4 u32 of the grouped frame (4 positions x 4 channels) as 16 s16, the lanes past `valid` zero. */
static inline __m256i load4(const uint32_t *src, uint32_t valid)
{
    __m128i v;
    if (valid >= 4) {
        v = _mm_loadu_si128((const __m128i *)(const void *)src);
    } else {
        const __m128i lane = _mm_setr_epi32(0, 1, 2, 3);
        __m128i mask = _mm_cmpgt_epi32(_mm_set1_epi32((int)valid), lane);
        v = _mm_maskload_epi32((const int *)(const void *)src, mask);
    }
    return _mm256_cvtepu8_epi16(v);
}

/* Output channels o0..o0+nb-1 (nb <= 4) of a span, 8 positions at a time. */
static void fast_accumulate_grouped(const nn_kpu_fast_layer_t *L, bool high, uint32_t o0, uint32_t nb,
                                    nn_kpu_fast_span_t sp, uint32_t *acc)
{
    const int64_t *wq = high ? L->wq16_hi : L->wq16_lo;
    uint32_t w = sp.n, pitch = L->span_cap, taps = L->taps, groups = L->ic_groups, k = taps == 9 ? 3 : 1;
    size_t plane = (size_t)L->ph * L->pw, per_channel = (size_t)groups * taps;
    /* a last block of fewer than 4 channels computes channel o0 in the missing places and drops it */
    const int64_t *w0 = wq + (size_t)o0 * per_channel;
    const int64_t *w1 = nb > 1 ? w0 + per_channel : w0, *w2 = nb > 2 ? w0 + 2 * per_channel : w0,
                  *w3 = nb > 3 ? w0 + 3 * per_channel : w0;
    for (uint32_t x0 = 0; x0 < w; x0 += 8) {
        uint32_t n = w - x0;
        uint32_t va = n >= 4 ? 4 : n, vb = n >= 8 ? 4 : n > 4 ? n - 4 : 0;
        __m256i a0 = _mm256_setzero_si256(), b0 = a0, a1 = a0, b1 = a0, a2 = a0, b2 = a0, a3 = a0, b3 = a0;
        for (uint32_t g = 0; g < groups; g++) {
            const uint32_t *frame = L->grouped + g * plane + sp.frame + x0;
            for (uint32_t t = 0; t < taps; t++) {
                const uint32_t *src = frame + (t / k) * L->pw + t % k;
                __m256i xa = load4(src, va), xb = vb != 0 ? load4(src + 4, vb) : _mm256_setzero_si256();
                size_t wi = (size_t)g * taps + t;
                __m256i v0 = _mm256_set1_epi64x(w0[wi]), v1 = _mm256_set1_epi64x(w1[wi]);
                __m256i v2 = _mm256_set1_epi64x(w2[wi]), v3 = _mm256_set1_epi64x(w3[wi]);
                a0 = _mm256_add_epi32(a0, _mm256_madd_epi16(xa, v0));
                b0 = _mm256_add_epi32(b0, _mm256_madd_epi16(xb, v0));
                a1 = _mm256_add_epi32(a1, _mm256_madd_epi16(xa, v1));
                b1 = _mm256_add_epi32(b1, _mm256_madd_epi16(xb, v1));
                a2 = _mm256_add_epi32(a2, _mm256_madd_epi16(xa, v2));
                b2 = _mm256_add_epi32(b2, _mm256_madd_epi16(xb, v2));
                a3 = _mm256_add_epi32(a3, _mm256_madd_epi16(xa, v3));
                b3 = _mm256_add_epi32(b3, _mm256_madd_epi16(xb, v3));
            }
        }
        /* pair sums -> position sums: hadd gives positions 0 1 4 5 | 2 3 6 7, the permute puts them in order */
        const uint32_t *sx = L->sum_x + sp.out + x0;
        uint32_t valid = n >= 8 ? 8 : n;
        __m256i mask = _mm256_cmpgt_epi32(_mm256_set1_epi32((int)valid), _mm256_setr_epi32(0, 1, 2, 3, 4, 5, 6, 7));
        __m256i corr = _mm256_slli_epi32(_mm256_maskload_epi32((const int *)(const void *)sx, mask), 7);
        __m256i r[4] = {_mm256_hadd_epi32(a0, b0), _mm256_hadd_epi32(a1, b1), _mm256_hadd_epi32(a2, b2),
                        _mm256_hadd_epi32(a3, b3)};
        for (uint32_t j = 0; j < nb; j++) {
            __m256i v = _mm256_add_epi32(_mm256_permute4x64_epi64(r[j], 0xD8), corr);
            _mm256_maskstore_epi32((int *)(void *)(acc + (size_t)j * pitch + x0), mask, v);
        }
    }
}

#define NN_FAST_GROUPED
#define NN_FAST_LAYOUT NN_KPU_FAST_QUADS16
#define NN_FAST_VARIANT avx2
#include "nn_kpu_conv_fast_body.h"

/* V4 quantized_conv2d's inner loops (nn_v4_fast.h), vectorised for this file's target. */
NN_V4_ADD_TAP_DECLARE(nn_v4_add_tap_avx2) NN_V4_ADD_TAP_BODY
NN_V4_ADD_PAIR_DECLARE(nn_v4_add_pair_avx2) NN_V4_ADD_PAIR_BODY
