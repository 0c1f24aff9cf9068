// CPU layers of kmodel V3 (spec/kmodel-v3.md §3) on hand-worked inputs.
#include <cfloat>
#include <cmath>
#include <cstring>
#include <vector>

#include <gtest/gtest.h>

extern "C" {
#include "nn_cpu_ref.h"
}

TEST(CpuRef, SdkCarryShift_HalfUpAndNegativeQuirk)
{
    EXPECT_EQ(nn_sdk_carry_shift(5, 1), 3);
    EXPECT_EQ(nn_sdk_carry_shift(4, 1), 2);
    EXPECT_EQ(nn_sdk_carry_shift(-5, 1), -4);  // the SDK's quirk: -2.5 -> -4
    EXPECT_EQ(nn_sdk_carry_shift(-4, 1), -2);
    EXPECT_EQ(nn_sdk_carry_shift(77, 0), 77);
}

TEST(CpuRef, QuantizedAdd_EqualAndUnequalShifts)
{
    uint8_t a[2] = { 10, 200 }, b[2] = { 20, 100 }, out[2];
    // equal shifts: V = floor(((10+1)*3 + (20-2)*5) / 4) = floor(123/4) = 30; out = carry(30*3, 1) + 4 = 45 + 4
    nn_quant_add_params_t q = { 1, 3, 2, -2, 5, 2, 4, 3, 1 };
    nn_quantized_add_ref_u8(a, b, out, 2, &q);
    EXPECT_EQ(out[0], 49);
    EXPECT_EQ(out[1], 255);  // clamped
    // unequal shifts: floor(33/2) + floor(90/4) = 16 + 22 = 38; out = 38 + 4
    nn_quant_add_params_t u = { 1, 3, 1, -2, 5, 2, 4, 1, 0 };
    nn_quantized_add_ref_u8(a, b, out, 1, &u);
    EXPECT_EQ(out[0], 42);
}

TEST(CpuRef, QuantizeRoundsHalfAwayAndClamps)
{
    float in[4] = { 2.5f, -1.0f, 1000.0f, 0.49f };
    uint8_t out[4];
    nn_quantize_ref_f32(in, out, 4, 1.0f, 0.0f);
    EXPECT_EQ(out[0], 3);
    EXPECT_EQ(out[1], 0);
    EXPECT_EQ(out[2], 255);
    EXPECT_EQ(out[3], 0);
}

TEST(CpuRef, DequantizeIsTwoRoundedSteps)
{
    uint8_t in[1] = { 77 };
    float out[1];
    nn_dequantize_ref_u8(in, out, 1, 0.016696967f, -6.168779f);
    float scaled = 77.0f * 0.016696967f;
    float expect = scaled + -6.168779f;
    EXPECT_EQ(std::memcmp(out, &expect, 4), 0);
}

TEST(CpuRef, SoftmaxStartsFromFltMin_AllNegativeInputs)
{
    // with every input negative, the SDK's max stays FLT_MIN (~0), so e = expf(x - 0)
    float in[2] = { -1.0f, -2.0f }, out[2];
    nn_softmax_ref_f32(in, out, 2);
    float e0 = expf(-1.0f - FLT_MIN), e1 = expf(-2.0f - FLT_MIN);
    EXPECT_FLOAT_EQ(out[0], e0 / (e0 + e1));
    EXPECT_FLOAT_EQ(out[0] + out[1], 1.0f);
}

TEST(CpuRef, FullyConnectedWithRelu6)
{
    float in[2] = { 1.0f, 2.0f }, out[2];
    float w[4] = { 3.0f, 4.0f, -1.0f, -1.0f }, bias[2] = { 0.5f, 0.0f };
    nn_fully_connected_ref_f32(in, out, 2, 2, reinterpret_cast<uint8_t *>(w), reinterpret_cast<uint8_t *>(bias),
                               NN_ACT_RELU6);
    EXPECT_EQ(out[0], 6.0f);  // 11.5 clamped
    EXPECT_EQ(out[1], 0.0f);  // -3 clamped
}

TEST(CpuRef, FlattenIsChwToHwc)
{
    uint8_t in[12], out[12];
    for (int i = 0; i < 12; i++)
        in[i] = static_cast<uint8_t>(i);  // C=3, H=2, W=2
    nn_flatten_ref(in, out, 2, 2, 3, 1);
    const uint8_t expect[12] = { 0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11 };
    EXPECT_EQ(std::memcmp(out, expect, 12), 0);
}

TEST(CpuRef, ResizeNearest_FloorOfScaledIndex)
{
    uint8_t in[3] = { 10, 20, 30 }, out[5];
    nn_resize_nearest_ref(in, out, 3, 1, 1, 5, 1, 1);  // scale 0.6: 0, 0.6, 1.2, 1.8, 2.4
    const uint8_t expect[5] = { 10, 10, 20, 20, 30 };
    EXPECT_EQ(std::memcmp(out, expect, 5), 0);
}

TEST(CpuRef, QuantizedMaxPool_SamePaddingStartsFromZero)
{
    // 3x3 input, 2x2 kernel stride 2, output 2x2, pad 0: bottom-right window holds only in[8]
    uint8_t in[9] = { 1, 2, 3, 4, 5, 6, 7, 8, 9 }, out[4];
    nn_pool_geometry_t g = { 3, 3, 1, 2, 2, 1, 2, 2, 2, 2, 0, 0 };
    nn_max_pool_ref_u8(in, out, &g);
    const uint8_t expect[4] = { 5, 6, 8, 9 };
    EXPECT_EQ(std::memcmp(out, expect, 4), 0);
}

TEST(CpuRef, AveragePoolExcludesPadding)
{
    float in[4] = { 1, 2, 3, 4 }, out[4];
    nn_pool_geometry_t g = { 2, 2, 1, 2, 2, 1, 3, 3, 1, 1, 1, 1 };  // 3x3 window, pad 1
    nn_average_pool_ref_f32(in, out, &g);
    EXPECT_FLOAT_EQ(out[0], 2.5f);  // all 4 valid
}

TEST(CpuRef, L2NormalizeFloorsTheSum)
{
    float in[2] = { 0.0f, 0.0f }, out[2];
    nn_l2_normalize_ref_f32(in, out, 2);
    EXPECT_EQ(out[0], 0.0f);
    float in2[2] = { 3.0f, 4.0f };
    nn_l2_normalize_ref_f32(in2, out, 2);
    EXPECT_FLOAT_EQ(out[0], 0.6f);
}

TEST(CpuRef, GlobalAveragePoolU8TruncatesLikeSipeed)
{
    uint8_t in[4] = { 1, 2, 2, 2 }, out[1];
    nn_global_average_pool_ref_u8(in, out, 4, 1);
    EXPECT_EQ(out[0], 1);  // 7 / 4
}
