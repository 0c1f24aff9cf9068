// kmodel V5 tensor functions (nncase 1.0.0-beta2 numbering) on tiny models made by kmodel_v5_builder, against
// values worked by hand from spec/kmodel-v5.md §4 and nncase's kernel definitions (quantize = saturate(round half
// to even(x * scale + bias)), dequantize = q * scale + bias, broadcasting, strided views).
#include <cmath>
#include <cstring>
#include <string>
#include <vector>

#include "kmodel_v5_builder.h"
#include "nn_status.h"
#include "test_support.h"

extern "C" {
#include "nn_v5_ref.h"
}

using nfk::Bytes;
using nfk::V5Code;
using nfk::V5Tensor;

namespace {

// 1.0.0-beta2 tensor-function numbers (spec §4)
enum : uint16_t {
    kBatchToSpace = 0, kBinary = 1, kBroadcast = 2, kCall = 3, kConv2d = 5, kGather = 10, kGatherNd = 11, kLut1d = 13, kOnehot = 15, kConvert = 7, kCopy = 8, kDequantize = 9, kPad = 16, kQuantize = 17, kReduce = 18,
    kReduceWindow2d = 19, kResizeImage = 20, kSlice = 21, kTranspose = 25, kUnary = 26,
};
enum : uint8_t { kU8 = 4, kF32 = 9, kI32 = 2 };
enum : uint8_t { kInput = 0, kOutput = 1, kRdata = 2, kData = 3 };

Bytes floats(std::initializer_list<float> v)
{
    Bytes b(v.size() * 4);
    std::memcpy(b.data(), v.begin(), b.size());
    return b;
}

struct Outcome {
    int code = -1;
    std::string error;
    Bytes output;
    std::vector<float> as_floats() const { return nfk::as_floats(output); }
};

Outcome run(const Bytes &model, const Bytes &input, int fused = 0)
{
    Outcome o;
    nfk_model *m = nullptr;
    o.code = nfk_model_load(model.data(), model.size(), NFK_PROFILE_AUTO, &m);
    if (o.code != 0) {
        o.error = nfk_last_error();
        return o;
    }
    const uint8_t *data = nullptr;
    size_t size = 0;
    o.code = nfk_model_set_float_rules(m, fused);
    if (o.code == 0)
        o.code = nfk_model_run(m, input.data(), input.size());
    if (o.code == 0)
        o.code = nfk_model_output(m, 0, &data, &size);
    if (o.code != 0)
        o.error = nfk_last_error();
    else
        o.output.assign(data, data + size);
    nfk_model_free(m);
    return o;
}

// A model whose code reads input 0 (in_dt, in_shape) and writes output 0 (out_dt, out_shape).
Bytes unary_model(const V5Code &code, uint8_t in_dt, std::vector<uint32_t> in_shape, uint8_t out_dt,
                  std::vector<uint32_t> out_shape, const Bytes &rdata = {})
{
    return nfk::build_v5_model(code, { V5Tensor{ in_dt, in_shape } }, { V5Tensor{ out_dt, out_shape } }, rdata);
}

}  // namespace

TEST(V5Ops, Dequantize_IsQTimesScalePlusBias)
{
    V5Code c;
    c.lea(kInput, 0).lea(kOutput, 0).stshape(0, { 4 }).stshape(1, { 1 }).ldr(0.5f).ldr(-1.0f);
    c.tensor(kDequantize, { kU8, kF32, 0, 1, 1 });
    Outcome o = run(unary_model(c, kU8, { 4 }, kF32, { 4 }), Bytes{ 0, 1, 128, 255 });
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.as_floats(), (std::vector<float>{ -1.0f, -0.5f, 63.0f, 126.5f }));
}

TEST(V5Ops, Dequantize_PlainRoundsTwiceFusedOnce)
{
    // 3 * (1 + 2^-23) = 3 + 1.5 * 2^-22 rounds (tie to even) to 3 + 2 * 2^-22 in float; minus 3 gives 2^-21 plainly.
    // Fused, the exact product meets the bias: 3 * 2^-23.
    V5Code c;
    c.lea(kInput, 0).lea(kOutput, 0).stshape(0, { 1 }).stshape(1, { 1 }).ldr(1.0f + std::ldexp(1.0f, -23)).ldr(-3.0f);
    c.tensor(kDequantize, { kU8, kF32, 0, 1, 1 });
    Bytes m = unary_model(c, kU8, { 1 }, kF32, { 1 });
    Outcome plain = run(m, Bytes{ 3 }, 0), fused = run(m, Bytes{ 3 }, 1);
    ASSERT_EQ(plain.code, 0) << plain.error;
    ASSERT_EQ(fused.code, 0) << fused.error;
    EXPECT_EQ(plain.as_floats()[0], std::ldexp(1.0f, -21));
    EXPECT_EQ(fused.as_floats()[0], 3.0f * std::ldexp(1.0f, -23));
}

TEST(V5Ops, Quantize_RoundsHalfToEvenAndSaturates)
{
    V5Code c;
    c.lea(kInput, 0).lea(kOutput, 0).stshape(0, { 7 }).stshape(1, { 1 }).ldr(1.0f).ldr(0.0f);
    c.tensor(kQuantize, { kF32, kU8, 0, 1, 1 });
    Outcome o = run(unary_model(c, kF32, { 7 }, kU8, { 7 }), floats({ 0.5f, 1.5f, 2.5f, 2.6f, -3.0f, 255.5f, 300.0f }));
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.output, (Bytes{ 0, 2, 2, 3, 0, 255, 255 }));
}

