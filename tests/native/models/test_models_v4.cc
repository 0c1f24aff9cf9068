// Real kmodel V4 files from ../shared/models against the outputs of nncase
// v0.2.0-beta4's own runtime (kinfer4, K210 simulator build): every output
// byte for byte, under the auto profile (V4 -> nncase-0.2). See each model's
// oracle/README.md for the command that produced them.
#include <string>
#include <vector>

#include "test_support.h"

namespace {

// Runs MODEL on INPUT and compares output i with oracle/<stem>.nncase020.out<i>.bin.
void expect_oracle(const std::string &dir, const std::string &model, const std::string &input,
                   const std::string &stem, int outputs)
{
    nfk::Bytes m_bytes = nfk::read_file_or_fail(dir + "/" + model);
    nfk::Bytes in_bytes = nfk::read_file_or_fail(dir + "/" + input);
    nfk_model *m = nullptr;
    ASSERT_EQ(nfk_model_load(m_bytes.data(), m_bytes.size(), NFK_PROFILE_AUTO, &m), 0) << nfk_last_error();
    ASSERT_EQ(nfk_model_output_count(m), outputs);
    ASSERT_EQ(nfk_model_run(m, in_bytes.data(), in_bytes.size()), 0) << nfk_last_error();
    for (int i = 0; i < outputs; i++) {
        nfk::Bytes expected = nfk::read_file_or_fail(dir + "/oracle/" + stem + ".nncase020.out" + std::to_string(i) +
                                                     ".bin");
        const uint8_t *data;
        size_t size;
        ASSERT_EQ(nfk_model_output(m, i, &data, &size), 0) << nfk_last_error();
        ASSERT_EQ(size, expected.size()) << "output " << i;
        size_t differ = 0, first = size;
        for (size_t k = 0; k < size; k++)
            if (data[k] != expected[k]) {
                differ++;
                first = first == size ? k : first;
            }
        EXPECT_EQ(differ, 0u) << "output " << i << ": " << differ << " of " << size
                              << " bytes differ from the oracle, the first at byte " << first;
    }
    nfk_model_free(m);
}

}  // namespace

TEST(ModelsV4, Iris_ReproducesTheOracleByteForByte)
{
    NFK_REQUIRE_SHARED(shared);
    expect_oracle(shared + "/models/v4-iris", "iris.kmodel", "input_features_f32.bin", "features", 1);
}

TEST(ModelsV4, Iris_GivesTheBoardPrintedLogits)
{
    NFK_REQUIRE_SHARED(shared);
    std::string dir = shared + "/models/v4-iris";
    nfk::Bytes outputs;
    std::string error;
    ASSERT_TRUE(nfk::run_model(nfk::read_file_or_fail(dir + "/iris.kmodel"),
                               nfk::read_file_or_fail(dir + "/input_features_f32.bin"), NFK_PROFILE_AUTO, outputs,
                               error))
        << error;
    std::vector<float> logits = nfk::as_floats(outputs);
    ASSERT_EQ(logits.size(), 3u);
    // expected_output_hw.txt: 16.077795, 5.607656, -2.071745 (setosa); the board print has 6 decimals
    EXPECT_NEAR(logits[0], 16.077795f, 5e-6f);
    EXPECT_NEAR(logits[1], 5.607656f, 5e-6f);
    EXPECT_NEAR(logits[2], -2.071745f, 5e-6f);
}

TEST(ModelsV4, Slim320_ReproducesTheOracleByteForByte)
{
    NFK_REQUIRE_SHARED(shared);
    expect_oracle(shared + "/models/v4-slim320", "slim-320.kmodel", "input_face_rgb_chw_3x240x320_u8.bin", "face", 2);
}

TEST(ModelsV4, UltraFace_ReproducesTheOracleByteForByte)
{
    NFK_REQUIRE_SHARED(shared);
    expect_oracle(shared + "/models/v4-ultraface", "ultra_face.kmodel", "input_face_rgb_chw_3x240x320_u8.bin", "face",
                  2);
}

class UlffdLandmark : public ::testing::TestWithParam<std::string> {};

TEST_P(UlffdLandmark, ReproducesTheOracleByteForByte)
{
    NFK_REQUIRE_SHARED(shared);
    expect_oracle(shared + "/models/v4-ulffd-landmark", "ulffd_landmark.kmodel",
                  "input_" + GetParam() + "_rgb_chw_3x240x320_u8.bin", GetParam(), 3);
}

INSTANTIATE_TEST_SUITE_P(Images, UlffdLandmark, ::testing::Values("20", "21", "22"));
