// kmodel V4 quantized ops, table_lookup1d, nnil_unary_method and the NHWC
// cpu_* ops (spec/kmodel-v4.md §8.4, §10) on hand-worked cases, through
// one-node model files. R(v, mul, shift) rounds half up: ties are the point of
// several cases below.
#include <cfloat>
#include <string>
#include <vector>

#include "kmodel_v4_builder.h"
#include "test_support.h"

extern "C" {
#include "nn_status.h"
#include "nn_v4_ref.h"
}

namespace {

using nfk::Body;
using nfk::Bytes;

enum : uint32_t {
    REDUCE_WINDOW2D = 0x08, QUANTIZED_CONV2D = 0x0F, QUANTIZED_MATMUL = 0x10, QUANTIZED_BINARY = 0x11,
    TABLE_LOOKUP1D = 0x12, NNIL = 0x14, CPU_CONV2D = 0x1001, CPU_DEPTHWISE_CONV2D = 0x1002,
    CPU_REDUCE_WINDOW2D = 0x1003, CPU_QUANTIZED_CONV2D = 0x1004, CPU_QUANTIZED_DEPTHWISE_CONV2D = 0x1005,
};

Bytes run(const Bytes &model, const Bytes &input)
{
    Bytes out;
    std::string error;
    EXPECT_TRUE(nfk::run_model(model, input, NFK_PROFILE_AUTO, out, error)) << error;
    return out;
}

struct Failure {
    int code = 0;
    std::string message;
};

Failure load_error(const Bytes &model)
{
    nfk_model *m = nullptr;
    Failure f;
    f.code = nfk_model_load(model.data(), model.size(), NFK_PROFILE_AUTO, &m);
    if (f.code != 0)
        f.message = nfk_last_error();
    nfk_model_free(m);
    return f;
}

}  // namespace

TEST(V4Requantize, RoundsHalfUpAndTruncatesTo32Bits)
{
    EXPECT_EQ(nn_v4_requantize(5, 1, 1), 3);      // 2.5 -> 3
    EXPECT_EQ(nn_v4_requantize(-5, 1, 1), -2);    // -2.5 -> -2 (towards +inf)
    EXPECT_EQ(nn_v4_requantize(-7, 1, 2), -2);    // -1.75 -> -2
    EXPECT_EQ(nn_v4_requantize(7, 3, 0), 21);     // shift 0: no rounding
    EXPECT_EQ(nn_v4_requantize(1 << 30, 8, 0), 0);  // 2^33 truncated to 32 bits
    EXPECT_EQ(nn_v4_requantize(3, 1, 257), 2);    // the shift is a byte: 257 -> 1
    EXPECT_EQ(nn_v4_requantize(INT32_MIN, INT32_MIN, 63), 1);  // 2^62 + 2^62 rounds to 2^63 / 2^63
}

namespace {

// quantized_binary of a (main, 4 x u8) and b (const, 4 x u8 or one broadcast value).
Bytes qbinary_model(uint32_t op, const Bytes &b, std::vector<int32_t> params)
{
    nfk::Shape bs = { 1, 1, 1, static_cast<int32_t>(b.size()) };
    Body body;
    body.range(nfk::main_u8(0, 4)).range(nfk::const_u8(0, static_cast<uint32_t>(b.size()))).range(nfk::main_u8(8, 4))
        .u32(op).shape({ 1, 1, 1, 4 }).shape(bs).shape({ 1, 1, 1, 4 }).ints(params);
    return nfk::one_node_model(QUANTIZED_BINARY, body, nfk::main_u8(0, 4), { 1, 1, 1, 4 }, nfk::main_u8(8, 4), 16, b);
}

}  // namespace

TEST(V4QuantizedBinary, AddRoundsEveryTieHalfUp)
{
    // a' = R(a, 1, 1): 5 -> 3, 3 -> 2, 0 -> 0, 1 -> 1; b' = R(b - 10, 1, 1): -5 -> -2, -3 -> -1, 0 -> 0, -1 -> 0
    // t = a' + b' = {1, 1, 0, 1}; out = R(3t, 1) + 100 = {102, 102, 100, 102} (1.5 -> 2)
    Bytes model = qbinary_model(0, { 5, 7, 10, 9 }, { 0, 1, 1, -10, 1, 1, 100, 3, 1 });
    EXPECT_EQ(run(model, { 5, 3, 0, 1 }), (Bytes{ 102, 102, 100, 102 }));
}

