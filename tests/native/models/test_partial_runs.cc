// Partial runs (MaixPy's kpu.set_layers) and layer results through the flat
// API: nfk_model_run_layers and nfk_model_layer_output. Expectations come from
// somewhere else than the function under test: hand-worked convolutions of
// builder-made models, the main buffer a full run leaves (found through output
// 0's address), the reference KPU maths applied to a downloaded map.
#include <memory>
#include <string>
#include <vector>

#include "kmodel_builder.h"
#include "kmodel_v4_builder.h"
#include "test_support.h"

extern "C" {
#include "kmodel_v3.h"
#include "kmodel_v3_check.h"
#include "nn_kpu_conv_ref.h"
#include "nn_status.h"
}

namespace {

using nfk::Bytes;

struct ModelDeleter {
    void operator()(nfk_model *m) const { nfk_model_free(m); }
};
using Model = std::unique_ptr<nfk_model, ModelDeleter>;

Model load(const Bytes &file)
{
    nfk_model *m = nullptr;
    EXPECT_EQ(nfk_model_load(file.data(), file.size(), NFK_PROFILE_AUTO, &m), 0) << nfk_last_error();
    return Model(m);
}

struct LayerResult {
    int code = -1;
    std::string error;
    Bytes data;
    int32_t shape[3] = { 0, 0, 0 };
    int is_float = -1;
};

LayerResult layer_output(nfk_model *m, int index)
{
    LayerResult r;
    const uint8_t *data = nullptr;
    size_t size = 0;
    r.code = nfk_model_layer_output(m, index, &data, &size, r.shape, &r.is_float);
    if (r.code == 0)
        r.data.assign(data, data + size);
    else
        r.error = nfk_last_error();
    return r;
}

// Runs the first `layers` layers, then reads the result of layer index.
LayerResult run_then_read(nfk_model *m, const Bytes &input, int layers, int index)
{
    EXPECT_EQ(nfk_model_run_layers(m, input.data(), input.size(), layers), 0) << nfk_last_error();
    return layer_output(m, index);
}

Bytes output0(nfk_model *m)
{
    const uint8_t *data = nullptr;
    size_t size = 0;
    EXPECT_EQ(nfk_model_output(m, 0, &data, &size), 0) << nfk_last_error();
    return data == nullptr ? Bytes() : Bytes(data, data + size);
}

#define EXPECT_SHAPE(r, c, h, w)      \
    do {                              \
        EXPECT_EQ((r).shape[0], (c)); \
        EXPECT_EQ((r).shape[1], (h)); \
        EXPECT_EQ((r).shape[2], (w)); \
    } while (0)

// The result was read and is a c x h x w map of uint8 (is_float_ 0) or float32 (1) elements.
#define ASSERT_RESULT(r, c, h, w, is_float_) \
    do {                                     \
        ASSERT_EQ((r).code, 0) << (r).error; \
        EXPECT_SHAPE(r, c, h, w);            \
        EXPECT_EQ((r).is_float, is_float_);  \
    } while (0)

#define EXPECT_FAILS(call, expected_code, fragment)                                       \
    do {                                                                                  \
        int code_ = (call);                                                               \
        std::string message_ = nfk_last_error();                                          \
        EXPECT_EQ(code_, expected_code) << message_;                                      \
        EXPECT_NE(message_.find(fragment), std::string::npos) << "message: " << message_; \
    } while (0)

#define EXPECT_LAYER_FAILS(model, index, expected_code, fragment)                         \
    do {                                                                                  \
        LayerResult r_ = layer_output((model), (index));                                  \
        EXPECT_EQ(r_.code, expected_code) << r_.error;                                    \
        EXPECT_NE(r_.error.find(fragment), std::string::npos) << "message: " << r_.error; \
    } while (0)

// A 3x3 convolution worked by hand: weights in [out][in][ky][kx] order (empty: the builder's 1, 2, 3, ... mod 7),
// zero padding, identity batch-norm and activation; dense CHW in and out.
Bytes hand_conv3x3(const Bytes &in, uint32_t in_c, uint32_t out_c, int h, int w,
                   const std::vector<uint16_t> &weights = {})
{
    Bytes out(static_cast<size_t>(out_c) * h * w);
    for (uint32_t o = 0; o < out_c; o++)
        for (int y = 0; y < h; y++)
            for (int x = 0; x < w; x++) {
                int sum = 0;
                for (uint32_t i = 0; i < in_c; i++)
                    for (int ky = 0; ky < 3; ky++)
                        for (int kx = 0; kx < 3; kx++) {
                            int yy = y + ky - 1, xx = x + kx - 1;
                            if (yy < 0 || yy >= h || xx < 0 || xx >= w)
                                continue;
                            uint32_t k = ((o * in_c + i) * 3 + ky) * 3 + kx;
                            int weight = weights.empty() ? static_cast<int>(1 + k % 7) : weights[k];
                            sum += weight * in[(i * h + yy) * w + xx];
                        }
                out[(o * h + y) * w + x] = static_cast<uint8_t>(sum);
            }
    return out;
}

// hand_conv3x3 on each of `batches` 8x8 maps of in_c channels, one after another.
Bytes hand_conv3x3_batches(const Bytes &in, int batches, uint32_t in_c, uint32_t out_c,
                           const std::vector<uint16_t> &weights = {})
{
    Bytes out;
    size_t per_batch = 64 * in_c;
    for (int b = 0; b < batches; b++) {
        Bytes batch(in.begin() + per_batch * b, in.begin() + per_batch * (b + 1));
        Bytes maps = hand_conv3x3(batch, in_c, out_c, 8, 8, weights);
        out.insert(out.end(), maps.begin(), maps.end());
    }
    return out;
}

// Values 0..4: a 3x3 layer with the builder's weights stays below 9 * 7 * 4 = 252.
Bytes pattern_input(size_t bytes)
{
    Bytes in(bytes);
    for (size_t i = 0; i < bytes; i++)
        in[i] = static_cast<uint8_t>((i % 8 + 2 * (i / 8)) % 5);
    return in;
}

// 2 -> 2 channels whose only weights are the centre taps out0 <- in0 (index 4) and out1 <- in1 (index 31): the
// layer copies its input, so a second layer's values stay exact whatever the first one gives.
const std::vector<uint16_t> kCentreTaps = { 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
                                            0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0 };

// Layer 0: 1x8x8 -> 2x8x8 kept in KPU RAM (lines 32752..); layer 1: 2x8x8 -> 2x8x8 from there, to main 0 (output 0).
nfk::ConvSpec kpu_only_conv()
{
    nfk::ConvSpec s;
    s.main_out = false;
    return s;
}

nfk::ConvSpec second_conv()
{
    nfk::ConvSpec s;
    s.in_c = 2;
    s.weights = kCentreTaps;
    s.src_line = 32768 - 16;
    s.dst_line = 32768 - 24;
    return s;
}

Bytes two_conv_model()
{
    return nfk::KmodelV3Builder().conv(kpu_only_conv()).conv(second_conv()).output(0, 128).main_mem(128).build();
}

}  // namespace

