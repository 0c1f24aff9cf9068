// KPU RAM layout (spec/kpu.md §6): the worked example, and upload-then-download
// identity at every packing boundary without touching bytes outside the map.
#include <cstring>
#include <vector>

#include <gtest/gtest.h>

extern "C" {
#include "nn_kpu_layout.h"
}

TEST(KpuLayout, SpecWorkedExample_Channel5Row2Column3)
{
    // C = 32, H = 7, W = 7 at line 32628: byte 2 088 192 + 448 + 16 + 128 + 3; 56 lines
    std::vector<uint8_t> ram(NN_KPU_RAM_BYTES, 0);
    std::vector<uint8_t> chw(32 * 7 * 7, 0);
    chw[(5 * 7 + 2) * 7 + 3] = 0xAB;
    nn_kpu_layout_t l = nn_kpu_layout_of(7, 7);
    EXPECT_EQ(l.groups, 4u);
    EXPECT_EQ(l.row_len, 1u);
    EXPECT_EQ(l.channel_lines, 7u);
    nn_kpu_upload(ram.data(), 32628, &l, chw.data(), 32, 7, 7);
    EXPECT_EQ(ram[2088192 + 448 + 16 + 128 + 3], 0xAB);
    EXPECT_EQ(nn_kpu_map_lines(32, 7, 7), 56u);
}

TEST(KpuLayout, LayoutByWidth_GroupsAndRowLength)
{
    struct { uint32_t w, groups, row_len; } cases[] = {
        { 1, 4, 1 }, { 16, 4, 1 }, { 17, 2, 1 }, { 32, 2, 1 }, { 33, 1, 1 },
        { 64, 1, 1 }, { 65, 1, 2 }, { 320, 1, 5 }, { 960, 1, 15 },
    };
    for (auto &c : cases) {
        nn_kpu_layout_t l = nn_kpu_layout_of(c.w, 3);
        EXPECT_EQ(l.groups, c.groups) << "width " << c.w;
        EXPECT_EQ(l.row_len, c.row_len) << "width " << c.w;
        EXPECT_EQ(l.channel_lines, c.row_len * 3) << "width " << c.w;
    }
}

namespace {

// Uploads a pattern into sentinel-filled RAM, checks the round trip and that
// exactly c*h*w bytes changed (so nothing outside the map was written).
void check_round_trip(uint32_t c, uint32_t h, uint32_t w, uint32_t line, std::vector<uint8_t> &ram)
{
    std::memset(ram.data(), 0xEE, ram.size());
    std::vector<uint8_t> chw(static_cast<size_t>(c) * h * w), back(chw.size(), 0);
    for (size_t i = 0; i < chw.size(); i++)
        chw[i] = static_cast<uint8_t>((i * 131 + 7) % 251);
    nn_kpu_layout_t l = nn_kpu_layout_of(w, h);
    nn_kpu_upload(ram.data(), line, &l, chw.data(), c, h, w);
    nn_kpu_download(ram.data(), line, &l, back.data(), c, h, w);
    ASSERT_EQ(back, chw) << c << "x" << h << "x" << w;
    size_t lines = nn_kpu_map_lines(c, h, w);
    size_t first = static_cast<size_t>(line) * 64, last = first + lines * 64;
    ASSERT_LE(last, ram.size());
    for (size_t i = 0; i < first; i += 97)
        ASSERT_EQ(ram[i], 0xEE) << "byte " << i << " before the map was written";
    for (size_t i = last; i < ram.size(); i += 97)
        ASSERT_EQ(ram[i], 0xEE) << "byte " << i << " after the map was written";
}

}  // namespace

TEST(KpuLayout, UploadThenDownloadIsIdentity_EveryWidth1To320)
{
    std::vector<uint8_t> ram(NN_KPU_RAM_BYTES);
    for (uint32_t w = 1; w <= 320; w++)
        check_round_trip(5, 3, w, 1000, ram);
}

TEST(KpuLayout, UploadThenDownloadIsIdentity_ChannelCounts1To1024AtPackingBoundaries)
{
    std::vector<uint8_t> ram(NN_KPU_RAM_BYTES);
    const uint32_t widths[] = { 1, 16, 17, 32, 33, 64, 65 };
    for (uint32_t w : widths)
        for (uint32_t c = 1; c <= 1024; c += (c < 16 ? 1 : 37))
            check_round_trip(c, 2, w, 32768 - nn_kpu_map_lines(c, 2, w), ram);
    check_round_trip(1024, 4, 4, 32768 - nn_kpu_map_lines(1024, 4, 4), ram);
    check_round_trip(1024, 2, 64, 0, ram);
}

