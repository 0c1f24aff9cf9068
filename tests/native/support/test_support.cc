#include "test_support.h"

#include <cstdio>
#include <dirent.h>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iterator>
#include <sys/stat.h>

namespace nfk {

std::string shared_dir()
{
    const char *env = std::getenv("NFK_SHARED_DIR");
    std::string dir = env != nullptr ? env : NFK_SHARED_DEFAULT;
    struct stat st;
    if (stat((dir + "/models").c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
        return "";
    return dir;
}

bool read_file(const std::string &path, Bytes &out)
{
    std::ifstream f(path, std::ios::binary);
    if (!f)
        return false;
    out.assign(std::istreambuf_iterator<char>(f), std::istreambuf_iterator<char>());
    return true;
}

Bytes read_file_or_fail(const std::string &path)
{
    Bytes b;
    EXPECT_TRUE(read_file(path, b)) << "cannot read " << path;
    return b;
}

// With NFK_SEED_DIR set, every model a test runs is also written there (fuzzer seeds).
static void save_seed(const Bytes &model)
{
    const char *dir = std::getenv("NFK_SEED_DIR");
    if (dir == nullptr || model.empty())
        return;
    uint64_t h = 1469598103934665603ull;  // FNV-1a names identical models alike
    for (uint8_t b : model)
        h = (h ^ b) * 1099511628211ull;
    char name[32];
    std::snprintf(name, sizeof name, "/test-%016llx.kmodel", static_cast<unsigned long long>(h));
    std::ofstream(std::string(dir) + name, std::ios::binary)
        .write(reinterpret_cast<const char *>(model.data()), static_cast<std::streamsize>(model.size()));
}

bool run_model(const Bytes &model, const Bytes &input, int profile, Bytes &outputs, std::string &error, int *code)
{
    save_seed(model);
    nfk_model *m = nullptr;
    outputs.clear();
    int rc = nfk_model_load(model.data(), model.size(), profile, &m);
    if (rc == 0)
        rc = nfk_model_run(m, input.data(), input.size());
    if (rc == 0) {
        for (int i = 0; i < nfk_model_output_count(m); i++) {
            const uint8_t *data;
            size_t size;
            rc = nfk_model_output(m, i, &data, &size);
            if (rc != 0)
                break;
            outputs.insert(outputs.end(), data, data + size);
        }
    }
    if (rc != 0)
        error = nfk_last_error();
    if (code != nullptr)
        *code = rc;
    nfk_model_free(m);
    return rc == 0;
}

std::vector<float> as_floats(const Bytes &bytes)
{
    std::vector<float> f(bytes.size() / 4);
    std::memcpy(f.data(), bytes.data(), f.size() * 4);
    return f;
}

int profile_from_name(const std::string &name)
{
    if (name == "nncase-0.1")
        return NFK_PROFILE_NNCASE_01;
    if (name == "nncase-0.2")
        return NFK_PROFILE_NNCASE_02;
    if (name == "truncate")
        return NFK_PROFILE_TRUNCATE;
    return NFK_PROFILE_AUTO;
}

std::vector<std::string> vector_cases(const std::string &prefix)
{
    std::vector<std::string> names;
    std::string dir = shared_dir();
    DIR *d = dir.empty() ? nullptr : opendir((dir + "/vectors/kpu").c_str());
    if (d == nullptr)
        return names;
    while (dirent *e = readdir(d))
        if (std::string(e->d_name).rfind(prefix, 0) == 0)
            names.push_back(e->d_name);
    closedir(d);
    std::sort(names.begin(), names.end());
    return names;
}

std::string case_profile(const std::string &case_dir)
{
    Bytes json;
    if (!read_file(case_dir + "/case.json", json))
        return "";
    std::string text(json.begin(), json.end()), needle = "\"profile\": \"";
    size_t at = text.find(needle);
    if (at == std::string::npos)
        return "";
    at += needle.size();
    return text.substr(at, text.find('"', at) - at);
}

std::string case_test_name(const std::string &case_name)
{
    std::string n = case_name;
    std::replace_if(n.begin(), n.end(), [](char ch) { return !std::isalnum(static_cast<unsigned char>(ch)); }, '_');
    return n;
}

}  // namespace nfk
