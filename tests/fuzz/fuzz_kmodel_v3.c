/* libFuzzer target: the kmodel V3 parser, the runtime and the emulator behind
 * it. Any input must give a status, never a crash, an out-of-bounds access or
 * undefined behaviour (built with ASan + UBSan). Models whose KPU work is
 * large are parsed and described but not run, to keep executions fast. */
#include <stdint.h>

#include "fuzz_model.h"
#include "kmodel_v3.h"
#include "nn_v3_runtime.h"

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
    fuzz_exercise_model(data, size, total_macs(data, size));
    return 0;
}
