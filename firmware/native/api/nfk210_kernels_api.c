#include "nfk210_kernels.h"

#include "nfk210_host.h"
#include "nn_kpu_kernels.h"
#include "nn_status.h"

NFK_API const char *nfk_kernels_variant(void) { return nn_kpu_variant_name(nn_kpu_kernels_variant()); }

NFK_API int nfk_kernels_set_variant(const char *name)
{
    nn_error_t err;
    nn_kpu_variant_t v;
    if (name == NULL)
        nn_fail(&err, NN_ERR_ARGUMENT, "kernel variant name is null");
    else if (!nn_kpu_variant_parse(name, &v))
        nn_fail(&err, NN_ERR_ARGUMENT, "unknown kernel variant '%s' (ref, opt, avx2, avx512)", name);
    else {
        const char *why = nn_kpu_kernels_select(v);
        if (why == NULL)
            return 0;
        nn_fail(&err, NN_ERR_ARGUMENT, "kernel variant '%s' is not available: %s", name, why);
    }
    return nfk_model_fail_from(&err);
}

NFK_API int nfk_kernels_set_threads(int n)
{
    if (n < 0) {
        nn_error_t err;
        nn_fail(&err, NN_ERR_ARGUMENT, "thread count %d is negative (0 means one per core)", n);
        return nfk_model_fail_from(&err);
    }
    nn_kpu_kernels_set_threads((unsigned)n);
    return 0;
}

NFK_API int nfk_kernels_threads(void) { return (int)nn_kpu_kernels_threads(); }
