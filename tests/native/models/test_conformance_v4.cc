// The V4 cases of the KPU conformance suite (../shared/vectors/kpu/v4-*):
// every output i (input.out<i>.bin of `nfk210 run`) equals expected.out<i>.bin
// byte for byte under the case's profile (vectors/kpu/README.md). They cover
// inputs in KPU memory and through kpu_upload, batches and chained kpu_conv2d.
#include <algorithm>
#include <string>
#include <vector>

#include "test_support.h"

namespace {

class ConformanceV4 : public ::testing::TestWithParam<std::string> {};

}  // namespace

TEST_P(ConformanceV4, EveryOutputEqualsTheOracleBytes)
{
    NFK_REQUIRE_SHARED(shared);
    std::string dir = shared + "/vectors/kpu/" + GetParam();
    std::string profile = nfk::case_profile(dir);
    ASSERT_FALSE(profile.empty()) << "case.json names no profile";
    nfk::Bytes model = nfk::read_file_or_fail(dir + "/model.kmodel");
    nfk::Bytes input = nfk::read_file_or_fail(dir + "/input.bin");

    nfk_model *m = nullptr;
    ASSERT_EQ(nfk_model_load(model.data(), model.size(), nfk::profile_from_name(profile), &m), 0) << nfk_last_error();
    ASSERT_EQ(nfk_model_run(m, input.data(), input.size()), 0) << nfk_last_error();
    int outputs = nfk_model_output_count(m);
    int checked = 0;
    for (int i = 0; i < outputs; i++) {
        nfk::Bytes expected;
        if (!nfk::read_file(dir + "/expected.out" + std::to_string(i) + ".bin", expected)) {
            ADD_FAILURE() << "the model has output " << i << " but the case has no expected.out" << i << ".bin";
            continue;
        }
        const uint8_t *data;
        size_t size;
        ASSERT_EQ(nfk_model_output(m, i, &data, &size), 0) << nfk_last_error();
        ASSERT_EQ(size, expected.size()) << "output " << i;
        size_t differ = 0;
        for (size_t k = 0; k < size; k++)
            differ += data[k] != expected[k];
        EXPECT_EQ(differ, 0u) << "output " << i << ": " << differ << " of " << size << " bytes differ under profile "
                              << profile;
        checked++;
    }
    nfk::Bytes extra;
    EXPECT_FALSE(nfk::read_file(dir + "/expected.out" + std::to_string(outputs) + ".bin", extra))
        << "the case expects more outputs than the model's " << outputs;
    EXPECT_GT(checked, 0);
    nfk_model_free(m);
}

INSTANTIATE_TEST_SUITE_P(Vectors, ConformanceV4, ::testing::ValuesIn(nfk::vector_cases("v4-")),
                         [](const ::testing::TestParamInfo<std::string> &info) { return nfk::case_test_name(info.param); });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(ConformanceV4);

TEST(ConformanceV4Suite, CasesArePresentOrSkipped)
{
    NFK_REQUIRE_SHARED(shared);
    EXPECT_GE(nfk::vector_cases("v4-").size(), 31u) << "expected the 31 V4 cases of vectors/kpu";
}
