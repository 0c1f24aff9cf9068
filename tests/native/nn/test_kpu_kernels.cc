// The optimized KPU kernels (nn/kernels/fast) against the reference nn_kpu_conv_ref_u8, byte for byte:
// the inline per-value stages on edge values, the extremes of the narrow accumulators, and random
// layers of every shape, pool type and profile, for each variant this CPU can run and 1-3 threads.
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include <atomic>
#include <chrono>
#include <thread>

#include <gtest/gtest.h>

extern "C" {
#include "nfk210_api.h"
#include "nfk210_kernels.h"
#include "nn_kpu_conv_fast.h"
#include "nn_kpu_conv_ref.h"
#include "nn_kpu_kernels.h"
#include "nn_kpu_pixel.h"
#include "nn_kpu_threads.h"
}

#include "kpu_kernels_test_util.h"

namespace {

using Bytes = std::vector<uint8_t>;

const nn_kpu_profile_t kProfiles[] = {NN_KPU_PROFILE_NNCASE_01, NN_KPU_PROFILE_NNCASE_02, NN_KPU_PROFILE_TRUNCATE};

std::vector<int64_t> edge_values()
{
    std::vector<int64_t> v = {0, 1, -1, 2, -2, 3, -3, INT64_MAX, INT64_MIN, INT64_MIN + 1, INT64_MAX - 1};
    for (int k = 1; k < 63; k++)
        for (int64_t d = -1; d <= 1; d++) {
            v.push_back((INT64_C(1) << k) + d);
            v.push_back(-(INT64_C(1) << k) + d);
            v.push_back((INT64_C(3) << (k - 1)) + d); // exact halves and their neighbours
            v.push_back(-(INT64_C(3) << (k - 1)) + d);
        }
    std::mt19937_64 rng(7);
    for (int i = 0; i < 2000; i++)
        v.push_back(static_cast<int64_t>(rng()) >> (rng() % 64));
    return v;
}

std::vector<uint32_t> edge_shifts()
{
    std::vector<uint32_t> s;
    for (uint32_t k = 0; k <= 70; k++)
        s.push_back(k);
    for (uint32_t k : {127u, 128u, 255u, 256u, 1u << 31, UINT32_MAX})
        s.push_back(k);
    return s;
}

}  // namespace

TEST(KpuPixelStages, RoundShiftEqualsTheReferenceOnEdgeValuesUnderEveryProfile)
{
    std::vector<int64_t> values = edge_values();
    size_t differ = 0;
    for (nn_kpu_profile_t profile : kProfiles)
        for (uint32_t s : edge_shifts())
            for (int64_t v : values)
                if (nn_px_round_shift(v, s, profile) != nn_kpu_round_shift(v, s, profile)) {
                    if (differ++ < 5)
                        ADD_FAILURE() << nn_kpu_profile_name(profile) << " v=" << v << " s=" << s;
                }
    EXPECT_EQ(differ, 0u);
}

TEST(KpuPixelStages, FloorShiftAndBatchNormEqualTheReference)
{
    for (uint32_t s : edge_shifts())
        for (int64_t v : edge_values())
            ASSERT_EQ(nn_px_floor_shr(v, s), nn_floor_shr(v, s)) << "v=" << v << " s=" << s;
    std::mt19937_64 rng(11);
    for (int i = 0; i < 20000; i++) {
        nn_kpu_batchnorm_t bn = nn_kpu_batchnorm_decode(kpu_test::random_bytes(rng, 8).data());
        int64_t conv = static_cast<int64_t>(rng()) >> (rng() % 64);
        ASSERT_EQ(nn_px_batchnorm(conv, bn.mul, bn.shift, bn.add), nn_kpu_batchnorm_apply(&bn, conv)) << conv;
    }
}

