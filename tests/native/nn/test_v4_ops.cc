// kmodel V4 neutral ops (spec/kmodel-v4.md §10) on hand-worked cases, each
// through a one-node model file and the whole host library (decode, runtime,
// kernel), so the body offsets are checked along with the maths. Values are
// chosen so that every float result is exact; where the spec names a quirk
// of the reference runtime, the test pins it.
#include <cfloat>
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "kmodel_v4_builder.h"
#include "test_support.h"

extern "C" {
#include "nn_math.h"
}

namespace {

using nfk::Body;
using nfk::Bytes;
using nfk::Range;

enum : uint32_t {
    BINARY = 0x00, CONCAT = 0x01, CONV2D = 0x02, DEQUANTIZE = 0x03, MATMUL = 0x04, PAD = 0x05, QUANTIZE = 0x06,
    REDUCE = 0x07, REDUCE_WINDOW2D = 0x08, MEMORY_COPY = 0x09, RESIZE_IMAGE = 0x0A, SOFTMAX = 0x0B, TRANSPOSE = 0x0C,
    STRIDED_SLICE = 0x0D, UNARY = 0x0E, CONV2D_TRANSPOSE = 0x13, KPU_UPLOAD = 0x2001,
};

Bytes run(const Bytes &model, const Bytes &input)
{
    Bytes out;
    std::string error;
    EXPECT_TRUE(nfk::run_model(model, input, NFK_PROFILE_AUTO, out, error)) << error;
    return out;
}

std::vector<float> run_f32(const Bytes &model, const std::vector<float> &input)
{
    return nfk::bytes_f32(run(model, nfk::f32_bytes(input)));
}

std::vector<float> iota(int n, float first = 1.0f)
{
    std::vector<float> v(n);
    for (int i = 0; i < n; i++)
        v[i] = first + static_cast<float>(i);
    return v;
}

// binary: a [1,2,1,3] = 1..6 (main), b [1,1,2,1] = {10, 20} (const), out [1,2,2,3].
Bytes binary_model(uint32_t op, float act_max)
{
    Body body;
    body.range(nfk::main_f32(0, 6)).range(nfk::const_f32(0, 2)).range(nfk::main_f32(24, 12)).u32(op)
        .shape({ 1, 2, 1, 3 }).shape({ 1, 1, 2, 1 }).shape({ 1, 2, 2, 3 }).act(-FLT_MAX, act_max);
    return nfk::one_node_model(BINARY, body, nfk::main_f32(0, 6), { 1, 2, 1, 3 }, nfk::main_f32(24, 12), 72,
                               nfk::f32_bytes({ 10, 20 }));
}

}  // namespace

TEST(V4Binary, BroadcastsSizeOneDimensionsOfBothOperands)
{
    std::vector<float> out = run_f32(binary_model(0, FLT_MAX), iota(6));
    // out[c][y][x] = a[c][0][x] + b[0][0][y][0]
    std::vector<float> expect = { 11, 12, 13, 21, 22, 23, 14, 15, 16, 24, 25, 26 };
    EXPECT_EQ(out, expect);
}

TEST(V4Binary, EveryOperatorAndTheFusedClamp)
{
    const float a[6] = { 1, 2, 3, 4, 5, 6 }, b[2] = { 10, 20 };
    for (uint32_t op = 1; op <= 5; op++) {
        std::vector<float> out = run_f32(binary_model(op, 15.0f), iota(6));
        ASSERT_EQ(out.size(), 12u);
        for (int c = 0; c < 2; c++)
            for (int y = 0; y < 2; y++)
                for (int x = 0; x < 3; x++) {
                    float va = a[c * 3 + x], vb = b[y];
                    float v = op == 1 ? va - vb : op == 2 ? va * vb : op == 3 ? va / vb : op == 4 ? std::min(va, vb)
                                                                                                : std::max(va, vb);
                    EXPECT_EQ(out[(c * 2 + y) * 3 + x], std::min(v, 15.0f)) << "op " << op;
                }
    }
}

