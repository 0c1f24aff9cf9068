// The optimized V4 CPU kernels (nn/kernels/fast/nn_v4_fast.h) against the reference ones, byte for byte:
// quantized_conv2d on random layers (strides, dilations, paddings including negative ones, groups, offsets,
// widths past the kernel's accumulator block) for each inner loop this CPU can run; quantized_binary; pad,
// transpose and quantize.
#include <algorithm>
#include <cmath>
#include <cstring>
#include <cstdio>
#include <random>
#include <string>
#include <vector>

#include <gtest/gtest.h>

extern "C" {
#include "nn_kpu_kernels.h"
#include "nn_v4_fast.h"
#include "nn_v4_ref.h"
}

namespace {

using Bytes = std::vector<uint8_t>;

struct Layer {
    nn_v4_conv2d_params_t p{};
    Bytes in, weights, bias;
    size_t out_bytes = 0;
};

int pick(std::mt19937 &rng, int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }

// A random valid layer; `wide` gives rows longer than the 4096-output accumulator block.
Layer random_layer(std::mt19937 &rng, bool wide)
{
    Layer l;
    nn_v4_conv2d_params_t &p = l.p;
    p.groups = pick(rng, 1, 3);
    int ic = p.groups * pick(rng, 1, 4), oc = p.groups * pick(rng, 1, 3);
    p.in_shape = { { pick(rng, 1, 2), ic, pick(rng, 1, 12), wide ? pick(rng, 4100, 4400) : pick(rng, 1, 50) } };
    p.out_channels = oc;
    nn_window2d_t &w = p.win;
    w.filter_h = pick(rng, 1, 3), w.filter_w = pick(rng, 1, 3);
    w.stride_h = pick(rng, 1, 3), w.stride_w = pick(rng, 1, 3);
    w.dilation_h = pick(rng, 1, 5), w.dilation_w = pick(rng, 1, 5);
    w.pad_h = { pick(rng, -1, 4), pick(rng, -1, 4) };
    w.pad_w = { pick(rng, -1, 4), pick(rng, -1, 4) };
    // keep at least one output in each direction
    while (nn_v4_windowed_size(p.in_shape.d[2], w.filter_h, w.stride_h, w.dilation_h, w.pad_h) < 1)
        w.pad_h.after++;
    while (nn_v4_windowed_size(p.in_shape.d[3], w.filter_w, w.stride_w, w.dilation_w, w.pad_w) < 1)
        w.pad_w.after++;
    p.input_offset = pick(rng, -255, 255);
    p.filter_offset = pick(rng, -255, 255);
    p.out = { pick(rng, 1, 1 << 30), pick(rng, 0, 45), pick(rng, -300, 300) };
    size_t in_n = static_cast<size_t>(p.in_shape.d[0]) * ic * p.in_shape.d[2] * p.in_shape.d[3];
    l.in.resize(in_n);
    l.weights.resize(static_cast<size_t>(oc) * (ic / p.groups) * w.filter_h * w.filter_w);
    l.bias.resize(4 * static_cast<size_t>(oc));
    for (auto *b : { &l.in, &l.weights, &l.bias })
        for (uint8_t &v : *b)
            v = static_cast<uint8_t>(rng());
    p.weights = l.weights.data();
    p.bias = l.bias.data();
    int64_t oh = nn_v4_windowed_size(p.in_shape.d[2], w.filter_h, w.stride_h, w.dilation_h, w.pad_h);
    int64_t ow = nn_v4_windowed_size(p.in_shape.d[3], w.filter_w, w.stride_w, w.dilation_w, w.pad_w);
    l.out_bytes = static_cast<size_t>(p.in_shape.d[0]) * oc * oh * ow;
    return l;
}

std::string describe(const nn_v4_conv2d_params_t &p)
{
    const nn_window2d_t &w = p.win;
    return "in " + std::to_string(p.in_shape.d[0]) + "x" + std::to_string(p.in_shape.d[1]) + "x" +
           std::to_string(p.in_shape.d[2]) + "x" + std::to_string(p.in_shape.d[3]) + " oc " +
           std::to_string(p.out_channels) + " groups " + std::to_string(p.groups) + " filter " +
           std::to_string(w.filter_h) + "x" + std::to_string(w.filter_w) + " stride " + std::to_string(w.stride_h) +
           "x" + std::to_string(w.stride_w) + " dilation " + std::to_string(w.dilation_h) + "x" +
           std::to_string(w.dilation_w) + " pad h " + std::to_string(w.pad_h.before) + "," +
           std::to_string(w.pad_h.after) + " w " + std::to_string(w.pad_w.before) + "," +
           std::to_string(w.pad_w.after);
}

void expect_same_as_reference(nn_kpu_variant_t v, bool wide, int layers, unsigned seed)
{
    std::mt19937 rng(seed);
    for (int i = 0; i < layers; i++) {
        Layer l = random_layer(rng, wide);
        Bytes want(l.out_bytes + 1, 0xA5), got(l.out_bytes + 1, 0xA5); // one guard byte past the end
        nn_v4_quantized_conv2d_ref_u8(l.in.data(), want.data(), &l.p);
        unsigned threads = 1 + i % 3;  // the channels split over 1, 2 or 3 threads: the same bytes
        nn_v4_conv_taps_t taps = nn_v4_conv_taps_for(v);
        nn_v4_quantized_conv2d_fast_u8(l.in.data(), got.data(), &l.p, &taps, threads);
        ASSERT_EQ(got, want) << nn_kpu_variant_name(v) << " layer " << i << " on " << threads
                             << " thread(s): " << describe(l.p);
    }
}

}  // namespace

