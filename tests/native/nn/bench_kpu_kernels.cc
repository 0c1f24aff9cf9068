// Times one model per kernel variant and thread count in one process, after a warm-up, and checks
// that every variant gives the reference's bytes. Not a test (ratios, not assertions):
//   bench_kpu_kernels MODEL INPUT [ROUNDS [VARIANT]]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <vector>

extern "C" {
#include "nfk210_api.h"
#include "nn_kpu_kernels.h"
#include "nn_kpu_threads.h"
}

namespace {

std::vector<uint8_t> read_all(const char *path)
{
    std::vector<uint8_t> b;
    FILE *f = std::fopen(path, "rb");
    if (f == nullptr)
        return b;
    uint8_t buf[65536];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0)
        b.insert(b.end(), buf, buf + n);
    std::fclose(f);
    return b;
}

std::vector<uint8_t> outputs(nfk_model *m)
{
    std::vector<uint8_t> all;
    for (int i = 0; i < nfk_model_output_count(m); i++) {
        const uint8_t *d;
        size_t s;
        if (nfk_model_output(m, i, &d, &s) == 0)
            all.insert(all.end(), d, d + s);
    }
    return all;
}

double cpu_seconds()
{
    timespec ts;
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return ts.tv_sec + ts.tv_nsec * 1e-9;
}

struct Timing {
    double wall, cpu; // median wall seconds per run; process CPU seconds per run (all threads)
};

// Over `rounds` runs after one warm-up run (on a busy machine the CPU time is the steadier figure).
Timing time_runs(nfk_model *m, const std::vector<uint8_t> &in, int rounds)
{
    nfk_model_run(m, in.data(), in.size());
    std::vector<double> t;
    double cpu0 = cpu_seconds();
    for (int r = 0; r < rounds; r++) {
        auto a = std::chrono::steady_clock::now();
        nfk_model_run(m, in.data(), in.size());
        t.push_back(std::chrono::duration<double>(std::chrono::steady_clock::now() - a).count());
    }
    double cpu = (cpu_seconds() - cpu0) / rounds;
    std::sort(t.begin(), t.end());
    return {t[t.size() / 2], cpu};
}

}  // namespace

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: bench_kpu_kernels MODEL INPUT [ROUNDS]\n");
        return 2;
    }
    int rounds = argc > 3 ? std::atoi(argv[3]) : 10;
    std::vector<uint8_t> model = read_all(argv[1]), in = read_all(argv[2]);
    nfk_model *m = nullptr;
    if (model.empty() || in.empty() || nfk_model_load(model.data(), model.size(), NFK_PROFILE_AUTO, &m) != 0) {
        std::fprintf(stderr, "cannot load %s / %s: %s\n", argv[1], argv[2], nfk_last_error());
        return 1;
    }
    nn_kpu_kernels_select(NN_KPU_VARIANT_REF);
    nn_kpu_kernels_set_threads(1);
    Timing ref = time_runs(m, in, rounds < 3 ? rounds : 3);
    std::vector<uint8_t> expected = outputs(m);
    std::printf("%-11s %7s %10s %9s %10s %9s %s\n", "variant", "threads", "wall ms", "vs ref", "cpu ms", "vs ref",
                "bytes");
    std::printf("%-11s %7u %10.2f %8.1fx %10.2f %8.1fx %s\n", "ref", 1u, ref.wall * 1e3, 1.0, ref.cpu * 1e3, 1.0,
                "reference");
    unsigned cores = nn_kpu_threads_cores();
    for (int v = NN_KPU_VARIANT_OPT; v < NN_KPU_VARIANT_COUNT; v++) {
        auto variant = static_cast<nn_kpu_variant_t>(v), only = variant;
        if (argc > 4 && (!nn_kpu_variant_parse(argv[4], &only) || only != variant))
            continue;
        if (nn_kpu_kernels_select(variant) != nullptr) {
            std::printf("%-11s  (not available on this CPU)\n", nn_kpu_variant_name(variant));
            continue;
        }
        for (unsigned threads = 1; threads <= cores; threads++) {
            nn_kpu_kernels_set_threads(threads);
            Timing t = time_runs(m, in, rounds);
            bool same = outputs(m) == expected;
            std::printf("%-11s %7u %10.2f %8.1fx %10.2f %8.1fx %s\n", nn_kpu_variant_name(variant), threads,
                        t.wall * 1e3, ref.wall / t.wall, t.cpu * 1e3, ref.cpu / t.cpu, same ? "identical" : "DIFFERENT");
        }
    }
    nfk_model_free(m);
    return 0;
}