TEST(KpuPixelStages, ActivationEqualsTheReferenceForRandomAndEdgeTables)
{
    std::mt19937_64 rng(13);
    unsigned narrow_checked = 0, linear_checked = 0, clamped_checked = 0, narrow_clamped = 0;
    std::vector<int64_t> values = edge_values();
    for (int table = 0; table < 80; table++) {
        nn_kpu_activation_t act = kpu_test::random_activation(rng, table);
        nn_px_activation_t fast;
        nn_px_activation_prepare(&act, &fast);
        std::vector<int64_t> probes = values;
        for (int i = 0; i < 16; i++) // every segment start and its neighbours
            for (int64_t d = -1; d <= 1; d++)
                probes.push_back(act.start[i] + d);
        nn_px_segments_t seg;
        nn_px_segments_prepare(&fast, &seg);
        for (nn_kpu_profile_t profile : kProfiles) // and where a clamped entry's upper clamp lies
            if (seg.lin_clamped[profile])
                for (int64_t d = -2; d <= 2; d++)
                    probes.push_back(seg.lut_start[seg.lin_e] + seg.lin_dhi[profile] + d);
        for (nn_kpu_profile_t profile : kProfiles)
            for (int64_t bn : probes) {
                uint8_t expected = nn_kpu_activate(&act, bn, profile);
                ASSERT_EQ(nn_px_activate(&fast, bn, profile), expected)
                    << "table " << table << " " << nn_kpu_profile_name(profile) << " bn=" << bn;
                // the live-segment table, directly and through its 16-entry lookup form
                uint32_t k = nn_px_segment_count(&seg, bn, profile == NN_KPU_PROFILE_NNCASE_02);
                ASSERT_EQ(nn_px_segment_output(bn, seg.start[k], seg.mul[k], seg.shift_bias[k], profile), expected)
                    << "table " << table << " live " << seg.live << " k " << k << " bn=" << bn;
                uint32_t i = (k > seg.lut_base ? k : seg.lut_base) - seg.lut_base;
                ASSERT_LT(i, 16u);
                ASSERT_EQ(nn_px_segment_output(bn, seg.lut_start[i], seg.lut_mul[i], seg.lut_shift_bias[i], profile),
                          expected)
                    << "table " << table << " lut " << i << " bn=" << bn;
                // the vectoriser's form from the split fields: with the fix-ups always, without them where the
                // entry needs none, and with the widening multiply where the difference and mul fit an int32
                auto entry = [&](int odd, int narrow) {
                    return nn_px_entry_output(bn, seg.lut_start[i], seg.lut_mul[i], seg.lut_shift[i], seg.lut_sc[i],
                                              seg.lut_mask[i], seg.lut_half[i], seg.lut_bias[i], profile, odd, narrow);
                };
                ASSERT_EQ(entry(1, 0), expected) << "table " << table << " entry " << i << " bn=" << bn;
                if (seg.lut_shift[i] != 0 && seg.lut_shift[i] < 63) {
                    ASSERT_EQ(entry(0, 0), expected) << "table " << table << " entry " << i << " bn=" << bn;
                }
                if (nn_px_entry_narrow(bn, bn, seg.lut_start[i], seg.lut_mul[i])) {
                    narrow_checked++;
                    ASSERT_EQ(entry(1, 1), expected) << "table " << table << " entry " << i << " bn=" << bn;
                }
                // one sloped entry among constants: its output, or a constant by the two bounds
                if (seg.linear) {
                    linear_checked++;
                    bool strict = profile == NN_KPU_PROFILE_NNCASE_02;
                    auto reaches = [&](int64_t bound) { return strict ? bound < bn : bound <= bn; };
                    uint32_t e = seg.lin_e;
                    int64_t got = seg.lin_has_lo && !reaches(seg.lin_lo) ? seg.lin_below
                                  : seg.lin_has_hi && reaches(seg.lin_hi)
                                      ? seg.lin_above
                                      : nn_px_entry_output(bn, seg.lut_start[e], seg.lut_mul[e], seg.lut_shift[e],
                                                           seg.lut_sc[e], seg.lut_mask[e], seg.lut_half[e],
                                                           seg.lut_bias[e], profile, 1, 0);
                    ASSERT_EQ(got, expected) << "table " << table << " linear entry " << e << " bn=" << bn;
                    // its clamped form: bn held to the bounds, a product in 0..2^62, the rounding of a positive value
                    if (seg.lin_clamped[profile]) {
                        clamped_checked++;
                        int64_t start = seg.lut_start[e], lo = start + seg.lin_dlo, hi = start + seg.lin_dhi[profile];
                        int64_t d = (bn < lo ? lo : bn > hi ? hi : bn) - start, p = d * seg.lut_mul[e];
                        ASSERT_GE(p, 0);
                        ASSERT_LE(p, INT64_C(1) << 62);
                        int64_t y = nn_px_round_positive(p, seg.lut_shift[e], profile) + seg.lut_bias[e];
                        ASSERT_EQ(y > 255 ? 255 : y, expected) << "table " << table << " clamped, bn=" << bn;
                        if (seg.lin_narrow[profile]) { // and the kernels' 32-bit lanes for it
                            narrow_clamped++;
                            ASSERT_LE(p + (INT64_C(1) << (seg.lut_shift[e] - 1)) + seg.lut_bias[e], INT32_MAX);
                        }
                    }
                }
            }
    }
    EXPECT_GT(narrow_checked, 1000u); // the widening multiply was compared on many values
    EXPECT_GT(linear_checked, 1000u); // and the one-sloped-entry form
    EXPECT_GT(clamped_checked, 500u); // its clamped form
    EXPECT_GT(narrow_clamped, 200u);
}