TEST(V4FastKernels, QuantizedConv2dEqualsTheReferenceOnRandomLayers)
{
    for (int v = NN_KPU_VARIANT_OPT; v < NN_KPU_VARIANT_COUNT; v++) {
        if (!nn_kpu_variant_available(static_cast<nn_kpu_variant_t>(v))) {
            std::printf("note: %s is not available here\n", nn_kpu_variant_name(static_cast<nn_kpu_variant_t>(v)));
            continue;
        }
        expect_same_as_reference(static_cast<nn_kpu_variant_t>(v), false, 400, 11u + v);
        expect_same_as_reference(static_cast<nn_kpu_variant_t>(v), true, 6, 101u + v);
    }
}

TEST(V4FastKernels, QuantizedConv2dWrapsLikeTheReferenceOnExtremeOffsets)
{
    // 255 + 2^31-ish offsets make every product and the sum wrap modulo 2^32, as the reference's int32 does
    std::mt19937 rng(5);
    for (int v = NN_KPU_VARIANT_OPT; v < NN_KPU_VARIANT_COUNT; v++) {
        if (!nn_kpu_variant_available(static_cast<nn_kpu_variant_t>(v)))
            continue;
        for (int i = 0; i < 50; i++) {
            Layer l = random_layer(rng, false);
            l.p.input_offset = INT32_MAX - pick(rng, 0, 255);
            l.p.filter_offset = INT32_MIN + pick(rng, 0, 255);
            Bytes want(l.out_bytes), got(l.out_bytes);
            nn_v4_quantized_conv2d_ref_u8(l.in.data(), want.data(), &l.p);
            nn_v4_conv_taps_t taps = nn_v4_conv_taps_for(static_cast<nn_kpu_variant_t>(v));
            nn_v4_quantized_conv2d_fast_u8(l.in.data(), got.data(), &l.p, &taps, 2);
            ASSERT_EQ(got, want) << describe(l.p);
        }
    }
}

