/* Flat C API of the host native library (libnfk210), for P/Invoke from C#.
 *
 * Every call returns an nfk_status (0 = OK). On failure the message of the
 * last error of that model (or of the thread, for calls without a model) is
 * available from nfk_last_error(). Strings are UTF-8, NUL-terminated.
 * The library emulates a K210: models live in an emulated 6 MiB SRAM and run
 * on the register-level KPU/DMAC emulator through the real KPU driver. */
#ifndef NFK210_API_H
#define NFK210_API_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#if defined(_WIN32)
#define NFK_API __declspec(dllexport)
#else
#define NFK_API __attribute__((visibility("default")))
#endif

typedef struct nfk_model nfk_model;

/* KPU rules that silicon has not settled (spec/kpu.md §10). */
enum nfk_profile {
    NFK_PROFILE_AUTO = 0,       /* V3 -> nncase-0.1, V4 and V5 -> nncase-0.2 */
    NFK_PROFILE_NNCASE_01 = 1,
    NFK_PROFILE_NNCASE_02 = 2,
    NFK_PROFILE_TRUNCATE = 3,
};

/* Last error message (thread-local); never NULL. */
NFK_API const char *nfk_last_error(void);
/* Numeric code of the last error (an nn_status value, see nn/runtime/nn_status.h). */
NFK_API int nfk_last_error_code(void);

/* Loads a kmodel V3, V4 or V5 from memory (the bytes are copied into emulated SRAM). */
NFK_API int nfk_model_load(const uint8_t *data, size_t size, int profile, nfk_model **out_model);
NFK_API void nfk_model_free(nfk_model *model);

/* Description of the model as JSON (format version, inputs, outputs, layers with
 * type/shapes/KPU-or-CPU/kernel/pool/weight bytes/MACs, memory needs, KPU
 * constraint violations). The string lives until the model is freed. */