TEST(V5Ops, Quantize_ScaleAndBiasMoveTheGrid)
{
    // q = round(x * 4 + 10): -1 -> 6, 0.1 -> 10.4 -> 10, 0.125 -> 10.5 -> 10 (even), 0.375 -> 11.5 -> 12
    V5Code c;
    c.lea(kInput, 0).lea(kOutput, 0).stshape(0, { 4 }).stshape(1, { 1 }).ldr(4.0f).ldr(10.0f);
    c.tensor(kQuantize, { kF32, kU8, 0, 1, 1 });
    Outcome o = run(unary_model(c, kF32, { 4 }, kU8, { 4 }), floats({ -1.0f, 0.1f, 0.125f, 0.375f }));
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.output, (Bytes{ 6, 10, 10, 12 }));
}

TEST(V5Ops, Binary_BroadcastsAChannelVectorFromRdata)
{
    // a: [1, 2, 2] from the input; b: [2, 1, 1] per channel from rdata (strides 1, 0, 0); out = a - b
    V5Code c;
    c.lea(kInput, 0).lea(kRdata, 0).lea(kOutput, 0);
    c.stshape(0, { 2, 2, 2 }).stshape(1, { 4, 2, 1 }).stshape(2, { 2, 1, 1 }).stshape(3, { 1, 0, 0 });
    c.tensor(kBinary, { kF32, 0, 1, 2, 3, 1, /*sub*/ 1 }).f32(-INFINITY).f32(INFINITY);
    Bytes m = unary_model(c, kF32, { 2, 2, 2 }, kF32, { 2, 2, 2 }, floats({ 10.0f, 100.0f }));
    Outcome o = run(m, floats({ 1, 2, 3, 4, 5, 6, 7, 8 }));
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.as_floats(), (std::vector<float>{ -9, -8, -7, -6, -95, -94, -93, -92 }));
}

TEST(V5Ops, Binary_FusedClampAndDivision)
{
    V5Code c;
    c.lea(kInput, 0).lea(kInput, 0).lea(kOutput, 0);
    c.stshape(0, { 4 }).stshape(1, { 1 });
    c.tensor(kBinary, { kF32, 0, 1, 0, 1, 1, /*div*/ 3 }).f32(0.0f).f32(1.0f); // x / x clamped to [0, 1]
    Outcome o = run(unary_model(c, kF32, { 4 }, kF32, { 4 }), floats({ 2.0f, -3.0f, 0.0f, 1e-3f }));
    ASSERT_EQ(o.code, 0) << o.error;
    std::vector<float> r = o.as_floats();
    EXPECT_EQ(r[0], 1.0f);
    EXPECT_EQ(r[1], 1.0f);
    EXPECT_TRUE(std::isnan(r[2])) << "0/0 stays NaN through std::max(std::min(v, hi), lo)";
    EXPECT_EQ(r[3], 1.0f);
}

TEST(V5Ops, Slice_KeepsEveryThirdFromOneToEight)
{
    V5Code c;
    c.lea(kInput, 0).lea(kOutput, 0).stshape(0, { 10 }).stshape(1, { 1 });
    c.stshape(2, { 1 }).stshape(3, { 8 }).stshape(4, { 3 });
    c.tensor(kSlice, { kU8, 0, 1, 1, 2, 3, 4 });
    Outcome o = run(unary_model(c, kU8, { 10 }, kU8, { 3 }), Bytes{ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9 });
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.output, (Bytes{ 1, 4, 7 }));
}

TEST(V5Ops, Slice_NegativeStrideReverses)
{
    // begin 4, end 0, stride -2 over [0..5]: keeps 4, 2 (end excluded)
    V5Code c;
    c.lea(kInput, 0).lea(kOutput, 0).stshape(0, { 6 }).stshape(1, { 1 });
    c.stshape(2, { 4 }).stshape(3, { 0 }).stshape(4, { static_cast<uint32_t>(-2) });
    c.tensor(kSlice, { kU8, 0, 1, 1, 2, 3, 4 });
    Outcome o = run(unary_model(c, kU8, { 6 }, kU8, { 2 }), Bytes{ 10, 11, 12, 13, 14, 15 });
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.output, (Bytes{ 14, 12 }));
}

TEST(V5Ops, Transpose_SwapsRowsAndColumns)
{
    V5Code c;
    c.lea(kInput, 0).lea(kOutput, 0).stshape(0, { 2, 3 }).stshape(1, { 3, 1 }).stshape(2, { 2, 1 });
    c.stshape(3, { 1, 0 });
    c.tensor(kTranspose, { kU8, 0, 1, 2, 3 });
    Outcome o = run(unary_model(c, kU8, { 2, 3 }, kU8, { 3, 2 }), Bytes{ 1, 2, 3, 4, 5, 6 });
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.output, (Bytes{ 1, 4, 2, 5, 3, 6 }));
}