TEST(V4FastKernels, QuantizedConv2dByChannelPairsHoldsAtTheSixteenBitEdges)
{
    // channel pairs take (x + input_offset) and (w + filter_offset) as int16: the offsets at the edges of that
    // (products up to 2^30, two of them summed in one int32 lane) and one past them (channels one by one)
    std::mt19937 rng(21);
    const int32_t edges[][2] = {{INT16_MAX - 255, INT16_MIN}, {INT16_MIN, INT16_MIN}, {INT16_MIN, INT16_MAX - 255},
                                {INT16_MAX - 254, 0}, {0, INT16_MIN - 1}};
    for (int v = NN_KPU_VARIANT_OPT; v < NN_KPU_VARIANT_COUNT; v++) {
        if (!nn_kpu_variant_available(static_cast<nn_kpu_variant_t>(v)))
            continue;
        nn_v4_conv_taps_t taps = nn_v4_conv_taps_for(static_cast<nn_kpu_variant_t>(v));
        for (const auto &e : edges)
            for (int i = 0; i < 20; i++) {
                Layer l = random_layer(rng, false);
                l.p.groups = 1;
                l.p.in_shape.d[1] = 2 * pick(rng, 1, 3); // even: pairs wherever the offsets allow
                l.in.resize(static_cast<size_t>(l.p.in_shape.d[0]) * l.p.in_shape.d[1] * l.p.in_shape.d[2] *
                            l.p.in_shape.d[3]);
                l.weights.resize(static_cast<size_t>(l.p.out_channels) * l.p.in_shape.d[1] * l.p.win.filter_h *
                                 l.p.win.filter_w);
                for (auto *b : {&l.in, &l.weights})
                    for (uint8_t &x : *b)
                        x = static_cast<uint8_t>(rng() % 3 == 0 ? 255 : rng() % 2 ? 0 : rng());
                l.p.weights = l.weights.data();
                l.p.input_offset = e[0];
                l.p.filter_offset = e[1];
                Bytes want(l.out_bytes), got(l.out_bytes);
                nn_v4_quantized_conv2d_ref_u8(l.in.data(), want.data(), &l.p);
                nn_v4_quantized_conv2d_fast_u8(l.in.data(), got.data(), &l.p, &taps, 1 + i % 2);
                ASSERT_EQ(got, want) << nn_kpu_variant_name(static_cast<nn_kpu_variant_t>(v)) << " offsets " << e[0]
                                     << ", " << e[1] << ": " << describe(l.p);
            }
    }
}

namespace {

// A random quantized_binary: shapes equal or broadcast (each input dim 1, the out dim, or for `odd` any smaller
// size, which the reference reads as index 0 past its end), every op, random requantisations.
nn_v4_quantized_binary_params_t random_binary(std::mt19937 &rng, Bytes &a, Bytes &b)
{
    nn_v4_quantized_binary_params_t p{};
    p.op = static_cast<nn_v4_binary_op_t>(pick(rng, NN_V4_ADD, NN_V4_MAX));
    for (int k = 0; k < 4; k++) {
        int out = pick(rng, 1, k == 3 ? 40 : 4);
        p.out_shape.d[k] = out;
        for (nn_shape4_t *s : { &p.a_shape, &p.b_shape }) {
            int kind = pick(rng, 0, 3);
            s->d[k] = kind == 0 ? 1 : kind == 1 ? pick(rng, 1, out) : out;
        }
    }
    if (pick(rng, 0, 2) == 0)
        p.b_shape = p.a_shape; // the reference's flat same-shape loop
    p.a_offset = pick(rng, -255, 255), p.b_offset = pick(rng, -255, 255);
    p.a_mul = pick(rng, -(1 << 20), 1 << 20), p.b_mul = pick(rng, -(1 << 20), 1 << 20);
    p.a_shift = pick(rng, 0, 40), p.b_shift = pick(rng, 0, 40);
    p.out = { pick(rng, 1, 1 << 28), pick(rng, 0, 45), pick(rng, -300, 300) };
    a.resize(nn_shape4_count(&p.a_shape));
    b.resize(nn_shape4_count(&p.b_shape));
    for (auto *v : { &a, &b })
        for (uint8_t &x : *v)
            x = static_cast<uint8_t>(rng());
    return p;
}

}  // namespace

