// Helpers shared by the native tests: files from ../shared, running a model
// through the host library exactly as the CLI does.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include <gtest/gtest.h>

extern "C" {
#include "nfk210_api.h"
}

namespace nfk {

using Bytes = std::vector<uint8_t>;

// Folder of the shared ground truth (models, vectors, datasets) or "" when absent.
std::string shared_dir();
bool read_file(const std::string &path, Bytes &out);
Bytes read_file_or_fail(const std::string &path);

// Loads, runs one input and returns all outputs concatenated in index order.
// On failure returns false and sets error (and code).
bool run_model(const Bytes &model, const Bytes &input, int profile, Bytes &outputs, std::string &error,
               int *code = nullptr);
std::vector<float> as_floats(const Bytes &bytes);

int profile_from_name(const std::string &name);

// Folder names of ../shared/vectors/kpu starting with prefix ("v3-", "v4-"), sorted; empty without ../shared.
std::vector<std::string> vector_cases(const std::string &prefix);
// The "profile" a case's case.json names ("" if none).
std::string case_profile(const std::string &case_dir);
// A gtest-safe parameter name for a case folder.
std::string case_test_name(const std::string &case_name);

}  // namespace nfk

#define NFK_REQUIRE_SHARED(dir)                                                                 \
    std::string dir = nfk::shared_dir();                                                        \
    if (dir.empty())                                                                            \
    GTEST_SKIP() << "../shared is absent (fresh clone): the ground-truth models and vectors are " \
                    "not here, so this test cannot check anything"
