/* Input, output and layer records of a model as small integer arrays, read from its description
 * (nfk_model_describe_json) with the rules of the managed ModelDescription: callers that cannot parse JSON (the
 * nanoCLR natives) get the same numbers the .NET host computes. */
#include "nfk210_api.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "nn_status.h"

/* ---- A reader for the description's JSON (our own, well-formed text; every step still stops at the end). ---- */

static const char *ws(const char *p)
{
    while (*p == ' ' || *p == '\n' || *p == '\r' || *p == '\t')
        p++;
    return p;
}

static const char *skip_value(const char *p);

static const char *skip_string(const char *p)
{
    p++; /* opening quote */
    while (*p != '\0' && *p != '"') {
        if (*p == '\\' && p[1] != '\0')
            p++;
        p++;
    }
    return *p == '"' ? p + 1 : p;
}

static const char *skip_container(const char *p, char close)
{
    p = ws(p + 1);
    while (*p != '\0' && *p != close) {
        p = skip_value(p);
        p = ws(p);
        if (*p == ':' || *p == ',')
            p = ws(p + 1);
    }
    return *p == close ? p + 1 : p;
}

static const char *skip_value(const char *p)
{
    p = ws(p);
    switch (*p) {
    case '"': return skip_string(p);
    case '{': return skip_container(p, '}');
    case '[': return skip_container(p, ']');
    case '\0': return p;
    default:
        while (*p != '\0' && *p != ',' && *p != '}' && *p != ']')
            p++;
        return p;
    }
}

/* The value of key in object p, or NULL. */
static const char *member(const char *p, const char *key)
{
    if (p == NULL || *(p = ws(p)) != '{')
        return NULL;
    size_t n = strlen(key);
    p = ws(p + 1);
    while (*p == '"') {
        bool match = strncmp(p + 1, key, n) == 0 && p[1 + n] == '"';
        p = ws(skip_string(p));
        if (*p != ':')
            return NULL;
        p = ws(p + 1);
        if (match)
            return p;
        p = ws(skip_value(p));
        if (*p == ',')
            p = ws(p + 1);
    }
    return NULL;
}

/* Element i of array p, or NULL. */
static const char *element(const char *p, int i)
{
    if (p == NULL || *(p = ws(p)) != '[' || i < 0)
        return NULL;
    p = ws(p + 1);
    for (int k = 0; *p != '\0' && *p != ']'; k++) {
        if (k == i)
            return p;
        p = ws(skip_value(p));
        if (*p == ',')
            p = ws(p + 1);
    }
    return NULL;
}

static int length(const char *p)
{
    int n = 0;
    while (element(p, n) != NULL)
        n++;
    return n;
}

static int64_t number(const char *p) { return p != NULL ? strtoll(ws(p), NULL, 10) : 0; }

static bool is_text(const char *p, const char *text)
{
    size_t n = strlen(text);
    return p != NULL && *(p = ws(p)) == '"' && strncmp(p + 1, text, n) == 0 && p[1 + n] == '"';
}

static bool is_true(const char *p) { return p != NULL && strncmp(ws(p), "true", 4) == 0; }

/* ---- ModelDescription's rules ---- */

/* The last three dimensions as C, H, W (missing leading ones are 1). */
static void chw(const char *shape, int32_t out[3])
{
    int n = length(shape);
    for (int k = 0; k < 3; k++) {
        int d = n - 3 + k;
        out[k] = d >= 0 ? (int32_t)number(element(shape, d)) : 1;
    }
}

static int32_t clamp_i32(int64_t v) { return v > INT32_MAX ? INT32_MAX : v < INT32_MIN ? INT32_MIN : (int32_t)v; }

static const char *describe(nfk_model *model, int *status)
{
    const char *json = nfk_model_describe_json(model);
    if (json == NULL)
        *status = nfk_last_error_code() != NN_OK ? nfk_last_error_code() : NN_ERR_STATE;
    return json;
}

NFK_API int nfk_model_input_info(nfk_model *model, int32_t info[5])
{
    int status = NN_OK;
    const char *root = describe(model, &status);
    if (root == NULL)
        return status;
    const char *input = element(member(root, "inputs"), 0);
    if (input == NULL)
        return NN_ERR_STATE;
    chw(member(input, "shape"), info);
    info[3] = is_text(member(input, "dtype"), "f32") ? 1 : 0;
    info[4] = clamp_i32(number(member(input, "bytes")));
    return NN_OK;
}