TEST(V5Ops, Copy_WithStridesGathersAColumn)
{
    // shape [3] with input stride 2 picks elements 0, 2, 4
    V5Code c;
    c.lea(kInput, 0).lea(kOutput, 0).stshape(0, { 3 }).stshape(1, { 2 }).stshape(2, { 1 });
    c.tensor(kCopy, { kU8, 0, 1, 2 });
    Outcome o = run(unary_model(c, kU8, { 6 }, kU8, { 3 }), Bytes{ 9, 8, 7, 6, 5, 4 });
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.output, (Bytes{ 9, 7, 5 }));
}

TEST(V5Ops, Convert_FloatToUint8Truncates)
{
    V5Code c;
    c.lea(kInput, 0).lea(kOutput, 0).stshape(0, { 3 }).stshape(1, { 1 });
    c.tensor(kConvert, { kF32, kU8, 0, 1, 1 });
    Outcome o = run(unary_model(c, kF32, { 3 }, kU8, { 3 }), floats({ 3.7f, 0.2f, 200.9f }));
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.output, (Bytes{ 3, 0, 200 }));
}

TEST(V5Ops, ReduceWindow2d_MaxAndPaddedMean)
{
    // 4x4 input 0..15; max 2x2 stride 2 -> [5, 7, 13, 15]
    V5Code c;
    c.lea(kInput, 0).ldr(-INFINITY).lea(kOutput, 0).ldc(0).ldc(0).ldc(0).ldc(0);
    c.stshape(0, { 1, 1, 4, 4 }).stshape(1, { 16, 16, 4, 1 }).stshape(2, { 4, 4, 2, 1 });
    c.tensor(kReduceWindow2d, { kF32, /*max*/ 2, 0, 1, 2 }).u16(2).u16(2).u16(2).u16(2).u16(1).u16(1);
    c.f32(-INFINITY).f32(INFINITY);
    Bytes in = floats({ 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15 });
    Outcome o = run(unary_model(c, kF32, { 1, 1, 4, 4 }, kF32, { 1, 1, 2, 2 }), in);
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.as_floats(), (std::vector<float>{ 5, 7, 13, 15 }));

    // mean 3x3 stride 3 with padding 1 on every side (out (4 + 2 - 3 + 3) / 3 = 2): window (0,0) covers rows/cols 0..1 only: (0+1+4+5)/4 = 2.5;
    // (0,1) covers cols 2..3 of rows 0..1: (2+3+6+7)/4 = 4.5; (1,0): rows 2..3, cols 0..1: 10.5; (1,1): 12.5
    V5Code m;
    m.lea(kInput, 0).ldr(0.0f).lea(kOutput, 0).ldc(1).ldc(1).ldc(1).ldc(1);
    m.stshape(0, { 1, 1, 4, 4 }).stshape(1, { 16, 16, 4, 1 }).stshape(2, { 4, 4, 2, 1 });
    m.tensor(kReduceWindow2d, { kF32, /*mean*/ 0, 0, 1, 2 }).u16(3).u16(3).u16(3).u16(3).u16(1).u16(1);
    m.f32(-INFINITY).f32(INFINITY);
    o = run(unary_model(m, kF32, { 1, 1, 4, 4 }, kF32, { 1, 1, 2, 2 }), in);
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.as_floats(), (std::vector<float>{ 2.5f, 4.5f, 10.5f, 12.5f }));
}

TEST(V5Ops, ResizeImage_BilinearAndNearestDoubling)
{
    // 2x2 [[0, 4], [8, 12]] -> 4x4, scale 0.5, no align corners: sample at 0, 0.5, 1, 1.5 (clamped to 1)
    Bytes in = floats({ 0, 4, 8, 12 });
    V5Code c;
    c.ldc(4).ldc(4).lea(kInput, 0).lea(kOutput, 0);
    c.stshape(0, { 1, 1, 2, 2 }).stshape(1, { 4, 4, 2, 1 }).stshape(2, { 16, 16, 4, 1 });
    c.tensor(kResizeImage, { kF32, 0, 1, 2, /*align*/ 0, /*half pixel*/ 0, /*bilinear*/ 0 });
    Outcome o = run(unary_model(c, kF32, { 1, 1, 2, 2 }, kF32, { 1, 1, 4, 4 }), in);
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.as_floats(), (std::vector<float>{ 0, 2, 4, 4, 4, 6, 8, 8, 8, 10, 12, 12, 8, 10, 12, 12 }));

    V5Code n;
    n.ldc(4).ldc(4).lea(kInput, 0).lea(kOutput, 0);
    n.stshape(0, { 1, 1, 2, 2 }).stshape(1, { 4, 4, 2, 1 }).stshape(2, { 16, 16, 4, 1 });
    n.tensor(kResizeImage, { kF32, 0, 1, 2, 0, 0, /*nearest*/ 1 });
    o = run(unary_model(n, kF32, { 1, 1, 2, 2 }, kF32, { 1, 1, 4, 4 }), in);
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.as_floats(), (std::vector<float>{ 0, 0, 4, 4, 0, 0, 4, 4, 8, 8, 12, 12, 8, 8, 12, 12 }));
}

