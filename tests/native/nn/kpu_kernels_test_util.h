// Layers for the kernel tests: a parameter set with the tables it points to, a random generator that
// visits every shape, pool type and profile, and a runner for one variant at a given thread count.
#pragma once

#include <cstdint>
#include <random>
#include <string>
#include <vector>

extern "C" {
#include "nn_kpu_conv_ref.h"
#include "nn_kpu_kernels.h"
}

namespace kpu_test {

using Bytes = std::vector<uint8_t>;

struct Layer {
    nn_kpu_conv_params_t p{}; // table pointers are bound by run_variant
    Bytes weights, bn;
    nn_kpu_activation_t act{};

    // kernel x kernel, in_c -> out_c over h x w, no pooling, zero weights, bn = identity, act = identity from 0.
    static Layer simple(uint32_t kernel, uint32_t in_c, uint32_t out_c, uint32_t h, uint32_t w);
    void set_bn(int64_t mul, int64_t add, unsigned shift);
    std::string describe() const;
};

Bytes random_bytes(std::mt19937_64 &rng, size_t n);
// One segment from `start` with y = bn - start (mul 1, shift 0), all others unreachable or below.
nn_kpu_activation_t identity_from(int64_t start);
// Mode picks: fully random fields, nncase-like ascending tables, unsorted tables with big shifts.
nn_kpu_activation_t random_activation(std::mt19937_64 &rng, int mode);
// Case n: pool type n % 10, profile from n / 10, kernel/depthwise/16-bit from n / 30; sizes random.
Layer random_layer(std::mt19937_64 &rng, int n);
Bytes random_input(std::mt19937_64 &rng, const nn_kpu_conv_params_t &p);

// Runs the layer with an explicit variant (which must be available) and thread count.
Bytes run_variant(const Layer &layer, const Bytes &in, nn_kpu_variant_t variant, unsigned threads);
// Index of the first differing byte, or a.size() when equal (sizes must match).
size_t first_difference(const Bytes &a, const Bytes &b);

}  // namespace kpu_test