TEST(PartialRunV3, KpuRamResult_IsTheHandWorkedMapDownloadedDense)
{
    Model m = load(two_conv_model());
    Bytes input = pattern_input(64);
    LayerResult r = run_then_read(m.get(), input, 1, 0);
    ASSERT_RESULT(r, 2, 8, 8, 0);
    EXPECT_EQ(r.data, hand_conv3x3(input, 1, 2, 8, 8));
}

TEST(PartialRunV3, MainMemoryResult_IsTheWrittenRange)
{
    Model m = load(two_conv_model());
    Bytes input = pattern_input(64);
    LayerResult r = run_then_read(m.get(), input, 2, 1);
    ASSERT_RESULT(r, 2, 8, 8, 0);
    Bytes first = hand_conv3x3(input, 1, 2, 8, 8);
    EXPECT_EQ(r.data, hand_conv3x3(first, 2, 2, 8, 8, kCentreTaps));
    EXPECT_EQ(r.data, first) << "centre taps copy the channels";
    EXPECT_EQ(r.data, output0(m.get())) << "two of two layers is a full run";
}

TEST(PartialRunV3, EarlierResultsStayReadableUntilALaterLayerWritesOverThem)
{
    // layer 1 requantizes layer 0's main-memory result in place with the table x -> 255 - x
    nfk::ConvSpec conv;
    Bytes table(256);
    for (int i = 0; i < 256; i++)
        table[i] = static_cast<uint8_t>(255 - i);
    Bytes file = nfk::KmodelV3Builder().conv(conv).cpu(KMODEL_V3_REQUANTIZE, { 0, 0, 0, 128 }, table)
                     .output(0, 128).main_mem(128).build();
    Model m = load(file);
    Bytes input = pattern_input(64);
    Bytes expected0 = hand_conv3x3(input, 1, 2, 8, 8);

    ASSERT_EQ(nfk_model_run(m.get(), input.data(), input.size()), 0) << nfk_last_error();
    LayerResult r1 = layer_output(m.get(), 1);
    ASSERT_RESULT(r1, 1, 1, 128, 0);  // REQUANTIZE gives an element count, not a map shape
    for (size_t i = 0; i < 128; i++)
        ASSERT_EQ(r1.data[i], 255 - expected0[i]) << "byte " << i;
    EXPECT_LAYER_FAILS(m.get(), 0, NN_ERR_STATE, "layer 1 (REQUANTIZE) wrote over it");

    LayerResult r0 = run_then_read(m.get(), input, 1, 0);
    ASSERT_RESULT(r0, 2, 8, 8, 0);
    EXPECT_EQ(r0.data, expected0);
}

