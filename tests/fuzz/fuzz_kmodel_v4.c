/* libFuzzer target: the kmodel V4 parser, the V4 runtime with every kernel,
 * and the KPU emulator behind it. Any input must give a status, never a
 * crash, an out-of-bounds access or undefined behaviour (built with ASan +
 * UBSan). Models whose work is large are parsed and described but not run,
 * to keep executions fast. */
#include <stdint.h>

#include "fuzz_model.h"
#include "kmodel_v4.h"
#include "nn_v4_runtime.h"

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
    for (uint32_t i = 0; i < m.header.nodes && work <= FUZZ_MAX_WORK_TO_RUN; i++) {
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
    fuzz_exercise_model(data, size, total_work(data, size));
    return 0;
}
