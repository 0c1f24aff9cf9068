/* Which KPU layer kernels the emulator uses (nn/kernels/fast/nn_kpu_kernels.h), for bench and tests.
 * Part of libnfk210's flat API (see nfk210_api.h for the conventions). */
#ifndef NFK210_KERNELS_H
#define NFK210_KERNELS_H

#include "nfk210_api.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Name of the variant layers use now: "ref", "opt", "avx2" or "avx512vnni" (NFK210_KERNELS or the best the
 * CPU has). Never NULL. */
NFK_API const char *nfk_kernels_variant(void);

/* Makes `name` ("ref", "opt", "avx2", "avx512" or "avx512vnni") the variant. NN_ERR_ARGUMENT, with a message
 * naming the value, for an unknown name or one this CPU or build lacks. */
NFK_API int nfk_kernels_set_variant(const char *name);

/* Threads a layer's output channels are split over: n >= 1, or 0 for one per core (the default). The bytes do
 * not depend on it. NN_ERR_ARGUMENT for n < 0. Builds without threads (RISC-V) stay at 1. */
NFK_API int nfk_kernels_set_threads(int n);
/* The thread count in effect (after resolving 0). */
NFK_API int nfk_kernels_threads(void);

#ifdef __cplusplus
}
#endif

#endif