TEST(PartialRunV3, AFullRunLeavesTheKpuMapOfLayer0Readable)
{
    Model m = load(two_conv_model());
    Bytes input = pattern_input(64);
    ASSERT_EQ(nfk_model_run(m.get(), input.data(), input.size()), 0) << nfk_last_error();
    LayerResult r = layer_output(m.get(), 0);
    ASSERT_RESULT(r, 2, 8, 8, 0);
    EXPECT_EQ(r.data, hand_conv3x3(input, 1, 2, 8, 8));
}

namespace {

// The errors V3 and V4 share, on a model of 2 layers ("layer") or nodes ("node"): before a run, a limit past the
// end, a layer the run did not reach, an index past the end, model outputs after a partial run. Leaves the model
// after a run of 1.
void expect_two_layer_errors(nfk_model *m, const Bytes &input, const std::string &unit)
{
    EXPECT_LAYER_FAILS(m, 0, NN_ERR_STATE, "no result of " + unit + " 0 yet: run the model first");
    EXPECT_FAILS(nfk_model_run_layers(m, input.data(), input.size(), 3), NN_ERR_ARGUMENT,
                 "cannot run 3 layers: the model has 2");
    ASSERT_EQ(nfk_model_run_layers(m, input.data(), input.size(), 1), 0) << nfk_last_error();
    EXPECT_LAYER_FAILS(m, 1, NN_ERR_STATE, unit + " 1 did not run: the last run stopped after " + unit + " 0");
    EXPECT_LAYER_FAILS(m, 5, NN_ERR_ARGUMENT, unit + " 5 does not exist; the model has 2 " + unit + "s (0..1)");
    const uint8_t *data;
    size_t size;
    EXPECT_FAILS(nfk_model_output(m, 0, &data, &size), NN_ERR_STATE, "stopped after " + unit + " 0 of 2");
}

}  // namespace

TEST(PartialRunV3, Errors_NameTheProblem)
{
    Model m = load(two_conv_model());
    Bytes input = pattern_input(64);
    expect_two_layer_errors(m.get(), input, "layer");
    EXPECT_LAYER_FAILS(m.get(), -1, NN_ERR_ARGUMENT, "0 or more");
    EXPECT_FAILS(nfk_model_layer_output(m.get(), 0, nullptr, nullptr, nullptr, nullptr), NN_ERR_ARGUMENT,
                 "pointers are required");
    EXPECT_FAILS(nfk_model_run_layers(m.get(), input.data(), input.size(), -1), NN_ERR_ARGUMENT, "the model has 2");
    EXPECT_FAILS(nfk_model_run_layers(nullptr, input.data(), input.size(), 1), NN_ERR_ARGUMENT, "no model");
    EXPECT_FAILS(nfk_model_run_layers(m.get(), input.data(), 10, 1), NN_ERR_INPUT_SIZE, "input has 10 bytes");

    // the failed run leaves no results; 0 layers is a full run again
    EXPECT_LAYER_FAILS(m.get(), 0, NN_ERR_STATE, "run the model first");
    ASSERT_EQ(nfk_model_run_layers(m.get(), input.data(), input.size(), 0), 0) << nfk_last_error();
    EXPECT_EQ(output0(m.get()).size(), 128u);
}

TEST(PartialRunV3, AKpuRamResultIsRefusedOnceAnotherModelHasRun)
{
    Model a = load(two_conv_model());
    Model b = load(two_conv_model());
    Bytes input = pattern_input(64), other(64, 4);
    ASSERT_EQ(nfk_model_run_layers(a.get(), input.data(), input.size(), 1), 0) << nfk_last_error();
    ASSERT_EQ(nfk_model_run_layers(b.get(), other.data(), other.size(), 1), 0) << nfk_last_error();
    EXPECT_LAYER_FAILS(a.get(), 0, NN_ERR_STATE, "another model has run on the KPU since");
    LayerResult r = layer_output(b.get(), 0);
    ASSERT_EQ(r.code, 0) << r.error;
    EXPECT_EQ(r.data, hand_conv3x3(other, 1, 2, 8, 8));
}

