// Malformed kmodel V4 files and wrong inputs: each gives a specific error
// that names the node and the field, never a crash (the sanitizer build runs
// these too). Also the layout facts a loader must accept: garbage in
// reserved fields, a last body without its padding, trailing data.
#include <cfloat>
#include <cstring>
#include <string>

#include "kmodel_v4_builder.h"
#include "test_support.h"

extern "C" {
#include "nn_status.h"
}

namespace {

using nfk::Body;
using nfk::Bytes;

struct Result {
    int code;
    std::string message;
};

Result load(const Bytes &model)
{
    nfk_model *m = nullptr;
    int rc = nfk_model_load(model.data(), model.size(), NFK_PROFILE_AUTO, &m);
    Result r{ rc, rc ? nfk_last_error() : "" };
    nfk_model_free(m);
    return r;
}

void put32(Bytes &b, size_t at, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        b[at + i] = static_cast<uint8_t>(v >> (8 * i));
}

#define EXPECT_ERROR(result, expected_code, fragment)                                        \
    do {                                                                                      \
        Result r_ = (result);                                                                 \
        EXPECT_EQ(r_.code, expected_code) << r_.message;                                      \
        EXPECT_NE(r_.message.find(fragment), std::string::npos) << "message: " << r_.message; \
    } while (0)

// input f32 x4 (main 0), constants {10, 20, 30, 40}; node 0: binary add of input and
// constants into main 16; node 1: unary neg of main 16 into main 32 = output 0.
// Layout: header 40, input 16, shape 16, output 16, constants 16, node table 16,
// bodies at 120 (binary, 108 -> 112) and 232 (unary, 36 -> 40, the last 4 bytes padding).
nfk::KmodelV4Builder two_node_builder(const Body &binary, const Body &unary)
{
    nfk::KmodelV4Builder b;
    b.input(nfk::main_f32(0, 4), { 1, 1, 1, 4 }).output(nfk::main_f32(32, 4)).main_mem(48)
        .constants(nfk::f32_bytes({ 10, 20, 30, 40 })).node(0x00, binary).node(0x0E, unary);
    return b;
}

Body add_body()
{
    Body b;
    b.range(nfk::main_f32(0, 4)).range(nfk::const_f32(0, 4)).range(nfk::main_f32(16, 4)).u32(0).shape({ 1, 1, 1, 4 })
        .shape({ 1, 1, 1, 4 }).shape({ 1, 1, 1, 4 }).none_act();
    return b;
}

Body neg_body()
{
    Body b;
    b.range(nfk::main_f32(16, 4)).range(nfk::main_f32(32, 4)).u32(6);
    return b;
}

Bytes two_node_model() { return two_node_builder(add_body(), neg_body()).build(); }

std::vector<float> run_two_node(const Bytes &model)
{
    Bytes out;
    std::string error;
    EXPECT_TRUE(nfk::run_model(model, nfk::f32_bytes({ 1, 2, 3, 4 }), NFK_PROFILE_AUTO, out, error)) << error;
    return nfk::bytes_f32(out);
}

// A single-node model: input u8 [1,1,4,4] in main, output 16 bytes; the body is the test's.
Bytes single(uint32_t opcode, const Body &body, uint32_t main_mem = 64, const Bytes &constants = {})
{
    return nfk::one_node_model(opcode, body, nfk::main_u8(0, 16), { 1, 1, 4, 4 }, nfk::main_u8(16, 16), main_mem,
                               constants);
}

}  // namespace

TEST(KmodelV4, TwoNodeModelRunsAndReservedGarbageIsIgnored)
{
    Bytes m = two_node_model();
    EXPECT_EQ(m.size(), 272u);
    EXPECT_EQ(run_two_node(m), (std::vector<float>{ -11, -22, -33, -44 }));
}