TEST(V5Ops, Pad_ConstantAndReflect)
{
    V5Code c;
    c.lea(kInput, 0).lea(kOutput, 0).ldc(7).stshape(0, { 3 }).stshape(1, { 1 }).stpaddings(0, { { 2, 1 } });
    c.tensor(kPad, { kU8, 0, 1, 1, 0, /*constant*/ 0 });
    Outcome o = run(unary_model(c, kU8, { 3 }, kU8, { 6 }), Bytes{ 1, 2, 3 });
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.output, (Bytes{ 7, 7, 1, 2, 3, 7 }));

    V5Code r;
    r.lea(kInput, 0).lea(kOutput, 0).ldc(0).stshape(0, { 3 }).stshape(1, { 1 }).stpaddings(0, { { 2, 1 } });
    r.tensor(kPad, { kU8, 0, 1, 1, 0, /*reflect*/ 1 });
    o = run(unary_model(r, kU8, { 3 }, kU8, { 6 }), Bytes{ 1, 2, 3 });
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.output, (Bytes{ 3, 2, 1, 2, 3, 2 }));
}

TEST(V5Ops, Reduce_MeanOverTheLastAxis)
{
    V5Code c;
    c.lea(kInput, 0).lea(kOutput, 0).ldr(0.0f).stshape(0, { 2, 3 }).stshape(1, { 3, 1 }).stshape(2, { 1 });
    c.stshape(3, { 1 });
    c.tensor(kReduce, { kF32, 0, 1, 2, /*mean*/ 0, 3, /*keep dims*/ 0 });
    Outcome o = run(unary_model(c, kF32, { 2, 3 }, kF32, { 2 }), floats({ 1, 2, 6, 10, 20, 60 }));
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.as_floats(), (std::vector<float>{ 3, 30 }));
}

TEST(V5Ops, Unary_SquareAndAbs)
{
    V5Code c;
    c.lea(kInput, 0).lea(kOutput, 0).stshape(0, { 3 }).stshape(1, { 1 });
    c.tensor(kUnary, { kF32, 0, 1, 1, /*square*/ 11 });
    Outcome o = run(unary_model(c, kF32, { 3 }, kF32, { 3 }), floats({ -3, 0.5f, 2 }));
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.as_floats(), (std::vector<float>{ 9, 0.25f, 4 }));
}

TEST(V5Ops, ScalarArithmeticFeedsAShape)
{
    // 2 * 3 - 1 = 5 elements, built with LDC_I4, MUL, SUB before STSHAPE
    V5Code c;
    c.lea(kInput, 0).lea(kOutput, 0).ldc(2).ldc(3).op(0x36).ldc(1).op(0x35).bytes({ 0x31, 0, 1 });
    c.stshape(1, { 1 });
    c.tensor(kCopy, { kU8, 0, 1, 1 });
    Outcome o = run(unary_model(c, kU8, { 5 }, kU8, { 5 }), Bytes{ 1, 2, 3, 4, 5 });
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.output, (Bytes{ 1, 2, 3, 4, 5 }));
}

TEST(V5Ops, Broadcast_RepeatsARowAndAddsALeadingDim)
{
    V5Code c;
    c.lea(kInput, 0).lea(kOutput, 0).stshape(0, { 1, 3 }).stshape(1, { 3, 1 }).stshape(2, { 2, 2, 3 });
    c.stshape(3, { 6, 3, 1 });
    c.tensor(kBroadcast, { kU8, 0, 1, 2, 3 });
    Outcome o = run(unary_model(c, kU8, { 1, 3 }, kU8, { 2, 2, 3 }), Bytes{ 7, 8, 9 });
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.output, (Bytes{ 7, 8, 9, 7, 8, 9, 7, 8, 9, 7, 8, 9 }));
}

TEST(V5Ops, Lut1d_LooksEachByteUpAndRefusesValuesPastTheTable)
{
    Bytes table{ 100, 101, 102, 103 };
    V5Code c;
    c.lea(kInput, 0).lea(kRdata, 0).lea(kOutput, 0).ldc(0).ldc(255).stshape(0, { 3 }).stshape(1, { 1 });
    c.tensor(kLut1d, { kU8, 0, 1, 1 }).u16(4);
    Bytes m = unary_model(c, kU8, { 3 }, kU8, { 3 }, table);
    Outcome o = run(m, Bytes{ 3, 0, 2 });
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.output, (Bytes{ 103, 100, 102 }));
    o = run(m, Bytes{ 3, 4, 2 });
    EXPECT_EQ(o.code, NN_ERR_MALFORMED);
    EXPECT_NE(o.error.find("an input value is past the 4-entry table"), std::string::npos) << o.error;
}

TEST(V5Ops, Gather_PicksRowsByIndexAndRefusesIndicesOutOfRange)
{
    // input [3, 2]; indices [2, 0] (int32 in rdata) along axis 0 -> rows 2 and 0
    Bytes idx(8);
    int32_t v[2] = { 2, 0 };
    std::memcpy(idx.data(), v, 8);
    V5Code c;
    c.lea(kInput, 0).lea(kOutput, 0).lea(kRdata, 0).stshape(0, { 3, 2 }).stshape(1, { 2, 2 }).stshape(2, { 2, 1 });
    c.stshape(3, { 2 });
    c.tensor(kGather, { kU8, 0, 1, 2, 2, 3, /*axis*/ 0 });
    Outcome o = run(unary_model(c, kU8, { 3, 2 }, kU8, { 2, 2 }, idx), Bytes{ 1, 2, 3, 4, 5, 6 });
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.output, (Bytes{ 5, 6, 1, 2 }));
    v[0] = 3;
    std::memcpy(idx.data(), v, 8);
    o = run(unary_model(c, kU8, { 3, 2 }, kU8, { 2, 2 }, idx), Bytes{ 1, 2, 3, 4, 5, 6 });
    EXPECT_EQ(o.code, NN_ERR_MALFORMED);
    EXPECT_NE(o.error.find("an index is outside 0..2 (the input's dim 0)"), std::string::npos) << o.error;
}