TEST(KpuKernelDispatch, NamesParseAndTheBestIsAvailable)
{
    nn_kpu_variant_t v;
    for (int i = 0; i < NN_KPU_VARIANT_COUNT; i++) {
        ASSERT_TRUE(nn_kpu_variant_parse(nn_kpu_variant_name(static_cast<nn_kpu_variant_t>(i)), &v));
        EXPECT_EQ(v, i);
    }
    ASSERT_TRUE(nn_kpu_variant_parse("avx512", &v));
    EXPECT_EQ(v, NN_KPU_VARIANT_AVX512);
    EXPECT_FALSE(nn_kpu_variant_parse("sse9", &v));
    EXPECT_FALSE(nn_kpu_variant_parse("", &v));
    EXPECT_FALSE(nn_kpu_variant_parse(nullptr, &v));
    EXPECT_TRUE(nn_kpu_variant_available(NN_KPU_VARIANT_REF));
    EXPECT_TRUE(nn_kpu_variant_available(NN_KPU_VARIANT_OPT));
    EXPECT_TRUE(nn_kpu_variant_available(nn_kpu_variant_best()));
    EXPECT_NE(nn_kpu_variant_best(), NN_KPU_VARIANT_REF);
#if defined(__x86_64__)
    EXPECT_EQ(nn_kpu_variant_available(NN_KPU_VARIANT_AVX2), __builtin_cpu_supports("avx2") != 0);
    EXPECT_EQ(nn_kpu_variant_available(NN_KPU_VARIANT_AVX512), __builtin_cpu_supports("avx512vnni") != 0);
#endif
}

TEST(KpuKernelDispatch, SelectRefusesUnavailableAndUnknownVariants)
{
    nn_kpu_variant_t before = nn_kpu_kernels_variant();
    EXPECT_NE(nn_kpu_kernels_select(static_cast<nn_kpu_variant_t>(9)), nullptr);
    for (int i = 0; i < NN_KPU_VARIANT_COUNT; i++) {
        auto v = static_cast<nn_kpu_variant_t>(i);
        const char *why = nn_kpu_kernels_select(v);
        if (nn_kpu_variant_available(v)) {
            EXPECT_EQ(why, nullptr);
            EXPECT_EQ(nn_kpu_kernels_variant(), v);
        } else {
            ASSERT_NE(why, nullptr);
            EXPECT_NE(std::string(why).find(nn_kpu_variant_name(v)), std::string::npos) << why;
        }
    }
    ASSERT_EQ(nn_kpu_kernels_select(before), nullptr);
}

TEST(KpuKernelDispatch, PlansFallBackToRefForLayersPastTheExactRange)
{
    kpu_test::Layer l = kpu_test::Layer::simple(3, 1, 1, 4, 4); // 3x3, 1 -> 1 channel
    l.p.in_c = 8000;                                            // 72000 terms: past 2^32 / 255^2
    EXPECT_FALSE(nn_kpu_conv_fast_supports(&l.p));
    for (int i = 0; i < NN_KPU_VARIANT_COUNT; i++)
        EXPECT_EQ(nn_kpu_kernels_plan_for(&l.p, static_cast<nn_kpu_variant_t>(i), 2).variant, NN_KPU_VARIANT_REF);
    l.p.in_c = 1024;
    EXPECT_TRUE(nn_kpu_conv_fast_supports(&l.p));
}