TEST(V4QuantizedBinary, DivideAddsHalfTheDivisorAndTruncates)
{
    // a' = a - 100 = {7, -7, 7, -7}; b' = b - 100 = {2, 2, -2, -2}; t = (a' + b'/2) / b' in C
    Bytes model = qbinary_model(3, { 102, 102, 98, 98 }, { -100, 1, 0, -100, 1, 0, 100, 1, 0 });
    EXPECT_EQ(run(model, { 107, 93, 107, 93 }), (Bytes{ 104, 97, 97, 104 }));  // {4, -3, -3, 4} + 100
}

TEST(V4QuantizedBinary, SubMulMinMaxAndTheOutputClamp)
{
    std::vector<int32_t> p = { -100, 1, 0, -100, 1, 0, 100, 1, 0 };
    Bytes b = { 102, 102, 98, 98 }, a = { 107, 93, 107, 93 };
    EXPECT_EQ(run(qbinary_model(1, b, p), a), (Bytes{ 105, 91, 109, 95 }));
    EXPECT_EQ(run(qbinary_model(2, b, p), a), (Bytes{ 114, 86, 86, 114 }));
    EXPECT_EQ(run(qbinary_model(4, b, p), a), (Bytes{ 102, 93, 98, 93 }));
    EXPECT_EQ(run(qbinary_model(5, b, p), a), (Bytes{ 107, 102, 107, 98 }));
    std::vector<int32_t> wide = { -100, 1, 0, -100, 1, 0, 100, 20, 0 };
    EXPECT_EQ(run(qbinary_model(1, b, wide), a), (Bytes{ 200, 0, 255, 0 }));  // 100 + 20 * {5, -9, 9, -5}
}

TEST(V4QuantizedBinary, BroadcastsAScalarOperand)
{
    Bytes model = qbinary_model(0, { 3 }, { 0, 1, 0, 0, 1, 0, 0, 1, 0 });
    EXPECT_EQ(run(model, { 1, 2, 3, 254 }), (Bytes{ 4, 5, 6, 255 }));
}

TEST(V4QuantizedBinary, DivisionByZeroIsAnErrorNotACrash)
{
    Bytes model = qbinary_model(3, { 102, 102, 100, 98 }, { -100, 1, 0, -100, 1, 0, 100, 1, 0 });
    Bytes out;
    std::string error;
    int code = 0;
    EXPECT_FALSE(nfk::run_model(model, { 107, 93, 107, 93 }, NFK_PROFILE_AUTO, out, error, &code));
    EXPECT_EQ(code, NN_ERR_MALFORMED);
    EXPECT_NE(error.find("division by zero at output element 2"), std::string::npos) << error;
}

TEST(V4QuantizedMatmul, OffsetsAreAddedAndRRoundsTheTieUp)
{
    // a = {3, 5} (+ -1), b = {{1, 2}, {3, 4}} (+ -2), bias {11, -10}:
    // acc = {11 - 2 + 4, -10 + 0 + 8} = {13, -2}; R(3 acc, 1) = {20 (19.5), -3}; + 5
    Body body;
    body.range(nfk::main_u8(0, 2)).range(nfk::const_u8(0, 4)).range(nfk::main_u8(8, 2)).i32(1).i32(2).i32(2)
        .i32(-1).i32(-2).i32(3).i32(1).i32(5).ints({ 11, -10 });
    Bytes model = nfk::one_node_model(QUANTIZED_MATMUL, body, nfk::main_u8(0, 2), { 1, 1, 1, 2 }, nfk::main_u8(8, 2),
                                      16, { 1, 2, 3, 4 });
    EXPECT_EQ(run(model, { 3, 5 }), (Bytes{ 25, 2 }));
}

