#include "fuzz_model.h"

#include <stdlib.h>

#include "emu_log.h"
#include "nfk210_api.h"

static void quiet(const char *line, void *user)
{
    (void)line;
    (void)user;
}

static void touch_outputs(nfk_model *model)
{
    for (int i = 0; i < nfk_model_output_count(model); i++) {
        const uint8_t *out;
        size_t out_size;
        if (nfk_model_output(model, i, &out, &out_size) == 0 && out_size > 0) {
            volatile uint8_t sink = out[0] ^ out[out_size - 1];
            (void)sink;
        }
    }
}

/* A partial run (MaixPy's set_layers) of a size-chosen length, then every result it can give. */
static void touch_layer_results(nfk_model *model, const uint8_t *input, size_t input_bytes, size_t size)
{
    int layers = nfk_model_layer_count(model);
    if (layers <= 0)
        return;
    int limit = 1 + (int)(size % (size_t)layers);
    if (nfk_model_run_layers(model, input, input_bytes, limit) != 0)
        return;
    for (int i = 0; i < limit; i++) {
        const uint8_t *out;
        size_t out_size;
        int32_t shape[3];
        int is_float;
        if (nfk_model_layer_output(model, i, &out, &out_size, shape, &is_float) == 0 && out_size > 0) {
            volatile uint8_t sink = out[0] ^ out[out_size - 1];
            (void)sink;
        }
    }
}

void fuzz_exercise_model(const uint8_t *data, size_t size, uint64_t work)
{
    emu_log_set_sink(quiet, NULL);
    nfk_model *model = NULL;
    if (nfk_model_load(data, size, (int)(size % 4), &model) != 0)
        return;
    (void)nfk_model_describe_json(model);
    size_t input_bytes = 0;
    nfk_model_input_size(model, &input_bytes);
    uint8_t *input = work <= FUZZ_MAX_WORK_TO_RUN && input_bytes <= (1u << 20) ? malloc(input_bytes + 1) : NULL;
    if (input != NULL) {
        for (size_t i = 0; i < input_bytes; i++)
            input[i] = (uint8_t)(i * 37 + size);
        for (int run = 0; run < 2; run++)
            if (nfk_model_run(model, input, input_bytes) == 0)
                touch_outputs(model);
        touch_layer_results(model, input, input_bytes, size);
        free(input);
    }
    for (int i = 0; i < nfk_model_layer_count(model); i++) {
        uint64_t ns, macs;
        int on_kpu;
        nfk_model_layer_stats(model, i, &ns, &on_kpu, &macs);
    }
    nfk_model_free(model);
}