TEST(V5Ops, GatherNd_PicksElementsByCoordinatePairs)
{
    // input [[1, 2], [3, 4]]; indices [[1, 0], [0, 1]] -> [3, 2]
    Bytes idx(16);
    int32_t v[4] = { 1, 0, 0, 1 };
    std::memcpy(idx.data(), v, 16);
    V5Code c;
    c.lea(kInput, 0).lea(kOutput, 0).lea(kRdata, 0).stshape(0, { 2, 2 }).stshape(1, { 2 }).stshape(2, { 2, 1 });
    c.stshape(3, { 1 });
    c.tensor(kGatherNd, { kU8, 0, 1, 2, 3, /*indices shape*/ 0, /*batch dims*/ 0 });
    Outcome o = run(unary_model(c, kU8, { 2, 2 }, kU8, { 2 }, idx), Bytes{ 1, 2, 3, 4 });
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.output, (Bytes{ 3, 2 }));
    v[2] = 2; // row 2 of a 2-row input
    std::memcpy(idx.data(), v, 16);
    o = run(unary_model(c, kU8, { 2, 2 }, kU8, { 2 }, idx), Bytes{ 1, 2, 3, 4 });
    EXPECT_EQ(o.code, NN_ERR_MALFORMED);
    EXPECT_NE(o.error.find("an index is outside its input dim"), std::string::npos) << o.error;
}

TEST(V5Ops, Onehot_MarksEachIndexAndNegativesOnlyWithProcessNeg)
{
    // indices [0, 2, -1] (int32), depth 3 (u8), on 9, off 1 -> [3, 3] with the depth on axis 1
    Bytes rdata(16, 0);
    int32_t v[3] = { 0, 2, -1 };
    std::memcpy(rdata.data(), v, 12);
    rdata[12] = 3, rdata[13] = 9, rdata[14] = 1;
    for (uint8_t mode : { 0, 1 }) {
        V5Code c;
        c.lea(kRdata, 0).lea(kRdata, 12).lea(kRdata, 13).lea(kRdata, 14).lea(kOutput, 0);
        c.stshape(0, { 3 }).stshape(1, { 3, 3 }).stshape(2, { 3, 1 });
        c.tensor(kOnehot, { kU8, 0, 1, 2, /*axis*/ 1, mode });
        Outcome o = run(unary_model(c, kU8, { 1 }, kU8, { 3, 3 }, rdata), Bytes{ 0 });
        ASSERT_EQ(o.code, 0) << o.error;
        uint8_t last = mode == 1 ? 9 : 1;
        EXPECT_EQ(o.output, (Bytes{ 9, 1, 1, 1, 1, 9, 1, 1, last })) << "mode " << int(mode);
    }
}

TEST(V5Ops, BatchToSpace_InterleavesBatchesIntoRowsAndColumnsThenCrops)
{
    // 4 batches of 1x1x2 ([1,2] [3,4] [5,6] [7,8]), block 2x2 -> 1x1x2x4 = [[1,3,2,4],[5,7,6,8]]; crop 1 column
    V5Code c;
    c.lea(kInput, 0).lea(kOutput, 0).stshape(0, { 4, 1, 1, 2 }).stshape(1, { 2, 2, 2, 1 }).stshape(2, { 6, 6, 3, 1 });
    c.stshape(3, { 2, 2 }).stpaddings(0, { { 0, 0 }, { 1, 0 } });
    c.tensor(kBatchToSpace, { kU8, 0, 1, 2, 3, 0 });
    Outcome o = run(unary_model(c, kU8, { 4, 1, 1, 2 }, kU8, { 1, 1, 2, 3 }), Bytes{ 1, 2, 3, 4, 5, 6, 7, 8 });
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.output, (Bytes{ 3, 2, 4, 7, 6, 8 }));
}

namespace {

// A conv2d model: input [1, C, H, W] from input 0, weights then bias (one float each) in rdata, output 0.
Bytes conv_model(std::vector<uint32_t> in, std::vector<uint32_t> w, std::vector<uint32_t> out, const Bytes &rdata,
                 uint32_t bias_offset, uint16_t groups, uint16_t stride, int32_t pad)
{
    V5Code c;
    c.lea(kInput, 0).lea(kRdata, 0).lea(kRdata, bias_offset).lea(kOutput, 0).ldc(pad).ldc(pad).ldc(pad).ldc(pad);
    c.stshape(0, { in[0], in[1], in[2], in[3] }).stshape(1, { in[1] * in[2] * in[3], in[2] * in[3], in[3], 1 });
    c.stshape(2, { w[0], w[1], w[2], w[3] }).stshape(3, { w[1] * w[2] * w[3], w[2] * w[3], w[3], 1 });
    c.stshape(4, { 1 }).stshape(5, { out[1] * out[2] * out[3], out[2] * out[3], out[3], 1 });
    c.tensor(kConv2d, { kF32, 0, 1, 2, 3, 4, 5 }).u16(groups).u16(stride).u16(stride).u16(1).u16(1);
    c.f32(-INFINITY).f32(INFINITY);
    return unary_model(c, kF32, in, kF32, out, rdata);
}

Bytes concat(const Bytes &a, const Bytes &b)
{
    Bytes r = a;
    r.insert(r.end(), b.begin(), b.end());
    return r;
}

}  // namespace

