/* kmodel V3 (nncase v0.1.0-rc5, Kendryte SDK) reader and validator
 * (spec/kmodel-v3.md). Parsing allocates nothing: the parsed model is a view
 * of the caller's bytes. After kmodel_v3_parse succeeds every offset, size,
 * main-buffer range and KPU RAM range the runtime will touch is known to be
 * inside its buffer. */
#ifndef KMODEL_V3_H
#define KMODEL_V3_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nn_status.h"

#define KMODEL_V3_HEADER_BYTES 28u
#define KMODEL_V3_ARCH_K210 0u

/* Layer type codes (kpu_model_layer_type_t). X(code, NAME, body bytes before trailing arrays) */
#define KMODEL_V3_LAYER_TYPES(X)                 \
    X(0, INVALID, 0)                             \
    X(1, ADD, 20)                                \
    X(2, QUANTIZED_ADD, 56)                      \
    X(3, GLOBAL_MAX_POOL2D, 0)                   \
    X(4, QUANTIZED_GLOBAL_MAX_POOL2D, 0)         \
    X(5, GLOBAL_AVERAGE_POOL2D, 20)              \
    X(6, QUANTIZED_GLOBAL_AVERAGE_POOL2D, 20)    \
    X(7, MAX_POOL2D, 64)                         \
    X(8, QUANTIZED_MAX_POOL2D, 60)               \
    X(9, AVERAGE_POOL2D, 64)                     \
    X(10, QUANTIZED_AVERAGE_POOL2D, 0)           \
    X(11, QUANTIZE, 24)                          \
    X(12, DEQUANTIZE, 24)                        \
    X(13, REQUANTIZE, 272)                       \
    X(14, L2_NORMALIZATION, 16)                  \
    X(15, SOFTMAX, 16)                           \
    X(16, CONCAT, 12)                            \
    X(17, QUANTIZED_CONCAT, 12)                  \
    X(18, FULLY_CONNECTED, 24)                   \
    X(19, QUANTIZED_FULLY_CONNECTED, 0)          \
    X(20, TENSORFLOW_FLATTEN, 24)                \
    X(21, QUANTIZED_TENSORFLOW_FLATTEN, 24)      \
    X(22, RESIZE_NEAREST_NEIGHBOR, 36)           \
    X(23, QUANTIZED_RESIZE_NEAREST_NEIGHBOR, 36) \
    X(24, CHANNELWISE_DEQUANTIZE, 20)            \
    X(25, LOGISTIC, 16)                          \
    X(10240, K210_CONV, 24)                      \
    X(10241, K210_ADD_PADDING, 16)               \
    X(10242, K210_REMOVE_PADDING, 16)            \
    X(10243, K210_UPLOAD, 24)

typedef enum kmodel_v3_layer_type {
#define KMODEL_V3_ENUM(code, name, bytes) KMODEL_V3_##name = code,
    KMODEL_V3_LAYER_TYPES(KMODEL_V3_ENUM)
#undef KMODEL_V3_ENUM
} kmodel_v3_layer_type_t;

typedef struct kmodel_v3_header {
    uint32_t version, flags, arch, layers_length, max_start_address, main_mem_usage, output_count;
} kmodel_v3_header_t;

typedef struct kmodel_v3 {
    const uint8_t *data;
    size_t size;
    kmodel_v3_header_t header;
    uint32_t body_start;
} kmodel_v3_t;

typedef struct kmodel_v3_layer {
    uint32_t index;
    uint32_t type;
    uint32_t body_size;
    uint32_t body_offset;
    const uint8_t *body;
} kmodel_v3_layer_t;

/* Main-buffer byte range a layer reads or writes. */
typedef struct kmodel_v3_range {
    uint64_t start, bytes;
    bool written;
} kmodel_v3_range_t;

#define KMODEL_V3_MAX_RANGES 4

/* Shape of the network input as the SDK infers it (spec §4). */
typedef struct kmodel_v3_input {
    bool on_kpu;           /* first layer K210_CONV: u8 CHW uploaded to KPU RAM */
    uint32_t c, h, w;      /* on_kpu; else c = number of f32 values, h = w = 1 */
    uint32_t main_address; /* FULLY_CONNECTED first layer: where the f32 go */
    uint32_t kpu_line;
    size_t bytes;
} kmodel_v3_input_t;

/* Validates the whole file. */
nn_status_t kmodel_v3_parse(const uint8_t *data, size_t size, kmodel_v3_t *out, nn_error_t *err);

/* Layer i (i < layers_length); bodies are found by summing body sizes, so
 * callers iterating all layers should use kmodel_v3_next_layer. */
kmodel_v3_layer_t kmodel_v3_first_layer(const kmodel_v3_t *m);
kmodel_v3_layer_t kmodel_v3_next_layer(const kmodel_v3_t *m, const kmodel_v3_layer_t *l);

void kmodel_v3_output(const kmodel_v3_t *m, uint32_t index, uint32_t *address, uint32_t *size);
nn_status_t kmodel_v3_input(const kmodel_v3_t *m, kmodel_v3_input_t *out, nn_error_t *err);

const char *kmodel_v3_layer_name(uint32_t type);
/* True for K210_CONV, the only layer the KPU computes. */
bool kmodel_v3_layer_on_kpu(uint32_t type);

/* Little-endian field access inside bodies. */
uint32_t kmodel_v3_u32(const uint8_t *body, uint32_t offset);
float kmodel_v3_f32(const uint8_t *body, uint32_t offset);

/* Main-buffer ranges of a (validated) layer; returns the count. */
int kmodel_v3_layer_ranges(const kmodel_v3_layer_t *l, kmodel_v3_range_t ranges[KMODEL_V3_MAX_RANGES]);

/* Input and output shapes of a (validated) layer as its body gives them: C x H x W (3 dims) for maps,
 * element counts (1 dim) for flat data, [channels, channel size] (2 dims) for channel-wise data. */
typedef struct kmodel_v3_shapes {
    uint32_t in[3], out[3];
    int in_dims, out_dims;
} kmodel_v3_shapes_t;

kmodel_v3_shapes_t kmodel_v3_layer_shapes(const kmodel_v3_t *m, const kmodel_v3_layer_t *l);

/* True when a layer of this type writes float32 values, false for uint8 (KPU maps, quantized layers). */
bool kmodel_v3_layer_writes_float(uint32_t type);

#endif
