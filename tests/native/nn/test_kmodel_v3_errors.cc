// Malformed kmodel V3 files and wrong inputs: each gives a specific error and
// never a crash (the sanitizer build runs these too).
#include <cstring>
#include <string>

#include "kmodel_builder.h"
#include "test_support.h"

extern "C" {
#include "kmodel_v3.h"
#include "nn_status.h"
}

namespace {

struct Result {
    int code;
    std::string message;
};

Result load(const nfk::Bytes &model)
{
    nfk_model *m = nullptr;
    int rc = nfk_model_load(model.data(), model.size(), NFK_PROFILE_AUTO, &m);
    Result r{ rc, rc ? nfk_last_error() : "" };
    nfk_model_free(m);
    return r;
}

void put32(nfk::Bytes &b, size_t at, uint32_t v)
{
    for (int i = 0; i < 4; i++)
        b[at + i] = static_cast<uint8_t>(v >> (8 * i));
}

#define EXPECT_ERROR(result, expected_code, fragment)                                      \
    do {                                                                                    \
        Result r_ = (result);                                                               \
        EXPECT_EQ(r_.code, expected_code) << r_.message;                                    \
        EXPECT_NE(r_.message.find(fragment), std::string::npos) << "message: " << r_.message; \
    } while (0)

}  // namespace

TEST(KmodelV3, SimpleModelRunsAndGivesHandComputedBytes)
{
    nfk::Bytes out;
    std::string error;
    ASSERT_TRUE(nfk::run_model(nfk::simple_conv_model(), nfk::Bytes(64, 1), NFK_PROFILE_AUTO, out, error)) << error;
    ASSERT_EQ(out.size(), 128u);
    EXPECT_EQ(out[0], 14);       // corner: weights 5, 6, 1, 2
    EXPECT_EQ(out[9], 31);       // interior of channel 0: 1+2+...+7+1+2
    EXPECT_EQ(out[64 + 9], 35);  // interior of channel 1
}

TEST(KmodelV3, TruncatedAtEveryLength_SaysWhereTheFileEnds)
{
    nfk::Bytes full = nfk::simple_conv_model();
    for (size_t cut = 0; cut < full.size(); cut++) {
        Result r = load(nfk::Bytes(full.begin(), full.begin() + cut));
        ASSERT_EQ(r.code, NN_ERR_TRUNCATED) << "cut at " << cut << ": " << r.message;
        const char *where = cut < 4 ? "at least a 4-byte version"
                            : cut < 28 ? "inside the 28-byte kmodel V3 header"
                            : cut < 36 ? "inside the output table"
                            : cut < 44 ? "inside the layer table"
                                       : "past the end";
        EXPECT_NE(r.message.find(where), std::string::npos) << "cut at " << cut << ": " << r.message;
    }
}

TEST(KmodelV3, WrongVersionsAreNamed)
{
    nfk::Bytes m = nfk::simple_conv_model();
    put32(m, 0, 2);
    EXPECT_ERROR(load(m), NN_ERR_NOT_KMODEL, "first word is 0x00000002");
    std::memcpy(m.data(), "LDMK", 4);
    put32(m, 4, 5);
    // read as a V5 file now (nncase 1.x), whose header this body does not have
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "kmodel V5 (nncase 1.x): header_size at byte 8 is");
    put32(m, 4, 7);
    EXPECT_ERROR(load(m), NN_ERR_UNSUPPORTED_VERSION, "nncase 2.x, which has no K210 target");
    std::memcpy(m.data(), "LDME", 4);
    EXPECT_ERROR(load(m), NN_ERR_UNSUPPORTED_VERSION, "encrypted");
    put32(m, 0, 0x12345678);
    EXPECT_ERROR(load(m), NN_ERR_NOT_KMODEL, "not a kmodel: the first word is 0x12345678");
    m = nfk::simple_conv_model();
    put32(m, 8, 1);
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "arch is 1");
}

TEST(KmodelV3, EmptyTablesAreRejected)
{
    nfk::Bytes m = nfk::simple_conv_model();
    put32(m, 12, 0);
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "no layers");
    m = nfk::simple_conv_model();
    put32(m, 24, 0);
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "no outputs");
    m = nfk::simple_conv_model();
    put32(m, 12, 0x10000000);
    EXPECT_ERROR(load(m), NN_ERR_TRUNCATED, "inside the layer table");
}

TEST(KmodelV3, OffsetsPastTheEndOfFile)
{
    nfk::KmodelV3Builder b;
    b.conv(nfk::ConvSpec{}).output(0, 128).main_mem(128);
    nfk::Bytes m = b.build();
    uint32_t body = b.layout().body_offsets[0];
    put32(m, body + 12, static_cast<uint32_t>(m.size()) + 100);  // weights offset
    EXPECT_ERROR(load(m), NN_ERR_TRUNCATED, "weights at file offset");
    m = b.build();
    put32(m, body + 8, 4);  // argument inside the header
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "layer argument at file offset 4");
    m = b.build();
    put32(m, 44 - 4, 100000);  // body size of layer 0
    EXPECT_ERROR(load(m), NN_ERR_TRUNCATED, "runs past the end");
}