TEST(V5Ops, Conv2d_Padded3x3_SumsTheNeighbourhoodPlusBias)
{
    Bytes rdata = concat(floats({ 1, 1, 1, 1, 1, 1, 1, 1, 1 }), floats({ 0.5f }));
    Outcome o = run(conv_model({ 1, 1, 3, 3 }, { 1, 1, 3, 3 }, { 1, 1, 3, 3 }, rdata, 36, 1, 1, 1),
                    floats({ 1, 2, 3, 4, 5, 6, 7, 8, 9 }));
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.as_floats(), (std::vector<float>{ 12.5f, 21.5f, 16.5f, 27.5f, 45.5f, 33.5f, 24.5f, 39.5f, 28.5f }));
}

TEST(V5Ops, Conv2d_FloatOrderFollowsNncasesPath)
{
    // Floats near 1e8 are 8 apart: 1e8 + 2 rounds back to 1e8, 1e8 + 8 and 1e8 + 16 are exact.
    // 1x1 stride 1 (nncase's conv2d_1x1_s1): four channels summed first, 2+2+2+2 = 8, then added: 1e8 + 8.
    Bytes w4 = concat(floats({ 1, 1, 1, 1 }), floats({ 1e8f }));
    Outcome o = run(conv_model({ 1, 4, 1, 1 }, { 1, 4, 1, 1 }, { 1, 1, 1, 1 }, w4, 16, 1, 1, 0), floats({ 2, 2, 2, 2 }));
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.as_floats()[0], 100000008.0f);
    // 3x3 stride 1 without padding (conv2d_nxm): the channel's nine taps summed from 0 (18), then added: 1e8 + 16.
    Bytes w9 = concat(floats({ 1, 1, 1, 1, 1, 1, 1, 1, 1 }), floats({ 1e8f }));
    Bytes in9 = floats({ 2, 2, 2, 2, 2, 2, 2, 2, 2 });
    o = run(conv_model({ 1, 1, 3, 3 }, { 1, 1, 3, 3 }, { 1, 1, 1, 1 }, w9, 36, 1, 1, 0), in9);
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.as_floats()[0], 100000016.0f);
    // the same at stride 3 takes the reference kernel: every tap added to the bias in turn, each rounding back to 1e8
    o = run(conv_model({ 1, 1, 3, 3 }, { 1, 1, 3, 3 }, { 1, 1, 1, 1 }, w9, 36, 1, 3, 0), in9);
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.as_floats()[0], 100000000.0f);
}

TEST(V5Ops, Conv2d_DepthwiseKeepsChannelsApart)
{
    // 2 channels, groups 2, 1x3 filters [1, 0, -1] and [0, 2, 0], stride 1, no padding, bias 0 and 10
    Bytes rdata = concat(floats({ 1, 0, -1, 0, 2, 0 }), floats({ 0, 10 }));
    Outcome o = run(conv_model({ 1, 2, 1, 4 }, { 2, 1, 1, 3 }, { 1, 2, 1, 2 }, rdata, 24, 2, 1, 0),
                    floats({ 1, 2, 4, 8, 1, 2, 4, 8 }));
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.as_floats(), (std::vector<float>{ -3, -6, 14, 18 }));
}

TEST(V5Ops, Conv2d_WritesAnOutputAtAnOddAddress)
{
    // the output starts at byte 1 of a u8[8] output: the float must be stored bytewise (UBSan checks alignment;
    // the fuzzer found a misaligned store here)
    V5Code c;
    c.lea(kInput, 0).lea(kRdata, 0).lea(kRdata, 4).lea(kOutput, 1).ldc(0).ldc(0).ldc(0).ldc(0);
    c.stshape(0, { 1, 1, 1, 1 }).stshape(1, { 1, 1, 1, 1 }).stshape(2, { 1 });
    c.tensor(kConv2d, { kF32, 0, 1, 0, 1, 2, 1 }).u16(1).u16(1).u16(1).u16(1).u16(1);
    c.f32(-INFINITY).f32(INFINITY);
    Outcome o = run(unary_model(c, kF32, { 1 }, kU8, { 8 }, floats({ 2.0f, 0.5f })), floats({ 3.0f }));
    ASSERT_EQ(o.code, 0) << o.error;
    ASSERT_EQ(o.output.size(), 8u);
    Bytes expected = floats({ 6.5f }); // 3 * 2 + 0.5
    EXPECT_EQ(Bytes(o.output.begin() + 1, o.output.begin() + 5), expected);
}

// ---- sizes from the file: counted without wrapping, and no loops over an empty output --------

TEST(V5Ops, ElementCountsSaturateInsteadOfWrapping)
{
    const uint32_t wraps[4] = { 65536, 65536, 65536, 65536 }; // 2^64: wrapped, it was 0
    EXPECT_EQ(nn_v5_elements(wraps, 4), UINT64_MAX);
    const uint32_t empty[4] = { 0xFFFFFFFFu, 0xFFFFFFFFu, 0xFFFFFFFFu, 0 };
    EXPECT_EQ(nn_v5_elements(empty, 4), 0u);
    // the loops outside the empty dim: 2^32-1 * 2^32-1 * 2^32-1 saturates; 3 * 5 with two empty dims
    EXPECT_EQ(nn_v5_loop_count(empty, 4), UINT64_MAX);
    const uint32_t small[4] = { 3, 0, 5, 0 };
    EXPECT_EQ(nn_v5_loop_count(small, 4), 15u);
}

