#include "nn_kpu_kernels.h"

#include <stdlib.h>
#include <string.h>

#include "nn_kpu_conv_fast.h"
#include "nn_kpu_threads.h"

#if defined(NFK_KERNELS_X86)
#define HAVE_X86_VARIANTS 1
#else
#define HAVE_X86_VARIANTS 0
#endif

typedef struct variant_ops {
    const char *name;
    nn_kpu_fast_layout_kind_t layout;
    void (*frame)(const nn_kpu_conv_params_t *, void *, unsigned, unsigned);
    void (*sums)(const nn_kpu_conv_params_t *, void *, unsigned, unsigned);
    void (*channels)(const nn_kpu_conv_params_t *, const void *, uint32_t, uint32_t, uint8_t *, void *);
} variant_ops_t;

static const variant_ops_t ops[NN_KPU_VARIANT_COUNT] = {
    { "ref", NN_KPU_FAST_PLANAR, NULL, NULL, NULL },
    { "opt", NN_KPU_FAST_PLANAR, nn_kpu_conv_opt_frame, nn_kpu_conv_opt_sums, nn_kpu_conv_opt_channels },
#if HAVE_X86_VARIANTS
    { "avx2", NN_KPU_FAST_QUADS16, nn_kpu_conv_avx2_frame, nn_kpu_conv_avx2_sums, nn_kpu_conv_avx2_channels },
    { "avx512vnni", NN_KPU_FAST_QUADS, nn_kpu_conv_avx512vnni_frame, nn_kpu_conv_avx512vnni_sums,
      nn_kpu_conv_avx512vnni_channels },
#else
    { "avx2", NN_KPU_FAST_QUADS16, NULL, NULL, NULL },
    { "avx512vnni", NN_KPU_FAST_QUADS, NULL, NULL, NULL },
#endif
};

const char *nn_kpu_variant_name(nn_kpu_variant_t v)
{
    return (unsigned)v < NN_KPU_VARIANT_COUNT ? ops[v].name : NULL;
}

bool nn_kpu_variant_parse(const char *name, nn_kpu_variant_t *out)
{
    if (name == NULL)
        return false;
    for (unsigned i = 0; i < NN_KPU_VARIANT_COUNT; i++)
        if (strcmp(name, ops[i].name) == 0) {
            *out = (nn_kpu_variant_t)i;
            return true;
        }
    if (strcmp(name, "avx512") == 0) {
        *out = NN_KPU_VARIANT_AVX512;
        return true;
    }
    return false;
}

bool nn_kpu_variant_available(nn_kpu_variant_t v)
{
    switch (v) {
    case NN_KPU_VARIANT_REF:
    case NN_KPU_VARIANT_OPT: return true;
#if HAVE_X86_VARIANTS
    case NN_KPU_VARIANT_AVX2: return __builtin_cpu_supports("avx2");
    case NN_KPU_VARIANT_AVX512:
        return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
               __builtin_cpu_supports("avx512dq") && __builtin_cpu_supports("avx512vl") &&
               __builtin_cpu_supports("avx512vnni");
#else
    case NN_KPU_VARIANT_AVX2:
    case NN_KPU_VARIANT_AVX512: return false;
#endif
    }
    return false;
}

nn_kpu_variant_t nn_kpu_variant_best(void)
{
    for (int v = NN_KPU_VARIANT_COUNT - 1; v > NN_KPU_VARIANT_OPT; v--)
        if (nn_kpu_variant_available((nn_kpu_variant_t)v))
            return (nn_kpu_variant_t)v;
    return NN_KPU_VARIANT_OPT;
}

/* -1 until the first use reads NFK210_KERNELS. */
static int current = -1;
static unsigned thread_setting; /* 0: one per core */
static char env_warning[160];

static void append(char *dst, size_t cap, const char *a, const char *b, const char *c, const char *d)
{
    const char *parts[] = { a, b, c, d };
    size_t n = 0;
    if (cap == 0)
        return;
    for (unsigned i = 0; i < 4 && parts[i] != NULL; i++)
        for (const char *s = parts[i]; *s != '\0' && n + 1 < cap; s++)
            dst[n++] = *s;
    dst[n] = '\0';
}

nn_kpu_variant_t nn_kpu_kernels_choose(const char *name, char *warning, size_t cap)
{
    nn_kpu_variant_t best = nn_kpu_variant_best(), v;
    if (cap > 0)
        warning[0] = '\0';
    if (name == NULL || name[0] == '\0')
        return best;
    if (!nn_kpu_variant_parse(name, &v)) {
        append(warning, cap, "NFK210_KERNELS: unknown variant '", name, "' (ref, opt, avx2, avx512); using ",
               ops[best].name);
        return best;
    }
    if (!nn_kpu_variant_available(v)) {
        append(warning, cap, "NFK210_KERNELS: ", ops[v].name, " is not available on this CPU or build; using ",
               ops[best].name);
        return best;
    }
    return v;
}

static nn_kpu_variant_t from_environment(void)
{
    return nn_kpu_kernels_choose(getenv("NFK210_KERNELS"), env_warning, sizeof env_warning);
}

nn_kpu_variant_t nn_kpu_kernels_variant(void)
{
    int v = __atomic_load_n(&current, __ATOMIC_ACQUIRE);
    if (v < 0) {
        /* racing first uses agree: both read the same environment */
        v = (int)from_environment();
        int expected = -1;
        if (!__atomic_compare_exchange_n(&current, &expected, v, false, __ATOMIC_ACQ_REL, __ATOMIC_ACQUIRE))
            v = expected;
    }
    return (nn_kpu_variant_t)v;
}

const char *nn_kpu_kernels_env_warning(void)
{
    (void)nn_kpu_kernels_variant();
    return env_warning[0] != '\0' ? env_warning : NULL;
}

