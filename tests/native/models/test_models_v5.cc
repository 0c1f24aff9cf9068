// The real kmodel V5 file (../shared/models/v5-yolox-nano) against the outputs of nncase 1.0.0-beta2's own runtime
// (kinfer5, simulator build; oracle/README.md): byte for byte under both float rules, "plain" (every a*b+c rounded
// twice) against input.nncase1.out0.bin and "fma" (quantize, dequantize and bilinear resize fused) against
// input.nncase1fma.out0.bin.
#include <cstring>
#include <string>
#include <vector>

#include "test_support.h"

namespace {

const char *const kDir = "/models/v5-yolox-nano";

struct YoloxRun {
    nfk::Bytes output;
    std::string error;
};

YoloxRun run_yolox(const std::string &shared, int fused)
{
    YoloxRun r;
    nfk::Bytes model = nfk::read_file_or_fail(shared + kDir + "/yolox_nano_224.kmodel");
    nfk::Bytes input = nfk::read_file_or_fail(shared + kDir + "/input.bin");
    nfk_model *m = nullptr;
    if (nfk_model_load(model.data(), model.size(), NFK_PROFILE_AUTO, &m) != 0) {
        r.error = nfk_last_error();
        return r;
    }
    const uint8_t *data = nullptr;
    size_t size = 0;
    if (nfk_model_set_float_rules(m, fused) != 0 || nfk_model_run(m, input.data(), input.size()) != 0 ||
        nfk_model_output(m, 0, &data, &size) != 0)
        r.error = nfk_last_error();
    else
        r.output.assign(data, data + size);
    nfk_model_free(m);
    return r;
}

void expect_same_bytes(const nfk::Bytes &got, const nfk::Bytes &expected)
{
    ASSERT_EQ(got.size(), expected.size());
    size_t differ = 0, first = got.size();
    for (size_t k = 0; k < got.size(); k++)
        if (got[k] != expected[k]) {
            differ++;
            first = first == got.size() ? k : first;
        }
    EXPECT_EQ(differ, 0u) << differ << " of " << got.size() << " bytes differ from the oracle, the first at byte "
                          << first;
}

}  // namespace

TEST(ModelsV5, YoloxNano_PlainFloats_ReproducesTheOracleByteForByte)
{
    NFK_REQUIRE_SHARED(shared);
    YoloxRun r = run_yolox(shared, 0);
    ASSERT_TRUE(r.error.empty()) << r.error;
    expect_same_bytes(r.output, nfk::read_file_or_fail(shared + kDir + "/oracle/input.nncase1.out0.bin"));
}

TEST(ModelsV5, YoloxNano_FusedMultiplyAdd_ReproducesTheBoardLikeOracleByteForByte)
{
    NFK_REQUIRE_SHARED(shared);
    YoloxRun r = run_yolox(shared, 1);
    ASSERT_TRUE(r.error.empty()) << r.error;
    expect_same_bytes(r.output, nfk::read_file_or_fail(shared + kDir + "/oracle/input.nncase1fma.out0.bin"));
}

TEST(ModelsV5, YoloxNano_TheTwoFloatRulesDifferOnlyInTheLastBits)
{
    NFK_REQUIRE_SHARED(shared);
    YoloxRun plain = run_yolox(shared, 0), fused = run_yolox(shared, 1);
    ASSERT_TRUE(plain.error.empty() && fused.error.empty()) << plain.error << fused.error;
    std::vector<float> a = nfk::as_floats(plain.output), b = nfk::as_floats(fused.output);
    ASSERT_EQ(a.size(), 87465u);
    size_t differ = 0;
    for (size_t i = 0; i < a.size(); i++)
        if (std::memcmp(&a[i], &b[i], 4) != 0) {
            differ++;
            EXPECT_NEAR(a[i], b[i], 2.5e-7f) << "float " << i;
        }
    // oracle/README.md: 2 645 of 87 465 floats differ between the two references
    EXPECT_EQ(differ, 2645u);
}

TEST(ModelsV5, YoloxNano_DescribesModulesCodeAndKpuLayers)
{
    NFK_REQUIRE_SHARED(shared);
    nfk::Bytes model = nfk::read_file_or_fail(shared + kDir + "/yolox_nano_224.kmodel");
    nfk_model *m = nullptr;
    ASSERT_EQ(nfk_model_load(model.data(), model.size(), NFK_PROFILE_AUTO, &m), 0) << nfk_last_error();
    std::string json = nfk_model_describe_json(m);
    // spec/kmodel-v5.md §5: two modules, 27 k210 functions, function 0 starts with kpu_upload
    EXPECT_NE(json.find("\"format\": \"kmodel V5\""), std::string::npos);
    EXPECT_NE(json.find("\"profile\": \"nncase-0.2\""), std::string::npos);
    EXPECT_NE(json.find("\"numbering\": \"nncase 1.0.0-beta1/-beta2/-rc1"), std::string::npos);
    EXPECT_NE(json.find("\"type\": \"stackvm\", \"offset\": 32, \"size\": 15840"), std::string::npos) << json.substr(0, 2000);
    EXPECT_NE(json.find("\"type\": \"k210\", \"offset\": 15872, \"size\": 1049816"), std::string::npos);
    EXPECT_NE(json.find("\"00093 TENSOR DEQUANTIZE dt_in=u8 dt_out=f32"), std::string::npos);
    EXPECT_NE(json.find("{ \"offset\": 0, \"op\": \"kpu_upload\", \"shape\": [1, 12, 112, 112]"), std::string::npos);
    EXPECT_NE(json.find("\"kpu_line\": 30080"), std::string::npos); // KPU byte 1925120 / 64
    EXPECT_NE(json.find("\"op\": \"kpu_conv2d\", \"kernel\": \"3x3\", \"depthwise\": false, \"input_shape\": [12, 112, "
                        "112], \"output_shape\": [16, 112, 112]"), std::string::npos);
    EXPECT_NE(json.find("\"inputs\": [{ \"index\": 0, \"shape\": [3, 224, 224]"), std::string::npos);
    // the stackvm code's tensor instructions are the layers: 47 dequantize, 27 calls, 21 quantize, 10 slice,
    // 3 reduce_window2d, 3 copy, 2 convert, 2 binary, 2 resize_image, 1 transpose
    EXPECT_EQ(nfk_model_layer_count(m), 118);
    size_t calls = 0;
    for (size_t at = json.find("\"k210_call\""); at != std::string::npos; at = json.find("\"k210_call\"", at + 1))
        calls++;
    EXPECT_EQ(calls, 27u);
    nfk_model_free(m);
}