TEST(KpuLayout, PackedChannelsShareLinesWithoutOverlap)
{
    // W = 16: channels 0..3 in bytes 0-15, 16-31, 32-47, 48-63 of the same line
    std::vector<uint8_t> ram(NN_KPU_RAM_BYTES, 0);
    std::vector<uint8_t> chw(4 * 16);
    for (int c = 0; c < 4; c++)
        std::memset(chw.data() + 16 * c, c + 1, 16);
    nn_kpu_layout_t l = nn_kpu_layout_of(16, 1);
    nn_kpu_upload(ram.data(), 10, &l, chw.data(), 4, 1, 16);
    for (int b = 0; b < 64; b++)
        EXPECT_EQ(ram[640 + b], b / 16 + 1);
}

TEST(KpuLayout, RowsPastTheEndOfKpuRamWrap)
{
    std::vector<uint8_t> ram(NN_KPU_RAM_BYTES, 0);
    std::vector<uint8_t> chw(2 * 64, 9), back(chw.size());
    nn_kpu_layout_t l = nn_kpu_layout_of(64, 2);
    nn_kpu_upload(ram.data(), 32767, &l, chw.data(), 1, 2, 64);
    EXPECT_EQ(ram[0], 9);  // row 1 wrapped to line 0
    nn_kpu_download(ram.data(), 32767, &l, back.data(), 1, 2, 64);
    EXPECT_EQ(std::vector<uint8_t>(back.begin(), back.begin() + 128), chw);
}

TEST(KpuLayout, ChannelRangesMoveTheSameBytesAsTheWholeMap)
{
    // the emulator's threads each move a range of channels: the ranges together equal one whole move
    const uint32_t c = 7, h = 5;
    for (uint32_t w : {3u, 16u, 20u, 64u, 70u}) {
        nn_kpu_layout_t l = nn_kpu_layout_of(w, h);
        std::vector<uint8_t> chw(c * h * w);
        for (size_t i = 0; i < chw.size(); i++)
            chw[i] = static_cast<uint8_t>(i * 7 + 1);
        std::vector<uint8_t> whole(NN_KPU_RAM_BYTES, 0xEE), parts(NN_KPU_RAM_BYTES, 0xEE);
        nn_kpu_upload(whole.data(), 32760, &l, chw.data(), c, h, w); // across the end of KPU RAM too
        for (uint32_t c0 : {0u, 2u, 3u, 6u})
            nn_kpu_upload_channels(parts.data(), 32760, &l, chw.data(), c0, c0 == 0 ? 2 : c0 == 2 ? 3 : c0 == 3 ? 6 : 7,
                                   h, w);
        EXPECT_EQ(whole, parts) << "width " << w;
        std::vector<uint8_t> back(chw.size(), 0);
        nn_kpu_download_channels(whole.data(), 32760, &l, back.data(), 0, 4, h, w);
        nn_kpu_download_channels(whole.data(), 32760, &l, back.data(), 4, 7, h, w);
        EXPECT_EQ(back, chw) << "width " << w;
    }
}

TEST(KpuLayout, DisjointOnlyWhenNoTwoRowsShareBytes)
{
    nn_kpu_layout_t l = nn_kpu_layout_of(40, 30);
    EXPECT_TRUE(nn_kpu_layout_disjoint(&l, 64, 30, 40));
    EXPECT_TRUE(nn_kpu_layout_disjoint(&l, 1024, 30, 40)); // 30 lines a channel: 30720 lines fit in 32768
    EXPECT_FALSE(nn_kpu_layout_disjoint(&l, 1100, 30, 40)); // 33000 lines: the map wraps onto its own start
    nn_kpu_layout_t tight = l;
    tight.channel_lines = 29; // channel c+1 starts on channel c's last row
    EXPECT_FALSE(nn_kpu_layout_disjoint(&tight, 2, 30, 40));
    nn_kpu_layout_t packed = nn_kpu_layout_of(16, 4);
    EXPECT_TRUE(nn_kpu_layout_disjoint(&packed, 9, 4, 16));
    packed.groups = 4;
    EXPECT_FALSE(nn_kpu_layout_disjoint(&packed, 9, 4, 17)); // 17 bytes in a 16-byte quarter line
    packed.groups = 0;
    EXPECT_FALSE(nn_kpu_layout_disjoint(&packed, 9, 4, 16));
}