TEST(KmodelV4, TruncatedAtEveryLength_SaysWhereTheFileEnds)
{
    Bytes full = two_node_model();
    for (size_t cut = 0; cut < full.size(); cut++) {
        Result r = load(Bytes(full.begin(), full.begin() + cut));
        if (cut >= 268) {  // only the last body's padding is missing: accepted (spec §3)
            EXPECT_EQ(r.code, 0) << "cut at " << cut << ": " << r.message;
            continue;
        }
        ASSERT_EQ(r.code, NN_ERR_TRUNCATED) << "cut at " << cut << ": " << r.message;
        const char *where = cut < 4     ? "at least a 4-byte version"
                            : cut < 8   ? "inside the version after \"LDMK\""
                            : cut < 40  ? "inside the 40-byte kmodel V4 header"
                            : cut < 56  ? "inside the input table"
                            : cut < 72  ? "inside the input shape table"
                            : cut < 88  ? "inside the output table"
                            : cut < 104 ? "inside the constant pool"
                            : cut < 120 ? "inside the node table"
                            : cut < 232 ? "node 0 (binary): body of 112 bytes at offset 120 runs past the end"
                            : cut <= 264 ? "node 1 (unary): body of 40 bytes at offset 232 runs past the end"
                                         : "node 1 (unary): body has";
        EXPECT_NE(r.message.find(where), std::string::npos) << "cut at " << cut << ": " << r.message;
    }
}

TEST(KmodelV4, MissingLastPaddingAndTrailingDataAreAccepted)
{
    nfk::KmodelV4Builder b = two_node_builder(add_body(), neg_body());
    Bytes short_file = b.build(true);
    EXPECT_EQ(short_file.size(), 268u);
    EXPECT_EQ(run_two_node(short_file), (std::vector<float>{ -11, -22, -33, -44 }));
    Bytes long_file = b.build();
    long_file.resize(long_file.size() + 100000, 0xAB);
    EXPECT_EQ(run_two_node(long_file), (std::vector<float>{ -11, -22, -33, -44 }));
}

TEST(KmodelV4, HeaderFields)
{
    Bytes m = two_node_model();
    put32(m, 12, 2);
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "header target is 2");
    m = two_node_model();
    put32(m, 12, 0);  // target CPU: accepted
    EXPECT_EQ(load(m).code, 0);
    m = two_node_model();
    put32(m, 24, 0);
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "no nodes");
    m = two_node_model();
    put32(m, 28, 0);
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "no inputs");
    m = two_node_model();
    put32(m, 32, 0);
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "no outputs");
    m = two_node_model();
    put32(m, 24, 0x20000000);
    EXPECT_ERROR(load(m), NN_ERR_TRUNCATED, "inside the node table");
    m = two_node_model();
    put32(m, 4, 5);
    // read as a V5 file now (nncase 1.x), whose header this body does not have
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "kmodel V5 (nncase 1.x): header_size at byte 8 is");
}

TEST(KmodelV4, AbsurdMainMemoryIsCheckedBeforeAllocating)
{
    Bytes m = two_node_model();
    put32(m, 20, 0xFFFFFF00u);
    EXPECT_ERROR(load(m), NN_ERR_OUT_OF_MEMORY, "does not fit: it needs");
}

TEST(KmodelV4, InputAndOutputTables)
{
    nfk::KmodelV4Builder::Layout l = two_node_builder(add_body(), neg_body()).layout();
    Bytes m = two_node_model();
    put32(m, l.outputs + 8, 40);  // output 0 at main 40, 16 bytes: past 48
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "output 0 covers main bytes 40..56, past the end of that memory (48 bytes)");
    m = two_node_model();
    put32(m, l.outputs, 3);
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "output 0: memory type 3");
    m = two_node_model();
    put32(m, l.inputs, 0);
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "input 0 is in const memory");
    m = two_node_model();
    put32(m, l.shapes + 8, 0);
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "input 0 has shape [1, 1, 0, 4]");
    m = two_node_model();
    put32(m, l.outputs + 12, 0);
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "output 0 has size 0");
}