TEST(V4Binary, EqualOperandShapesTakeTheReferencesFlatLoop)
{
    // a and b both [1,1,1,2]: the reference loops over a's 2 elements whatever out_shape says.
    Body body;
    body.range(nfk::main_f32(0, 2)).range(nfk::const_f32(0, 2)).range(nfk::main_f32(8, 4)).u32(2)
        .shape({ 1, 1, 1, 2 }).shape({ 1, 1, 1, 2 }).shape({ 1, 1, 1, 4 }).none_act();
    Bytes model = nfk::one_node_model(BINARY, body, nfk::main_f32(0, 2), { 1, 1, 1, 2 }, nfk::main_f32(8, 4), 24,
                                      nfk::f32_bytes({ 3, 4 }));
    EXPECT_EQ(run_f32(model, { 5, 6 }), (std::vector<float>{ 15, 24, 0, 0 }));
}

TEST(V4Conv2d, GroupsDilationPaddingBiasAndClamp)
{
    // input [1,2,3,3]: channel 0 = 1..9, channel 1 = 10..18; 2 groups of one channel;
    // 3x3 kernel, dilation 2, padding 2 on every side -> 3x3 output. Group 0 weights
    // w[ky][kx] = 3ky + kx + 1, group 1 all 1; bias 0.5 and -1; clamp at 150.
    std::vector<float> weights = iota(9);
    for (int i = 0; i < 9; i++)
        weights.push_back(1.0f);
    Body body;
    body.range(nfk::main_f32(0, 18)).range(nfk::main_f32(72, 18)).shape({ 1, 2, 3, 3 }).i32(2).i32(2)
        .window(2, 2, 3, 3, 1, 1, 2, 2).act(-FLT_MAX, 150.0f).floats(weights).floats({ 0.5f, -1.0f });
    Bytes model = nfk::one_node_model(CONV2D, body, nfk::main_f32(0, 18), { 1, 2, 3, 3 }, nfk::main_f32(72, 18), 144);
    std::vector<float> out = run_f32(model, iota(18));
    // taps of output row 0: ky=1 -> row 0, ky=2 -> row 2; row 1: ky=1 -> row 1; row 2: ky=0 -> 0, ky=1 -> 2
    // e.g. out[0][0] = 1*5 + 3*6 + 7*8 + 9*9 + 0.5 = 160.5 -> clamped to 150
    std::vector<float> expect = { 150, 74.5f, 140.5f, 56.5f, 25.5f, 46.5f, 100.5f, 44.5f, 80.5f,
                                  55, 27, 55, 27, 13, 27, 55, 27, 55 };
    EXPECT_EQ(out, expect);
}

TEST(V4Conv2d, StrideAndAsymmetricPaddingSkipOutsideTaps)
{
    // [1,1,4,4] = 1..16, 2x2 kernel of ones, stride 2, padding h (1, 0), w (0, 1):
    // OH = (4 + 1 - 2 + 2) / 2 = 2, OW = 2; taps outside the map are skipped.
    Body body;
    body.range(nfk::main_f32(0, 16)).range(nfk::main_f32(64, 4)).shape({ 1, 1, 4, 4 }).i32(1).i32(1)
        .padding(1, 0).padding(0, 1).i32(2).i32(2).i32(2).i32(2).i32(1).i32(1).none_act()
        .floats({ 1, 1, 1, 1 }).floats({ 0 });
    Bytes model = nfk::one_node_model(CONV2D, body, nfk::main_f32(0, 16), { 1, 1, 4, 4 }, nfk::main_f32(64, 4), 80);
    // (0,0): row -1 skipped, row 0 cols 0,1 = 1+2; (0,1): cols 2,3 = 3+4; (1,0): rows 1,2 = 5+6+9+10; (1,1): 7+8+11+12
    EXPECT_EQ(run_f32(model, iota(16)), (std::vector<float>{ 3, 7, 30, 38 }));
}

TEST(V4Matmul, BiasFirstThenProductsThenRelu)
{
    Body body;
    body.range(nfk::main_f32(0, 6)).range(nfk::const_f32(0, 6)).range(nfk::main_f32(24, 4)).i32(2).i32(3).i32(2)
        .act(0, FLT_MAX).floats({ 0.5f, -9.5f });
    Bytes model = nfk::one_node_model(MATMUL, body, nfk::main_f32(0, 6), { 1, 1, 2, 3 }, nfk::main_f32(24, 4), 40,
                                      nfk::f32_bytes({ 1, 0, 0, 1, 1, 1 }));
    // [[1,2,3],[4,5,6]] x [[1,0],[0,1],[1,1]] + [0.5, -9.5], then max(., 0)
    EXPECT_EQ(run_f32(model, iota(6)), (std::vector<float>{ 4.5f, 0, 10.5f, 1.5f }));
}

