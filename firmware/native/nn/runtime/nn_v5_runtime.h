/* kmodel V5 runtime (nncase 1.0.0-beta2 semantics, spec/kmodel-v5.md): runs
 * the entry stackvm function of a validated model; TENSOR CALL runs k210
 * functions, whose KPU commands go through the backend (the KPU driver, on
 * the chip or the emulator) exactly as V3/V4 layers do. Tensor functions call
 * the reference kernels of nn_v5_ref.h.
 *
 * Addresses on the evaluation stack are not host pointers: LEA_BUFFER pushes
 * (region << 40 | offset), region = a module's rdata or data pool, or one of
 * the entry function's inputs or outputs. Every tensor a kernel will touch is
 * resolved against its region (all elements its shape and strides reach)
 * before the kernel runs, so a program cannot reach memory outside the model.
 *
 * Memory: one caller-provided arena holds the model image (copied to the
 * file's alignment, 256 with a k210 module, so the KPU tables keep it), every
 * module's data pool, the entry function's input and output tensors and the
 * shape/paddings registers. nn_v5_memory_needs says how much. */
#ifndef NN_V5_RUNTIME_H
#define NN_V5_RUNTIME_H

#include "kmodel_v5.h"
#include "nn_backend.h"
#include "nn_hook.h"
#include "nn_v5_ref.h"

#define NN_V5_REGISTERS 256u /* shape and paddings registers: ids are one byte */
#define NN_V5_STACK_DEPTH 256u

typedef struct nn_v5_memory {
    size_t file_bytes; /* the model image kept */
    size_t data_bytes; /* Σ module data pools */
    size_t io_bytes;   /* entry function inputs and outputs */
    size_t regs_bytes; /* shape and paddings registers */
    size_t kpu_bytes;  /* KPU RAM the k210 module declares (not in the arena) */
    size_t arena_bytes;
} nn_v5_memory_t;

typedef struct nn_v5_shape_reg {
    uint8_t set, rank;
    uint32_t dims[NN_V5_MAX_RANK];
} nn_v5_shape_reg_t;

typedef struct nn_v5_pad_reg {
    uint8_t set, rank;
    int32_t before[NN_V5_MAX_RANK], after[NN_V5_MAX_RANK];
} nn_v5_pad_reg_t;

typedef struct nn_v5_runtime {
    kmodel_v5_t model; /* view of the arena copy */
    kmodel_v5_function_t entry;
    uint8_t *data[KMODEL_V5_MAX_MODULES];
    uint8_t *inputs[KMODEL_V5_MAX_TENSORS];
    uint8_t *outputs[KMODEL_V5_MAX_TENSORS];
    nn_v5_shape_reg_t *shapes;
    nn_v5_pad_reg_t *paddings;
    uint8_t *kpu_ram;
    nn_backend_t backend;
    bool fused;          /* quantize/dequantize/bilinear a*b+c with one rounding (the SDK's board build) */
    bool has_run;
    uint64_t budget;     /* 0, or the most work one run may do (instructions + elements + KPU MACs): for fuzzing */
    uint64_t work;       /* work of the current run */
    uint32_t steps_run;  /* tensor instructions the last run completed */
    uint32_t step_count; /* tensor instructions in the entry function */
} nn_v5_runtime_t;

nn_v5_memory_t nn_v5_memory_needs(const kmodel_v5_t *model);

/* Copies the model into the arena and clears the pools. */
nn_status_t nn_v5_init(nn_v5_runtime_t *rt, const kmodel_v5_t *model, void *arena, size_t arena_bytes,
                       nn_backend_t backend, nn_error_t *err);

/* Bytes of entry input i (its memory range). */
uint32_t nn_v5_input_bytes(const nn_v5_runtime_t *rt, uint32_t index);

/* Writes input 0 (exactly nn_v5_input_bytes(rt, 0) bytes) and runs the entry function. step_limit: stop after that
 * many tensor instructions (0 = all); the outputs are then not available. The hook sees every tensor instruction
 * (index = its number in program order, type = tensor function, on_kpu = a TENSOR CALL into a k210 function). */
nn_status_t nn_v5_run(nn_v5_runtime_t *rt, const uint8_t *input, size_t input_bytes, uint32_t step_limit,
                      nn_layer_hook_t hook, void *hook_user, nn_error_t *err);

/* Output i after a full run: the bytes of the entry function's output tensor. */
nn_status_t nn_v5_output(const nn_v5_runtime_t *rt, uint32_t index, const uint8_t **data, size_t *size,
                         nn_error_t *err);

#endif