/* JSON schema of nfk_model_describe_json (keys always present unless noted):
 * {
 *   "format": "kmodel V3", "version": 3, "profile": "nncase-0.1", "weights_bits": 8,
 *   "memory": { "file_bytes": n, "main_bytes": n, "kpu_ram_lines": n, "kpu_ram_bytes": n,
 *               "max_start_line": n, "sram_needed_bytes": n, "sram_available_bytes": n },
 *   "inputs":  [ { "index": 0, "shape": [c, h, w] or [n], "dtype": "u8"|"f32", "bytes": n,
 *                  "location": "kpu"|"main" } ],
 *   "outputs": [ { "index": i, "address": n, "bytes": n, "dtype": "u8"|"f32" } ],
 *   "layers":  [ { "index": i, "type": "K210_CONV", "code": 10240, "unit": "KPU"|"CPU",
 *                  "input_shape": [c, h, w], "output_shape": [c, h, w],
 *                  "kernel": "3x3"|"1x1"|"", "depthwise": bool, "pool": "max 2x2 s2"|"none" (KPU, no pool)|"" (CPU),
 *                  "pool_type": n (-1 when not a KPU layer), "weights_bytes": n, "macs": n,
 *                  "main_mem_out": bool, "detail": "free text" } ],
 *   "violations": [ "layer 3 (K210_CONV): input 400x300 exceeds 320x240", ... ]
 * }
 * kmodel V4 (nncase 0.2) files give the same keys, with these values and additions:
 *   "format": "kmodel V4", "version": 4, "weights_bits": 8, "target": "K210"|"CPU" (header target);
 *   "memory": adds "constants_bytes"; "kpu_ram_lines"/"kpu_ram_bytes" span the lowest to the highest
 *             KPU byte any input or node touches, "max_start_line" is the lowest line (0 if none);
 *   "inputs":  every input: "shape" [c, h, w] for one batch, else [n, c, h, w]; "nchw": [n, c, h, w];
 *              "bytes" = what the caller supplies (range size in main memory; N·C·H·W for a KPU input);
 *              "location": "kpu"|"main", "memory_type": "main"|"k210_kpu", "start", "size" (the range);
 *   "outputs": "address" = range start, "bytes" = range size, "dtype" from the range, "memory_type";
 *   "layers":  one per node: "type" = opcode name ("kpu_conv2d", "quantized_binary", ...), "code" = opcode,
 *              "unit": "KPU" for kpu_conv2d only (kpu_upload is a CPU copy); shapes 4-D NCHW (NHWC for
 *              cpu_* ops) where the body gives them, element counts for element-wise ops, [] for concat;
 *              "kernel" "KHxKW" for convs and pools; "pool"/"pool_type" for kpu_conv2d; "weights_bytes" =
 *              weights and biases inside the body; "main_mem_out": kpu_conv2d with a main_mem_output;
 *              plus "body_bytes" and "memory": [ { "role": "input"|"input b"|"table"|"output"|
 *              "KPU input map"|"KPU output map"|"main_mem_output", "item": n (concat input), "memory_type",
 *              "dtype", "start", "size", "write": bool } ];
 *   "violations": the same KPU limits, as "node 3 (kpu_conv2d): ...".
 * kmodel V5 (nncase 1.x) files give the same keys, with these values and additions:
 *   "format": "kmodel V5", "version": 5, "weights_bits": 8, "numbering": the nncase release whose tensor-function
 *   numbering the code decodes with, "float_rules": "plain"|"fma" (nfk_model_set_float_rules);
 *   "inputs": the entry function's: "shape" [c, h, w] for an N=1 4-D tensor, else its dims; "dims"; "bytes" = the
 *             range size; "location": "main", "start", "size";
 *   "outputs": "address" = range start, "bytes" = range size, "dtype", "shape" (the function record's dims);
 *   "memory": "main_bytes" = data pools + inputs/outputs, "data_bytes", "io_bytes", "kpu_pool_bytes",
 *             "kpu_ram_available_bytes" (2 MiB), "board_sram_bytes" (6 MiB); KPU lines as for V4 (k210 commands);
 *   "modules": [ { "index", "type": "stackvm"|"k210", "offset", "size", "rdata_bytes", "data_bytes", "kpu_bytes",
 *                  "text_bytes", "functions": [ { "index", "text_offset", "text_bytes", "inputs"/"outputs": [ {
 *                  "location", "dtype", "start", "size", "shape" } ], and "code": [ "00093 TENSOR DEQUANTIZE ..." ]
 *                  (stackvm: one line per instruction, code offset first) or "commands": [ { "offset", "op":
 *                  "kpu_upload"|"kpu_download"|"kpu_conv2d"|"copy", conv2d: "kernel", "depthwise", "input_shape",
 *                  "output_shape" [c, h, w], "pool", "pool_type", "pad_value", "src_line", "dst_line", "batches",
 *                  "weights_bytes", "macs", "weights"/"batchnorm"/"activation"/"main_mem_output" ranges; others:
 *                  "shape", "input", "output", "kpu_line" or "in_strides"/"out_strides" } ] } ] } ];
 *   "layers": one per tensor instruction of the entry function: "type" = the tensor function ("DEQUANTIZE", ...,
 *             "k210_call" with "unit": "KPU"), "code" = its number in the file, "code_offset"; shapes where the
 *             code states them with constants (STSHAPE), [] otherwise; a k210_call gives its function's first input
 *             and output shapes, the first KPU layer's kernel and pool, and the sums of weights and MACs.
 */
NFK_API const char *nfk_model_describe_json(nfk_model *model);

/* The byte size of input 0 as the caller supplies it (V3: the SDK's input; V4: the range size in main
 * memory, N·C·H·W of its shape for a KPU-resident input, which the library uploads in the KPU layout). */
NFK_API int nfk_model_input_size(nfk_model *model, size_t *out_bytes);

/* Runs the whole model on one input tensor (raw bytes, as the model's input is laid out). */
NFK_API int nfk_model_run(nfk_model *model, const uint8_t *input, size_t size);

