/* Per-layer callback of the kmodel runtimes (timing for bench, tracing). */
#ifndef NN_HOOK_H
#define NN_HOOK_H

#include <stdbool.h>
#include <stdint.h>

/* Called before (done = false) and after (done = true) every layer or node;
 * type is the V3 layer type or the V4 opcode. */
typedef void (*nn_layer_hook_t)(void *user, uint32_t index, uint32_t type, bool on_kpu, bool done);

#endif
