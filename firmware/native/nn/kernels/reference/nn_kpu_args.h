/* Decoding of the 12-word KPU layer argument (spec/kpu.md §4) into the
 * parameters of the reference maths. Shared by the emulator (which sees the
 * words in its FIFO) and the kmodel loaders (which check them before use). */
#ifndef NN_KPU_ARGS_H
#define NN_KPU_ARGS_H

#include <stdint.h>

#include "nn_kpu_conv_ref.h"
#include "nn_kpu_layout.h"

typedef struct nn_kpu_args {
    nn_kpu_conv_params_t conv; /* table pointers NULL, profile unset */
    uint32_t src_line, dst_line;
    nn_kpu_layout_t in_layout, out_layout; /* as the argument's fields give them */
    uint64_t weights_addr, batchnorm_addr, activation_addr;
    uint64_t dma_total_bytes; /* dma_total_byte + 1 */
    bool int_en, send_data_out;
} nn_kpu_args_t;

/* Decodes words; weights_16bit comes from eight_bit_mode (or the V3 header). */
void nn_kpu_args_decode(const uint64_t words[12], bool weights_16bit, nn_kpu_args_t *out);

/* Reads 12 little-endian words from a byte buffer. */
void nn_kpu_args_load(const uint8_t bytes[96], uint64_t words[12]);

/* NULL if the argument describes a layer the KPU model can run with the
 * standard layout inside KPU RAM; otherwise a readable reason. */
const char *nn_kpu_args_check(const nn_kpu_args_t *a);

#endif
