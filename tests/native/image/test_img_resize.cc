// MaixPy's resize and our crop, on hand-worked cases (spec/maixpy-api.md §3.4).
#include <gtest/gtest.h>

#include "image_test_util.h"

using namespace imgtest;

namespace {

Bytes resize_gray(const Bytes &src, int w, int h, int dw, int dh)
{
    Bytes dst(dw * dh, 0xEE);
    img_resize(view(src, w, h, IMG_GRAYSCALE), image(dst, dw, dh, IMG_GRAYSCALE));
    return dst;
}

Bytes resize_rgb(const Bytes &src, int w, int h, int dw, int dh)
{
    Bytes dst(2 * dw * dh, 0xEE);
    img_resize(view(src, w, h, IMG_RGB565), image(dst, dw, dh, IMG_RGB565));
    return dst;
}

TEST(ImgResize, GrayUpscaleIsBilinearWithHalfPixelCentres)
{
    // x = (d + 0.5) / 2 - 0.5 -> -0.25, 0.25, 0.75, 1.25 over [100, 200]; the right edge is clamped.
    EXPECT_EQ(resize_gray({ 100, 200 }, 2, 1, 4, 1), (Bytes{ 75, 125, 175, 200 }));
}

TEST(ImgResize, GrayUpscaleLeftEdgeConvertsLikeTheK210)
{
    // At x = -0.25 the weights are 1.25 and -0.25: 255 * 1.25 = 318.75 -> 318 -> low byte 62;
    // 0 * 1.25 - 255 * 0.25 < 0 -> 0 (fcvt.wu.s saturates).
    EXPECT_EQ(resize_gray({ 255, 0 }, 2, 1, 4, 1)[0], 62);
    EXPECT_EQ(resize_gray({ 0, 255 }, 2, 1, 4, 1)[0], 0);
}

TEST(ImgResize, GrayDownscaleAveragesInclusiveBlocks)
{
    // 4x4 of 0..15 -> 2x2, scale 2, blocks [y0, y1] x [x0, x1] inclusive: 3x3 each; rows past the
    // end of the buffer read the last pixel (15).
    Bytes src(16);
    for (int i = 0; i < 16; i++)
        src[i] = (uint8_t)i;
    // (0,0): {0,1,2,4,5,6,8,9,10} = 45/9 = 5; (1,0): {2,3,4,6,7,8,10,11,12} = 63/9 = 7;
    // (0,1): {8,9,10,12,13,14,15,15,15} = 111/9 = 12; (1,1): {10,11,12,14,15,15,15,15,15} = 122/9 = 13.
    EXPECT_EQ(resize_gray(src, 4, 4, 2, 2), (Bytes{ 5, 7, 12, 13 }));
}

TEST(ImgResize, GrayDownscaleUsesTheVerticalScaleForColumnsAsMaixPyDoes)
{
    // 8x4 whose pixel value is its column, to 2x2: horizontal scale 4, vertical 2. MaixPy's column
    // bounds for x = 1 are [1*2, 2*2] = columns 2..4 -> average 3 (a correct scale would give ~6).
    Bytes src(32);
    for (int i = 0; i < 32; i++)
        src[i] = (uint8_t)(i % 8);
    Bytes out = resize_gray(src, 8, 4, 2, 2);
    EXPECT_EQ(out[1], 3);
    EXPECT_EQ(out[0], 1); // columns 0..2
}

TEST(ImgResize, RgbSameSizeCopies)
{
    Bytes src = { 1, 2, 3, 4, 5, 6, 7, 8 };
    EXPECT_EQ(resize_rgb(src, 2, 2, 2, 2), src);
}

TEST(ImgResize, RgbDownscaleTakesTheNearestPixelByFloor)
{
    // 4x4 -> 2x2 takes source (2x, 2y); pixel i holds bytes (i, 100 + i).
    Bytes src(32);
    for (int i = 0; i < 16; i++) {
        src[2 * i] = (uint8_t)i;
        src[2 * i + 1] = (uint8_t)(100 + i);
    }
    EXPECT_EQ(resize_rgb(src, 4, 4, 2, 2), (Bytes{ 0, 100, 2, 102, 8, 108, 10, 110 }));
}

TEST(ImgResize, RgbWiderButNotTallerIsNearestToo)
{
    // w0 >= w fails but h0 > h holds: nearest, src x = floor(x * 0.5).
    Bytes src = { 1, 1, 2, 2, 3, 3, 4, 4 }; // 2x2
    EXPECT_EQ(resize_rgb(src, 2, 2, 4, 1), (Bytes{ 1, 1, 1, 1, 2, 2, 2, 2 }));
}

TEST(ImgResize, RgbOneRowUpscaleCopiesEdgePixels)
{
    // h0 == h == 1: every pixel is on the bottom row -> copy of source x1 = trunc((x + 0.5) / 2 - 0.5).
    Bytes src = { 1, 1, 2, 2 };
    EXPECT_EQ(resize_rgb(src, 2, 1, 4, 1), (Bytes{ 1, 1, 1, 1, 1, 1, 2, 2 }));
}

// A 2x2 RGB565 image whose left column has red left_r5, the right column right_r5 (green, blue 0), resized to 4x4.
Bytes red_columns_to_4x4(unsigned left_r5, unsigned right_r5)
{
    Bytes src(8);
    for (int i = 0; i < 4; i++)
        put565(src, i, i % 2 == 0 ? left_r5 : right_r5, 0, 0);
    return resize_rgb(src, 2, 2, 4, 4);
}

TEST(ImgResize, RgbUpscaleIsBilinearOnTheFields)
{
    // R5 = 0 in the left column and 31 in the right. At (1, 1): x = 0.25 -> R 7.75 -> 7.
    Bytes out = red_columns_to_4x4(0, 31);
    EXPECT_EQ(r5_of(out, 1 * 4 + 1), 7u);
    EXPECT_EQ(g6_of(out, 1 * 4 + 1), 0u);
    // At (0, 1): x = -0.25 -> weights 1.25 / -0.25 -> -7.75 -> 0.
    EXPECT_EQ(r5_of(out, 1 * 4 + 0), 0u);
}

TEST(ImgResize, RgbUpscaleOverflowSpillsIntoOtherFieldsAsInMaixPy)
{
    // Left column R5 = 31, right 0: at (0, 1) R = 31 * 1.25 = 38.75 -> 38, packed unmasked:
    // 38 << 3 = 0x130 -> stored bytes 0x30 0x01.
    Bytes out = red_columns_to_4x4(31, 0);
    EXPECT_EQ(out[2 * 4], 0x30);
    EXPECT_EQ(out[2 * 4 + 1], 0x01);
}

TEST(ImgCrop, CopiesTheRectangle)
{
    Bytes src(16);
    for (int i = 0; i < 16; i++)
        src[i] = (uint8_t)i;
    Bytes dst(4);
    img_crop(view(src, 4, 4, IMG_GRAYSCALE), 1, 2, 2, 2, dst.data());
    EXPECT_EQ(dst, (Bytes{ 9, 10, 13, 14 }));
    Bytes rgb(32), rdst(4);
    for (int i = 0; i < 32; i++)
        rgb[i] = (uint8_t)i;
    img_crop(view(rgb, 4, 4, IMG_RGB565), 3, 3, 1, 1, rdst.data());
    EXPECT_EQ(rdst[0], 30);
    EXPECT_EQ(rdst[1], 31);
}

}  // namespace
