/* libFuzzer target: the kmodel V4 parser, the V4 runtime with every kernel,
 * and the KPU emulator behind it. Any input must give a status, never a
 * crash, an out-of-bounds access or undefined behaviour (built with ASan +
 * UBSan). Models whose work is large are parsed and described but not run,
 * to keep executions fast. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "emu_log.h"
#include "kmodel_v4.h"
#include "nfk210_api.h"
#include "nn_v4_runtime.h"

#define MAX_WORK_TO_RUN (4u * 1000u * 1000u)

static void quiet(const char *line, void *user)
{
    (void)line;
    (void)user;
}

static bool add_bytes(void *user, const kmodel_v4_access_t *a)
{
    uint64_t *work = user;
    *work += a->bytes;
    return true;
}

/* MACs plus every byte each node touches: a bound on the run's cost. */
static uint64_t total_work(const uint8_t *data, size_t size)
{
    kmodel_v4_t m;
    if (kmodel_v4_parse(data, size, &m, NULL) != NN_OK)
        return 0;
    uint64_t work = 0;
    kmodel_v4_node_t n = kmodel_v4_first_node(&m);
    for (uint32_t i = 0; i < m.header.nodes && work <= MAX_WORK_TO_RUN; i++) {
        if (i > 0)
            n = kmodel_v4_next_node(&m, &n);
        kmodel_v4_op_t op;
        if (kmodel_v4_decode(&m, &n, &op, NULL) != NN_OK)
            return UINT64_MAX;
        work += nn_v4_node_macs(&m, &n);
        kmodel_v4_for_each_access(&op, add_bytes, &work);
        if (n.opcode == KMODEL_V4_OP_nnil_unary_method)
            work += (uint64_t)op.in.size / 4 * op.u.nnil.length;
    }
    return work;
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
    if (total_work(data, size) <= MAX_WORK_TO_RUN && input_bytes <= (1u << 20)) {
        uint8_t *input = malloc(input_bytes + 1);
        if (input != NULL) {
            for (size_t i = 0; i < input_bytes; i++)
                input[i] = (uint8_t)(i * 37 + size);
            for (int run = 0; run < 2; run++) /* a second run starts from what the first left */
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
    for (int i = 0; i < nfk_model_layer_count(model); i++) {
        uint64_t ns, macs;
        int on_kpu;
        nfk_model_layer_stats(model, i, &ns, &on_kpu, &macs);
    }
    nfk_model_free(model);
    return 0;
}