// Every term at its maximum (x = 255 with 255 padding, w = 255 or 65535, 1024 input channels, 3x3):
// the sum is 9216 * 255 * w, far past 16 bits, and batch-norm subtracts all but 100 of it.
TEST(KpuKernelVariants, TheLargestAccumulatorIsExact)
{
    for (bool w16 : {false, true}) {
        uint32_t in_c = 1024, out_c = 5, h = 3, w = 35;
        uint64_t wmax = w16 ? 65535 : 255;
        int64_t sum = static_cast<int64_t>(9216 * 255 * wmax);
        // norm_add is 32-bit: scale by 2^-shift first (sum is a multiple of 2^8 * 255 ... use mul/shift)
        kpu_test::Layer l = kpu_test::Layer::simple(3, in_c, out_c, h, w);
        l.weights.assign(static_cast<size_t>(out_c) * in_c * 9 * (w16 ? 2 : 1), 0xFF);
        l.p.weights_16bit = w16;
        l.p.pad_value = 255;
        // bn = floor((conv * 1) >> s) + add with conv = sum; pick s so that add fits in 32 bits
        unsigned s = w16 ? 15 : 0;
        int64_t scaled = sum >> s;
        l.set_bn(1, 100 - scaled, s);
        l.act = kpu_test::identity_from(0);
        Bytes in(static_cast<size_t>(in_c) * h * w, 255);
        for (int v = 0; v < NN_KPU_VARIANT_COUNT; v++) {
            auto variant = static_cast<nn_kpu_variant_t>(v);
            if (!nn_kpu_variant_available(variant))
                continue;
            Bytes out = kpu_test::run_variant(l, in, variant, 2);
            for (size_t i = 0; i < out.size(); i++)
                ASSERT_EQ(out[i], 100) << nn_kpu_variant_name(variant) << (w16 ? " 16-bit" : " 8-bit") << " byte "
                                       << i;
        }
    }
}

TEST(KpuKernelVariants, RandomLayersEqualTheReferenceByteForByte)
{
    std::vector<nn_kpu_variant_t> variants;
    std::string skipped;
    for (int v = NN_KPU_VARIANT_OPT; v < NN_KPU_VARIANT_COUNT; v++) {
        auto variant = static_cast<nn_kpu_variant_t>(v);
        if (nn_kpu_variant_available(variant))
            variants.push_back(variant);
        else
            skipped += std::string(" ") + nn_kpu_variant_name(variant);
    }
    if (!skipped.empty())
        std::printf("[ note     ] not available on this CPU, not compared:%s\n", skipped.c_str());
    std::mt19937_64 rng(20261207);
    int cases = 0;
    for (int n = 0; n < 400; n++) {
        kpu_test::Layer l = kpu_test::random_layer(rng, n);
        Bytes in = kpu_test::random_input(rng, l.p);
        Bytes expected = kpu_test::run_variant(l, in, NN_KPU_VARIANT_REF, 1);
        for (nn_kpu_variant_t v : variants)
            for (unsigned threads : {1u, 2u, 3u}) {
                Bytes got = kpu_test::run_variant(l, in, v, threads);
                size_t first = kpu_test::first_difference(expected, got);
                ASSERT_EQ(first, expected.size())
                    << nn_kpu_variant_name(v) << " x" << threads << " differs at byte " << first << " in "
                    << l.describe();
            }
        cases++;
    }
    EXPECT_EQ(cases, 400);
}

