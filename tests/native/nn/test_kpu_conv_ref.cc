// Hand-worked examples of every stage of one KPU layer (spec/kpu.md §7, §9.1).
#include <cstring>
#include <vector>

#include <gtest/gtest.h>

extern "C" {
#include "nn_kpu_conv_ref.h"
}

namespace {

// Activation table with one identity-ish segment from `start`: y = round(mul*(bn-start) >> shift) + bias.
nn_kpu_activation_t one_segment(int64_t start, int64_t mul, uint8_t shift, uint8_t bias)
{
    nn_kpu_activation_t a;
    for (int i = 0; i < 16; i++) {
        a.start[i] = i == 0 ? -(INT64_C(1) << 35) : (INT64_C(1) << 35) - 16 + i; // unreachable
        a.mul[i] = 0;
        a.shift[i] = 0;
        a.bias[i] = 0;
    }
    a.start[1] = start;
    a.mul[1] = mul;
    a.shift[1] = shift;
    a.bias[1] = bias;
    return a;
}

std::vector<uint8_t> bn_words(int64_t mul, int64_t add, unsigned shift, size_t n)
{
    uint64_t w = (static_cast<uint64_t>(mul) & 0xFFFFFF) | ((static_cast<uint64_t>(add) & 0xFFFFFFFF) << 24) |
                 (static_cast<uint64_t>(shift) << 56);
    std::vector<uint8_t> b;
    for (size_t k = 0; k < n; k++)
        for (int i = 0; i < 8; i++)
            b.push_back(static_cast<uint8_t>(w >> (8 * i)));
    return b;
}

std::vector<uint8_t> run(const nn_kpu_conv_params_t &p, const std::vector<uint8_t> &in)
{
    std::vector<uint8_t> out(static_cast<size_t>(p.out_c) * p.out_h * p.out_w);
    std::vector<uint8_t> scratch(nn_kpu_conv_ref_scratch_bytes(&p));
    EXPECT_EQ(nn_kpu_conv_check(&p), nullptr);
    nn_kpu_conv_ref_u8(&p, in.data(), out.data(), scratch.data());
    return out;
}

// The rc5 standard table of kpu.md §7.4 (segment 10 from 0, mul 1024, shift 20).
nn_kpu_activation_t rc5_standard() { return one_segment(0, 1024, 20, 0); }

// A layer over a 4x4 map (no pooling) with the given tables; tests change what they exercise.
nn_kpu_conv_params_t layer_4x4(uint32_t in_c, uint32_t out_c, uint32_t kernel, const uint8_t *weights,
                               const std::vector<uint8_t> &bn, const nn_kpu_activation_t &act)
{
    nn_kpu_conv_params_t p{};
    p.in_c = in_c;
    p.out_c = out_c;
    p.in_h = p.in_w = p.out_h = p.out_w = 4;
    p.kernel = kernel;
    p.weights = weights;
    p.batchnorm = bn.data();
    p.activation = &act;
    p.profile = NN_KPU_PROFILE_NNCASE_01;
    return p;
}

}  // namespace

// kmodel-v3.md §9.1: mnist layer 0, channel 0, all-255 input.
TEST(KpuConvRef, MnistLayer0HandTrace_InteriorAndCornerMatchSpec)
{
    const uint8_t w[9] = { 0xFF, 0xD4, 0x80, 0xAF, 0xDC, 0x99, 0x80, 0xAD, 0xC7 };
    nn_kpu_activation_t act = rc5_standard();
    std::vector<uint8_t> bn = bn_words(57131, 15787, 15, 1);
    nn_kpu_conv_params_t p = layer_4x4(1, 1, 3, w, bn, act);
    p.arg_x = -3932160;
    p.shr_x = 15;
    std::vector<uint8_t> out = run(p, std::vector<uint8_t>(16, 255));
    EXPECT_EQ(out[5], 255);  // interior: conv 143565, bn 266092 -> 260 -> clamp 255
    EXPECT_EQ(out[0], 130);  // corner: conv 67575, bn 133603 -> 130
    nn_kpu_batchnorm_t b = nn_kpu_batchnorm_decode(bn.data());
    EXPECT_EQ(nn_kpu_batchnorm_apply(&b, 143565), 266092);
    // The spec's trace writes 117817 + 15787; 67575 * 57131 = 3860627325 and its floor
    // shift by 15 is 117816 (the rounded value is 117817). Floor is what the
    // conformance vectors confirm, so the trace's last digit is a slip.
    EXPECT_EQ(nn_kpu_batchnorm_apply(&b, 67575), 133603);
    std::vector<uint8_t> zero = run(p, std::vector<uint8_t>(16, 0));
    EXPECT_EQ(zero[5], 15);  // round(15787 / 1024)
}