TEST(V4Pad, NegativePaddingCropsAndPadValueFillsTheRest)
{
    // u8 [1,1,2,3] = {1..6}; H: 1 before; W: crop 1 before, 2 after; pad value 7
    Body body;
    body.range(nfk::main_u8(0, 6)).range(nfk::main_u8(8, 12)).shape({ 1, 1, 2, 3 }).padding(0, 0).padding(0, 0)
        .padding(1, 0).padding(-1, 2).u32(1).u8(7).u8(0).u8(0).u8(0);
    Bytes model = nfk::one_node_model(PAD, body, nfk::main_u8(0, 6), { 1, 1, 2, 3 }, nfk::main_u8(8, 12), 24);
    EXPECT_EQ(run(model, { 1, 2, 3, 4, 5, 6 }), (Bytes{ 7, 7, 7, 7, 2, 3, 7, 7, 5, 6, 7, 7 }));
}

TEST(V4Pad, Float32PadValueIsTheScalarsFourBytes)
{
    Body body;
    body.range(nfk::main_f32(0, 2)).range(nfk::main_f32(8, 8)).shape({ 1, 1, 1, 2 }).padding(0, 0).padding(0, 0)
        .padding(0, 1).padding(1, 1).u32(0).f32(-0.25f);
    Bytes model = nfk::one_node_model(PAD, body, nfk::main_f32(0, 2), { 1, 1, 1, 2 }, nfk::main_f32(8, 8), 40);
    float p = -0.25f;
    EXPECT_EQ(run_f32(model, { 1.5f, 2.5f }), (std::vector<float>{ p, 1.5f, 2.5f, p, p, p, p, p }));
}

namespace {

// reduce of [1,1,3,4] = 1..12 into `out_shape`, output range of out_count floats.
Bytes reduce_model(uint32_t op, nfk::Shape out_shape, uint32_t out_count, float init)
{
    Body body;
    body.range(nfk::main_f32(0, 12)).range(nfk::main_f32(48, out_count)).u32(op).shape({ 1, 1, 3, 4 })
        .shape(out_shape).f32(init);
    return nfk::one_node_model(REDUCE, body, nfk::main_f32(0, 12), { 1, 1, 3, 4 }, nfk::main_f32(48, out_count),
                               48 + 4 * out_count);
}

}  // namespace

TEST(V4Reduce, MeanIsTheSumFromInitTimesOutOverInCount)
{
    // rows sum to 10, 26, 42; mean = (init + sum) * (3 / 12)
    EXPECT_EQ(run_f32(reduce_model(0, { 1, 1, 3, 1 }, 3, 0), iota(12)), (std::vector<float>{ 2.5f, 6.5f, 10.5f }));
    EXPECT_EQ(run_f32(reduce_model(0, { 1, 1, 3, 1 }, 3, 4), iota(12)), (std::vector<float>{ 3.5f, 7.5f, 11.5f }));
}

TEST(V4Reduce, MeanScaleComesFromTheRangeSizes)
{
    // out range of 4 floats for 3 outputs: the reference scales 4 values by 4/12 (output.size() / input.size())
    std::vector<float> out = run_f32(reduce_model(0, { 1, 1, 3, 1 }, 4, 0), iota(12));
    float k = 4.0f / 12.0f;
    EXPECT_EQ(out, (std::vector<float>{ 10 * k, 26 * k, 42 * k, 0 }));
}

TEST(V4Reduce, MinMaxSumOverOtherAxes)
{
    EXPECT_EQ(run_f32(reduce_model(1, { 1, 1, 1, 4 }, 4, FLT_MAX), iota(12)), (std::vector<float>{ 1, 2, 3, 4 }));
    EXPECT_EQ(run_f32(reduce_model(2, { 1, 1, 1, 1 }, 1, -FLT_MAX), iota(12)), (std::vector<float>{ 12 }));
    EXPECT_EQ(run_f32(reduce_model(3, { 1, 1, 1, 4 }, 4, 0), iota(12)), (std::vector<float>{ 15, 18, 21, 24 }));
    EXPECT_EQ(run_f32(reduce_model(1, { 1, 1, 1, 4 }, 4, 2.5f), iota(12)), (std::vector<float>{ 1, 2, 2.5f, 2.5f }));
}