TEST(V4QuantizedConv2d, StrideTwoAndSkippedTapsActAsTheZeroPoint)
{
    // [1,1,3,3] = 1..9, input_offset -1, 3x3 weights of 3 with filter_offset -2 (so w' = 1),
    // pad 1, stride 2 -> 2x2: acc = 1 + sum(x - 1) over valid taps = {9, 13, 21, 25};
    // R(acc, 1, 1) = {5, 7, 11, 13}; + 3
    Body body;
    body.range(nfk::main_u8(0, 9)).range(nfk::main_u8(16, 4)).shape({ 1, 1, 3, 3 }).i32(1).i32(1)
        .window(1, 1, 3, 3, 2, 2, 1, 1).i32(-1).i32(-2).i32(1).i32(1).i32(3).ints({ 1 }).raw(Bytes(9, 3));
    Bytes model = nfk::one_node_model(QUANTIZED_CONV2D, body, nfk::main_u8(0, 9), { 1, 1, 3, 3 }, nfk::main_u8(16, 4),
                                      24);
    EXPECT_EQ(run(model, { 1, 2, 3, 4, 5, 6, 7, 8, 9 }), (Bytes{ 8, 10, 14, 16 }));
}

TEST(V4TableLookup1d, MapsEveryByteThroughTheTable)
{
    Bytes table(256);
    for (int i = 0; i < 256; i++)
        table[i] = static_cast<uint8_t>(255 - i);
    Body body;
    body.range(nfk::main_u8(0, 4)).range(nfk::const_u8(0, 256)).range(nfk::main_u8(8, 4));
    Bytes model = nfk::one_node_model(TABLE_LOOKUP1D, body, nfk::main_u8(0, 4), { 1, 1, 1, 4 }, nfk::main_u8(8, 4), 16,
                                      table);
    EXPECT_EQ(run(model, { 0, 1, 128, 255 }), (Bytes{ 255, 254, 127, 0 }));

    Body f32;
    f32.range(nfk::main_f32(0, 1)).range(nfk::const_u8(0, 256)).range(nfk::main_u8(8, 4));
    Failure f = load_error(nfk::one_node_model(TABLE_LOOKUP1D, f32, nfk::main_f32(0, 1), { 1, 1, 1, 1 },
                                               nfk::main_u8(8, 4), 16, table));
    EXPECT_EQ(f.code, NN_ERR_MALFORMED);
    EXPECT_NE(f.message.find("the lookup takes uint8 only"), std::string::npos) << f.message;

    Failure small = load_error(nfk::one_node_model(TABLE_LOOKUP1D, Body().range(nfk::main_u8(0, 4))
                                                                       .range(nfk::const_u8(0, 16)).range(nfk::main_u8(8, 4)),
                                                   nfk::main_u8(0, 4), { 1, 1, 1, 4 }, nfk::main_u8(8, 4), 16, table));
    EXPECT_EQ(small.code, NN_ERR_MALFORMED);
    EXPECT_NE(small.message.find("table is 16 bytes but the op reads 256"), std::string::npos) << small.message;
}

namespace {

// nnil_unary_method over `count` floats; the program is padded with zeros (nop) to 8 bytes.
Bytes nnil_model(const Bytes &program, uint32_t count = 1)
{
    Body body;
    body.range(nfk::main_f32(0, count)).range(nfk::main_f32(4 * count, count)).raw(program);
    return nfk::one_node_model(NNIL, body, nfk::main_f32(0, count), { 1, 1, 1, static_cast<int32_t>(count) },
                               nfk::main_f32(4 * count, count), 8 * count);
}

Bytes ldc(float v)
{
    Body b;
    b.u8(0x06).f32(v);
    return b;
}

Bytes concat(std::initializer_list<Bytes> parts)
{
    Bytes out;
    for (const Bytes &p : parts)
        out.insert(out.end(), p.begin(), p.end());
    return out;
}

std::vector<float> run_nnil(const Bytes &program, const std::vector<float> &in)
{
    return nfk::bytes_f32(run(nnil_model(program, static_cast<uint32_t>(in.size())), nfk::f32_bytes(in)));
}

}  // namespace

TEST(V4Nnil, StackProgramPerElement)
{
    // x*x + 2: lda_0 dup mul ldc_r4 2 add ret; bytes after ret are never run
    Bytes square_plus_two = concat({ { 0x03, 0x01, 0x42 }, ldc(2.0f), { 0x40, 0xA0, 0xFF, 0xFF } });
    EXPECT_EQ(run_nnil(square_plus_two, { 3, -1.5f }), (std::vector<float>{ 11, 4.25f }));
    // clamp(x, 0, 1): lda_0 ldc_r4_0 ldc_r4_1 clamp ret
    EXPECT_EQ(run_nnil({ 0x03, 0x04, 0x05, 0x80, 0xA0 }, { -2, 0.5f, 3 }), (std::vector<float>{ 0, 0.5f, 1 }));
    // dup/pop leave the input; nop is skipped
    EXPECT_EQ(run_nnil({ 0x00, 0x03, 0x01, 0x02, 0xA0 }, { 7 }), (std::vector<float>{ 7 }));
}