TEST(KmodelV4, UnknownOpcodeAndShortBody)
{
    nfk::KmodelV4Builder::Layout l = two_node_builder(add_body(), neg_body()).layout();
    Bytes m = two_node_model();
    put32(m, l.node_table + 8, 0x99);
    EXPECT_ERROR(load(m), NN_ERR_UNKNOWN_LAYER, "node 1: unknown opcode 0x99");
    m = two_node_model();
    put32(m, l.node_table + 12, 32);
    EXPECT_ERROR(load(m), NN_ERR_TRUNCATED, "node 1 (unary): body has 32 bytes, the op needs 36");
}

TEST(KmodelV4, NodeRangesOutsideTheirPools)
{
    Body b = add_body();
    Bytes body = b;
    auto with = [&](size_t at, uint32_t v) {
        Body changed;
        Bytes copy = body;
        put32(copy, at, v);
        changed.raw(copy);
        return two_node_builder(changed, neg_body()).build();
    };
    EXPECT_ERROR(load(with(16 + 12, 64)), NN_ERR_MALFORMED,
                 "node 0 (binary): input b covers const bytes 0..64, past the end of that memory (16 bytes)");
    EXPECT_ERROR(load(with(0, 3)), NN_ERR_MALFORMED, "node 0 (binary): input a has memory type 3");
    EXPECT_ERROR(load(with(32, 0)), NN_ERR_MALFORMED, "node 0 (binary): output is in const memory, which is read-only");
    EXPECT_ERROR(load(with(12, 8)), NN_ERR_MALFORMED, "node 0 (binary): input a is 8 bytes but the op reads 16 bytes");
    Body broadcast;  // b [1,1,1,1] against a [1,1,1,4] into out [1,1,1,8]: 32 bytes into a 16-byte range
    broadcast.range(nfk::main_f32(0, 4)).range(nfk::const_f32(0, 4)).range(nfk::main_f32(16, 4)).u32(0)
        .shape({ 1, 1, 1, 4 }).shape({ 1, 1, 1, 1 }).shape({ 1, 1, 1, 8 }).none_act();
    EXPECT_ERROR(load(two_node_builder(broadcast, neg_body()).build()), NN_ERR_MALFORMED,
                 "node 0 (binary): output is 16 bytes but the op writes 32");
    EXPECT_ERROR(load(with(48, 6)), NN_ERR_MALFORMED, "node 0 (binary): binary_op 6 is not one of 0..5");
    EXPECT_ERROR(load(with(52 + 4, 0)), NN_ERR_MALFORMED, "a_shape [1, 0, 1, 4] has a dimension below 1");
}

TEST(KmodelV4, WrongInputSizeNamesExpectedAndActual)
{
    nfk_model *m = nullptr;
    Bytes model = two_node_model();
    ASSERT_EQ(nfk_model_load(model.data(), model.size(), NFK_PROFILE_AUTO, &m), 0);
    size_t bytes = 0;
    EXPECT_EQ(nfk_model_input_size(m, &bytes), 0);
    EXPECT_EQ(bytes, 16u);
    Bytes input(10);
    EXPECT_EQ(nfk_model_run(m, input.data(), input.size()), NN_ERR_INPUT_SIZE);
    EXPECT_NE(std::string(nfk_last_error()).find("input has 10 bytes; the model takes 16 bytes of float32 (shape [1, 1, 1, 4])"),
              std::string::npos)
        << nfk_last_error();
    const uint8_t *data;
    size_t size;
    EXPECT_EQ(nfk_model_output(m, 0, &data, &size), NN_ERR_STATE);
    EXPECT_EQ(nfk_model_output(m, 1, &data, &size), NN_ERR_ARGUMENT);
    nfk_model_free(m);
}