TEST(V4FastKernels, QuantizedBinaryEqualsTheReferenceIncludingBroadcastAndDivisionByZero)
{
    std::mt19937 rng(3);
    int refused = 0;
    for (int i = 0; i < 3000; i++) {
        Bytes a, b;
        nn_v4_quantized_binary_params_t p = random_binary(rng, a, b);
        if (p.op == NN_V4_DIV && pick(rng, 0, 1) == 0)
            p.b_mul = 0; // every divisor requantises to 0: the first element is refused
        uint64_t n = std::max(nn_shape4_count(&p.out_shape), nn_shape4_count(&p.a_shape));
        Bytes want(n, 0x5A), got(n, 0x5A);
        uint64_t bad_want = UINT64_MAX, bad_got = UINT64_MAX;
        bool ok_want = nn_v4_quantized_binary_ref_u8(a.data(), b.data(), want.data(), &p, &bad_want);
        bool ok_got = nn_v4_quantized_binary_fast_u8(a.data(), b.data(), got.data(), &p, &bad_got, 1 + i % 2);
        ASSERT_EQ(ok_got, ok_want) << "case " << i;
        ASSERT_EQ(bad_got, bad_want) << "case " << i;
        ASSERT_EQ(got, want) << "case " << i << " op " << p.op;
        refused += ok_want ? 0 : 1;
    }
    EXPECT_GT(refused, 50); // the division-by-zero path was exercised
}

TEST(V4FastKernels, QuantizedBinaryOnLargeInputsIsTheSameOnOneTwoOrThreeThreads)
{
    std::mt19937 rng(8);
    for (int op = NN_V4_ADD; op <= NN_V4_MAX; op++) {
        if (op == NN_V4_DIV)
            continue;
        Bytes a, b;
        nn_v4_quantized_binary_params_t p = random_binary(rng, a, b);
        p.op = static_cast<nn_v4_binary_op_t>(op);
        p.a_shape = p.b_shape = p.out_shape = { { 1, 15, 41, 61 } };  // 37515 elements: split in two unequal parts
        a.resize(nn_shape4_count(&p.a_shape));
        b.resize(a.size());
        for (auto *v : { &a, &b })
            for (uint8_t &x : *v)
                x = static_cast<uint8_t>(rng());
        Bytes want(a.size() + 1, 0x5A);
        uint64_t bad = UINT64_MAX;
        ASSERT_TRUE(nn_v4_quantized_binary_ref_u8(a.data(), b.data(), want.data(), &p, &bad));
        for (unsigned threads = 1; threads <= 3; threads++) {
            Bytes got(a.size() + 1, 0x5A);
            ASSERT_TRUE(nn_v4_quantized_binary_fast_u8(a.data(), b.data(), got.data(), &p, &bad, threads));
            ASSERT_EQ(got, want) << "op " << op << " on " << threads << " thread(s)";
        }
    }
}

namespace {

nn_shape4_t random_shape(std::mt19937 &rng)
{
    return { { pick(rng, 1, 3), pick(rng, 1, 5), pick(rng, 1, 6), pick(rng, 1, 40) } };
}

size_t elements(const nn_shape4_t &s) { return (size_t)s.d[0] * s.d[1] * s.d[2] * s.d[3]; }

Bytes random_bytes(std::mt19937 &rng, size_t n)
{
    Bytes b(n);
    for (uint8_t &v : b)
        v = (uint8_t)pick(rng, 0, 255);
    return b;
}

}  // namespace

TEST(V4FastKernels, PadEqualsTheReferenceIncludingCropsAndFourByteElements)
{
    std::mt19937 rng(1234);
    for (int round = 0; round < 2000; round++) {
        nn_shape4_t s = random_shape(rng);
        uint32_t eb = round % 3 == 0 ? 4 : 1;
        nn_padding_t pads[4];
        int64_t os[4];
        for (int k = 0; k < 4; k++) {
            // negative paddings crop; a whole axis cropped away leaves an empty output
            pads[k] = { pick(rng, -2, 3), pick(rng, -2, 3) };
            os[k] = (int64_t)s.d[k] + pads[k].before + pads[k].after;
        }
        if (os[0] < 0 || os[1] < 0 || os[2] < 0 || os[3] < 0)
            continue;
        Bytes in = random_bytes(rng, elements(s) * eb), value = random_bytes(rng, eb);
        size_t out_bytes = (size_t)(os[0] * os[1] * os[2] * os[3]) * eb;
        Bytes want(out_bytes + 1, 0xA5), got(out_bytes + 1, 0xA5);  // one guard byte
        nn_v4_pad_ref(in.data(), want.data(), &s, pads, value.data(), eb);
        nn_v4_pad_fast(in.data(), got.data(), &s, pads, value.data(), eb);
        ASSERT_EQ(want, got) << "round " << round;
        ASSERT_EQ(got.back(), 0xA5);
    }
}