TEST(V4Nnil, EveryUnaryAndBinaryOpcode)
{
    const float in[10] = { -2.5f, 1.25f, 0, 0, -1.25f, 1, 3, 4, 0, -3 };
    const float expect[10] = { 2.5f, 2, 1, 1, -2, 0, -3, 0.5f, 0, 9 };
    for (uint8_t op = 0x20; op <= 0x29; op++)
        EXPECT_EQ(run_nnil({ 0x03, op, 0xA0 }, { in[op - 0x20] }), (std::vector<float>{ expect[op - 0x20] }))
            << "opcode " << int(op);
    const float binary[6] = { 15, 9, 36, 4, 3, 12 };  // 12 op 3: add sub mul div min max
    for (uint8_t op = 0x40; op <= 0x45; op++)
        EXPECT_EQ(run_nnil(concat({ { 0x03 }, ldc(3.0f), { op, 0xA0 } }), { 12 }),
                  (std::vector<float>{ binary[op - 0x40] }))
            << "opcode " << int(op);
}

TEST(V4Nnil, InvalidProgramsAreRejectedAtLoad)
{
    struct Case {
        Bytes program;
        const char *fragment;
    } cases[] = {
        { { 0x03, 0x07, 0xA0 }, "unknown NNIL opcode (byte 1, opcode 0x07)" },
        { { 0x03, 0x40, 0xA0 }, "stack underflow (byte 1" },
        { { 0xA0 }, "stack underflow (byte 0" },
        { Bytes(65, 0x03), "stack overflow" },
        { { 0x03, 0x01, 0x42 }, "ends without ret" },
        { { 0x03, 0x03, 0x03, 0x03, 0x03, 0x06, 0x00, 0x00 }, "ldc_r4 without its 4-byte constant (byte 5" },
    };
    for (const Case &c : cases) {
        Failure f = load_error(nnil_model(c.program));
        EXPECT_EQ(f.code, NN_ERR_MALFORMED) << c.fragment;
        EXPECT_NE(f.message.find(c.fragment), std::string::npos) << f.message;
        EXPECT_NE(f.message.find("node 0 (nnil_unary_method): NNIL program"), std::string::npos) << f.message;
    }
}

TEST(V4CpuConv2d, NhwcWeightsOcKhKwC)
{
    // [N,H,W,C] = [1,2,2,2] = 1..8; 2x2 kernel: oc 0 weights 1..8 (same order), oc 1 all 1
    std::vector<float> w;
    for (int i = 1; i <= 8; i++)
        w.push_back(static_cast<float>(i));
    for (int i = 0; i < 8; i++)
        w.push_back(1.0f);
    Body body;
    body.range(nfk::main_f32(0, 8)).range(nfk::main_f32(32, 2)).shape({ 1, 2, 2, 2 }).i32(2)
        .window(0, 0, 2, 2, 1, 1, 1, 1).none_act().floats(w).floats({ 0.5f, -1 });
    Bytes model = nfk::one_node_model(CPU_CONV2D, body, nfk::main_f32(0, 8), { 1, 2, 2, 2 }, nfk::main_f32(32, 2), 40);
    // sum of i*i for 1..8 = 204; sum of i = 36
    EXPECT_EQ(nfk::bytes_f32(run(model, nfk::f32_bytes({ 1, 2, 3, 4, 5, 6, 7, 8 }))),
              (std::vector<float>{ 204.5f, 35 }));
}