TEST(KmodelV4, FieldChecksNameTheNodeAndTheField)
{
    Body transpose;
    transpose.range(nfk::main_u8(0, 16)).range(nfk::main_u8(16, 16)).shape({ 1, 1, 4, 4 }).ints({ 0, 1, 3, 3 });
    EXPECT_ERROR(load(single(0x0C, transpose)), NN_ERR_MALFORMED,
                 "node 0 (transpose): perm [0, 1, 3, 3] is not a permutation of 0..3");

    Body slice;
    slice.range(nfk::main_u8(0, 16)).range(nfk::main_u8(16, 16)).shape({ 1, 1, 4, 4 }).ints({ 0, 0, 0, 0 })
        .ints({ 1, 1, 4, 5 }).ints({ 1, 1, 1, 1 }).ints({ 0, 0, 0, 0, 0 });
    EXPECT_ERROR(load(single(0x0D, slice)), NN_ERR_MALFORMED, "node 0 (strided_slice): axis 3: indices 0 .. 4");
    Body zero_stride;
    zero_stride.range(nfk::main_u8(0, 16)).range(nfk::main_u8(16, 16)).shape({ 1, 1, 4, 4 }).ints({ 0, 0, 0, 0 })
        .ints({ 1, 1, 4, 4 }).ints({ 1, 1, 0, 1 }).ints({ 0, 0, 0, 0, 0 });
    EXPECT_ERROR(load(single(0x0D, zero_stride)), NN_ERR_MALFORMED, "stride 0 on axis 2");

    Body conv;
    conv.range(nfk::main_f32(0, 16)).range(nfk::main_f32(64, 16)).shape({ 1, 3, 2, 2 }).i32(2).i32(2)
        .window(0, 0, 1, 1).none_act();
    EXPECT_ERROR(load(single(0x02, conv, 128)), NN_ERR_MALFORMED, "2 groups do not divide 3 input and 2 output channels");
    Body conv_short;
    conv_short.range(nfk::main_f32(0, 4)).range(nfk::main_f32(16, 4)).shape({ 1, 1, 2, 2 }).i32(1).i32(1)
        .window(0, 0, 1, 1).none_act();
    EXPECT_ERROR(load(single(0x02, conv_short, 128)), NN_ERR_TRUNCATED,
                 "node 0 (conv2d): body too short for its weights and biases: they end at body byte 112, the body "
                 "has 104");
    Body conv_stride;
    conv_stride.range(nfk::main_f32(0, 4)).range(nfk::main_f32(16, 4)).shape({ 1, 1, 2, 2 }).i32(1).i32(1)
        .window(0, 0, 1, 1, 0, 1).none_act().floats({ 1, 0 });
    EXPECT_ERROR(load(single(0x02, conv_stride, 128)), NN_ERR_MALFORMED, "stride 0x1");
    Body conv_empty;
    conv_empty.range(nfk::main_f32(0, 4)).range(nfk::main_f32(16, 4)).shape({ 1, 1, 2, 2 }).i32(1).i32(1)
        .window(0, 0, 3, 3).none_act().floats(std::vector<float>(10, 1.0f));
    EXPECT_ERROR(load(single(0x02, conv_empty, 128)), NN_ERR_MALFORMED, "a 2x2 input with this window gives a 0x0 output");

    Body qmatmul;
    qmatmul.range(nfk::main_u8(0, 4)).range(nfk::main_u8(4, 4)).range(nfk::main_u8(16, 4)).i32(2).i32(2).i32(2)
        .i32(0).i32(0).i32(1).i32(-1).i32(0).ints({ 0, 0 });
    EXPECT_ERROR(load(single(0x10, qmatmul)), NN_ERR_MALFORMED,
                 "node 0 (quantized_matmul): output_shift -1 (255 as the byte the runtime uses) is 64 or more");

    Body unary;
    unary.range(nfk::main_f32(0, 4)).range(nfk::main_f32(16, 4)).u32(10);
    EXPECT_ERROR(load(single(0x0E, unary)), NN_ERR_MALFORMED, "unary_op 10 is not one of 0..9");
    Body resize;
    resize.range(nfk::main_u8(0, 16)).range(nfk::main_u8(16, 16)).shape({ 1, 1, 4, 4 }).i32(4).i32(4).u32(2).u32(0);
    EXPECT_ERROR(load(single(0x0A, resize)), NN_ERR_MALFORMED, "resize mode 2 is not one of 0..1");
    Body concat;
    concat.range(nfk::main_u8(16, 16)).u32(1).u32(1).u32(0);
    EXPECT_ERROR(load(single(0x01, concat)), NN_ERR_MALFORMED, "concat of 0 inputs");
    Body concat_many;
    concat_many.range(nfk::main_u8(16, 16)).u32(1).u32(1).u32(1000);
    EXPECT_ERROR(load(single(0x01, concat_many)), NN_ERR_TRUNCATED, "body too short for its input ranges and dims");
    Body pad;
    pad.range(nfk::main_u8(0, 16)).range(nfk::main_u8(16, 16)).shape({ 1, 1, 4, 4 }).padding(0, 0).padding(0, 0)
        .padding(-2, -2).padding(0, 0).u32(1).u32(0);
    EXPECT_ERROR(load(single(0x05, pad)), NN_ERR_MALFORMED, "padding dimension 2 (-2 before, -2 after) leaves 0");
    Body pad_type;
    pad_type.range({ 1, 7, 0, 16 }).range(nfk::main_u8(16, 16)).shape({ 1, 1, 4, 4 }).padding(0, 0).padding(0, 0)
        .padding(0, 0).padding(0, 0).u32(1).u32(0);
    EXPECT_ERROR(load(single(0x05, pad_type)), NN_ERR_MALFORMED, "input datatype 7 is neither float32 (0) nor uint8 (1)");
}