// A d in [lo, hi] with d * mul = 2^(shift-1) modulo 2^shift (an exact half, where the profiles' roundings part),
// or -1 when there is none.
static int64_t tie_in(int64_t mul, int64_t shift, int64_t lo, int64_t hi)
{
    if (mul <= 0 || shift < 1 || shift > 62 || lo < 0 || hi < lo)
        return -1;
    int k = __builtin_ctzll(static_cast<uint64_t>(mul));
    if (k > shift - 1)
        return -1;
    uint64_t u = static_cast<uint64_t>(mul) >> k, inv = 1, mod = uint64_t{1} << (shift - k);
    for (int i = 0; i < 6; i++) // Newton: inv = u^-1 modulo 2^64, so modulo any power of two
        inv *= 2 - u * inv;
    uint64_t residue = ((uint64_t{1} << (shift - 1 - k)) * inv) & (mod - 1);
    uint64_t d = static_cast<uint64_t>(lo) + ((residue - static_cast<uint64_t>(lo)) & (mod - 1));
    return d <= static_cast<uint64_t>(hi) ? static_cast<int64_t>(d) : -1;
}

TEST(KpuKernelVariants, EveryValueAroundASegmentStartEqualsTheReference)
{
    // bn = x + A exactly (zero weights, arg_x 1, identity batch-norm) for x = 0..255, A placing a live segment
    // start in the middle: the values at, just below and just above every nearby start go through each variant
    std::mt19937_64 rng(77);
    Bytes in(256);
    for (int x = 0; x < 256; x++)
        in[x] = static_cast<uint8_t>(x);
    unsigned linear = 0, clamped = 0;
    for (int table = 0; table < 240; table++) {
        kpu_test::Layer l = kpu_test::Layer::simple(1, 1, 5, 16, 16);
        l.act = kpu_test::random_activation(rng, table % 2 ? 3 : table / 2); // half of them ReLU-like
        nn_px_activation_t act;
        nn_px_segments_t seg;
        nn_px_activation_prepare(&l.act, &act);
        nn_px_segments_prepare(&act, &seg);
        linear += seg.linear;
        int64_t start = l.act.start[rng() % 16];
        nn_kpu_profile_t clamped_in = kProfiles[rng() % 3];
        if (seg.lin_clamped[clamped_in]) { // the clamped form's saturation point, or a rounding tie
            int64_t tie = tie_in(seg.lut_mul[seg.lin_e], seg.lut_shift[seg.lin_e], seg.lin_dlo, seg.lin_dhi[clamped_in]);
            start = seg.lut_start[seg.lin_e] + (table % 4 == 1 && tie >= 0 ? tie : seg.lin_dhi[clamped_in]);
            clamped++;
        }
        if (start < -(INT64_C(1) << 38) || start > (INT64_C(1) << 38))
            continue; // beyond arg_add's 40 bits
        l.p.arg_x = 1;
        l.p.arg_add = start - 128;
        for (nn_kpu_profile_t profile : kProfiles) {
            l.p.profile = profile;
            Bytes expected = kpu_test::run_variant(l, in, NN_KPU_VARIANT_REF, 1);
            for (int v = NN_KPU_VARIANT_OPT; v < NN_KPU_VARIANT_COUNT; v++) {
                auto variant = static_cast<nn_kpu_variant_t>(v);
                if (!nn_kpu_variant_available(variant))
                    continue;
                for (unsigned threads : {1u, 2u}) {
                    Bytes got = kpu_test::run_variant(l, in, variant, threads);
                    size_t first = kpu_test::first_difference(expected, got);
                    ASSERT_EQ(first, expected.size())
                        << nn_kpu_variant_name(variant) << " x" << threads << " table " << table << " "
                        << nn_kpu_profile_name(profile) << ": bn " << l.p.arg_add + static_cast<int64_t>(first % 256)
                        << " gives " << int{got[first]} << ", the reference " << int{expected[first]};
                }
            }
        }
    }
    EXPECT_GT(linear, 30u); // one sloped segment among constants, which the clamped form needs
    EXPECT_GT(clamped, 15u); // values around the clamped form's saturation point or a rounding tie
}

