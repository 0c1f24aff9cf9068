// BMP / PPM / PGM reading and BMP writing, on files built byte by byte here.
#include <cmath>
#include <string>

#include <gtest/gtest.h>

#include "image_test_util.h"
#include "test_support.h"

extern "C" {
#include "img_file.h"
}

using namespace imgtest;

namespace {

void le16(Bytes &b, unsigned v)
{
    b.push_back((uint8_t)v);
    b.push_back((uint8_t)(v >> 8));
}

void le32(Bytes &b, uint32_t v)
{
    le16(b, v & 0xFFFF);
    le16(b, v >> 16);
}

// A BITMAPINFOHEADER file: header, optional extra (masks or palette), then rows as given.
Bytes bmp(int32_t w, int32_t h, unsigned bpp, unsigned compression, const Bytes &extra, const Bytes &rows,
          uint32_t colors_used = 0)
{
    Bytes b = { 'B', 'M' };
    uint32_t offset = 14 + 40 + (uint32_t)extra.size();
    le32(b, offset + (uint32_t)rows.size());
    le32(b, 0);
    le32(b, offset);
    le32(b, 40);
    le32(b, (uint32_t)w);
    le32(b, (uint32_t)h);
    le16(b, 1);
    le16(b, bpp);
    le32(b, compression);
    le32(b, (uint32_t)rows.size());
    le32(b, 2835);
    le32(b, 2835);
    le32(b, colors_used);
    le32(b, 0);
    b.insert(b.end(), extra.begin(), extra.end());
    b.insert(b.end(), rows.begin(), rows.end());
    return b;
}

struct Decoded {
    nn_status_t status;
    img_file_info_t info;
    Bytes pixels;
    std::string message;
};

Decoded decode(const Bytes &file)
{
    Decoded d{};
    nn_error_t err{};
    d.status = img_file_probe(file.data(), file.size(), &d.info, &err);
    if (d.status == NN_OK) {
        d.pixels.assign(img_bytes(d.info.w, d.info.h, d.info.format), 0xEE);
        d.status = img_file_decode(file.data(), file.size(), image(d.pixels, d.info.w, d.info.h, d.info.format), &err);
    }
    d.message = err.message;
    return d;
}

TEST(ImgBmp, Reads24BitBottomUpWithRowPaddingThroughTheRoundingTables)
{
    // 2x2, rows of 6 bytes padded to 8; bottom row first. Top: red, green; bottom: blue, grey 128.
    Bytes rows = {
        255, 0, 0, /* blue (B G R) */ 128, 128, 128, 0, 0,       // bottom row
        0, 0, 255, /* red */ 0, 255, 0, /* green */ 0, 0,        // top row
    };
    Decoded d = decode(bmp(2, 2, 24, 0, {}, rows));
    ASSERT_EQ(d.status, NN_OK) << d.message;
    EXPECT_EQ(d.info.format, IMG_RGB565);
    // red F800 -> F8 00; green 07E0 -> 07 E0; blue 001F -> 00 1F;
    // grey 128: round(128*31/255) = 16, round(128*63/255) = 32 -> (16, 32, 16) -> 84 10.
    EXPECT_EQ(d.pixels, (Bytes{ 0xF8, 0x00, 0x07, 0xE0, 0x00, 0x1F, 0x84, 0x10 }));
}

TEST(ImgBmp, ReadsTopDown32BitAnd16BitRgb565)
{
    Bytes rows32 = { 0, 0, 255, 0, 0, 255, 0, 0 }; // 2x1 top-down: red, green
    Decoded d = decode(bmp(2, -1, 32, 0, {}, rows32));
    ASSERT_EQ(d.status, NN_OK) << d.message;
    EXPECT_EQ(d.pixels, (Bytes{ 0xF8, 0x00, 0x07, 0xE0 }));

    Bytes masks;
    le32(masks, 0xF800);
    le32(masks, 0x07E0);
    le32(masks, 0x001F);
    Bytes rows16;
    le16(rows16, 0x1234);
    le16(rows16, 0); // padding to 4 bytes
    d = decode(bmp(1, 1, 16, 3, masks, rows16));
    ASSERT_EQ(d.status, NN_OK) << d.message;
    EXPECT_EQ(d.pixels, (Bytes{ 0x12, 0x34 }));
}

TEST(ImgBmp, GrayPaletteGivesAGrayscaleImageOtherPalettesRgb565)
{
    Bytes gray;
    for (uint32_t i = 0; i < 256; i++)
        le32(gray, i * 0x010101u);
    Bytes rows = { 7, 200, 0, 0 }; // 2x1, padded to 4
    Decoded d = decode(bmp(2, 1, 8, 0, gray, rows));
    ASSERT_EQ(d.status, NN_OK) << d.message;
    EXPECT_EQ(d.info.format, IMG_GRAYSCALE);
    EXPECT_EQ(d.pixels, (Bytes{ 7, 200 }));

    Bytes colours;
    le32(colours, 0x0000FF); // index 0: blue
    le32(colours, 0xFF0000); // index 1: red
    d = decode(bmp(2, 1, 8, 0, colours, { 1, 0, 0, 0 }, 2));
    ASSERT_EQ(d.status, NN_OK) << d.message;
    EXPECT_EQ(d.info.format, IMG_RGB565);
    EXPECT_EQ(d.pixels, (Bytes{ 0xF8, 0x00, 0x00, 0x1F }));
}

TEST(ImgBmp, WritesWhatMaixPySaveWritesAndReadsItBack)
{
    Bytes px = { 0xF8, 0x00, 0x07, 0xE0, 0x00, 0x1F }; // 3x1 RGB565
    Bytes file(img_bmp_encoded_bytes(3, 1, IMG_RGB565));
    img_bmp_encode(view(px, 3, 1, IMG_RGB565), file.data());
    ASSERT_EQ(file.size(), 14u + 40 + 12 + 8); // row of 6 bytes padded to 8
    EXPECT_EQ(file[28], 16);                   // bits per pixel
    EXPECT_EQ(file[30], 3);                    // BI_BITFIELDS
    EXPECT_EQ(file[22], 0xFF);                 // height -1: top-down
    EXPECT_EQ(file[66], 0x00);                 // first pixel as a plain 5-6-5 word F800, little-endian
    EXPECT_EQ(file[67], 0xF8);
    Decoded d = decode(file);
    ASSERT_EQ(d.status, NN_OK) << d.message;
    EXPECT_EQ(d.pixels, px);

    Bytes g = { 1, 2, 3, 4, 5, 6 }; // 3x2 grayscale
    Bytes gfile(img_bmp_encoded_bytes(3, 2, IMG_GRAYSCALE));
    img_bmp_encode(view(g, 3, 2, IMG_GRAYSCALE), gfile.data());
    EXPECT_EQ(gfile.size(), 14u + 40 + 1024 + 2 * 4);
    d = decode(gfile);
    ASSERT_EQ(d.status, NN_OK) << d.message;
    EXPECT_EQ(d.info.format, IMG_GRAYSCALE);
    EXPECT_EQ(d.pixels, g);
}

TEST(ImgPnm, ReadsBinaryAndAsciiGrayAndColour)
{
    std::string p5 = "P5\n# a comment\n2 1\n255\n";
    Bytes f(p5.begin(), p5.end());
    f.push_back(9);
    f.push_back(250);
    Decoded d = decode(f);
    ASSERT_EQ(d.status, NN_OK) << d.message;
    EXPECT_EQ(d.info.format, IMG_GRAYSCALE);
    EXPECT_EQ(d.pixels, (Bytes{ 9, 250 }));

    std::string p2 = "P2 2 1 255  17 #x\n 3";
    d = decode(Bytes(p2.begin(), p2.end()));
    ASSERT_EQ(d.status, NN_OK) << d.message;
    EXPECT_EQ(d.pixels, (Bytes{ 17, 3 }));

    std::string p6 = "P6 1 1 255 ";
    Bytes f6(p6.begin(), p6.end());
    f6.insert(f6.end(), { 128, 128, 128 });
    d = decode(f6);
    ASSERT_EQ(d.status, NN_OK) << d.message;
    EXPECT_EQ(d.info.format, IMG_RGB565);
    EXPECT_EQ(d.pixels, (Bytes{ 0x84, 0x10 }));

    std::string p3 = "P3 1 1 255 0 0 255";
    d = decode(Bytes(p3.begin(), p3.end()));
    ASSERT_EQ(d.status, NN_OK) << d.message;
    EXPECT_EQ(d.pixels, (Bytes{ 0x00, 0x1F }));
}

TEST(ImgFiles, BadFilesGetSpecificErrors)
{
    struct Case {
        Bytes file;
        nn_status_t status;
        const char *says;
    };
    std::string p6 = "P6 4 4 255\n";
    std::string p16 = "P5 1 1 65535\n";
    Bytes masks555;
    le32(masks555, 0x7C00);
    le32(masks555, 0x03E0);
    le32(masks555, 0x001F);
    Case cases[] = {
        { {}, NN_ERR_TRUNCATED, "empty" },
        { { 0xFF, 0xD8, 0xFF, 0xE0 }, NN_ERR_UNSUPPORTED_VERSION, "JPEG" },
        { { 0x89, 'P', 'N', 'G' }, NN_ERR_UNSUPPORTED_VERSION, "PNG" },
        { { 'h', 'i' }, NN_ERR_UNSUPPORTED_VERSION, "not a BMP" },
        { { 'B', 'M', 0, 0 }, NN_ERR_TRUNCATED, "header" },
        { bmp(2, 2, 4, 0, {}, Bytes(8)), NN_ERR_UNSUPPORTED_VERSION, "4 bits" },
        { bmp(2, 2, 24, 1, {}, Bytes(16)), NN_ERR_UNSUPPORTED_VERSION, "compressed" },
        { bmp(2, 2, 24, 0, {}, Bytes(15)), NN_ERR_TRUNCATED, "truncated" },
        { bmp(0, 2, 24, 0, {}, Bytes(16)), NN_ERR_MALFORMED, "size" },
        { bmp(1, 1, 16, 3, masks555, Bytes(4)), NN_ERR_UNSUPPORTED_VERSION, "RGB565" },
        { Bytes(p6.begin(), p6.end()), NN_ERR_TRUNCATED, "truncated" },
        { Bytes(p16.begin(), p16.end()), NN_ERR_UNSUPPORTED_VERSION, "65535" },
        { { 'P', '4', ' ', '1' }, NN_ERR_UNSUPPORTED_VERSION, "P4" },
        { { 'P', '5', ' ', 'x' }, NN_ERR_MALFORMED, "width" },
    };
    for (const Case &c : cases) {
        Decoded d = decode(c.file);
        EXPECT_EQ(d.status, c.status) << d.message;
        EXPECT_NE(d.message.find(c.says), std::string::npos) << "message: " << d.message;
    }
}

TEST(ImgFiles, EveryTruncationOfAValidBmpIsRejectedCleanly)
{
    Bytes rows(2 * 8);
    Bytes file = bmp(2, 2, 24, 0, {}, rows);
    for (size_t n = 0; n < file.size(); n++) {
        Decoded d = decode(Bytes(file.begin(), file.begin() + (long)n));
        EXPECT_NE(d.status, NN_OK) << "prefix of " << n << " bytes";
    }
}

TEST(ImgFiles, CorruptedHeadersNeverReadOutOfBounds)
{
    // Every header byte of a few valid files set to values that break sizes and offsets: each decode either
    // succeeds or fails with a status; ASan (host-asan preset) catches any stray access.
    Bytes gray;
    for (uint32_t i = 0; i < 256; i++)
        le32(gray, i * 0x010101u);
    std::string p6 = "P6 2 2 255\n";
    Bytes pnm(p6.begin(), p6.end());
    pnm.resize(pnm.size() + 12, 7);
    const Bytes files[] = { bmp(3, -2, 24, 0, {}, Bytes(16, 1)), bmp(2, 2, 8, 0, gray, Bytes(8, 3)), pnm };
    const uint8_t values[] = { 0x00, 0x01, 0x7F, 0x80, 0xFF };
    int decoded = 0;
    for (const Bytes &file : files) {
        for (size_t at = 0; at < 64 && at < file.size(); at++) {
            for (uint8_t v : values) {
                Bytes f = file;
                f[at] = v;
                decoded += decode(f).status == NN_OK;
            }
        }
    }
    EXPECT_GT(decoded, 0);
}

TEST(ImgFiles, DogBmpDecodesToTheSharedTensorThroughRgb565)
{
    NFK_REQUIRE_SHARED(shared);
    Bytes file = nfk::read_file_or_fail(shared + "/models/v3-yolo20-demo/dog.bmp");
    Bytes tensor = nfk::read_file_or_fail(shared + "/models/v3-yolo20-demo/input_dog_rgb_chw_3x240x320_u8.bin");
    Decoded d = decode(file);
    ASSERT_EQ(d.status, NN_OK) << d.message;
    ASSERT_EQ(d.info.w, 320);
    ASSERT_EQ(d.info.h, 240);
    Bytes ai(3 * 320 * 240);
    img_pix_to_ai(view(d.pixels, 320, 240, IMG_RGB565), ai.data());
    // The shared tensor is the 8-bit image; through RGB565 each value v becomes
    // round(round(v * m / 255) * 255 / m) with m = 31 for R and B, 63 for G.
    size_t plane = 320 * 240;
    for (size_t i = 0; i < ai.size(); i++) {
        double m = (i / plane == 1) ? 63 : 31;
        double q = std::floor(tensor[i] * m / 255 + 0.5);
        ASSERT_EQ(ai[i], (uint8_t)std::floor(q * 255 / m + 0.5)) << "byte " << i;
    }
}

}  // namespace

TEST(ImgPnm, EntryPointsCheckTheSignatureThemselves)
{
    // img_file_probe checks "P" before calling img_pnm_*, but they are public too: fuzz_image found a read past a
    // 1-byte buffer when they were called directly.
    const uint8_t one[] = { 'P' };
    const uint8_t bmp_start[] = { 'B', 'M', '5', ' ', '1' };
    img_file_info_t info;
    nn_error_t err;
    EXPECT_EQ(img_pnm_probe(one, sizeof one, &info, &err), NN_ERR_MALFORMED);
    EXPECT_NE(std::string(err.message).find("not a Netpbm file"), std::string::npos) << err.message;
    EXPECT_EQ(img_pnm_probe(bmp_start, sizeof bmp_start, &info, &err), NN_ERR_MALFORMED);
}