namespace {

// [1,1,3,3] = 1..9 pooled by a 2x2 window.
Bytes pool_model(uint32_t op, int32_t stride, int32_t pad_after, int32_t dilation, float init, float act_max,
                 uint32_t outputs)
{
    Body body;
    body.range(nfk::main_f32(0, 9)).range(nfk::main_f32(36, outputs)).u32(op).shape({ 1, 1, 3, 3 })
        .padding(0, pad_after).padding(0, pad_after).i32(2).i32(2).i32(stride).i32(stride).i32(dilation).i32(dilation)
        .f32(init).act(-FLT_MAX, act_max);
    return nfk::one_node_model(REDUCE_WINDOW2D, body, nfk::main_f32(0, 9), { 1, 1, 3, 3 },
                               nfk::main_f32(36, outputs), 36 + 4 * outputs);
}

}  // namespace

TEST(V4ReduceWindow2d, MeanCountsOnlyTapsInsideTheMap)
{
    // 2x2 / stride 2, padding after 1: windows {1,2,4,5}, {3,6}, {7,8}, {9}
    EXPECT_EQ(run_f32(pool_model(0, 2, 1, 1, 0, FLT_MAX, 4), iota(9)), (std::vector<float>{ 3, 4.5f, 7.5f, 9 }));
    EXPECT_EQ(run_f32(pool_model(0, 2, 1, 1, 0, 8, 4), iota(9)), (std::vector<float>{ 3, 4.5f, 7.5f, 8 }));
}

TEST(V4ReduceWindow2d, MaxMinSumAndDilation)
{
    EXPECT_EQ(run_f32(pool_model(2, 2, 1, 1, -FLT_MAX, FLT_MAX, 4), iota(9)), (std::vector<float>{ 5, 6, 8, 9 }));
    EXPECT_EQ(run_f32(pool_model(1, 2, 1, 1, FLT_MAX, FLT_MAX, 4), iota(9)), (std::vector<float>{ 1, 3, 7, 9 }));
    EXPECT_EQ(run_f32(pool_model(3, 2, 1, 1, 0, FLT_MAX, 4), iota(9)), (std::vector<float>{ 12, 9, 15, 9 }));
    // dilation 2: one window on the corners {1, 3, 7, 9}
    EXPECT_EQ(run_f32(pool_model(0, 1, 0, 2, 0, FLT_MAX, 1), iota(9)), (std::vector<float>{ 5 }));
}

namespace {

Bytes resize_model(const Range &in, const nfk::Shape &shape, const Range &out, int32_t oh, int32_t ow, uint32_t mode,
                   bool align_corners, uint32_t main_mem)
{
    Body body;
    body.range(in).range(out).shape(shape).i32(oh).i32(ow).u32(mode).u8(align_corners ? 1 : 0).u8(0).u8(0).u8(0);
    return nfk::one_node_model(RESIZE_IMAGE, body, in, shape, out, main_mem);
}

}  // namespace

TEST(V4ResizeImage, NearestFloorsTheScaledCoordinate)
{
    // 2x3 -> 4x5: rows from floor(oy * 0.5), columns from floor(ox * 0.6) = 0 0 1 1 2
    Bytes model = resize_model(nfk::main_u8(0, 6), { 1, 1, 2, 3 }, nfk::main_u8(8, 20), 4, 5, 1, false, 28);
    EXPECT_EQ(run(model, { 1, 2, 3, 4, 5, 6 }),
              (Bytes{ 1, 1, 2, 2, 3, 1, 1, 2, 2, 3, 4, 4, 5, 5, 6, 4, 4, 5, 5, 6 }));
}

TEST(V4ResizeImage, BilinearWithoutHalfPixelOffset)
{
    Bytes model = resize_model(nfk::main_f32(0, 4), { 1, 1, 2, 2 }, nfk::main_f32(16, 16), 4, 4, 0, false, 80);
    EXPECT_EQ(run_f32(model, { 0, 10, 20, 30 }),
              (std::vector<float>{ 0, 5, 10, 10, 10, 15, 20, 20, 20, 25, 30, 30, 20, 25, 30, 30 }));
}