NFK_API int nfk_model_info_output_count(nfk_model *model)
{
    int status = NN_OK;
    const char *root = describe(model, &status);
    return root != NULL ? length(member(root, "outputs")) : 0;
}

NFK_API int nfk_model_info_layer_count(nfk_model *model)
{
    int status = NN_OK;
    const char *root = describe(model, &status);
    return root != NULL ? length(member(root, "layers")) : 0;
}

/* The layer that writes an output: the last one with a main-memory write range equal to the output's. */
static int writer_of(const char *layers, const char *output)
{
    int last = length(layers) - 1;
    const char *address = member(output, "address");
    if (address == NULL)
        return last;
    int64_t start = number(address), size = number(member(output, "bytes"));
    for (int i = last; i >= 0; i--) {
        const char *memory = member(element(layers, i), "memory");
        if (memory == NULL)
            return last;
        for (int k = 0; element(memory, k) != NULL; k++) {
            const char *m = element(memory, k);
            if (is_true(member(m, "write")) && is_text(member(m, "memory_type"), "main") &&
                number(member(m, "start")) == start && number(member(m, "size")) == size)
                return i;
        }
    }
    return last;
}

/* The output's shape: the nearest layer output at or before its writer with the right element count and a 3-D
 * (or 1xCxHxW) shape; false when the counts stop matching. */
static bool output_shape(const char *layers, const char *output, int64_t elements, int32_t out[3])
{
    for (int i = writer_of(layers, output); i >= 0; i--) {
        const char *shape = member(element(layers, i), "output_shape");
        int n = length(shape);
        int64_t count = 1;
        for (int d = 0; d < n; d++)
            count *= number(element(shape, d));
        if (count != elements)
            return false;
        if (n == 3 || (n == 4 && number(element(shape, 0)) == 1)) {
            chw(shape, out);
            return true;
        }
    }
    return false;
}

NFK_API int nfk_model_output_info(nfk_model *model, int index, int32_t info[5])
{
    int status = NN_OK;
    const char *root = describe(model, &status);
    if (root == NULL)
        return status;
    const char *layers = member(root, "layers");
    const char *output = element(member(root, "outputs"), index);
    if (output == NULL)
        return NN_ERR_ARGUMENT;
    int64_t bytes = number(member(output, "bytes"));
    bool is_float = is_text(member(output, "dtype"), "f32");
    if (!output_shape(layers, output, is_float ? bytes / 4 : bytes, info))
        info[0] = info[1] = info[2] = 0;
    info[3] = is_float ? 1 : 0;
    info[4] = clamp_i32(bytes);
    return NN_OK;
}

NFK_API int nfk_model_layer_info(nfk_model *model, int index, int32_t info[12], const char **type_name,
                                 size_t *type_name_size)
{
    int status = NN_OK;
    const char *root = describe(model, &status);
    if (root == NULL)
        return status;
    const char *l = element(member(root, "layers"), index);
    if (l == NULL)
        return NN_ERR_ARGUMENT;
    int32_t in[3], out[3];
    chw(member(l, "input_shape"), in);
    chw(member(l, "output_shape"), out);
    int64_t pool = number(member(l, "pool_type"));
    const char *kernel = member(l, "kernel");
    info[0] = clamp_i32(number(member(l, "code")));
    info[1] = is_text(member(l, "unit"), "KPU") ? 1 : 0;
    info[2] = in[0];
    info[3] = in[1];
    info[4] = in[2];
    info[5] = out[0];
    info[6] = out[1];
    info[7] = out[2];
    info[8] = is_true(member(l, "depthwise")) ? 1 : 0;
    info[9] = is_text(kernel, "1x1") ? 0 : is_text(kernel, "3x3") ? 1 : -1;
    info[10] = pool < 0 ? 0 : clamp_i32(pool);
    info[11] = clamp_i32(number(member(l, "weights_bytes")));
    if (type_name != NULL && type_name_size != NULL) {
        const char *type = ws(member(l, "type") != NULL ? member(l, "type") : "\"\"");
        const char *end = skip_string(type);
        *type_name = type + 1;
        *type_name_size = (size_t)(end - type) >= 2 ? (size_t)(end - type) - 2 : 0;
    }
    return NN_OK;
}
