/* libFuzzer target: the kmodel V5 reader and validator, the description, and
 * the V5 runtime (stackvm interpreter, tensor functions, k210 commands on the
 * KPU emulator) under a work budget, since the work of a V5 program is only
 * known as it runs. Any input must give a status, never a crash, an
 * out-of-bounds access or undefined behaviour (built with ASan + UBSan). */
#include <stdint.h>
#include <stdlib.h>

#include "fuzz_model.h"
#include "kmodel_v5.h"
#include "nfk210_host.h"
#include "nn_v5_runtime.h"

static void run_with_budget(const kmodel_v5_t *m, size_t size)
{
    nn_v5_memory_t need = nn_v5_memory_needs(m);
    if (need.arena_bytes > (64u << 20))
        return;
    void *arena = malloc(need.arena_bytes);
    nn_v5_runtime_t *rt = malloc(sizeof *rt);
    if (arena != NULL && rt != NULL && nfk_host_soc() != NULL) {
        nfk_host_lock();
        if (nn_v5_init(rt, m, arena, need.arena_bytes, nfk_host_backend(), NULL) == NN_OK) {
            rt->budget = FUZZ_MAX_WORK_TO_RUN;
            rt->fused = (size & 1) != 0;
            uint32_t bytes = nn_v5_input_bytes(rt, 0);
            uint8_t *input = bytes <= (1u << 20) ? malloc(bytes + 1) : NULL;
            if (input != NULL) {
                for (uint32_t i = 0; i < bytes; i++)
                    input[i] = (uint8_t)(i * 37 + size);
                for (int run = 0; run < 2; run++) {
                    uint32_t limit = run == 0 ? 0 : 1 + (uint32_t)(size % (rt->step_count + 1u));
                    if (nn_v5_run(rt, input, bytes, limit, NULL, NULL, NULL) != NN_OK)
                        continue;
                    for (uint32_t o = 0; o < rt->entry.outputs; o++) {
                        const uint8_t *out;
                        size_t out_size;
                        if (nn_v5_output(rt, o, &out, &out_size, NULL) == NN_OK && out_size > 0) {
                            volatile uint8_t sink = out[0] ^ out[out_size - 1];
                            (void)sink;
                        }
                    }
                }
                free(input);
            }
        }
        nfk_host_unlock();
    }
    free(rt);
    free(arena);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    kmodel_v5_t m;
    if (kmodel_v5_parse(data, size, &m, NULL) != NN_OK)
        return 0;
    fuzz_exercise_model(data, size, UINT64_MAX); /* the flat API: load, describe, layer statistics */
    run_with_budget(&m, size);
    return 0;
}