TEST(V4ResizeImage, BilinearUint8TruncatesInsteadOfRounding)
{
    // 2.5 -> 2, 5.5 -> 5, 8.5 -> 8
    Bytes model = resize_model(nfk::main_u8(0, 4), { 1, 1, 2, 2 }, nfk::main_u8(8, 16), 4, 4, 0, false, 24);
    EXPECT_EQ(run(model, { 1, 4, 7, 10 }), (Bytes{ 1, 2, 4, 4, 4, 5, 7, 7, 7, 8, 10, 10, 7, 8, 10, 10 }));
}

TEST(V4ResizeImage, BilinearAlignCornersMapsCornersOntoCorners)
{
    // 2x2 -> 3x3 with scale (2-1)/(3-1) = 0.5 instead of 2/3
    Bytes model = resize_model(nfk::main_f32(0, 4), { 1, 1, 2, 2 }, nfk::main_f32(16, 9), 3, 3, 0, true, 52);
    EXPECT_EQ(run_f32(model, { 0, 10, 20, 30 }), (std::vector<float>{ 0, 5, 10, 10, 15, 20, 20, 25, 30 }));
    Bytes plain = resize_model(nfk::main_f32(0, 4), { 1, 1, 2, 2 }, nfk::main_f32(16, 9), 3, 3, 0, false, 52);
    EXPECT_NE(run_f32(plain, { 0, 10, 20, 30 })[4], 15.0f);
}

namespace {

Bytes softmax_model(float beta)
{
    Body body;
    body.range(nfk::main_f32(0, 6)).range(nfk::main_f32(24, 6)).i32(3).i32(2).f32(beta);
    return nfk::one_node_model(SOFTMAX, body, nfk::main_f32(0, 6), { 1, 1, 2, 3 }, nfk::main_f32(24, 6), 48);
}

}  // namespace

TEST(V4Softmax, BetaScalesTheShiftedInputsPerRow)
{
    std::vector<float> in = { 1, 2, 3, 1000, 1001, 1003 };
    std::vector<float> out = run_f32(softmax_model(0.5f), in);
    ASSERT_EQ(out.size(), 6u);
    for (int row = 0; row < 2; row++) {
        const float *x = &in[3 * row];
        float max = x[2], e[3], sum = 0;
        for (int i = 0; i < 3; i++) {
            e[i] = nn_expf((x[i] - max) * 0.5f);  // max first, then beta: no overflow at 1000
            sum += e[i];
        }
        for (int i = 0; i < 3; i++)
            EXPECT_EQ(out[3 * row + i], e[i] / sum) << "row " << row << " element " << i;
    }
}

TEST(V4Softmax, BetaZeroIsUniform)
{
    float third = 1.0f / 3.0f;
    EXPECT_EQ(run_f32(softmax_model(0.0f), { 1, 2, 3, -5, 0, 7 }),
              (std::vector<float>{ third, third, third, third, third, third }));
}

TEST(V4StridedSlice, NegativeStridesWalkBackwards)
{
    // [1,1,3,4] = 0..11; rows 2,1,0 (end -1), columns 3,1 (stride -2)
    Body body;
    body.range(nfk::main_u8(0, 12)).range(nfk::main_u8(16, 6)).shape({ 1, 1, 3, 4 }).ints({ 0, 0, 2, 3 })
        .ints({ 1, 1, -1, -1 }).ints({ 1, 1, -1, -2 }).ints({ 0, 0, 0, 0, 0 });
    Bytes model = nfk::one_node_model(STRIDED_SLICE, body, nfk::main_u8(0, 12), { 1, 1, 3, 4 }, nfk::main_u8(16, 6), 24);
    EXPECT_EQ(run(model, { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 }), (Bytes{ 11, 9, 7, 5, 3, 1 }));
}

TEST(V4StridedSlice, Float32PositiveStrideIgnoresTheMasks)
{
    Body body;
    body.range(nfk::main_f32(0, 8)).range(nfk::main_f32(32, 4)).shape({ 1, 1, 2, 4 }).ints({ 0, 0, 0, 1 })
        .ints({ 1, 1, 2, 4 }).ints({ 1, 1, 1, 2 }).ints({ 15, 15, 1, 1, 1 });
    Bytes model = nfk::one_node_model(STRIDED_SLICE, body, nfk::main_f32(0, 8), { 1, 1, 2, 4 }, nfk::main_f32(32, 4),
                                      48);
    EXPECT_EQ(run_f32(model, iota(8, 0)), (std::vector<float>{ 1, 3, 5, 7 }));
}