TEST(V4CpuDepthwiseConv2d, OneFilterPerChannel)
{
    Body body;
    body.range(nfk::main_f32(0, 8)).range(nfk::main_f32(32, 2)).shape({ 1, 2, 2, 2 }).window(0, 0, 2, 2, 1, 1, 1, 1)
        .act(-FLT_MAX, 40).floats({ 1, 1, 1, 1, 2, 2, 2, 2 }).floats({ 0, 0.5f });
    Bytes model = nfk::one_node_model(CPU_DEPTHWISE_CONV2D, body, nfk::main_f32(0, 8), { 1, 2, 2, 2 },
                                      nfk::main_f32(32, 2), 40);
    // channel 0: 1+3+5+7 = 16; channel 1: 2*(2+4+6+8) + 0.5 = 40.5, clamped to 40
    EXPECT_EQ(nfk::bytes_f32(run(model, nfk::f32_bytes({ 1, 2, 3, 4, 5, 6, 7, 8 }))), (std::vector<float>{ 16, 40 }));
}

TEST(V4CpuReduceWindow2d, PerChannelOverNhwcAndNoSum)
{
    auto model = [](uint32_t op, float init) {
        Body body;
        body.range(nfk::main_f32(0, 8)).range(nfk::main_f32(32, 2)).u32(op).shape({ 1, 2, 2, 2 })
            .window(0, 0, 2, 2, 1, 1, 1, 1).f32(init).none_act();
        return nfk::one_node_model(CPU_REDUCE_WINDOW2D, body, nfk::main_f32(0, 8), { 1, 2, 2, 2 },
                                   nfk::main_f32(32, 2), 40);
    };
    Bytes in = nfk::f32_bytes({ 1, 2, 3, 4, 5, 6, 7, 8 });
    EXPECT_EQ(nfk::bytes_f32(run(model(2, -FLT_MAX), in)), (std::vector<float>{ 7, 8 }));
    EXPECT_EQ(nfk::bytes_f32(run(model(0, 0), in)), (std::vector<float>{ 4, 5 }));
    EXPECT_EQ(nfk::bytes_f32(run(model(1, FLT_MAX), in)), (std::vector<float>{ 1, 2 }));
    Failure f = load_error(model(3, 0));
    EXPECT_EQ(f.code, NN_ERR_MALFORMED);
    EXPECT_NE(f.message.find("reduce_op (sum is not supported) 3"), std::string::npos) << f.message;
}

TEST(V4CpuQuantizedConv2d, SubtractsItsOffsets)
{
    // x = 3, w = 2 on 3 channels, offsets 1 and 1 subtracted: acc = 4 + 3 * (2 * 1) = 10;
    // R(10, 1, 1) = 5; + 7. (The neutral quantized_conv2d would add them: 4 + 3*4*3 = 40.)
    // The bias follows 3 weight bytes, so it sits unaligned.
    Body body;
    body.range(nfk::main_u8(0, 3)).range(nfk::main_u8(8, 1)).shape({ 1, 1, 1, 3 }).i32(1).window(0, 0, 1, 1)
        .i32(1).i32(1).i32(1).i32(1).i32(7).raw({ 2, 2, 2 }).ints({ 4 });
    Bytes model = nfk::one_node_model(CPU_QUANTIZED_CONV2D, body, nfk::main_u8(0, 3), { 1, 1, 1, 3 },
                                      nfk::main_u8(8, 1), 16);
    EXPECT_EQ(run(model, { 3, 3, 3 }), (Bytes{ 12 }));
}

TEST(V4CpuQuantizedDepthwiseConv2d, SubtractsItsOffsetsPerChannel)
{
    // [N,H,W,C] = [1,1,2,2]: pixel 0 = {4, 10}, pixel 1 = {6, 20}; 1x2 kernels c0 = {2, 3}, c1 = {1, 1};
    // offsets 2 and 1: c0 = (4-2)(2-1) + (6-2)(3-1) = 10, c1 = 0; bias {1, -3}; + 5
    Body body;
    body.range(nfk::main_u8(0, 4)).range(nfk::main_u8(8, 2)).shape({ 1, 1, 2, 2 }).window(0, 0, 1, 2)
        .i32(2).i32(1).i32(1).i32(0).i32(5).raw({ 2, 3, 1, 1 }).ints({ 1, -3 });
    Bytes model = nfk::one_node_model(CPU_QUANTIZED_DEPTHWISE_CONV2D, body, nfk::main_u8(0, 4), { 1, 1, 2, 2 },
                                      nfk::main_u8(8, 2), 16);
    EXPECT_EQ(run(model, { 4, 10, 6, 20 }), (Bytes{ 16, 2 }));
}
