/* Model description as JSON (schema in nfk210_api.h). */
#ifndef NFK210_DESCRIBE_H
#define NFK210_DESCRIBE_H

#include <stddef.h>

#include "kmodel_v3.h"
#include "kmodel_v4.h"

/* malloc'd JSON, or NULL when out of memory. */
char *nfk_describe_v3(const kmodel_v3_t *model, const char *profile, size_t sram_available);
char *nfk_describe_v4(const kmodel_v4_t *model, const char *profile, size_t sram_available);

#endif