TEST(KpuKernelVariants, EveryPoolTypeAndProfileIsCovered)
{
    // the generator of the random test visits every pool type, both kernels, depthwise, 16-bit and each profile
    std::mt19937_64 rng(20261207);
    unsigned pools = 0, profiles = 0, kinds = 0, linear = 0;
    for (int n = 0; n < 400; n++) {
        kpu_test::Layer l = kpu_test::random_layer(rng, n);
        (void)kpu_test::random_input(rng, l.p);
        nn_px_activation_t act;
        nn_px_segments_t seg;
        nn_px_activation_prepare(&l.act, &act);
        nn_px_segments_prepare(&act, &seg);
        linear += seg.linear; // one sloped segment among constants, which the clamped form needs
        pools |= 1u << l.p.pool_type;
        profiles |= 1u << l.p.profile;
        kinds |= 1u << ((l.p.kernel == 3) * 4 + l.p.depthwise * 2 + l.p.weights_16bit);
    }
    EXPECT_EQ(pools, 0x3FFu);
    EXPECT_EQ(profiles, 0xEu);
    EXPECT_EQ(kinds, 0xFFu);
    EXPECT_GT(linear, 60u);
    EXPECT_LT(linear, 160u);
}

TEST(KpuKernelDispatch, TheEnvironmentValueChoosesOrWarnsAndFallsBack)
{
    char warning[160];
    nn_kpu_variant_t best = nn_kpu_variant_best();
    EXPECT_EQ(nn_kpu_kernels_choose(nullptr, warning, sizeof warning), best);
    EXPECT_STREQ(warning, "");
    EXPECT_EQ(nn_kpu_kernels_choose("", warning, sizeof warning), best);
    EXPECT_EQ(nn_kpu_kernels_choose("ref", warning, sizeof warning), NN_KPU_VARIANT_REF);
    EXPECT_STREQ(warning, "");
    EXPECT_EQ(nn_kpu_kernels_choose("opt", warning, sizeof warning), NN_KPU_VARIANT_OPT);
    EXPECT_EQ(nn_kpu_kernels_choose("neon", warning, sizeof warning), best);
    EXPECT_NE(std::string(warning).find("unknown variant 'neon'"), std::string::npos) << warning;
    EXPECT_NE(std::string(warning).find(std::string("using ") + nn_kpu_variant_name(best)), std::string::npos)
        << warning;
    for (const char *name : {"avx2", "avx512"}) {
        nn_kpu_variant_t v;
        ASSERT_TRUE(nn_kpu_variant_parse(name, &v));
        nn_kpu_variant_t got = nn_kpu_kernels_choose(name, warning, sizeof warning);
        if (nn_kpu_variant_available(v)) {
            EXPECT_EQ(got, v);
            EXPECT_STREQ(warning, "");
        } else {
            EXPECT_EQ(got, best);
            EXPECT_NE(std::string(warning).find("is not available"), std::string::npos) << warning;
        }
    }
}

TEST(KpuKernelApi, VariantAndThreadsAreSetAndRefusedWithReadableErrors)
{
    std::string before = nfk_kernels_variant();
    EXPECT_NE(nfk_kernels_set_variant("bogus"), 0);
    EXPECT_NE(std::string(nfk_last_error()).find("unknown kernel variant 'bogus'"), std::string::npos)
        << nfk_last_error();
    EXPECT_NE(nfk_kernels_set_variant(nullptr), 0);
    ASSERT_EQ(nfk_kernels_set_variant("ref"), 0) << nfk_last_error();
    EXPECT_STREQ(nfk_kernels_variant(), "ref");
    ASSERT_EQ(nfk_kernels_set_variant("opt"), 0) << nfk_last_error();
    EXPECT_STREQ(nfk_kernels_variant(), "opt");
    if (!nn_kpu_variant_available(NN_KPU_VARIANT_AVX512)) {
        EXPECT_NE(nfk_kernels_set_variant("avx512"), 0);
        EXPECT_NE(std::string(nfk_last_error()).find("not available"), std::string::npos) << nfk_last_error();
    }
    ASSERT_EQ(nfk_kernels_set_variant(before.c_str()), 0) << nfk_last_error();

    EXPECT_NE(nfk_kernels_set_threads(-1), 0);
    EXPECT_NE(std::string(nfk_last_error()).find("-1"), std::string::npos) << nfk_last_error();
    ASSERT_EQ(nfk_kernels_set_threads(3), 0);
    EXPECT_EQ(nfk_kernels_threads(), 3);
    ASSERT_EQ(nfk_kernels_set_threads(0), 0);
    EXPECT_GE(nfk_kernels_threads(), 1);
}