const char *nn_kpu_kernels_select(nn_kpu_variant_t v)
{
    if ((unsigned)v >= NN_KPU_VARIANT_COUNT)
        return "unknown kernel variant (ref, opt, avx2, avx512)";
    if (!nn_kpu_variant_available(v))
        return v == NN_KPU_VARIANT_AVX512 ? "avx512vnni needs a CPU with AVX-512 F/BW/DQ/VL and VNNI"
               : v == NN_KPU_VARIANT_AVX2 ? "avx2 needs an x86-64 build on a CPU with AVX2"
                                          : "kernel variant not available";
    (void)nn_kpu_kernels_variant(); /* the environment is read once, before any explicit choice */
    __atomic_store_n(&current, (int)v, __ATOMIC_RELEASE);
    return NULL;
}

void nn_kpu_kernels_set_threads(unsigned n) { __atomic_store_n(&thread_setting, n, __ATOMIC_RELAXED); }

unsigned nn_kpu_kernels_threads(void)
{
    unsigned n = __atomic_load_n(&thread_setting, __ATOMIC_RELAXED);
#ifdef NFK_KERNELS_THREADS
    return n == 0 ? nn_kpu_threads_cores() : n;
#else
    (void)n;
    return 1;
#endif
}

nn_kpu_kernels_plan_t nn_kpu_kernels_plan_for(const nn_kpu_conv_params_t *p, nn_kpu_variant_t v, unsigned threads)
{
    nn_kpu_kernels_plan_t plan;
    if (v != NN_KPU_VARIANT_REF && (!nn_kpu_variant_available(v) || !nn_kpu_conv_fast_supports(p)))
        v = NN_KPU_VARIANT_REF;
    plan.variant = v;
    /* no more threads than channel blocks (depthwise layers go channel by channel) */
    uint32_t unit = p->depthwise ? 1 : NN_KPU_FAST_CHANNEL_BLOCK;
    uint32_t blocks = (p->out_c + unit - 1) / unit;
    plan.threads = v == NN_KPU_VARIANT_REF || threads == 0 ? 1 : threads < blocks ? threads : blocks;
    if (v == NN_KPU_VARIANT_REF)
        plan.scratch_bytes = nn_kpu_conv_ref_scratch_bytes(p);
    else
        plan.scratch_bytes = nn_kpu_fast_shared_bytes(p, ops[v].layout) + plan.threads * nn_kpu_fast_work_bytes(p);
    return plan;
}

nn_kpu_kernels_plan_t nn_kpu_kernels_plan(const nn_kpu_conv_params_t *p)
{
    return nn_kpu_kernels_plan_for(p, nn_kpu_kernels_variant(), nn_kpu_kernels_threads());
}

typedef struct job {
    const variant_ops_t *ops;
    const nn_kpu_conv_params_t *p;
    void *shared;
    uint8_t *work, *out;
    size_t work_bytes;
    unsigned threads, parts, channel_parts;
    uint32_t unit, blocks;
} job_t;

static void frame_part(void *arg, unsigned i, unsigned slot)
{
    const job_t *j = arg;
    (void)slot;
    j->ops->frame(j->p, j->shared, i, j->parts);
}

static void sums_part(void *arg, unsigned i, unsigned slot)
{
    const job_t *j = arg;
    (void)slot;
    j->ops->sums(j->p, j->shared, i, j->parts);
}

/* Part i of n: a contiguous run of channel blocks, the same split whatever thread takes it; the work
 * scratch is the running thread's. */
static void channels_part(void *arg, unsigned i, unsigned slot)
{
    const job_t *j = arg;
    uint32_t b0 = (uint32_t)((uint64_t)j->blocks * i / j->channel_parts);
    uint32_t b1 = (uint32_t)((uint64_t)j->blocks * (i + 1) / j->channel_parts);
    uint32_t o0 = b0 * j->unit, o1 = b1 * j->unit < j->p->out_c ? b1 * j->unit : j->p->out_c;
    if (o0 < o1)
        j->ops->channels(j->p, j->shared, o0, o1, j->out, j->work + (size_t)slot * j->work_bytes);
}

void nn_kpu_kernels_run(const nn_kpu_kernels_plan_t *plan, const nn_kpu_conv_params_t *p, const uint8_t *in_chw,
                        uint8_t *out_chw, void *scratch)
{
    if (plan->variant == NN_KPU_VARIANT_REF) {
        nn_kpu_conv_ref_u8(p, in_chw, out_chw, scratch);
        return;
    }
    const variant_ops_t *o = &ops[plan->variant];
    job_t j;
    j.ops = o;
    j.p = p;
    j.shared = scratch;
    j.work = (uint8_t *)scratch + nn_kpu_fast_shared_bytes(p, o->layout);
    j.work_bytes = nn_kpu_fast_work_bytes(p);
    j.out = out_chw;
    j.threads = plan->threads;
    j.parts = plan->threads > 1 ? plan->threads * NN_KPU_TASKS_PER_THREAD : 1;
    j.unit = p->depthwise ? 1 : NN_KPU_FAST_CHANNEL_BLOCK;
    j.blocks = (p->out_c + j.unit - 1) / j.unit;
    j.channel_parts = j.parts < j.blocks ? j.parts : j.blocks;
    nn_kpu_fast_layout(p, o->layout, in_chw, scratch);
    /* the input steps split by their own units (a part may be empty) */
    nn_kpu_threads_run(j.threads, j.parts, frame_part, &j);
    if (!p->depthwise)
        nn_kpu_threads_run(j.threads, j.parts, sums_part, &j);
    nn_kpu_threads_run(j.threads, j.channel_parts, channels_part, &j);
}