TEST(KpuConvRef, OffsetTerms_ArgXArgWArgAddPerInputChannel)
{
    // 1x1 conv, 2 input channels, weights 3 and 5, pixel values 10 and 20:
    // acc = 130, sum_x = 30, sum_w = 8; conv = 130 + floor(-7*30 / 4) + floor(9*8 / 2) + (-11)*2
    //     = 130 - 53 + 36 - 22 = 91
    const uint8_t w[2] = { 3, 5 };
    nn_kpu_activation_t act = one_segment(0, 1, 0, 0);
    std::vector<uint8_t> bn = bn_words(1, 0, 0, 1);
    nn_kpu_conv_params_t p = layer_4x4(2, 1, 1, w, bn, act);
    p.arg_x = -7;
    p.shr_x = 2;
    p.arg_w = 9;
    p.shr_w = 1;
    p.arg_add = -11;
    std::vector<uint8_t> in(32);
    std::memset(in.data(), 10, 16);
    std::memset(in.data() + 16, 20, 16);
    EXPECT_EQ(run(p, in)[0], 91);
}

TEST(KpuConvRef, PadValueFillsTheBorderOf3x3)
{
    // all weights 1, input all 0, pad 7: corner sees 5 pad taps, edge 3, interior 0
    const uint8_t w[9] = { 1, 1, 1, 1, 1, 1, 1, 1, 1 };
    nn_kpu_activation_t act = one_segment(0, 1, 0, 0);
    std::vector<uint8_t> bn = bn_words(1, 0, 0, 1);
    nn_kpu_conv_params_t p = layer_4x4(1, 1, 3, w, bn, act);
    p.pad_value = 7;
    std::vector<uint8_t> out = run(p, std::vector<uint8_t>(16, 0));
    EXPECT_EQ(out[0], 35);
    EXPECT_EQ(out[1], 21);
    EXPECT_EQ(out[5], 0);
}

TEST(KpuConvRef, BatchNorm_FloorShiftAndSignedFields)
{
    std::vector<uint8_t> bn = bn_words(-3, -1000, 2, 1);
    nn_kpu_batchnorm_t b = nn_kpu_batchnorm_decode(bn.data());
    EXPECT_EQ(b.mul, -3);
    EXPECT_EQ(b.add, -1000);
    EXPECT_EQ(b.shift, 2u);
    EXPECT_EQ(nn_kpu_batchnorm_apply(&b, 5), -4 - 1000);  // floor(-15 / 4) = -4
    std::vector<uint8_t> extreme = bn_words(-(1 << 23), INT32_MIN, 15, 1);
    nn_kpu_batchnorm_t e = nn_kpu_batchnorm_decode(extreme.data());
    EXPECT_EQ(e.mul, -(1 << 23));
    EXPECT_EQ(e.add, INT32_MIN);
    EXPECT_EQ(nn_kpu_batchnorm_apply(&e, INT64_C(1) << 34), -(INT64_C(1) << 42) + INT32_MIN);
}

