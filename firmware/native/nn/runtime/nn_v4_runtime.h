/* kmodel V4 runtime (nncase v0.2.0, spec/kmodel-v4.md §8): runs a validated
 * model node by node, in file order. kpu_conv2d goes through the backend (the
 * KPU driver, on the chip or the emulator), one job per batch item; every
 * other node calls a reference kernel.
 *
 * Memory: one caller-provided arena holds the model image (B0 + Σ body_size
 * bytes, copied to a 256-byte boundary so the KPU tables keep their file
 * alignment; a last body's missing padding is zero-filled, trailing data is
 * left out), the main pool and, for a KPU-resident input, a staging copy of it.
 * nn_v4_memory_needs says how much, before anything is allocated. */
#ifndef NN_V4_RUNTIME_H
#define NN_V4_RUNTIME_H

#include "kmodel_v4.h"
#include "nn_backend.h"
#include "nn_hook.h"
#include "nn_layer_output.h"

typedef struct nn_v4_memory {
    size_t file_bytes;  /* the model image kept */
    size_t main_bytes;  /* header.main_mem */
    size_t input_bytes; /* staging of a KPU-resident input 0 */
    size_t arena_bytes; /* all of it with alignment */
} nn_v4_memory_t;

typedef struct nn_v4_runtime {
    kmodel_v4_t model; /* view of the arena copy */
    uint8_t *main;
    uint8_t *input_stage;
    uint8_t *kpu_ram; /* the backend's CPU view, fetched per run */
    nn_backend_t backend;
    bool has_run;       /* the last run went through every node: the outputs are valid */
    uint32_t nodes_run; /* nodes the last run completed (0 after a failure) */
} nn_v4_runtime_t;

nn_v4_memory_t nn_v4_memory_needs(const kmodel_v4_t *model);

/* Copies the model into the arena (arena_bytes >= nn_v4_memory_needs().arena_bytes)
 * and clears the main pool. */
nn_status_t nn_v4_init(nn_v4_runtime_t *rt, const kmodel_v4_t *model, void *arena, size_t arena_bytes,
                       nn_backend_t backend, nn_error_t *err);

/* Writes input 0 (kmodel_v4_input_bytes bytes: the range's bytes in main
 * memory, or dense uint8 NCHW that is uploaded in the KPU layout) and runs the
 * nodes. node_limit: run only the first N nodes (0 = all), like MaixPy's
 * set_layers; after such a partial run only the results of the nodes that ran
 * are available (nn_v4_node_output), not the model outputs. */
nn_status_t nn_v4_run(nn_v4_runtime_t *rt, const uint8_t *input, size_t input_bytes, uint32_t node_limit,
                      nn_layer_hook_t hook, void *hook_user, nn_error_t *err);

/* Output i as nncase's output_at(i) gives it: the bytes of its memory range. */
nn_status_t nn_v4_output(const nn_v4_runtime_t *rt, uint32_t index, const uint8_t **data, size_t *size,
                         nn_error_t *err);

/* The result of node `index` after the last run: its output range (the
 * main_mem_output of a kpu_conv2d that has one), or the maps a kpu_conv2d or
 * kpu_upload left in KPU RAM. Shape C x H x W from an NCHW output shape with
 * N * C channels; flat for NHWC and shapeless outputs. Fails when the node does
 * not exist, did not run, or a later node of the run wrote over its result. */
nn_status_t nn_v4_node_output(const nn_v4_runtime_t *rt, uint32_t index, nn_layer_output_t *out, nn_error_t *err);

/* Multiply-accumulates of one node (KPU and CPU alike; 0 for data movement). */
uint64_t nn_v4_node_macs(const kmodel_v4_t *model, const kmodel_v4_node_t *node);

#endif
