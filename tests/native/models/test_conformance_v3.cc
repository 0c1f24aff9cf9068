// The V3 cases of the KPU conformance suite (../shared/vectors/kpu/v3-*),
// byte for byte under each case's profile (vectors/kpu/README.md).
#include <algorithm>
#include <string>
#include <vector>

#include "test_support.h"

namespace {

class ConformanceV3 : public ::testing::TestWithParam<std::string> {};

}  // namespace

TEST_P(ConformanceV3, OutputsEqualTheOracleBytes)
{
    NFK_REQUIRE_SHARED(shared);
    std::string dir = shared + "/vectors/kpu/" + GetParam();
    std::string profile = nfk::case_profile(dir);
    ASSERT_FALSE(profile.empty()) << "case.json names no profile";
    nfk::Bytes outputs;
    std::string error;
    ASSERT_TRUE(nfk::run_model(nfk::read_file_or_fail(dir + "/model.kmodel"), nfk::read_file_or_fail(dir + "/input.bin"),
                               nfk::profile_from_name(profile), outputs, error))
        << error;
    nfk::Bytes expected = nfk::read_file_or_fail(dir + "/expected.bin");
    ASSERT_EQ(outputs.size(), expected.size());
    size_t differ = 0;
    for (size_t i = 0; i < expected.size(); i++)
        differ += outputs[i] != expected[i];
    EXPECT_EQ(differ, 0u) << differ << " of " << expected.size() << " bytes differ under profile " << profile;
}

INSTANTIATE_TEST_SUITE_P(Vectors, ConformanceV3, ::testing::ValuesIn(nfk::vector_cases("v3-")),
                         [](const ::testing::TestParamInfo<std::string> &info) { return nfk::case_test_name(info.param); });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(ConformanceV3);

TEST(ConformanceV3Suite, CasesArePresentOrSkipped)
{
    NFK_REQUIRE_SHARED(shared);
    EXPECT_GE(nfk::vector_cases("v3-").size(), 23u) << "expected the 23 V3 cases of vectors/kpu";
}
