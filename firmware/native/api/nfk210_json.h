/* A growing JSON text buffer and the pieces both model descriptions share
 * (internal to the host library). */
#ifndef NFK210_JSON_H
#define NFK210_JSON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nn_kpu_conv_ref.h"

typedef struct json {
    char *text;
    size_t len, cap;
    bool failed; /* out of memory: the text is abandoned */
} json_t;

/* Appends printf-style text. */
void nfk_json_put(json_t *j, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* "key": [d0, d1, ...] */
void nfk_json_dims(json_t *j, const char *key, const uint32_t *d, int n);

/* Name of a KPU pool type ("max 2x2 s2", ...; "" for bypass). */
const char *nfk_kpu_pool_name(uint32_t pool_type);

/* Appends the KPU constraint violations of one layer to a JSON array body
 * (`v` holds "[" and the entries so far). `what` names the layer, e.g.
 * "layer 3 (K210_CONV)". */
void nfk_kpu_violations(json_t *v, const char *what, const nn_kpu_conv_params_t *p);

#endif
