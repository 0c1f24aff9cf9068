/* kmodel V3 runtime: runs a validated model layer by layer, in file order,
 * as the SDK's kpu_run_kmodel does (spec/kmodel-v3.md §5). KPU layers go
 * through the backend; CPU layers call the reference kernels.
 *
 * Memory: one caller-provided arena holds the model bytes (copied to a
 * 256-byte boundary, as the SDK requires), the main buffer and an input
 * staging area. nn_v3_arena_bytes says how much, before anything is allocated. */
#ifndef NN_V3_RUNTIME_H
#define NN_V3_RUNTIME_H

#include "kmodel_v3.h"
#include "nn_backend.h"
#include "nn_hook.h"
#include "nn_layer_output.h"

typedef struct nn_v3_memory {
    size_t file_bytes;
    size_t main_bytes;  /* main_mem_usage plus the DMA's final-word slack */
    size_t input_bytes;
    size_t arena_bytes; /* all of it with alignment */
} nn_v3_memory_t;


typedef struct nn_v3_runtime {
    kmodel_v3_t model; /* view of the arena copy */
    kmodel_v3_input_t input;
    uint8_t *main;
    uint8_t *input_stage;
    nn_backend_t backend;
    bool has_run;        /* the last run went through every layer: the outputs are valid */
    uint32_t layers_run; /* layers the last run completed (0 after a failure) */
} nn_v3_runtime_t;

/* Memory a model needs. `model` is a parsed view of the caller's bytes. */
nn_v3_memory_t nn_v3_memory_needs(const kmodel_v3_t *model);

/* Copies the model into the arena (arena_bytes >= nn_v3_memory_needs().arena_bytes). */
nn_status_t nn_v3_init(nn_v3_runtime_t *rt, const kmodel_v3_t *model, void *arena, size_t arena_bytes,
                       nn_backend_t backend, nn_error_t *err);

/* Runs the model on one input (raw bytes laid out as kmodel_v3_input says).
 * layer_limit: run only the first N layers (0 = all), like MaixPy's set_layers;
 * after such a partial run the model outputs are not available, only the
 * results of the layers that ran (nn_v3_layer_output). */
nn_status_t nn_v3_run(nn_v3_runtime_t *rt, const uint8_t *input, size_t input_bytes, uint32_t layer_limit,
                      nn_layer_hook_t hook, void *hook_user, nn_error_t *err);

/* Output i as kpu_get_output returns it: main + address, size. */
nn_status_t nn_v3_output(const nn_v3_runtime_t *rt, uint32_t index, const uint8_t **data, size_t *size,
                         nn_error_t *err);

/* The result of layer `index` after the last run: the main-buffer range it
 * wrote, or the map it left in KPU RAM (a K210_CONV without a main-memory
 * copy, K210_ADD_PADDING, K210_UPLOAD). Fails when the layer does not exist,
 * did not run, or a later layer of the run wrote over its result. */
nn_status_t nn_v3_layer_output(const nn_v3_runtime_t *rt, uint32_t index, nn_layer_output_t *out, nn_error_t *err);

/* Multiply-accumulates of one layer (KPU and CPU alike). */
uint64_t nn_v3_layer_macs(const kmodel_v3_t *model, const kmodel_v3_layer_t *layer);

#endif