namespace {

// kpu_conv2d 1 -> 2 channels, 8x8, 3x3, input in KPU RAM at line 0 (8 lines per batch),
// output map at line 16, main_mem_output = output 0 (128 bytes per batch).
nfk::ConvSpec small_conv()
{
    nfk::ConvSpec s;
    s.src_line = 0;
    s.dst_line = 16;
    return s;
}

Bytes kpu_model(uint32_t batches = 1, const nfk::ConvSpec &spec = small_conv())
{
    nfk::KmodelV4Builder b;
    b.input(nfk::kpu_u8(0, 512 * batches), { static_cast<int32_t>(batches), 1, 8, 8 })
        .output(nfk::main_u8(0, 128 * batches)).main_mem(128 * batches)
        .kpu_conv2d(spec, batches, nfk::main_u8(0, 128 * batches));
    return b.build();
}

}  // namespace

TEST(KmodelV4, KpuConv2dGivesHandComputedBytesForEveryBatch)
{
    // weights 1, 2, 3, ... mod 7 and identity activation, as the V3 builder's simple model
    Bytes input(128, 1);
    for (int i = 64; i < 128; i++)
        input[i] = 2;  // batch 1: every pixel 2, so every result doubles
    Bytes out;
    std::string error;
    ASSERT_TRUE(nfk::run_model(kpu_model(2), input, NFK_PROFILE_AUTO, out, error)) << error;
    ASSERT_EQ(out.size(), 256u);
    EXPECT_EQ(out[0], 14);       // corner: weights 5, 6, 1, 2
    EXPECT_EQ(out[9], 31);       // interior of channel 0: 1+2+...+7+1+2
    EXPECT_EQ(out[64 + 9], 35);  // interior of channel 1
    EXPECT_EQ(out[128 + 0], 28);
    EXPECT_EQ(out[128 + 9], 62);
    EXPECT_EQ(out[128 + 64 + 9], 70);
}

