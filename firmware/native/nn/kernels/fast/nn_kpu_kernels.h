/* Which KPU layer kernel runs, chosen at run time (the emulator calls the maths through here).
 *
 * Variants: ref (nn_kpu_conv_ref_u8), opt, avx2, avx512 (= avx512vnni), all bit-exact with ref. The
 * default is the best the CPU has (cpuid on x86-64; opt elsewhere). The environment variable
 * NFK210_KERNELS=ref|opt|avx2|avx512, read once at first use, overrides it; an unknown name or a
 * variant this CPU or build lacks prints a warning naming it and the one used instead (a run is never
 * refused for it). nn_kpu_kernels_select() is the strict form: it fails with a message.
 *
 * Threads (host builds with NFK_KERNELS_THREADS): a layer's steps (input channel groups, Σx pieces, output
 * channels) are split into tasks for a fixed pool of worker threads; each channel is computed alone, so the
 * bytes do not depend on the count. Elsewhere (RISC-V) everything runs on the calling thread. The emulator
 * may run a layer on fewer threads than the setting where that times faster (emu_kpu_threads.h). */
#ifndef NN_KPU_KERNELS_H
#define NN_KPU_KERNELS_H

#include <stdbool.h>
#include <stddef.h>

#include "nn_kpu_conv_ref.h"

typedef enum nn_kpu_variant {
    NN_KPU_VARIANT_REF = 0,
    NN_KPU_VARIANT_OPT = 1,
    NN_KPU_VARIANT_AVX2 = 2,
    NN_KPU_VARIANT_AVX512 = 3,
} nn_kpu_variant_t;

#define NN_KPU_VARIANT_COUNT 4

/* "ref", "opt", "avx2", "avx512vnni"; NULL for a value out of range. */
const char *nn_kpu_variant_name(nn_kpu_variant_t v);
/* Accepts the names above and "avx512"; false for anything else. */
bool nn_kpu_variant_parse(const char *name, nn_kpu_variant_t *out);
/* True when this build has the variant and this CPU can run it. */
bool nn_kpu_variant_available(nn_kpu_variant_t v);
/* The best available variant. */
nn_kpu_variant_t nn_kpu_variant_best(void);

/* The variant layers use now (NFK210_KERNELS or the best, on first use). */
nn_kpu_variant_t nn_kpu_kernels_variant(void);
/* The choice for an NFK210_KERNELS value (NULL or "" = unset): the named variant, or the best with a
 * warning in `warning` ("" when none) for an unknown or unavailable one. */
nn_kpu_variant_t nn_kpu_kernels_choose(const char *value, char *warning, size_t cap);
/* The warning NFK210_KERNELS gave (unknown or unavailable variant), or NULL. */
const char *nn_kpu_kernels_env_warning(void);

/* Makes v the variant; NULL on success, else why not (v unknown or unavailable here). */
const char *nn_kpu_kernels_select(nn_kpu_variant_t v);

/* Threads per layer: n >= 1, or 0 for one per core. Always 1 without NFK_KERNELS_THREADS. */
void nn_kpu_kernels_set_threads(unsigned n);
unsigned nn_kpu_kernels_threads(void);

/* How one layer will run: fixed before the scratch is sized, so a concurrent change of the settings
 * cannot make the scratch too small. */
typedef struct nn_kpu_kernels_plan {
    nn_kpu_variant_t variant; /* ref when the fast kernels cannot run the layer exactly */
    unsigned threads;
    size_t scratch_bytes;
} nn_kpu_kernels_plan_t;

nn_kpu_kernels_plan_t nn_kpu_kernels_plan(const nn_kpu_conv_params_t *p);
/* Same contract as nn_kpu_conv_ref_u8 with plan->scratch_bytes of scratch. */
void nn_kpu_kernels_run(const nn_kpu_kernels_plan_t *plan, const nn_kpu_conv_params_t *p, const uint8_t *in_chw,
                        uint8_t *out_chw, void *scratch);

/* A plan for an explicit variant and thread count (tests and benchmarks compare variants in one process);
 * the variant must be available. */
nn_kpu_kernels_plan_t nn_kpu_kernels_plan_for(const nn_kpu_conv_params_t *p, nn_kpu_variant_t v, unsigned threads);

#endif