TEST(V4Transpose, NchwToNhwc)
{
    Body body;
    body.range(nfk::main_u8(0, 12)).range(nfk::main_u8(16, 12)).shape({ 1, 2, 2, 3 }).ints({ 0, 2, 3, 1 });
    Bytes model = nfk::one_node_model(TRANSPOSE, body, nfk::main_u8(0, 12), { 1, 2, 2, 3 }, nfk::main_u8(16, 12), 32);
    EXPECT_EQ(run(model, { 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 }), (Bytes{ 0, 6, 1, 7, 2, 8, 3, 9, 4, 10, 5, 11 }));
}

TEST(V4Concat, InterleavesBlocksOfEachInputPerOuterIndex)
{
    // [1,1,2,2] ++ [1,1,2,1] along axis 3: inner 4 bytes, outer 2, dims {2, 1}
    Body body;
    body.range(nfk::main_f32(16, 6)).u32(4).u32(2).u32(2).range(nfk::main_f32(0, 4)).range(nfk::const_f32(0, 2))
        .ints({ 2, 1 });
    Bytes model = nfk::one_node_model(CONCAT, body, nfk::main_f32(0, 4), { 1, 1, 2, 2 }, nfk::main_f32(16, 6), 40,
                                      nfk::f32_bytes({ 5, 6 }));
    EXPECT_EQ(run_f32(model, { 1, 2, 3, 4 }), (std::vector<float>{ 1, 2, 5, 3, 4, 6 }));
}

TEST(V4MemoryCopy, CopiesWholeFourByteWordsOnly)
{
    // a 7-byte uint8 tensor loses its last 3 bytes (spec §12 quirk 4)
    Body body;
    body.range(nfk::main_u8(0, 7)).range(nfk::main_u8(8, 7));
    Bytes model = nfk::one_node_model(MEMORY_COPY, body, nfk::main_u8(0, 7), { 1, 1, 1, 7 }, nfk::main_u8(8, 7), 16);
    EXPECT_EQ(run(model, { 1, 2, 3, 4, 5, 6, 7 }), (Bytes{ 1, 2, 3, 4, 0, 0, 0 }));
}

TEST(V4Unary, EveryOperator)
{
    const float in[10] = { -2.5f, 1.25f, 0, 0, -1.25f, 1, 3, 4, 0, -3 };
    const float expect[10] = { 2.5f, 2, 1, 1, -2, 0, -3, 0.5f, 0, 9 };
    for (uint32_t op = 0; op < 10; op++) {
        Body body;
        body.range(nfk::main_f32(0, 1)).range(nfk::main_f32(4, 1)).u32(op);
        Bytes model = nfk::one_node_model(UNARY, body, nfk::main_f32(0, 1), { 1, 1, 1, 1 }, nfk::main_f32(4, 1), 8);
        EXPECT_EQ(run_f32(model, { in[op] }), (std::vector<float>{ expect[op] })) << "unary op " << op;
    }
}

TEST(V4Quantize, RoundsHalfAwayFromZeroLikeTheX86Simulator)
{
    // q = clamp((int32)roundf(x * 2 + 10), 0, 255)
    Body body;
    body.range(nfk::main_f32(0, 7)).range(nfk::main_u8(28, 7)).i32(10).f32(2.0f);
    Bytes model = nfk::one_node_model(QUANTIZE, body, nfk::main_f32(0, 7), { 1, 1, 1, 7 }, nfk::main_u8(28, 7), 36);
    std::vector<float> in = { 1.25f, 0.75f, -4.75f, -5.25f, 200, 1e30f, std::nanf("") };
    // 12.5 -> 13, 11.5 -> 12, 0.5 -> 1, -0.5 -> -1 -> 0, 410 -> 255; 2e30 and NaN convert to
    // INT32_MIN on x86 (cvttss2si), so 0, not 255
    EXPECT_EQ(run(model, nfk::f32_bytes(in)), (Bytes{ 13, 12, 1, 0, 255, 0, 0 }));
}