TEST(KmodelV4, KpuConv2dErrors)
{
    Bytes m = kpu_model();
    uint32_t body = nfk::KmodelV4Builder().input(nfk::kpu_u8(0, 512), { 1, 1, 8, 8 }).output(nfk::main_u8(0, 128))
                        .main_mem(128).kpu_conv2d(small_conv(), 1, nfk::main_u8(0, 128)).layout().body_offsets[0];
    Bytes t = m;
    put32(t, body + 24 + 5 * 8 + 4, 0x10000);  // para_start_addr: skip 64 KiB to the weights
    EXPECT_ERROR(load(t), NN_ERR_TRUNCATED, "node 0 (kpu_conv2d): its weights (18 bytes after a skip of 65536)");
    t = m;
    t[body + 24 + 4 * 8] = static_cast<uint8_t>((t[body + 24 + 4 * 8] & 0x0F) | (1 << 4));  // pool 1, size unchanged
    EXPECT_ERROR(load(t), NN_ERR_MALFORMED, "node 0 (kpu_conv2d): output size does not match the pool type");
    t = m;
    put32(t, body + 16, 0);
    EXPECT_ERROR(load(t), NN_ERR_MALFORMED, "node 0 (kpu_conv2d): batches is 0");
    t = m;
    put32(t, body, 0);  // main_mem_output in const memory
    EXPECT_ERROR(load(t), NN_ERR_MALFORMED, "main_mem_output is in const memory, not main");
    nfk::ConvSpec high = small_conv();
    high.dst_line = 32768 - 8;  // 2 batches x 8 lines of output do not fit
    nfk::KmodelV4Builder b;
    b.input(nfk::kpu_u8(0, 1024), { 2, 1, 8, 8 }).output(nfk::main_u8(0, 256)).main_mem(256)
        .kpu_conv2d(high, 2, nfk::main_u8(0, 256));
    EXPECT_ERROR(load(b.build()), NN_ERR_MALFORMED,
                 "node 0 (kpu_conv2d): KPU output map covers k210_kpu bytes 2096640..2097664, past the end");
}

TEST(KmodelV4, KpuInputsAndUploads)
{
    nfk::KmodelV4Builder::Layout l = nfk::KmodelV4Builder().input(nfk::kpu_u8(0, 512), { 1, 1, 8, 8 })
                                         .output(nfk::main_u8(0, 128)).layout();
    Bytes m = kpu_model();
    put32(m, l.inputs + 8, 32);
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "input 0 starts at KPU byte 32, not on a 64-byte line");
    m = kpu_model();
    put32(m, l.inputs + 4, 0);
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "input 0 is in KPU memory but its datatype is f32, not uint8");

    nfk_model *model = nullptr;
    m = kpu_model(2);
    ASSERT_EQ(nfk_model_load(m.data(), m.size(), NFK_PROFILE_AUTO, &model), 0) << nfk_last_error();
    size_t bytes = 0;
    ASSERT_EQ(nfk_model_input_size(model, &bytes), 0);
    EXPECT_EQ(bytes, 128u);  // N*C*H*W, not the KPU layout's 1024 bytes
    Bytes input(1024);
    EXPECT_EQ(nfk_model_run(model, input.data(), input.size()), NN_ERR_INPUT_SIZE);
    EXPECT_NE(std::string(nfk_last_error()).find("input has 1024 bytes; the model takes 2 x 1 x 8 x 8 (batches x "
                                                 "channels x height x width) uint8 = 128 bytes"),
              std::string::npos)
        << nfk_last_error();
    nfk_model_free(model);

    Body up;
    up.range(nfk::main_u8(0, 16)).range(nfk::main_u8(16, 16)).shape({ 1, 1, 4, 4 });
    EXPECT_ERROR(load(single(0x2001, up)), NN_ERR_MALFORMED, "node 0 (kpu_upload): its output is in main memory");
    Body odd;
    odd.range(nfk::main_u8(0, 16)).range(nfk::kpu_u8(100, 64)).shape({ 1, 1, 4, 4 });
    EXPECT_ERROR(load(single(0x2001, odd)), NN_ERR_MALFORMED, "starts at KPU byte 100, not on a 64-byte line");
    Body past;
    past.range(nfk::main_u8(0, 16)).range(nfk::kpu_u8(2097152 - 64, 64)).shape({ 1, 4, 4, 4 });
    EXPECT_ERROR(load(single(0x2001, past)), NN_ERR_MALFORMED, "node 0 (kpu_upload): input is 16 bytes but the op reads 64");
}