namespace {

// Runs the first n layers for n = 1..layers; the last layer's result must have shapes[n - 1] ([C, H, W]) and
// elements of floats[n - 1] (1: float32); the result of a full run's last layer is output 0.
void expect_every_prefix(nfk_model *m, const Bytes &input, const int32_t (*shapes)[3], const int *floats, int layers)
{
    ASSERT_EQ(nfk_model_layer_count(m), layers);
    for (int n = 1; n <= layers; n++) {
        SCOPED_TRACE("the first " + std::to_string(n) + " layers");
        LayerResult r = run_then_read(m, input, n, n - 1);
        const int32_t *shape = shapes[n - 1];
        ASSERT_RESULT(r, shape[0], shape[1], shape[2], floats[n - 1]);
        EXPECT_EQ(r.data.size(), static_cast<size_t>(shape[0] * shape[1] * shape[2]) * (floats[n - 1] ? 4 : 1));
        if (n == layers) {
            EXPECT_EQ(r.data, output0(m)) << "the last layer writes output 0";
        }
    }
}

// The MNIST V3 model (../shared/models/v3-maix-mnist), parsed and loaded, and a digit to run it on.
class MnistPartialRun : public ::testing::Test {
protected:
    void SetUp() override
    {
        NFK_REQUIRE_SHARED(shared);
        std::string dir = shared + "/models/v3-maix-mnist";
        file = nfk::read_file_or_fail(dir + "/mnist.kmodel");
        input = nfk::read_file_or_fail(dir + "/inputs/digit3_1x28x28_u8.bin");
        ASSERT_EQ(kmodel_v3_parse(file.data(), file.size(), &parsed, nullptr), NN_OK);
        ASSERT_EQ(input.size(), 784u);
        m = load(file);
    }

    Bytes file, input;
    kmodel_v3_t parsed{};
    Model m;
};

kmodel_v3_layer_t layer_at(const kmodel_v3_t &m, uint32_t index)
{
    kmodel_v3_layer_t l = kmodel_v3_first_layer(&m);
    for (uint32_t i = 0; i < index; i++)
        l = kmodel_v3_next_layer(&m, &l);
    return l;
}

}  // namespace

TEST_F(MnistPartialRun, TwoLayers_GiveTheBytesTheFullRunLeavesAtLayer1sRange)
{
    kmodel_v3_layer_t l1 = layer_at(parsed, 1);
    ASSERT_EQ(l1.type, static_cast<uint32_t>(KMODEL_V3_K210_CONV));
    kmodel_v3_conv_t head = kmodel_v3_conv_head(&l1);
    ASSERT_TRUE(head.flags & KMODEL_V3_MAIN_MEM_OUT);
    uint32_t out_address, out_bytes;
    kmodel_v3_output(&parsed, 0, &out_address, &out_bytes);

    // the full run: output 0 sits at main + out_address, so layer 1's range is at main + main_mem_out_address
    ASSERT_EQ(nfk_model_run(m.get(), input.data(), input.size()), 0) << nfk_last_error();
    const uint8_t *out;
    size_t size;
    ASSERT_EQ(nfk_model_output(m.get(), 0, &out, &size), 0) << nfk_last_error();
    const uint8_t *main_buffer = out - out_address;
    Bytes full(main_buffer + head.main_mem_out_address, main_buffer + head.main_mem_out_address + 32 * 7 * 7);

    LayerResult r = run_then_read(m.get(), input, 2, 1);
    ASSERT_RESULT(r, 32, 7, 7, 0);
    EXPECT_EQ(r.data, full);
}

