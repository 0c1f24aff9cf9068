// Builds small kmodel V3 files the way nncase rc5 lays them out (spec
// kmodel-v3.md §1, §3.20), for tests that need models with chosen
// properties or defects.
#pragma once

#include <cstdint>
#include <vector>

namespace nfk {

using Bytes = std::vector<uint8_t>;

struct ConvSpec {
    uint32_t in_c = 1, out_c = 2, width = 8, height = 8;
    uint32_t kernel = 3;
    bool depthwise = false;
    uint32_t pool_type = 0;
    uint32_t src_line = 32768 - 8;
    uint32_t dst_line = 32768 - 16;
    bool main_out = true;
    uint32_t main_address = 0;
    uint8_t pad_value = 0;
    int64_t arg_x = 0, arg_w = 0, arg_add = 0;
    uint32_t shr_x = 0, shr_w = 0;
    int64_t bn_mul = 1, bn_add = 0;
    uint32_t bn_shift = 0;
    std::vector<uint16_t> weights;  // empty: 1, 2, 3, ... modulo 7
    bool identity_activation = true; // y = bn (segment 0 from 0, mul 1, shift 0), else rc5 standard table
};

class KmodelV3Builder {
public:
    explicit KmodelV3Builder(bool eight_bit = true) : eight_bit_(eight_bit) {}
    KmodelV3Builder &conv(const ConvSpec &spec);
    KmodelV3Builder &cpu(uint32_t type, const std::vector<uint32_t> &words, const Bytes &trailing = {});
    KmodelV3Builder &output(uint32_t address, uint32_t size);
    KmodelV3Builder &main_mem(uint32_t bytes) { main_mem_ = bytes; return *this; }
    Bytes build() const;

    // Offsets (in the built file) of interest to defect tests.
    struct Layout {
        uint32_t body_start = 0;
        std::vector<uint32_t> body_offsets;
        std::vector<uint32_t> arg_offsets; // per conv, in layer order
    };
    Layout layout() const;

private:
    struct Layer {
        uint32_t type;
        ConvSpec conv;
        std::vector<uint32_t> words;
        Bytes trailing;
    };
    Bytes assemble(Layout *layout) const;
    bool eight_bit_;
    uint32_t main_mem_ = 0;
    std::vector<Layer> layers_;
    std::vector<std::pair<uint32_t, uint32_t>> outputs_;
};

// The 12 words of a K210_CONV argument for the spec (pointers 0).
std::vector<uint64_t> conv_argument(const ConvSpec &spec);

// The parameter tables of a conv as nncase stores them: weights (u8, or u16 LE
// when !eight_bit), one batch-norm word per output channel, the 144-byte
// activation table (identity from 0, or rc5's standard table).
Bytes kpu_weights(const ConvSpec &spec, bool eight_bit);
Bytes kpu_batchnorm_table(const ConvSpec &spec);
Bytes kpu_activation_table(const ConvSpec &spec);

// One conv (1x8x8 -> 2x8x8, 3x3) streaming its 128 bytes to main 0, which is output 0.
Bytes simple_conv_model();

}  // namespace nfk