TEST(V5Ops, Copy_ShapeOf2To64Elements_IsRefusedNotEmpty)
{
    // strides 0 keep the bytes in range; the element count alone must refuse it (it wrapped to 0 before)
    V5Code c;
    c.lea(kInput, 0).lea(kOutput, 0).stshape(0, { 65536, 65536, 65536, 65536 }).stshape(1, { 0, 0, 0, 0 });
    c.tensor(kCopy, { kU8, 0, 1, 1 });
    Outcome o = run(unary_model(c, kU8, { 4 }, kU8, { 4 }), Bytes{ 1, 2, 3, 4 });
    EXPECT_EQ(o.code, NN_ERR_MALFORMED) << o.error;
    EXPECT_NE(o.error.find("more than 2^32 elements"), std::string::npos) << o.error;
}

TEST(V5Ops, Conv2d_EmptyOutputWithHugeOuterDims_EndsAtOnce)
{
    // input [2^32-1, 1, 65535, 0] and output [2^32-1, 1, 65535, 0] (1x1 filter): nothing to compute, but the
    // loops outside the empty width would run 2^48 times (the fuzzer found this as a timeout)
    V5Code c;
    c.lea(kInput, 0).lea(kRdata, 0).lea(kRdata, 4).lea(kOutput, 0).ldc(0).ldc(0).ldc(0).ldc(0);
    c.stshape(0, { 0xFFFFFFFFu, 1, 65535, 0 }).stshape(1, { 0, 0, 0, 0 });
    c.stshape(2, { 1, 1, 1, 1 }).stshape(3, { 1, 1, 1, 1 }).stshape(4, { 1 });
    c.tensor(kConv2d, { kF32, 0, 1, 2, 3, 4, 1 }).u16(1).u16(1).u16(1).u16(1).u16(1);
    c.f32(-INFINITY).f32(INFINITY);
    Outcome o = run(unary_model(c, kF32, { 1 }, kF32, { 1 }, floats({ 2.0f, 0.5f })), floats({ 1.0f }));
    EXPECT_EQ(o.code, 0) << o.error;
}

// ---- the k210 module: commands run through the KPU driver and the emulator -------------------

namespace {

void put32(Bytes &b, uint32_t v)
{
    for (int k = 0; k < 4; k++)
        b.push_back(static_cast<uint8_t>(v >> (8 * k)));
}

// A memory range (spec §2: u8 location, u8 datatype, u16 shared module, u32 start, u32 size).
void range(Bytes &b, uint8_t location, uint32_t start, uint32_t size)
{
    b.push_back(location);
    b.push_back(kU8);
    b.push_back(0);
    b.push_back(0);
    put32(b, start);
    put32(b, size);
}

void command(Bytes &b, uint8_t opcode) { b.insert(b.end(), { opcode, 0, 0, 0 }); }

// stackvm code that calls k210 function 0 (module 1) with input 0 and output 0, both u8 of `shape`.
Bytes call_k210(std::initializer_list<uint32_t> shape, std::initializer_list<uint32_t> strides,
                const Bytes &k210_text)
{
    V5Code c;
    c.stshape(0, shape).stshape(1, strides);
    c.lea(kInput, 0).ldc(kU8).ldc(0).ldc(1).lea(kOutput, 0).ldc(kU8).ldc(0).ldc(1);
    c.tensor(kCall, { 0, 0, 0, 0, 1, 0, 1, 1 });
    V5Tensor t{ kU8, shape };
    return nfk::build_v5_model_with_k210(c, { t }, { t }, 0, k210_text, { t }, { t });
}

}  // namespace

TEST(V5Ops, K210_UploadThenDownloadGivesTheMapBack)
{
    // 2 channels of 3x5 (width <= 16: four channels share a 64-byte line; 3 lines)
    Bytes text;
    command(text, 0);
    range(text, kInput, 0, 30);
    range(text, 64, 640, 192);
    for (uint32_t d : { 1, 2, 3, 5 })
        put32(text, d);
    command(text, 1);
    range(text, 64, 640, 192);
    range(text, kOutput, 0, 30);
    for (uint32_t d : { 1, 2, 3, 5 })
        put32(text, d);
    Bytes in(30);
    for (size_t i = 0; i < in.size(); i++)
        in[i] = static_cast<uint8_t>(7 * i + 1);
    Outcome o = run(call_k210({ 1, 2, 3, 5 }, { 30, 15, 5, 1 }, text), in);
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.output, in);
}

TEST(V5Ops, K210_CopyWithStridesTransposes)
{
    Bytes text;
    command(text, 3);
    range(text, kInput, 0, 6);
    range(text, kOutput, 0, 6);
    for (uint32_t d : { 1, 1, 2, 3, 6, 6, 3, 1, 6, 6, 1, 2 }) // shape, input strides, output strides
        put32(text, d);
    Outcome o = run(call_k210({ 6 }, { 1 }, text), Bytes{ 1, 2, 3, 4, 5, 6 });
    ASSERT_EQ(o.code, 0) << o.error;
    EXPECT_EQ(o.output, (Bytes{ 1, 4, 2, 5, 3, 6 }));
}