TEST(KmodelV4, DescribeJsonListsNodesMemoryAndProfile)
{
    nfk_model *m = nullptr;
    Bytes model = kpu_model(2);
    ASSERT_EQ(nfk_model_load(model.data(), model.size(), NFK_PROFILE_AUTO, &m), 0);
    std::string json = nfk_model_describe_json(m);
    for (const char *key : { "\"format\": \"kmodel V4\"", "\"version\": 4", "\"profile\": \"nncase-0.2\"",
                             "\"type\": \"kpu_conv2d\"", "\"code\": 8194", "\"unit\": \"KPU\"",
                             "\"input_shape\": [2, 1, 8, 8]", "\"output_shape\": [2, 2, 8, 8]", "\"kernel\": \"3x3\"",
                             "\"macs\": 2304", "\"main_mem_out\": true", "\"role\": \"main_mem_output\"",
                             "\"shape\": [2, 1, 8, 8]", "\"location\": \"kpu\"", "\"memory_type\": \"k210_kpu\"",
                             "\"violations\": []", "\"kpu_ram_lines\": 32" })
        EXPECT_NE(json.find(key), std::string::npos) << key << " in " << json;
    nfk_model_free(m);

    Bytes two = two_node_model();
    ASSERT_EQ(nfk_model_load(two.data(), two.size(), NFK_PROFILE_NNCASE_01, &m), 0);
    json = nfk_model_describe_json(m);
    for (const char *key : { "\"profile\": \"nncase-0.1\"", "\"type\": \"binary\"", "\"type\": \"unary\"",
                             "\"unit\": \"CPU\"", "\"detail\": \"neg\"", "\"shape\": [1, 1, 4]", "\"dtype\": \"f32\"",
                             "\"role\": \"input b\", \"item\": 0, \"memory_type\": \"const\"" })
        EXPECT_NE(json.find(key), std::string::npos) << key << " in " << json;
    nfk_model_free(m);
}

TEST(KmodelV4, ModelsReleaseTheirMemory)
{
    Bytes model = kpu_model();
    for (int i = 0; i < 200; i++) {
        nfk_model *m = nullptr;
        ASSERT_EQ(nfk_model_load(model.data(), model.size(), NFK_PROFILE_AUTO, &m), 0) << "load " << i;
        nfk_model_free(m);
    }
}

TEST(KmodelV4, PartlyOverlappingRangesRunWithoutUndefinedBehaviour)
{
    // nncase never lets a node's input and output overlap (spec §7), but nothing in the
    // file forbids it: the result is unspecified, the run must stay defined (found by the fuzzer).
    Body slice;
    slice.range(nfk::main_u8(0, 16)).range(nfk::main_u8(3, 16)).shape({ 1, 1, 4, 4 }).ints({ 0, 0, 0, 0 })
        .ints({ 1, 1, 4, 4 }).ints({ 1, 1, 1, 1 }).ints({ 0, 0, 0, 0, 0 });
    Bytes out;
    std::string error;
    Bytes model = nfk::one_node_model(0x0D, slice, nfk::main_u8(0, 16), { 1, 1, 4, 4 }, nfk::main_u8(3, 16), 32);
    EXPECT_TRUE(nfk::run_model(model, Bytes(16, 9), NFK_PROFILE_AUTO, out, error)) << error;
    EXPECT_EQ(out, Bytes(16, 9));
}