TEST(KmodelV3, UnknownAndUnsupportedLayerTypes)
{
    nfk::Bytes m = nfk::simple_conv_model();
    put32(m, 36, 999);
    EXPECT_ERROR(load(m), NN_ERR_UNKNOWN_LAYER, "unknown layer type 999");
    put32(m, 36, 3);
    EXPECT_ERROR(load(m), NN_ERR_UNSUPPORTED_LAYER, "GLOBAL_MAX_POOL2D (3)");
}

TEST(KmodelV3, AbsurdMainMemoryIsCheckedBeforeAllocating)
{
    nfk::Bytes m = nfk::simple_conv_model();
    put32(m, 20, 0xFFFFFF00u);
    Result r = load(m);
    EXPECT_EQ(r.code, NN_ERR_OUT_OF_MEMORY);
    EXPECT_NE(r.message.find("does not fit: it needs"), std::string::npos) << r.message;
    EXPECT_NE(r.message.find("are free of 6291456"), std::string::npos) << r.message;
}

TEST(KmodelV3, RangesPastMainMemoryOrOverlapping)
{
    nfk::Bytes m = nfk::KmodelV3Builder().conv(nfk::ConvSpec{}).output(64, 128).main_mem(128).build();
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "output 0 covers main-buffer bytes 64..192");
    nfk::ConvSpec s;
    s.main_address = 64;
    m = nfk::KmodelV3Builder().conv(s).output(0, 128).main_mem(128).build();
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "run past main_mem_usage 128");
    // FULLY_CONNECTED 4 -> 4 whose output [8, 24) overlaps its input [0, 16)
    nfk::Bytes weights(4 * (16 + 4), 0);
    m = nfk::KmodelV3Builder().cpu(KMODEL_V3_FULLY_CONNECTED, { 0, 0, 8, 4, 4, 0 }, weights).output(8, 16)
            .main_mem(32).build();
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "partly overlap");
}

TEST(KmodelV3, KpuGeometryErrors)
{
    nfk::ConvSpec s;
    s.src_line = 32765;  // 8 lines from 32765 pass the end of KPU RAM
    EXPECT_ERROR(load(nfk::KmodelV3Builder().conv(s).output(0, 128).main_mem(128).build()), NN_ERR_MALFORMED,
                 "input map runs past the end of KPU RAM");
    nfk::KmodelV3Builder b;
    b.conv(nfk::ConvSpec{}).output(0, 128).main_mem(128);
    nfk::Bytes m = b.build();
    uint32_t arg = b.layout().arg_offsets[0];
    m[arg + 4 * 8] = static_cast<uint8_t>((m[arg + 4 * 8] & 0x0F) | (1 << 4));  // pool_type 1 without new size
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "output size does not match the pool type");
    m = b.build();
    m[arg + 11 * 8 + 4] ^= 1;  // dma_total_byte
    EXPECT_ERROR(load(m), NN_ERR_MALFORMED, "dma_total_byte + 1 differs");
}

TEST(KmodelV3, BodyTooShortForItsLayer)
{
    nfk::Bytes m = nfk::KmodelV3Builder().cpu(KMODEL_V3_SOFTMAX, { 1, 0 }).output(16, 16).main_mem(32).build();
    EXPECT_ERROR(load(m), NN_ERR_TRUNCATED, "body has 12 bytes, the layer needs 16");
}

TEST(KmodelV3, WrongInputSizeNamesExpectedAndActual)
{
    nfk_model *m = nullptr;
    nfk::Bytes model = nfk::simple_conv_model();
    ASSERT_EQ(nfk_model_load(model.data(), model.size(), NFK_PROFILE_AUTO, &m), 0);
    nfk::Bytes input(10);
    EXPECT_EQ(nfk_model_run(m, input.data(), input.size()), NN_ERR_INPUT_SIZE);
    EXPECT_NE(std::string(nfk_last_error()).find("input has 10 bytes; the model takes 1 x 8 x 8"), std::string::npos)
        << nfk_last_error();
    const uint8_t *data;
    size_t size;
    EXPECT_EQ(nfk_model_output(m, 0, &data, &size), NN_ERR_STATE);
    EXPECT_EQ(nfk_model_output(m, 5, &data, &size), NN_ERR_ARGUMENT);
    nfk_model_free(m);
}

TEST(KmodelV3, ModelsReleaseTheirMemory)
{
    nfk::Bytes model = nfk::simple_conv_model();
    for (int i = 0; i < 200; i++) {
        nfk_model *m = nullptr;
        ASSERT_EQ(nfk_model_load(model.data(), model.size(), NFK_PROFILE_AUTO, &m), 0) << "load " << i;
        nfk_model_free(m);
    }
}

TEST(KmodelV3, DescribeJsonListsLayersAndMemory)
{
    nfk_model *m = nullptr;
    nfk::Bytes model = nfk::simple_conv_model();
    ASSERT_EQ(nfk_model_load(model.data(), model.size(), NFK_PROFILE_AUTO, &m), 0);
    std::string json = nfk_model_describe_json(m);
    EXPECT_NE(json.find("\"type\": \"K210_CONV\""), std::string::npos) << json;
    EXPECT_NE(json.find("\"input_shape\": [1, 8, 8]"), std::string::npos) << json;
    EXPECT_NE(json.find("\"violations\": []"), std::string::npos) << json;
    EXPECT_NE(json.find("\"macs\": 1152"), std::string::npos) << json;  // 9 * 2 * 64
    nfk_model_free(m);
}
