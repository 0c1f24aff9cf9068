// Every KPU conformance vector (../shared/vectors/kpu) and every shared model with an oracle, run through
// the whole emulator with each kernel variant this CPU has (NFK210_KERNELS's choices) on 1 and 3 threads:
// the outputs equal the oracle bytes. A variant the CPU lacks is skipped by name.
#include <string>
#include <vector>

#include "test_support.h"

extern "C" {
#include "nn_kpu_kernels.h"
}

namespace {

// Selects a variant and thread count for one test and restores the previous ones.
class KernelScope {
  public:
    KernelScope(nn_kpu_variant_t v, unsigned threads) : before_(nn_kpu_kernels_variant())
    {
        why_ = nn_kpu_kernels_select(v);
        nn_kpu_kernels_set_threads(threads);
    }
    ~KernelScope()
    {
        nn_kpu_kernels_select(before_);
        nn_kpu_kernels_set_threads(0);
    }
    const char *refused() const { return why_; }

  private:
    nn_kpu_variant_t before_;
    const char *why_;
};

struct Case {
    std::string name, model, input, profile;
    std::vector<std::string> expected; // output files, concatenated in order
};

std::vector<Case> all_cases(const std::string &shared)
{
    std::vector<Case> cases;
    for (const char *prefix : {"v3-", "v4-"})
        for (const std::string &name : nfk::vector_cases(prefix)) {
            std::string dir = shared + "/vectors/kpu/" + name;
            Case c{name, dir + "/model.kmodel", dir + "/input.bin", nfk::case_profile(dir), {}};
            if (prefix[1] == '3') {
                c.expected.push_back(dir + "/expected.bin");
            } else {
                nfk::Bytes probe;
                for (int i = 0; nfk::read_file(dir + "/expected.out" + std::to_string(i) + ".bin", probe); i++)
                    c.expected.push_back(dir + "/expected.out" + std::to_string(i) + ".bin");
            }
            cases.push_back(c);
        }
    std::string m = shared + "/models/";
    cases.push_back({"v3-yolo20-demo", m + "v3-yolo20-demo/yolo.kmodel",
                     m + "v3-yolo20-demo/input_dog_rgb_chw_3x240x320_u8.bin", "", {m + "v3-yolo20-demo/oracle/dog.rc5emu.out.bin"}});
    cases.push_back({"v3-face-mask5", m + "v3-face-mask5/detect_5.kmodel",
                     m + "v3-face-mask5/input_22_rgb_chw_3x256x320_u8.bin", "", {m + "v3-face-mask5/oracle/22.rc5emu.out.bin"}});
    auto v4 = [&](const std::string &dir, const std::string &model, const std::string &input, const std::string &stem,
                  int outputs) {
        Case c{dir, m + dir + "/" + model, m + dir + "/" + input, "", {}};
        for (int i = 0; i < outputs; i++)
            c.expected.push_back(m + dir + "/oracle/" + stem + ".nncase020.out" + std::to_string(i) + ".bin");
        cases.push_back(c);
    };
    v4("v4-iris", "iris.kmodel", "input_features_f32.bin", "features", 1);
    v4("v4-slim320", "slim-320.kmodel", "input_face_rgb_chw_3x240x320_u8.bin", "face", 2);
    v4("v4-ultraface", "ultra_face.kmodel", "input_face_rgb_chw_3x240x320_u8.bin", "face", 2);
    for (const char *image : {"20", "21", "22"})
        v4("v4-ulffd-landmark", "ulffd_landmark.kmodel", std::string("input_") + image + "_rgb_chw_3x240x320_u8.bin",
           image, 3);
    return cases;
}

class KernelVariant : public ::testing::TestWithParam<int> {};

}  // namespace

TEST_P(KernelVariant, EveryVectorAndModelEqualsItsOracle)
{
    NFK_REQUIRE_SHARED(shared);
    auto variant = static_cast<nn_kpu_variant_t>(GetParam());
    if (!nn_kpu_variant_available(variant))
        GTEST_SKIP() << nn_kpu_variant_name(variant) << " is not available on this CPU: not checked here";
    std::vector<Case> cases = all_cases(shared);
    ASSERT_GE(cases.size(), 54u + 8u) << "expected the 54 KPU vectors and 8 model runs";
    for (unsigned threads : {1u, 3u}) { // the random layers of test_kpu_kernels.cc also check 2
        if (threads > 1 && variant == NN_KPU_VARIANT_REF)
            break; // the reference runs on one thread whatever the setting
        KernelScope scope(variant, threads);
        ASSERT_EQ(scope.refused(), nullptr);
        ASSERT_EQ(nn_kpu_kernels_variant(), variant);
        for (const Case &c : cases) {
            if (threads > 1 && c.name.rfind("v4-i", 0) == 0)
                continue; // iris has no KPU layer: one run is enough
            nfk::Bytes expected;
            for (const std::string &file : c.expected) {
                nfk::Bytes part = nfk::read_file_or_fail(file);
                expected.insert(expected.end(), part.begin(), part.end());
            }
            int profile = c.profile.empty() ? NFK_PROFILE_AUTO : nfk::profile_from_name(c.profile);
            nfk::Bytes outputs;
            std::string error;
            ASSERT_TRUE(nfk::run_model(nfk::read_file_or_fail(c.model), nfk::read_file_or_fail(c.input), profile,
                                       outputs, error))
                << c.name << ": " << error;
            ASSERT_EQ(outputs.size(), expected.size()) << c.name;
            size_t differ = 0;
            for (size_t i = 0; i < expected.size(); i++)
                differ += outputs[i] != expected[i];
            EXPECT_EQ(differ, 0u) << c.name << " with " << nn_kpu_variant_name(variant) << " on " << threads
                                  << " threads: " << differ << " of " << expected.size() << " bytes differ";
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Variants, KernelVariant, ::testing::Range(0, NN_KPU_VARIANT_COUNT),
                         [](const ::testing::TestParamInfo<int> &info) {
                             return std::string(nn_kpu_variant_name(static_cast<nn_kpu_variant_t>(info.param)));
                         });
