// The V3 cases of the KPU conformance suite (../shared/vectors/kpu/v3-*),
// byte for byte under each case's profile (vectors/kpu/README.md).
#include <dirent.h>

#include <algorithm>
#include <string>
#include <vector>

#include "test_support.h"

namespace {

std::vector<std::string> v3_cases()
{
    std::vector<std::string> names;
    std::string dir = nfk::shared_dir();
    if (dir.empty())
        return names;
    DIR *d = opendir((dir + "/vectors/kpu").c_str());
    if (d == nullptr)
        return names;
    while (dirent *e = readdir(d))
        if (std::string(e->d_name).rfind("v3-", 0) == 0)
            names.push_back(e->d_name);
    closedir(d);
    std::sort(names.begin(), names.end());
    return names;
}

std::string json_string(const std::string &json, const std::string &key)
{
    std::string needle = "\"" + key + "\": \"";
    size_t at = json.find(needle);
    if (at == std::string::npos)
        return "";
    at += needle.size();
    return json.substr(at, json.find('"', at) - at);
}

class ConformanceV3 : public ::testing::TestWithParam<std::string> {};

}  // namespace

TEST_P(ConformanceV3, OutputsEqualTheOracleBytes)
{
    NFK_REQUIRE_SHARED(shared);
    std::string dir = shared + "/vectors/kpu/" + GetParam();
    nfk::Bytes json = nfk::read_file_or_fail(dir + "/case.json");
    std::string profile = json_string(std::string(json.begin(), json.end()), "profile");
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

INSTANTIATE_TEST_SUITE_P(Vectors, ConformanceV3, ::testing::ValuesIn(v3_cases()),
                         [](const ::testing::TestParamInfo<std::string> &info) {
                             std::string n = info.param;
                             std::replace_if(n.begin(), n.end(), [](char c) { return !isalnum(c); }, '_');
                             return n;
                         });
GTEST_ALLOW_UNINSTANTIATED_PARAMETERIZED_TEST(ConformanceV3);

TEST(ConformanceV3Suite, CasesArePresentOrSkipped)
{
    NFK_REQUIRE_SHARED(shared);
    EXPECT_GE(v3_cases().size(), 23u) << "expected the 23 V3 cases of vectors/kpu";
}