// The kernels walk a map in spans of up to NN_KPU_FAST_SPAN outputs (runs of the plane for 1x1, groups of rows
// for 3x3): maps longer than one span, with a partial last span, for every variant, kernel, weight width and
// depthwise.
TEST(KpuKernelVariants, MapsLongerThanASpanEqualTheReference)
{
    std::mt19937_64 rng(99);
    int checked = 0;
    for (int n = 0; n < 16; n++) {
        kpu_test::Layer l = kpu_test::random_layer(rng, (n % 10) + 30 * (n % 4 == 0 ? 2 : 0));
        l.p.kernel = n % 4 < 2 ? 1 : 3;
        l.p.depthwise = n % 3 == 0;
        l.p.weights_16bit = n % 2 == 1;
        l.p.in_w = 65 + n;
        l.p.in_h = 4 * static_cast<uint32_t>(NN_KPU_FAST_SPAN / 65) / 3 + static_cast<uint32_t>(n); // ~1.3-2 spans
        if (l.p.depthwise)
            l.p.out_c = l.p.in_c;
        nn_kpu_pool_output_size(l.p.pool_type, l.p.in_h, l.p.in_w, &l.p.out_h, &l.p.out_w);
        l.weights = kpu_test::random_bytes(rng, nn_kpu_conv_weight_bytes(&l.p));
        l.set_bn(37, -1000, 6);
        Bytes in = kpu_test::random_input(rng, l.p);
        ASSERT_GT(static_cast<size_t>(l.p.in_h) * l.p.in_w, NN_KPU_FAST_SPAN);
        Bytes expected = kpu_test::run_variant(l, in, NN_KPU_VARIANT_REF, 1);
        for (int v = NN_KPU_VARIANT_OPT; v < NN_KPU_VARIANT_COUNT; v++) {
            auto variant = static_cast<nn_kpu_variant_t>(v);
            if (!nn_kpu_variant_available(variant))
                continue;
            Bytes got = kpu_test::run_variant(l, in, variant, 2);
            size_t first = kpu_test::first_difference(expected, got);
            ASSERT_EQ(first, expected.size()) << nn_kpu_variant_name(variant) << " differs at byte " << first << " in "
                                              << l.describe();
            checked++;
        }
    }
    EXPECT_GE(checked, 16);
}

namespace {

struct PoolProbe {
    std::atomic<unsigned> runs[64];
    std::atomic<unsigned> bad_slot{0}, by_slot0{0};
    unsigned threads = 0;
};

void probe_task(void *arg, unsigned i, unsigned slot)
{
    auto *p = static_cast<PoolProbe *>(arg);
    p->runs[i]++;
    if (slot >= p->threads)
        p->bad_slot++;
    if (slot == 0) {
        p->by_slot0++;
        if (i == 0) // the caller's first task is slow: the others go to whichever thread is free
            std::this_thread::sleep_for(std::chrono::milliseconds(20));
    }
}

}  // namespace

TEST(KpuThreads, EveryTaskRunsOnceOnASlotBelowTheThreadCount)
{
    for (unsigned threads : {1u, 2u, 3u}) {
        for (unsigned count : {1u, 2u, 7u, 64u}) {
            PoolProbe probe;
            for (auto &r : probe.runs)
                r = 0;
            probe.threads = threads;
            nn_kpu_threads_run(threads, count, probe_task, &probe);
            for (unsigned i = 0; i < 64; i++)
                ASSERT_EQ(probe.runs[i].load(), i < count ? 1u : 0u) << threads << " threads, " << count << " tasks";
            EXPECT_EQ(probe.bad_slot.load(), 0u);
            // a pool of threads hands out tasks as threads come free: while the caller sleeps in its first task
            // the helpers take the rest (without threads in the build everything runs on the caller)
            if (threads > 1 && count == 64 && nn_kpu_threads_cores() > 1) {
                EXPECT_LT(probe.by_slot0.load(), 64u) << threads << " threads";
            }
        }
    }
}
