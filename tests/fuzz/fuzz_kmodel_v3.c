/* libFuzzer target: the kmodel V3 parser, the runtime and the emulator behind
 * it. Any input must give a status, never a crash, an out-of-bounds access or
 * undefined behaviour (built with ASan + UBSan). Models whose KPU work is
 * large are parsed and described but not run, to keep executions fast. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "emu_log.h"
#include "kmodel_v3.h"
#include "nfk210_api.h"
#include "nn_v3_runtime.h"

#define MAX_MACS_TO_RUN (4u * 1000u * 1000u)

static void quiet(const char *line, void *user)
{
    (void)line;
    (void)user;
}

static uint64_t total_macs(const uint8_t *data, size_t size)
{
    kmodel_v3_t m;
    if (kmodel_v3_parse(data, size, &m, NULL) != NN_OK)
        return 0;
    uint64_t macs = 0;
    kmodel_v3_layer_t l = kmodel_v3_first_layer(&m);
    for (uint32_t i = 0; i < m.header.layers_length; i++) {
        if (i > 0)
            l = kmodel_v3_next_layer(&m, &l);
        macs += nn_v3_layer_macs(&m, &l);
        if (l.type != KMODEL_V3_K210_CONV)
            macs += l.body_size; /* CPU layers: roughly their data */
    }
    return macs;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    emu_log_set_sink(quiet, NULL);
    nfk_model *model = NULL;
    if (nfk_model_load(data, size, size % 4, &model) != 0)
        return 0;
    (void)nfk_model_describe_json(model);
    size_t input_bytes = 0;
    nfk_model_input_size(model, &input_bytes);
    if (total_macs(data, size) <= MAX_MACS_TO_RUN && input_bytes <= (1u << 20)) {
        uint8_t *input = malloc(input_bytes + 1);
        if (input != NULL) {
            for (size_t i = 0; i < input_bytes; i++)
                input[i] = (uint8_t)(i * 37 + size);
            if (nfk_model_run(model, input, input_bytes) == 0) {
                for (int i = 0; i < nfk_model_output_count(model); i++) {
                    const uint8_t *out;
                    size_t out_size;
                    if (nfk_model_output(model, i, &out, &out_size) == 0 && out_size > 0) {
                        volatile uint8_t sink = out[0] ^ out[out_size - 1];
                        (void)sink;
                    }
                }
            }
            free(input);
        }
    }
    nfk_model_free(model);
    return 0;
}