TEST(KpuConvRef, RoundShift_EachProfileOnTiesAndNegatives)
{
    // 5/2 = 2.5 ; 7/2 = 3.5 ; -5/2 = -2.5
    EXPECT_EQ(nn_kpu_round_shift(5, 1, NN_KPU_PROFILE_NNCASE_01), 3);   // half up
    EXPECT_EQ(nn_kpu_round_shift(5, 1, NN_KPU_PROFILE_NNCASE_02), 2);   // half even
    EXPECT_EQ(nn_kpu_round_shift(7, 1, NN_KPU_PROFILE_NNCASE_02), 4);
    EXPECT_EQ(nn_kpu_round_shift(5, 1, NN_KPU_PROFILE_TRUNCATE), 2);    // floor
    EXPECT_EQ(nn_kpu_round_shift(6, 2, NN_KPU_PROFILE_NNCASE_01), 2);   // 1.5 -> 2
    EXPECT_EQ(nn_kpu_round_shift(6, 2, NN_KPU_PROFILE_NNCASE_02), 2);   // 1.5 -> 2 (even)
    EXPECT_EQ(nn_kpu_round_shift(10, 2, NN_KPU_PROFILE_NNCASE_02), 2);  // 2.5 -> 2 (even)
    EXPECT_EQ(nn_kpu_round_shift(11, 2, NN_KPU_PROFILE_NNCASE_02), 3);  // 2.75 -> 3
    // negative quirks: rc5 t = floor(-5/1) = -5 (odd) -> floor(-5/2) - 1 = -4
    EXPECT_EQ(nn_kpu_round_shift(-5, 1, NN_KPU_PROFILE_NNCASE_01), -4);
    // v0.2: q = -3, f = 1 = half, q odd -> q + sign = -4
    EXPECT_EQ(nn_kpu_round_shift(-5, 1, NN_KPU_PROFILE_NNCASE_02), -4);
    // v0.2: -6 >> 2: q = -2, f = 2 = half, q even -> -2 ; -7 >> 2: q = -2, f = 1 < 2 -> -2
    EXPECT_EQ(nn_kpu_round_shift(-6, 2, NN_KPU_PROFILE_NNCASE_02), -2);
    EXPECT_EQ(nn_kpu_round_shift(-5, 2, NN_KPU_PROFILE_NNCASE_02), -3);  // f = 3 > 2 -> q - 1
    EXPECT_EQ(nn_kpu_round_shift(-5, 1, NN_KPU_PROFILE_TRUNCATE), -3);
    EXPECT_EQ(nn_kpu_round_shift(123, 0, NN_KPU_PROFILE_NNCASE_02), 123);
}

TEST(KpuConvRef, Activation_SegmentChoiceAtEqualityDependsOnProfile)
{
    // segment 1 starts at 100 with bias 50, segment 2 starts at 200 with bias 200: discontinuous
    nn_kpu_activation_t a = one_segment(100, 0, 0, 50);
    a.start[2] = 200;
    a.bias[2] = 200;
    EXPECT_EQ(nn_kpu_activate(&a, 200, NN_KPU_PROFILE_NNCASE_01), 200);  // start <= v
    EXPECT_EQ(nn_kpu_activate(&a, 200, NN_KPU_PROFILE_NNCASE_02), 50);   // start <  v
    EXPECT_EQ(nn_kpu_activate(&a, 199, NN_KPU_PROFILE_NNCASE_01), 50);
    EXPECT_EQ(nn_kpu_activate(&a, 201, NN_KPU_PROFILE_NNCASE_02), 200);
}

TEST(KpuConvRef, Activation_HighestIndexWinsNotLargestStart)
{
    nn_kpu_activation_t a = one_segment(1000, 0, 0, 10);
    a.start[5] = 0;  // lower start but higher index
    a.bias[5] = 99;
    EXPECT_EQ(nn_kpu_activate(&a, 2000, NN_KPU_PROFILE_NNCASE_01), 99);
}

