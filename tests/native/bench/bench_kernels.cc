// Google Benchmark of the KPU layer kernels (each variant this CPU has, on three typical layer shapes) and of
// the image preparation (pix_to_ai, resize). Read the results as ratios between rows of one run, never as
// absolute times:  build/host/tests/native/bench_kernels [--benchmark_filter=...]
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

extern "C" {
#include "img.h"
#include "nn_kpu_conv_ref.h"
#include "nn_kpu_kernels.h"
}

namespace {

struct Shape {
    const char *name;
    uint32_t kernel, in_c, out_c, h, w, pool;
    bool depthwise, relu; // relu: nncase 0.2's ReLU table (one sloped segment) and profile, else 14 sloped segments
};

// The kinds of layer of the 20-class YOLOv2 (kmodel V3, 320x240): the first 3x3 convolution with max pooling,
// a depthwise 3x3, a wide pointwise 1x1.
// The face detectors' (slim-320, ultraface: kmodel V4) big early layers with their ReLU.
const Shape kShapes[] = {
    {"conv3x3_c3o16_320x240_pool1", 3, 3, 16, 240, 320, 1, false, false},
    {"dw3x3_c64_40x30", 3, 64, 64, 30, 40, 0, true, false},
    {"conv1x1_c512o1024_10x7", 1, 512, 1024, 7, 10, 0, false, false},
    {"dw3x3_c32_160x120_relu", 3, 32, 32, 120, 160, 0, true, true},
    {"conv1x1_c16o32_160x120_relu", 1, 16, 32, 120, 160, 0, false, true},
};

struct Layer {
    nn_kpu_conv_params_t p{};
    std::vector<uint8_t> weights, bn, in, out;
    nn_kpu_activation_t act{};
};

// A layer with nncase-like tables: 14 sloped segments below zero, identity above (kpu.md §7.4).
Layer make_layer(const Shape &s)
{
    std::mt19937_64 rng(42);
    Layer l;
    nn_kpu_conv_params_t &p = l.p;
    p.kernel = s.kernel;
    p.in_c = s.in_c;
    p.out_c = s.out_c;
    p.in_h = s.h;
    p.in_w = s.w;
    p.depthwise = s.depthwise;
    p.pool_type = s.pool;
    nn_kpu_pool_output_size(p.pool_type, p.in_h, p.in_w, &p.out_h, &p.out_w);
    p.arg_x = -120;
    p.arg_w = -90;
    p.shr_x = 2;
    p.shr_w = 3;
    p.arg_add = 5000;
    p.pad_value = 17;
    p.profile = NN_KPU_PROFILE_NNCASE_01;
    l.weights.resize(nn_kpu_conv_weight_bytes(&p));
    for (auto &w : l.weights)
        w = static_cast<uint8_t>(rng());
    uint64_t word = (uint64_t{26740} & 0xFFFFFF) | ((uint64_t(int64_t{-400000}) & 0xFFFFFFFF) << 24) | (uint64_t{15} << 56);
    for (uint32_t o = 0; o < p.out_c; o++)
        for (int i = 0; i < 8; i++)
            l.bn.push_back(static_cast<uint8_t>(word >> (8 * i)));
    l.act.start[0] = -(INT64_C(1) << 35);
    for (int i = 1; i < 15; i++) {
        l.act.start[i] = -150000 + 10240 * (i - 1);
        l.act.mul[i] = 102;
        l.act.shift[i] = 20;
        l.act.bias[i] = static_cast<uint8_t>(i - 1);
    }
    l.act.start[15] = 16384;
    l.act.mul[15] = 1024;
    l.act.shift[15] = 20;
    l.act.bias[15] = 16;
    if (s.relu) { // as nncase 0.2 writes it: 0 below 0, x * 512 >> 20 from 0, 255 far above
        p.profile = NN_KPU_PROFILE_NNCASE_02;
        l.act = nn_kpu_activation_t{};
        l.act.start[0] = -(INT64_C(1) << 35);
        l.act.start[1] = 0;
        l.act.mul[1] = 512;
        l.act.shift[1] = 20;
        for (int i = 2; i < 16; i++) {
            l.act.start[i] = (INT64_C(1) << 35) - 17 + i;
            l.act.bias[i] = 255;
        }
    }
    l.in.resize(static_cast<size_t>(p.in_c) * p.in_h * p.in_w);
    for (auto &x : l.in)
        x = static_cast<uint8_t>(rng());
    l.out.resize(static_cast<size_t>(p.out_c) * p.out_h * p.out_w);
    p.weights = l.weights.data();
    p.batchnorm = l.bn.data();
    p.activation = &l.act;
    return l;
}

void BM_KpuLayer(benchmark::State &state, const Shape &shape, nn_kpu_variant_t variant, unsigned threads)
{
    if (!nn_kpu_variant_available(variant)) {
        state.SkipWithError((std::string(nn_kpu_variant_name(variant)) + " is not available on this CPU").c_str());
        return;
    }
    Layer l = make_layer(shape);
    nn_kpu_kernels_plan_t plan = nn_kpu_kernels_plan_for(&l.p, variant, threads);
    std::vector<uint8_t> scratch(plan.scratch_bytes);
    for (auto _ : state) {
        nn_kpu_kernels_run(&plan, &l.p, l.in.data(), l.out.data(), scratch.data());
        benchmark::DoNotOptimize(l.out.data());
    }
    state.counters["MAC/s"] = benchmark::Counter(static_cast<double>(nn_kpu_conv_macs(&l.p)) * state.iterations(),
                                                 benchmark::Counter::kIsRate);
}

void BM_PixToAi(benchmark::State &state)
{
    std::vector<uint8_t> rgb565(320 * 240 * 2), ai(320 * 240 * 3);
    for (size_t i = 0; i < rgb565.size(); i++)
        rgb565[i] = static_cast<uint8_t>(i * 37);
    img_view_t v{320, 240, IMG_RGB565, rgb565.data()};
    for (auto _ : state) {
        img_pix_to_ai(v, ai.data());
        benchmark::DoNotOptimize(ai.data());
    }
    state.SetItemsProcessed(state.iterations() * 320 * 240);
}

void BM_Resize(benchmark::State &state)
{
    std::vector<uint8_t> src(320 * 240 * 2), dst(224 * 224 * 2);
    for (size_t i = 0; i < src.size(); i++)
        src[i] = static_cast<uint8_t>(i * 13);
    img_view_t v{320, 240, IMG_RGB565, src.data()};
    img_t d{224, 224, IMG_RGB565, dst.data()};
    for (auto _ : state) {
        img_resize(v, d);
        benchmark::DoNotOptimize(dst.data());
    }
    state.SetItemsProcessed(state.iterations() * 224 * 224);
}

const int kRegistered = [] {
    for (const Shape &s : kShapes)
        for (int v = 0; v < NN_KPU_VARIANT_COUNT; v++)
            for (unsigned threads : {1u, 2u}) {
                auto variant = static_cast<nn_kpu_variant_t>(v);
                if (variant == NN_KPU_VARIANT_REF && threads > 1)
                    continue;
                std::string name = std::string("KpuLayer/") + s.name + "/" + nn_kpu_variant_name(variant) + "/threads:" +
                                   std::to_string(threads);
                benchmark::RegisterBenchmark(name.c_str(), BM_KpuLayer, s, variant, threads)
                    ->Unit(benchmark::kMicrosecond)
                    ->UseRealTime();
            }
    benchmark::RegisterBenchmark("PixToAi/rgb565_320x240", BM_PixToAi)->Unit(benchmark::kMicrosecond);
    benchmark::RegisterBenchmark("Resize/rgb565_320x240_to_224x224", BM_Resize)->Unit(benchmark::kMicrosecond);
    return 0;
}();

}  // namespace

BENCHMARK_MAIN();