TEST(V4Dequantize, SubtractsTheZeroPointThenMultipliesByTheInverseScale)
{
    Body body;
    body.range(nfk::main_u8(0, 4)).range(nfk::main_f32(8, 4)).i32(10).f32(4.0f);
    Bytes model = nfk::one_node_model(DEQUANTIZE, body, nfk::main_u8(0, 4), { 1, 1, 1, 4 }, nfk::main_f32(8, 4), 24);
    EXPECT_EQ(nfk::bytes_f32(run(model, { 10, 14, 0, 255 })), (std::vector<float>{ 0, 1, -2.5f, 61.25f }));
    // 1/3 is not exact: (q - zp) * (1/3), not (q - zp) / 3
    Body third;
    third.range(nfk::main_u8(0, 4)).range(nfk::main_f32(8, 4)).i32(0).f32(3.0f);
    Bytes m3 = nfk::one_node_model(DEQUANTIZE, third, nfk::main_u8(0, 4), { 1, 1, 1, 4 }, nfk::main_f32(8, 4), 24);
    float inv = 1.0f / 3.0f;
    EXPECT_EQ(nfk::bytes_f32(run(m3, { 1, 2, 3, 7 })), (std::vector<float>{ 1 * inv, 2 * inv, 3 * inv, 7 * inv }));
}

TEST(V4Conv2dTranspose, ScattersEveryInputAndIgnoresTheBias)
{
    // [1,1,2,2] = {1,2,3,4}, 2x2 kernel {1,2,3,4}, stride 2 -> [1,1,4,4]; bias 100 is ignored (spec §12 quirk 5)
    Body body;
    body.range(nfk::main_f32(0, 4)).range(nfk::main_f32(16, 16)).shape({ 1, 1, 2, 2 }).shape({ 1, 1, 4, 4 }).i32(1)
        .window(0, 0, 2, 2, 2, 2, 1, 1).none_act().floats({ 1, 2, 3, 4 }).floats({ 100 });
    Bytes model = nfk::one_node_model(CONV2D_TRANSPOSE, body, nfk::main_f32(0, 4), { 1, 1, 2, 2 },
                                      nfk::main_f32(16, 16), 80);
    EXPECT_EQ(run_f32(model, { 1, 2, 3, 4 }),
              (std::vector<float>{ 1, 2, 2, 4, 3, 4, 6, 8, 3, 6, 4, 8, 9, 12, 12, 16 }));
}

TEST(V4Conv2dTranspose, OverlappingTapsAddUpThenTheClampApplies)
{
    // stride 1: out[y][x] = sum x[iy][ix] * w[y-iy][x-ix] over a 3x3 output
    Body body;
    body.range(nfk::main_f32(0, 4)).range(nfk::main_f32(16, 9)).shape({ 1, 1, 2, 2 }).shape({ 1, 1, 3, 3 }).i32(1)
        .window(0, 0, 2, 2, 1, 1, 1, 1).act(0, 10).floats({ 1, 2, 3, 4 }).floats({ 0 });
    Bytes model = nfk::one_node_model(CONV2D_TRANSPOSE, body, nfk::main_f32(0, 4), { 1, 1, 2, 2 },
                                      nfk::main_f32(16, 9), 52);
    // full result {1,4,4, 6,20,16, 9,24,16}, clamped to [0, 10]
    EXPECT_EQ(run_f32(model, { 1, 2, 3, 4 }), (std::vector<float>{ 1, 4, 4, 6, 10, 10, 9, 10, 10 }));
}

TEST(V4Memory, CpuOpsReadKpuMemoryWrittenByKpuUpload)
{
    // input u8 [1,1,1,64] uploaded to KPU byte 128 (a 64-wide row is dense), then dequantized from there
    nfk::KmodelV4Builder b;
    Body up, dq;
    up.range(nfk::main_u8(0, 64)).range(nfk::kpu_u8(128, 64)).shape({ 1, 1, 1, 64 });
    dq.range(nfk::kpu_u8(128, 64)).range(nfk::main_f32(64, 64)).i32(0).f32(1.0f);
    Bytes model = b.input(nfk::main_u8(0, 64), { 1, 1, 1, 64 }).output(nfk::main_f32(64, 64)).main_mem(320)
                      .node(KPU_UPLOAD, up).node(DEQUANTIZE, dq).build();
    Bytes in(64);
    for (int i = 0; i < 64; i++)
        in[i] = static_cast<uint8_t>(3 * i);
    std::vector<float> out = nfk::bytes_f32(run(model, in));
    ASSERT_EQ(out.size(), 64u);
    for (int i = 0; i < 64; i++)
        EXPECT_EQ(out[i], static_cast<float>(3 * i));
}