TEST_F(MnistPartialRun, Layer0InKpuRam_IsWhatLayer1Reads)
{
    LayerResult r0 = run_then_read(m.get(), input, 1, 0);
    ASSERT_RESULT(r0, 16, 14, 14, 0);
    ASSERT_EQ(r0.data.size(), 16u * 14 * 14);

    // layer 1 by the reference maths, on the downloaded map, against layer 1 as the emulated KPU ran it
    kmodel_v3_layer_t l1 = layer_at(parsed, 1);
    kmodel_v3_conv_t head = kmodel_v3_conv_head(&l1);
    nn_kpu_args_t a;
    kmodel_v3_conv_args(&parsed, &l1, &a);
    nn_kpu_activation_t act;
    nn_kpu_activation_decode(file.data() + head.act_offset, &act);
    nn_kpu_conv_params_t p = a.conv;
    p.weights = file.data() + head.weights_offset;
    p.batchnorm = file.data() + head.bn_offset;
    p.activation = &act;
    p.profile = NN_KPU_PROFILE_NNCASE_01;
    ASSERT_EQ(nn_kpu_conv_check(&p), nullptr);
    std::vector<uint8_t> scratch(nn_kpu_conv_ref_scratch_bytes(&p));
    Bytes expected(static_cast<size_t>(p.out_c) * p.out_h * p.out_w);
    nn_kpu_conv_ref_u8(&p, r0.data.data(), expected.data(), scratch.data());

    LayerResult r1 = run_then_read(m.get(), input, 2, 1);
    ASSERT_EQ(r1.code, 0) << r1.error;
    EXPECT_EQ(r1.data, expected);
}

TEST_F(MnistPartialRun, EveryPrefix_GivesItsLastLayersResult)
{
    // shapes and element types as `nfk210 inspect` lists the layers
    const int32_t shapes[11][3] = { { 16, 14, 14 }, { 32, 7, 7 }, { 1, 1, 1568 }, { 1, 1, 1568 }, { 1, 1, 32 },
                                    { 1, 1, 32 }, { 32, 4, 4 }, { 10, 4, 4 }, { 1, 1, 10 }, { 1, 1, 10 },
                                    { 1, 1, 10 } };
    const int floats[11] = { 0, 0, 1, 1, 1, 0, 0, 0, 0, 1, 1 };
    expect_every_prefix(m.get(), input, shapes, floats, 11);
}

namespace {

// node 0: 2 batches of 1x8x8 -> 2x8x8 left in KPU RAM (lines 16..31); node 1: 2x8x8 -> 2x8x8 from there to main.
Bytes two_node_v4_model()
{
    nfk::ConvSpec first;
    first.src_line = 0;
    first.dst_line = 16;
    nfk::ConvSpec second;
    second.in_c = 2;
    second.weights = kCentreTaps;
    second.src_line = 16;
    second.dst_line = 48;
    nfk::KmodelV4Builder b;
    b.input(nfk::kpu_u8(0, 512 * 2), { 2, 1, 8, 8 }).output(nfk::main_u8(0, 256)).main_mem(256)
        .kpu_conv2d(first, 2).kpu_conv2d(second, 2, nfk::main_u8(0, 256));
    return b.build();
}

}  // namespace

TEST(PartialRunV4, KpuRamResultOfEveryBatch_IsTheHandWorkedMaps)
{
    Model m = load(two_node_v4_model());
    Bytes input = pattern_input(128);  // batch 1 continues the pattern
    LayerResult r = run_then_read(m.get(), input, 1, 0);
    ASSERT_RESULT(r, 4, 8, 8, 0);  // N * C channels
    Bytes expected = hand_conv3x3_batches(input, 2, 1, 2);
    EXPECT_EQ(r.data, expected);

    LayerResult r1 = run_then_read(m.get(), input, 2, 1);
    ASSERT_RESULT(r1, 4, 8, 8, 0);
    EXPECT_EQ(r1.data, hand_conv3x3_batches(expected, 2, 2, 2, kCentreTaps));
    EXPECT_EQ(r1.data, output0(m.get()));
}

TEST(PartialRunV4, Errors_NameTheProblem)
{
    Model m = load(two_node_v4_model());
    expect_two_layer_errors(m.get(), pattern_input(128), "node");
}

TEST(PartialRunV4, IrisEveryPrefix_GivesItsLastNodesFloats)
{
    NFK_REQUIRE_SHARED(shared);
    std::string dir = shared + "/models/v4-iris";
    Model m = load(nfk::read_file_or_fail(dir + "/iris.kmodel"));
    Bytes input = nfk::read_file_or_fail(dir + "/input_features_f32.bin");
    // transpose 1x1x10x4 -> 1x1x4x10, matmul 1x4 -> 1x10, transpose 1x1x3x10 -> 1x1x10x3, matmul 1x10 -> 1x3
    const int32_t shapes[4][3] = { { 1, 4, 10 }, { 1, 1, 10 }, { 1, 10, 3 }, { 1, 1, 3 } };
    const int floats[4] = { 1, 1, 1, 1 };
    expect_every_prefix(m.get(), input, shapes, floats, 4);
}