TEST(KpuConvRef, Activation_SlopeRoundingAndClamp)
{
    nn_kpu_activation_t a = one_segment(0, 1024, 20, 0);
    EXPECT_EQ(nn_kpu_activate(&a, 1536, NN_KPU_PROFILE_NNCASE_01), 2);  // 1.5 half up
    EXPECT_EQ(nn_kpu_activate(&a, 1536, NN_KPU_PROFILE_NNCASE_02), 2);  // 1.5 half even -> 2
    EXPECT_EQ(nn_kpu_activate(&a, 2560, NN_KPU_PROFILE_NNCASE_01), 3);  // 2.5 up
    EXPECT_EQ(nn_kpu_activate(&a, 2560, NN_KPU_PROFILE_NNCASE_02), 2);  // 2.5 even
    EXPECT_EQ(nn_kpu_activate(&a, 2560, NN_KPU_PROFILE_TRUNCATE), 2);
    EXPECT_EQ(nn_kpu_activate(&a, 1 << 30, NN_KPU_PROFILE_NNCASE_01), 255);
    EXPECT_EQ(nn_kpu_activate(&a, -5, NN_KPU_PROFILE_NNCASE_01), 0);  // segment 0: mul 0
    nn_kpu_activation_t neg = one_segment(0, -2, 0, 100);
    EXPECT_EQ(nn_kpu_activate(&neg, 10, NN_KPU_PROFILE_NNCASE_01), 80);  // signed y_mul
}

TEST(KpuConvRef, ActivationTableDecode_FieldsAndBiases)
{
    std::vector<uint8_t> t(144, 0);
    uint64_t w = 20 | (UINT64_C(1024) << 8) | (UINT64_C(0xFFFFFFFF0) << 24);  // start -16
    std::memcpy(t.data() + 8 * 3, &w, 8);
    t[128 + 3] = 7;
    nn_kpu_activation_t a;
    nn_kpu_activation_decode(t.data(), &a);
    EXPECT_EQ(a.start[3], -16);
    EXPECT_EQ(a.mul[3], 1024);
    EXPECT_EQ(a.shift[3], 20);
    EXPECT_EQ(a.bias[3], 7);
}

class PoolTypes : public ::testing::TestWithParam<std::pair<uint32_t, std::vector<uint8_t>>> {};

// One 4x4 channel with values 0..15 (row-major) through an identity layer, then each pool type.
TEST_P(PoolTypes, EveryPoolTypeOnA4x4Ramp)
{
    const uint8_t w[1] = { 1 };
    nn_kpu_activation_t act = one_segment(0, 1, 0, 0);
    std::vector<uint8_t> bn = bn_words(1, 0, 0, 1);
    nn_kpu_conv_params_t p = layer_4x4(1, 1, 1, w, bn, act);
    p.pool_type = GetParam().first;
    ASSERT_TRUE(nn_kpu_pool_output_size(p.pool_type, 4, 4, &p.out_h, &p.out_w));
    std::vector<uint8_t> ramp(16);
    for (int i = 0; i < 16; i++)
        ramp[i] = static_cast<uint8_t>(i * 3 + (i % 2));  // 0,4,6,10,12,16,...
    EXPECT_EQ(run(p, ramp), GetParam().second);
}

// ramp = 0 4 6 10 / 12 16 18 22 / 24 28 30 34 / 36 40 42 46
INSTANTIATE_TEST_SUITE_P(
    KpuConvRef, PoolTypes,
    ::testing::Values(
        std::make_pair(0u, std::vector<uint8_t>{ 0, 4, 6, 10, 12, 16, 18, 22, 24, 28, 30, 34, 36, 40, 42, 46 }),
        std::make_pair(1u, std::vector<uint8_t>{ 16, 22, 40, 46 }),
        std::make_pair(2u, std::vector<uint8_t>{ 8, 14, 32, 38 }),      // (0+4+12+16)/4 = 8
        std::make_pair(3u, std::vector<uint8_t>{ 46 }),
        std::make_pair(4u, std::vector<uint8_t>{ 23 }),                 // 368/16
        std::make_pair(5u, std::vector<uint8_t>{ 0, 6, 24, 30 }),
        std::make_pair(6u, std::vector<uint8_t>{ 4, 10, 28, 34 }),      // right-top
        std::make_pair(7u, std::vector<uint8_t>{ 0 }),
        // 2x2 mean stride 1, edges clamped: last column (10+10+22+22)/4 = 16
        std::make_pair(8u, std::vector<uint8_t>{ 8, 11, 14, 16, 20, 23, 26, 28, 32, 35, 38, 40, 38, 41, 44, 46 }),
        // 2x2 max stride 1, positions past the edge ignored
        std::make_pair(9u, std::vector<uint8_t>{ 16, 18, 22, 22, 28, 30, 34, 34, 40, 42, 46, 46, 40, 42, 46, 46 })));