TEST(V4FastKernels, TransposeEqualsTheReferenceForEveryPermutation)
{
    std::mt19937 rng(99);
    int perm[4] = { 0, 1, 2, 3 };
    int permutations = 0;
    do {
        permutations++;
        for (int round = 0; round < 20; round++) {
            nn_shape4_t s = random_shape(rng);
            uint32_t eb = round % 2 ? 4 : 1;
            Bytes in = random_bytes(rng, elements(s) * eb);
            Bytes want(in.size() + 1, 0x5A), got(in.size() + 1, 0x5A);
            int32_t p32[4] = { perm[0], perm[1], perm[2], perm[3] };
            nn_v4_transpose_ref(in.data(), want.data(), &s, p32, eb);
            nn_v4_transpose_fast(in.data(), got.data(), &s, p32, eb);
            ASSERT_EQ(want, got) << perm[0] << perm[1] << perm[2] << perm[3];
        }
    } while (std::next_permutation(perm, perm + 4));
    EXPECT_EQ(permutations, 24);
}

TEST(V4FastKernels, PadAndTransposeOnOverlappingBuffersEqualTheReference)
{
    // A hostile model may place the output over the input: the element order then decides the bytes.
    std::mt19937 rng(7);
    nn_shape4_t s = { { 1, 2, 3, 5 } };
    nn_padding_t pads[4] = { { 0, 0 }, { 0, 0 }, { 1, 0 }, { 2, 1 } };
    int32_t perm[4] = { 0, 3, 1, 2 };
    uint8_t value = 0xEE;
    for (int shift = -8; shift <= 8; shift++) {
        Bytes base = random_bytes(rng, 200), want = base, got = base;
        nn_v4_pad_ref(want.data() + 64, want.data() + 64 + shift, &s, pads, &value, 1);
        nn_v4_pad_fast(got.data() + 64, got.data() + 64 + shift, &s, pads, &value, 1);
        ASSERT_EQ(want, got) << "pad, shift " << shift;
        want = got = base;
        nn_v4_transpose_ref(want.data() + 64, want.data() + 64 + shift, &s, perm, 1);
        nn_v4_transpose_fast(got.data() + 64, got.data() + 64 + shift, &s, perm, 1);
        ASSERT_EQ(want, got) << "transpose, shift " << shift;
    }
}

TEST(V4FastKernels, QuantizeEqualsTheReferenceOnEveryKindOfFloat)
{
    // every 1021st bit pattern (all exponents, both signs, NaNs, infinities), then values around each
    // rounding edge k + 0.5 and the clamps, under several scales and zero points
    std::vector<float> values;
    for (uint64_t bits = 0; bits <= 0xFFFFFFFFull; bits += 1021) {
        uint32_t b = (uint32_t)bits;
        float f;
        memcpy(&f, &b, 4);
        values.push_back(f);
    }
    for (int k = -300; k <= 300; k++)
        for (float edge : { k + 0.5f, (float)k }) {
            float down = edge, up = edge;
            for (int i = 0; i < 3; i++) {
                down = std::nextafter(down, -1e30f);
                up = std::nextafter(up, 1e30f);
                values.push_back(down);
                values.push_back(up);
            }
            values.push_back(edge);
        }
    for (float big : { 2147483520.0f, 2147483648.0f, -2147483648.0f, -2147483904.0f, 0.5f, -0.5f, -0.0f })
        values.push_back(big);
    Bytes want(values.size()), got(values.size());
    for (float scale : { 1.0f, 0.37f, 46.6626f, -3.0f })
        for (int32_t zp : { 0, 129, -7, 255 }) {
            nn_v4_quantize_ref_f32(values.data(), want.data(), values.size(), zp, scale);
            nn_v4_quantize_fast_f32(values.data(), got.data(), values.size(), zp, scale);
            for (size_t i = 0; i < values.size(); i++)
                ASSERT_EQ(want[i], got[i]) << "value " << values[i] << " scale " << scale << " zero point " << zp;
        }
}
