// pix_to_ai against spec/maixpy-api.md §3.2: planar layout, MaixPy's byte order and rounding tables.
#include <cmath>

#include <gtest/gtest.h>

#include "image_test_util.h"

using namespace imgtest;

namespace {

unsigned expand(unsigned v, unsigned max) { return (unsigned)std::floor(v * 255.0 / max + 0.5); }

TEST(ImgPixToAi, EveryRgb565ValueMatchesTheSpecTablesAndPlanarLayout)
{
    // 256 x 256 image whose pixel i is the little-endian 16-bit value i.
    const int w = 256, h = 256;
    Bytes px(2 * w * h);
    for (unsigned i = 0; i < 65536; i++) {
        px[2 * i] = (uint8_t)(i & 0xFF);
        px[2 * i + 1] = (uint8_t)(i >> 8);
    }
    Bytes ai(3 * w * h);
    img_pix_to_ai(view(px, w, h, IMG_RGB565), ai.data());
    const size_t plane = (size_t)w * h;
    for (unsigned p = 0; p < 65536; p++) {
        unsigned r5 = (p >> 3) & 31, g6 = ((p & 7) << 3) | (p >> 13), b5 = (p >> 8) & 31;
        ASSERT_EQ(ai[p], expand(r5, 31)) << "R of " << p;
        ASSERT_EQ(ai[plane + p], expand(g6, 63)) << "G of " << p;
        ASSERT_EQ(ai[2 * plane + p], expand(b5, 31)) << "B of " << p;
    }
}

TEST(ImgPixToAi, UnalignedBuffersAndOddSizesGiveTheBytesOfTheAlignedWordPath)
{
    // The word-at-a-time path needs an 8-aligned source, a 4-aligned output and whole groups of four pixels; every
    // other case takes the per-pixel path, which must give the same bytes.
    const int w = 256, h = 256;
    Bytes px(2 * w * h + 8);
    for (size_t i = 0; i < px.size(); i++)
        px[i] = (uint8_t)(i * 2654435761u >> 13);
    for (size_t shift : { 2u, 4u, 6u }) { // a source that is 2-aligned only, and an odd output address
        Bytes copy(px.begin() + (long)shift, px.begin() + (long)shift + 2 * w * h); // the same pixels, aligned
        Bytes expect(3 * w * h), got(3 * w * h + 1);
        img_pix_to_ai(view(copy, w, h, IMG_RGB565), expect.data());
        img_pix_to_ai(img_view_t{ w, h, IMG_RGB565, px.data() + shift }, got.data() + 1);
        EXPECT_EQ(Bytes(got.begin() + 1, got.end()), expect) << "source shifted by " << shift;
    }
    for (int odd : { 1, 3, 5, 7, 13 }) { // pixel counts that are not a multiple of four
        Bytes small(2 * odd * 3), out(3 * odd * 3);
        std::copy(px.begin(), px.begin() + (long)small.size(), small.begin());
        img_pix_to_ai(view(small, odd, 3, IMG_RGB565), out.data());
        const size_t plane = (size_t)odd * 3;
        for (size_t p = 0; p < plane; p++) {
            unsigned v = small[2 * p] | (small[2 * p + 1] << 8);
            ASSERT_EQ(out[p], expand((v >> 3) & 31, 31));
            ASSERT_EQ(out[plane + p], expand(((v & 7) << 3) | (v >> 13), 63));
            ASSERT_EQ(out[2 * plane + p], expand((v >> 8) & 31, 31));
        }
    }
}

TEST(ImgPixToAi, TablesDifferFromBitReplicationWhereTheSpecSays)
{
    // spec: 4 of 32 five-bit codes and 10 of 64 six-bit codes differ from (v<<3)|(v>>2), (v<<2)|(v>>4).
    int differ5 = 0, differ6 = 0;
    Bytes px(2 * 64), ai(3 * 64);
    for (unsigned v = 0; v < 64; v++)
        put565(px, v, v & 31, v, v & 31);
    img_pix_to_ai(view(px, 64, 1, IMG_RGB565), ai.data());
    for (unsigned v = 0; v < 32; v++)
        differ5 += ai[v] != ((v << 3) | (v >> 2));
    for (unsigned v = 0; v < 64; v++)
        differ6 += ai[64 + v] != ((v << 2) | (v >> 4));
    EXPECT_EQ(differ5, 4);
    EXPECT_EQ(differ6, 10);
}

TEST(ImgPixToAi, HandWorkedPixels)
{
    // pure red F800 stored as F8 00; a 5-6-5 mid grey (16, 32, 16) -> 132, 130, 132.
    Bytes px = { 0xF8, 0x00, 0x84, 0x10 };
    Bytes ai(6);
    img_pix_to_ai(view(px, 2, 1, IMG_RGB565), ai.data());
    EXPECT_EQ(ai, (Bytes{ 255, 132, 0, 130, 0, 132 }));
}

TEST(ImgPixToAi, GrayscaleIsAStraightCopy)
{
    Bytes px = { 0, 1, 127, 128, 254, 255 };
    Bytes ai(6, 0xAA);
    img_pix_to_ai(view(px, 3, 2, IMG_GRAYSCALE), ai.data());
    EXPECT_EQ(ai, px);
}

}  // namespace
