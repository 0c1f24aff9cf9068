// nn_expf must give glibc's expf bits on every build (the references were
// made with it), and the same bits in the RISC-V firmware (QEMU parity test).
#include <cmath>
#include <cstdint>
#include <cstring>

#include <gtest/gtest.h>

extern "C" {
#include "nn_math.h"
}

namespace {

float from_bits(uint32_t u)
{
    float f;
    std::memcpy(&f, &u, 4);
    return f;
}

uint32_t bits(float f)
{
    uint32_t u;
    std::memcpy(&u, &f, 4);
    return u;
}

}  // namespace

TEST(NnMath, ExpfKnownAnswersWhereRoundingIsDelicate)
{
    // Two arguments where computing without fused multiply-adds gives one ulp less
    // than glibc on x86-64 with FMA (found by an exhaustive comparison).
    EXPECT_EQ(bits(nn_expf(0x1.04845ep+5f)), bits(0x1.f93e38p+46f));
    EXPECT_EQ(bits(nn_expf(-0x1.f8cbb2p+5f)), bits(0x1.f45326p-92f));
    EXPECT_EQ(nn_expf(0.0f), 1.0f);
    EXPECT_EQ(nn_expf(-INFINITY), 0.0f);
    EXPECT_EQ(nn_expf(INFINITY), INFINITY);
    EXPECT_TRUE(std::isnan(nn_expf(NAN)));
    EXPECT_EQ(nn_expf(89.0f), INFINITY);
    EXPECT_EQ(nn_expf(-104.0f), 0.0f);
    EXPECT_GT(nn_expf(-103.5f), 0.0f);  // subnormal result, not flushed
}

#if defined(__GLIBC__)
TEST(NnMath, ExpfEqualsGlibcOnASweepOfAllExponents)
{
    // Every 257th bit pattern covers all exponents and many mantissas (16.7 M values).
    uint64_t differ = 0, first = 0;
    for (uint64_t u = 0; u <= 0xFFFFFFFFu; u += 257) {
        float x = from_bits(static_cast<uint32_t>(u));
        if (std::isnan(x))
            continue;
        if (bits(nn_expf(x)) != bits(expf(x)) && differ++ == 0)
            first = u;
    }
    EXPECT_EQ(differ, 0u) << "first difference at bits 0x" << std::hex << first;
}
#endif

TEST(NnMath, ExpfIsMonotonicAndAccurateToHalfAnUlpOfDouble)
{
    for (float x = -100.0f; x < 88.0f; x += 0.37f) {
        double exact = std::exp(static_cast<double>(x));
        float y = nn_expf(x);
        EXPECT_LE(std::fabs(y - exact), std::fabs(std::nextafter(y, INFINITY) - y)) << x;
    }
}