TEST(KpuConvRef, PoolMeanTruncatesAndOddSizesFloor)
{
    uint32_t oh, ow;
    ASSERT_TRUE(nn_kpu_pool_output_size(1, 7, 65, &oh, &ow));
    EXPECT_EQ(oh, 3u);
    EXPECT_EQ(ow, 32u);
    EXPECT_FALSE(nn_kpu_pool_output_size(10, 8, 8, &oh, &ow));
}

TEST(KpuConvRef, DepthwiseUsesOnlyItsOwnChannel)
{
    // 2 channels, 3x3 depthwise, weights ch0 all 1, ch1 all 2, inputs ch0 = 1, ch1 = 10, pad 0
    std::vector<uint8_t> w(18);
    for (int i = 0; i < 9; i++) {
        w[i] = 1;
        w[9 + i] = 2;
    }
    nn_kpu_activation_t act = one_segment(0, 1, 0, 0);
    std::vector<uint8_t> bn = bn_words(1, 0, 0, 2);
    nn_kpu_conv_params_t p = layer_4x4(2, 2, 3, w.data(), bn, act);
    p.depthwise = true;
    p.arg_add = 1;  // added once (N = 1) per output
    std::vector<uint8_t> in(32, 1);
    std::fill(in.begin() + 16, in.end(), 10);
    std::vector<uint8_t> out = run(p, in);
    EXPECT_EQ(out[5], 9 + 1);        // interior of channel 0
    EXPECT_EQ(out[16 + 5], 180 + 1); // interior of channel 1: 9 * 2 * 10
    EXPECT_EQ(out[0], 4 + 1);        // corner: 4 real taps
}

TEST(KpuConvRef, SixteenBitWeightsAreLittleEndian)
{
    const uint8_t w[2] = { 0x2C, 0x01 };  // 300
    nn_kpu_activation_t act = one_segment(0, 1, 4, 0);  // divide by 16
    std::vector<uint8_t> bn = bn_words(1, 0, 0, 1);
    nn_kpu_conv_params_t p = layer_4x4(1, 1, 1, w, bn, act);
    p.weights_16bit = true;
    EXPECT_EQ(nn_kpu_conv_weight_bytes(&p), 2u);
    EXPECT_EQ(run(p, std::vector<uint8_t>(16, 2))[0], 38);  // 600 / 16 = 37.5 -> 38 (half up)
}

TEST(KpuConvRef, CheckRejectsImpossibleGeometry)
{
    nn_kpu_conv_params_t p{};
    p.in_c = p.out_c = 1;
    p.in_h = p.in_w = 8;
    p.out_h = p.out_w = 8;
    p.kernel = 3;
    p.pool_type = 1;
    EXPECT_STREQ(nn_kpu_conv_check(&p), "output size does not match the pool type");
    p.pool_type = 12;
    EXPECT_STREQ(nn_kpu_conv_check(&p), "pool_type is undefined (10-15)");
    p.pool_type = 0;
    p.kernel = 0;
    EXPECT_STREQ(nn_kpu_conv_check(&p), "kernel_type is neither 1x1 nor 3x3");
    p.kernel = 1;
    p.depthwise = true;
    p.out_c = 2;
    EXPECT_STREQ(nn_kpu_conv_check(&p), "depthwise layer with input channels != output channels");
}
