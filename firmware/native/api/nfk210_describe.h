/* Model description as JSON (schema in nfk210_api.h). */
#ifndef NFK210_DESCRIBE_H
#define NFK210_DESCRIBE_H

#include <stdbool.h>
#include <stddef.h>

#include "kmodel_v3.h"
#include "kmodel_v4.h"
#include "nn_v5_runtime.h"

/* malloc'd JSON, or NULL when out of memory. */
char *nfk_describe_v3(const kmodel_v3_t *model, const char *profile, size_t sram_available);
char *nfk_describe_v4(const kmodel_v4_t *model, const char *profile, size_t sram_available);
char *nfk_describe_v5(const nn_v5_runtime_t *rt, const char *profile, size_t sram_available);
/* Whether tensor instruction `step` of a V5 entry function is a call into the k210 module; its tensor function. */
bool nfk_v5_step_info(const nn_v5_runtime_t *rt, uint32_t step, uint32_t *funct);

#endif
