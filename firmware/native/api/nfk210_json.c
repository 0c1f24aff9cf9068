#include "nfk210_json.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

void nfk_json_put(json_t *j, const char *fmt, ...)
{
    if (j->failed)
        return;
    if (j->text == NULL) {
        j->text = malloc(256);
        if (j->text == NULL) {
            j->failed = true;
            return;
        }
        j->cap = 256;
    }
    for (;;) {
        va_list ap;
        va_start(ap, fmt);
        int n = vsnprintf(j->text + j->len, j->cap - j->len, fmt, ap);
        va_end(ap);
        if (n < 0) {
            j->failed = true;
            return;
        }
        if ((size_t)n < j->cap - j->len) {
            j->len += (size_t)n;
            return;
        }
        size_t cap = (j->cap + (size_t)n + 1) * 2;
        char *t = realloc(j->text, cap);
        if (t == NULL) {
            j->failed = true;
            return;
        }
        j->text = t;
        j->cap = cap;
    }
}

void nfk_json_dims(json_t *j, const char *key, const uint32_t *d, int n)
{
    nfk_json_put(j, "\"%s\": [", key);
    for (int i = 0; i < n; i++)
        nfk_json_put(j, "%s%u", i ? ", " : "", d[i]);
    nfk_json_put(j, "]");
}

const char *nfk_kpu_pool_name(uint32_t pool_type)
{
    static const char *names[] = { "none",      "max 2x2 s2",  "mean 2x2 s2", "max 4x4 s4",  "mean 4x4 s4",
                                   "pick 2x2 s2 left-top", "pick 2x2 s2 right-top", "pick 4x4 s4 left-top",
                                   "mean 2x2 s1", "max 2x2 s1" };
    return pool_type < 10 ? names[pool_type] : "undefined";
}

void nfk_kpu_violations(json_t *v, const char *what, const nn_kpu_conv_params_t *p)
{
    if (p->in_w > 320 || p->in_h > 240)
        nfk_json_put(v, "%s\"%s: input %ux%u exceeds the KPU's 320x240\"", v->len > 1 ? ", " : "", what, p->in_w,
                     p->in_h);
    if (p->out_w < 4 || p->out_h < 4 || p->in_w < 4 || p->in_h < 4)
        nfk_json_put(v, "%s\"%s: map %ux%u -> %ux%u is below the KPU's 4x4 minimum\"", v->len > 1 ? ", " : "", what,
                     p->in_w, p->in_h, p->out_w, p->out_h);
}