TEST(V5Ops, K210_CallWithASmallerTensorThanTheFunctionUsesIsRefused)
{
    // the k210 function declares 6 bytes; the caller binds a 4-element view of them
    Bytes text;
    command(text, 3);
    range(text, kInput, 0, 6);
    range(text, kOutput, 0, 6);
    for (uint32_t d : { 1, 1, 1, 6, 6, 6, 6, 1, 6, 6, 6, 1 })
        put32(text, d);
    V5Code c;
    c.stshape(0, { 4 }).stshape(1, { 1 }).stshape(2, { 6 });
    c.lea(kInput, 0).ldc(kU8).ldc(0).ldc(1).lea(kOutput, 0).ldc(kU8).ldc(2).ldc(1);
    c.tensor(kCall, { 0, 0, 0, 0, 1, 0, 1, 1 });
    V5Tensor t{ kU8, { 6 } };
    Outcome o = run(nfk::build_v5_model_with_k210(c, { t }, { t }, 0, text, { t }, { t }), Bytes{ 1, 2, 3, 4, 5, 6 });
    EXPECT_EQ(o.code, NN_ERR_MALFORMED);
    EXPECT_NE(o.error.find("the caller bound a smaller input tensor than it uses"), std::string::npos) << o.error;
}

// ---- run-time checks: a program cannot reach outside its tensors ----------------------------

TEST(V5Ops, ATensorPastItsBufferIsRefusedBeforeTheKernelRuns)
{
    V5Code c;
    c.lea(kInput, 0).lea(kOutput, 0).stshape(0, { 5 }).stshape(1, { 1 }); // 5 elements into a 4-byte output
    c.tensor(kCopy, { kU8, 0, 1, 1 });
    Outcome o = run(unary_model(c, kU8, { 5 }, kU8, { 4 }), Bytes{ 1, 2, 3, 4, 5 });
    EXPECT_EQ(o.code, NN_ERR_MALFORMED);
    EXPECT_NE(o.error.find("COPY at code offset"), std::string::npos) << o.error;
    EXPECT_NE(o.error.find("the output tensor (output +0, 5 bytes) runs past the 4-byte output"), std::string::npos)
        << o.error;
}

TEST(V5Ops, AnUnsetShapeRegisterIsNamed)
{
    V5Code c;
    c.lea(kInput, 0).lea(kOutput, 0).stshape(1, { 1 });
    c.tensor(kCopy, { kU8, 9, 1, 1 });
    Outcome o = run(unary_model(c, kU8, { 4 }, kU8, { 4 }), Bytes{ 1, 2, 3, 4 });
    EXPECT_EQ(o.code, NN_ERR_MALFORMED);
    EXPECT_NE(o.error.find("shape register 9 is read before STSHAPE set it"), std::string::npos) << o.error;
}

TEST(V5Ops, StackUnderflowAndWritesToRdataAreRefused)
{
    V5Code c;
    c.lea(kInput, 0).tensor(kCopy, { kU8, 0, 1, 1 }); // pops two addresses, one is there
    Outcome o = run(unary_model(c, kU8, { 4 }, kU8, { 4 }), Bytes{ 1, 2, 3, 4 });
    EXPECT_EQ(o.code, NN_ERR_MALFORMED);
    EXPECT_NE(o.error.find("the evaluation stack is empty"), std::string::npos) << o.error;

    V5Code w;
    w.lea(kInput, 0).lea(kRdata, 0).stshape(0, { 4 }).stshape(1, { 1 }).tensor(kCopy, { kU8, 0, 1, 1 });
    o = run(unary_model(w, kU8, { 4 }, kU8, { 4 }, Bytes{ 0, 0, 0, 0 }), Bytes{ 1, 2, 3, 4 });
    EXPECT_EQ(o.code, NN_ERR_MALFORMED);
    EXPECT_NE(o.error.find("read-only rdata"), std::string::npos) << o.error;
}

TEST(V5Ops, WrongInputSizeIsNamed)
{
    V5Code c;
    c.lea(kInput, 0).lea(kOutput, 0).stshape(0, { 4 }).stshape(1, { 1 }).tensor(kCopy, { kU8, 0, 1, 1 });
    Outcome o = run(unary_model(c, kU8, { 4 }, kU8, { 4 }), Bytes{ 1, 2, 3 });
    EXPECT_EQ(o.code, NN_ERR_INPUT_SIZE);
    EXPECT_NE(o.error.find("input 0 has 3 bytes; the model's input 0 is 4 bytes"), std::string::npos) << o.error;
}

TEST(V5Ops, AFunctionBeta2DoesNotImplementIsNamedWhenReached)
{
    // MATMUL (14) has a number in 1.0.0-beta2 but no operand layout, so the file does not even decode
    V5Code c;
    c.tensor(14, { 0, 0, 0, 0 });
    Outcome o = run(unary_model(c, kU8, { 4 }, kU8, { 4 }), Bytes{ 1, 2, 3, 4 });
    EXPECT_NE(o.code, 0);
    EXPECT_NE(o.error.find("MATMUL"), std::string::npos) << o.error;
}