/* Runs only the first layer_count layers (V4: nodes) on one input, as MaixPy's kpu.set_layers(net, n) before
 * kpu.forward does; 0 runs them all, like nfk_model_run. layer_count above the layer count, or negative, is an
 * argument error naming the maximum. After a partial run the model outputs are not available (nfk_model_output
 * fails): read the results of the layers that ran with nfk_model_layer_output. */
NFK_API int nfk_model_run_layers(nfk_model *model, const uint8_t *input, size_t size, int layer_count);

/* The result of layer (V4: node) `index` of the last run: its bytes, dense CHW (a map the layer left in KPU RAM
 * is copied out, into a buffer the model owns), shape [C, H, W] ([1, 1, elements] where the layer gives no
 * map shape; a V4 map of N batches has N*C channels) and element type (1: float32, 0: uint8). The data is valid
 * until the next run, the next call of this function, or free. kmodel V5: not available (its layers, the tensor
 * instructions, write into pools later ones reuse): an NN_ERR_UNSUPPORTED_LAYER error. Fails for an index that is not a layer, before
 * a run, for a layer the run did not reach, for a result a later layer of the run wrote over, and for a map
 * in KPU RAM when another model has run since. */
NFK_API int nfk_model_layer_output(nfk_model *model, int index, const uint8_t **out_data, size_t *out_size,
                                   int32_t out_shape[3], int *out_is_float);

NFK_API int nfk_model_output_count(nfk_model *model);
/* Pointer and byte size of output i after a run; valid until the next run or free. */
NFK_API int nfk_model_output(nfk_model *model, int index, const uint8_t **out_data, size_t *out_size);

/* Per-layer statistics of the last run (for bench). */
NFK_API int nfk_model_layer_count(nfk_model *model);
NFK_API int nfk_model_layer_stats(nfk_model *model, int index, uint64_t *out_nanoseconds,
                                  int *out_on_kpu, uint64_t *out_macs);

/* The description's facts as integer records (api/nfk210_model_info.c), with the rules of the managed
 * ModelDescription, for callers that cannot parse JSON (the nanoCLR natives):
 *   input:  [channels, height, width, is float, bytes] of input 0 (a flat input is [1, 1, n, ...]);
 *   output: the same for output `index` (the shape is 0s when it cannot be told);
 *   layer:  [code, on KPU, in C, in H, in W, out C, out H, out W, depthwise, kernel (0 1x1, 1 3x3, -1 none),
 *            pool type, weight bytes], and the layer's type name (not NUL-terminated; valid until the model is freed). */
NFK_API int nfk_model_input_info(nfk_model *model, int32_t info[5]);
NFK_API int nfk_model_info_output_count(nfk_model *model);
NFK_API int nfk_model_info_layer_count(nfk_model *model);
NFK_API int nfk_model_output_info(nfk_model *model, int index, int32_t info[5]);
NFK_API int nfk_model_layer_info(nfk_model *model, int index, int32_t info[12], const char **type_name,
                                 size_t *type_name_size);

/* Float rules of a kmodel V5's CPU kernels: 0 "plain" (every a*b+c rounded twice: nncase 1.0.0-beta2 built without
 * FMA, the primary reference) or 1 "fma" (quantize, dequantize and bilinear resize fuse a*b+c into one rounding, as
 * the Kendryte SDK's prebuilt RISC-V runtime does). Plain by default; an argument error for V3/V4 models. */
NFK_API int nfk_model_set_float_rules(nfk_model *model, int fused);

/* Not an nn_status: a file that cannot be opened or read (NativeStatus.FileUnreadable in the managed library). */
#define NFK_STATUS_FILE_UNREADABLE 100

/* Loads a kmodel file: the file is mapped, not read into a buffer, so its bytes land in model memory only once.
 * NFK_STATUS_FILE_UNREADABLE with "cannot read '<path>': <reason>" when the file cannot be opened. Host only. */
NFK_API int nfk_model_load_file(const char *path, int profile, nfk_model **out_model);

#ifdef __cplusplus
}
#endif

#endif
