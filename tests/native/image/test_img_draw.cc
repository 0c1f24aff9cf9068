// Drawing: MaixPy's rectangle band geometry, pixel colours, the built-in font.
#include <string>

#include <gtest/gtest.h>

#include "image_test_util.h"

using namespace imgtest;

namespace {

// A grayscale canvas drawn in white (255) shown as '#', the rest '.'.
std::string canvas(const Bytes &px, int w, int h)
{
    std::string s;
    for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++)
            s += px[y * w + x] ? '#' : '.';
        s += '\n';
    }
    return s;
}

TEST(ImgDraw, RectangleOutlineOfThicknessOne)
{
    Bytes px(6 * 5);
    img_draw_rectangle(image(px, 6, 5, IMG_GRAYSCALE), 1, 1, 4, 3, 0xFFFFFF, 1, false);
    EXPECT_EQ(canvas(px, 6, 5), "......\n"
                                ".####.\n"
                                ".#..#.\n"
                                ".####.\n"
                                "......\n");
}

TEST(ImgDraw, ThickOutlineReachesHalfOutsideAndTheRestInside)
{
    // thickness 3: one pixel outside, one inside (3/2 = 1 out, (3-1)/2 = 1 in).
    Bytes px(9 * 9);
    img_draw_rectangle(image(px, 9, 9, IMG_GRAYSCALE), 2, 2, 5, 5, 0xFFFFFF, 3, false);
    EXPECT_EQ(canvas(px, 9, 9), ".........\n"
                                ".#######.\n"
                                ".#######.\n"
                                ".#######.\n"
                                ".###.###.\n"
                                ".#######.\n"
                                ".#######.\n"
                                ".#######.\n"
                                ".........\n");
    // thickness 2: 2/2 = 1 before each edge line, (2-1)/2 = 0 after it, so the band grows up and left.
    Bytes px2(8 * 8);
    img_draw_rectangle(image(px2, 8, 8, IMG_GRAYSCALE), 2, 2, 4, 4, 0xFFFFFF, 2, false);
    EXPECT_EQ(canvas(px2, 8, 8), "........\n"
                                 ".#####..\n"
                                 ".#####..\n"
                                 ".##.##..\n"
                                 ".#####..\n"
                                 ".#####..\n"
                                 "........\n"
                                 "........\n");
}

TEST(ImgDraw, FilledAndClippedRectangles)
{
    Bytes px(4 * 3);
    img_t im = image(px, 4, 3, IMG_GRAYSCALE);
    img_draw_rectangle(im, -2, -5, 4, 7, 0xFFFFFF, 1, true); // covers x 0..1, y 0..1
    img_draw_rectangle(im, 3, 2, 100, 100, 0xFFFFFF, 1, false);
    img_draw_rectangle(im, 0, 0, 0, 5, 0xFFFFFF, 1, true);         // empty
    img_draw_rectangle(im, INT32_MAX, INT32_MIN, INT32_MAX, 1, 0xFFFFFF, 50, false);
    EXPECT_EQ(canvas(px, 4, 3), "##..\n"
                                "##..\n"
                                "...#\n");
}

TEST(ImgDraw, ColoursUseTheTablesOnRgb565AndLumaOnGray)
{
    Bytes rgb(2);
    img_set_pixel(image(rgb, 1, 1, IMG_RGB565), 0, 0, 0x808080);
    EXPECT_EQ(rgb, (Bytes{ 0x84, 0x10 }));
    EXPECT_EQ(img_get_pixel(view(rgb, 1, 1, IMG_RGB565), 0, 0), 0x848284u); // 132, 130, 132
    Bytes g(1);
    img_set_pixel(image(g, 1, 1, IMG_GRAYSCALE), 0, 0, 0xFF0000); // (38 * 255) >> 7 = 75
    EXPECT_EQ(g[0], 75);
    img_set_pixel(image(g, 1, 1, IMG_GRAYSCALE), 0, 0, 0x646464); // equal channels give the value back
    EXPECT_EQ(g[0], 100);
    EXPECT_EQ(img_get_pixel(view(g, 1, 1, IMG_GRAYSCALE), 0, 0), 0x646464u);
}

TEST(ImgDraw, StringUsesTheBuiltInFontInSixByEightCells)
{
    Bytes px(12 * 8);
    img_draw_string(image(px, 12, 8, IMG_GRAYSCALE), 0, 0, "H1", 2, 0xFFFFFF, 1);
    EXPECT_EQ(canvas(px, 12, 8), "#...#...#...\n"
                                 "#...#..##...\n"
                                 "#...#...#...\n"
                                 "#####...#...\n"
                                 "#...#...#...\n"
                                 "#...#...#...\n"
                                 "#...#..###..\n"
                                 "............\n");
}

TEST(ImgDraw, StringScalesWrapsLinesAndBoxesUnknownCharacters)
{
    Bytes px(12 * 16);
    img_draw_string(image(px, 12, 16, IMG_GRAYSCALE), 0, 0, ".\n\xC3\xA9", 4, 0xFFFFFF, 1); // ".", newline, "é"
    std::string s = canvas(px, 12, 16);
    EXPECT_EQ(s.substr(5 * 13, 13), ".##.........\n"); // row 5: the full stop
    EXPECT_EQ(s.substr(8 * 13, 13), "#####.......\n"); // row 8: top of the box for é (one box, not two)
    EXPECT_EQ(s.substr(9 * 13, 13), "#...#.......\n");

    Bytes big(4 * 4);
    img_draw_string(image(big, 4, 4, IMG_GRAYSCALE), -4, -6, "|", 1, 0xFFFFFF, 2); // column 2 of '|' at x 0..1
    EXPECT_EQ(canvas(big, 4, 4), "##..\n##..\n##..\n##..\n");
}

}  // namespace
