// The FAT layer on images made by mkfs.fat and mtools (FAT16, FAT32, an MBR
// partition), then on damaged images: every damage gives a named result and a
// message, never a read outside the device.
#include <cstring>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "fat_image.h"

extern "C" {
#include "fat.h"
}

namespace {

struct MemDev {
    std::vector<uint8_t> bytes;
    int fail_code = 0; /* nonzero: every read fails with it */
    uint32_t reads = 0;
    fat_blockdev_t dev()
    {
        return fat_blockdev_t{ read, this, static_cast<uint32_t>(bytes.size() / 512), nullptr };
    }
    static int read(void *ctx, uint32_t lba, uint32_t count, uint8_t *out)
    {
        auto *self = static_cast<MemDev *>(ctx);
        self->reads++;
        if (self->fail_code != 0)
            return self->fail_code;
        /* The FAT layer must never ask for blocks past the device. */
        EXPECT_LE(static_cast<uint64_t>(lba) + count, self->bytes.size() / 512) << "read past the device";
        if (static_cast<uint64_t>(lba) + count > self->bytes.size() / 512)
            return 99;
        std::memcpy(out, self->bytes.data() + static_cast<size_t>(lba) * 512, static_cast<size_t>(count) * 512);
        return 0;
    }
};

std::vector<uint8_t> bytes_of(size_t n, unsigned seed)
{
    std::vector<uint8_t> v(n);
    for (size_t i = 0; i < n; i++)
        v[i] = static_cast<uint8_t>((i * 31 + seed * 7 + (i >> 9)) & 0xFF);
    return v;
}

const std::vector<nfk::FatFile> &sample_files()
{
    static const std::vector<nfk::FatFile> files = {
        { "/model.kmodel", bytes_of(70001, 1) },
        { "/Models/Face Mask Detector (5 classes).kmodel", bytes_of(8192, 2) },
        { "/Models/deep/er/nested.bin", bytes_of(1, 3) },
        { "/empty.txt", {} },
        { "/exact.bin", bytes_of(4 * 2048, 4) },
        { "/Ünïcode naïve.txt", bytes_of(100, 5) },
    };
    return files;
}

class FatImages : public ::testing::TestWithParam<int> {
protected:
    void SetUp() override
    {
        std::string missing = nfk::fat_tools_missing();
        if (!missing.empty())
            GTEST_SKIP() << missing;
        int bits = GetParam();
        mem.bytes = bits == 32 ? nfk::make_fat_image(32, 34 * 1024, 1, sample_files())
                               : nfk::make_fat_image(16, 16 * 1024, 4, sample_files());
        dev = mem.dev();
        ASSERT_EQ(fat_mount(&vol, &dev), FAT_OK) << vol.message;
    }
    std::vector<uint8_t> read_all(const char *path)
    {
        fat_file_t f;
        EXPECT_EQ(fat_open(&vol, path, &f), FAT_OK) << path << ": " << vol.message;
        std::vector<uint8_t> out(fat_size(&f));
        size_t got = 0, total = 0;
        /* Odd chunk sizes cross sector and cluster boundaries at every offset. */
        while (total < out.size()) {
            size_t chunk = std::min<size_t>(out.size() - total, 1 + (total * 7 + 333) % 1500);
            EXPECT_EQ(fat_read(&f, out.data() + total, chunk, &got), FAT_OK) << vol.message;
            if (got == 0)
                break;
            total += got;
        }
        EXPECT_EQ(total, out.size());
        return out;
    }
    MemDev mem;
    fat_blockdev_t dev{};
    fat_volume_t vol{};
};

}  // namespace

TEST_P(FatImages, Mount_FindsTheFatTypeMkfsMade) { EXPECT_EQ(vol.type, static_cast<unsigned>(GetParam())); }

TEST_P(FatImages, EveryFile_ReadsBackExactly)
{
    for (const auto &f : sample_files())
        EXPECT_EQ(read_all(f.path.c_str()), f.bytes) << f.path;
}

TEST_P(FatImages, LongNamesAndShortNames_MatchCaseInsensitively)
{
    EXPECT_EQ(read_all("models/face mask detector (5 CLASSES).KMODEL"), sample_files()[1].bytes);
    EXPECT_EQ(read_all("/MODEL.KMO" "DEL"), sample_files()[0].bytes); /* long name, any case */
    fat_file_t f;
    EXPECT_EQ(fat_open(&vol, "/MODELS/FACEMA~1.KMO", &f), FAT_OK) << "the 8.3 alias of a long name";
    EXPECT_EQ(fat_size(&f), 8192u);
}

TEST_P(FatImages, SeekThenRead_ReturnsTheBytesAtThatOffset)
{
    fat_file_t f;
    ASSERT_EQ(fat_open(&vol, "/model.kmodel", &f), FAT_OK);
    const auto &want = sample_files()[0].bytes;
    for (uint32_t pos : { 69999u, 0u, 2048u, 513u, 40000u }) {
        ASSERT_EQ(fat_seek(&f, pos), FAT_OK);
        uint8_t buf[4] = {};
        size_t got = 0;
        ASSERT_EQ(fat_read(&f, buf, sizeof buf, &got), FAT_OK);
        ASSERT_EQ(got, std::min<size_t>(4, want.size() - pos));
        EXPECT_EQ(0, std::memcmp(buf, want.data() + pos, got)) << "at " << pos;
    }
    ASSERT_EQ(fat_seek(&f, 1u << 30), FAT_OK);
    size_t got = 1;
    uint8_t b;
    EXPECT_EQ(fat_read(&f, &b, 1, &got), FAT_OK);
    EXPECT_EQ(got, 0u);
}

TEST_P(FatImages, WrongPaths_GiveTheirOwnResults)
{
    fat_file_t f;
    EXPECT_EQ(fat_open(&vol, "/nope.kmodel", &f), FAT_NOT_FOUND);
    EXPECT_EQ(fat_open(&vol, "/Models", &f), FAT_NOT_A_FILE);
    EXPECT_EQ(fat_open(&vol, "/model.kmodel/x", &f), FAT_NOT_A_DIRECTORY);
    EXPECT_EQ(fat_open(&vol, "", &f), FAT_BAD_PATH);
    EXPECT_EQ(fat_open(&vol, "/", &f), FAT_BAD_PATH);
    EXPECT_EQ(fat_open(&vol, std::string(300, 'a').c_str(), &f), FAT_BAD_PATH);
    EXPECT_EQ(fat_open(&vol, "/\xC3", &f), FAT_BAD_PATH); /* truncated UTF-8 */
}

INSTANTIATE_TEST_SUITE_P(Fat, FatImages, ::testing::Values(16, 32),
                         [](const ::testing::TestParamInfo<int> &i) { return "Fat" + std::to_string(i.param); });

// ---- images behind a partition table, and damaged images ----

namespace {

std::vector<uint8_t> small_fat16(const std::vector<nfk::FatFile> &files)
{
    return nfk::make_fat_image(16, 16 * 1024, 4, files);
}

#define REQUIRE_FAT_TOOLS()                                 \
    do {                                                    \
        std::string missing = nfk::fat_tools_missing();     \
        if (!missing.empty())                               \
            GTEST_SKIP() << missing;                        \
    } while (0)

fat_result_t mount(MemDev &mem, fat_volume_t &vol)
{
    fat_blockdev_t dev = mem.dev();
    return fat_mount(&vol, &dev);
}

}  // namespace

TEST(FatDamage, VolumeInsideAnMbrPartition_IsFound)
{
    REQUIRE_FAT_TOOLS();
    auto volume = small_fat16({ { "/a.bin", bytes_of(3000, 9) } });
    MemDev mem;
    mem.bytes.assign(64 * 512, 0);
    uint8_t *entry = mem.bytes.data() + 446;
    entry[4] = 0x06; /* FAT16 */
    entry[8] = 64;   /* starts at block 64 */
    mem.bytes[510] = 0x55;
    mem.bytes[511] = 0xAA;
    mem.bytes.insert(mem.bytes.end(), volume.begin(), volume.end());
    fat_volume_t vol;
    ASSERT_EQ(mount(mem, vol), FAT_OK) << vol.message;
    EXPECT_EQ(vol.first_lba, 64u);
    fat_file_t f;
    ASSERT_EQ(fat_open(&vol, "/A.BIN", &f), FAT_OK);
    EXPECT_EQ(fat_size(&f), 3000u);
}

TEST(FatDamage, NoSignature_IsNoFileSystem)
{
    MemDev mem;
    mem.bytes.assign(64 * 512, 0);
    fat_volume_t vol;
    EXPECT_EQ(mount(mem, vol), FAT_NO_FILESYSTEM);
    EXPECT_STRNE(vol.message, "");
}

TEST(FatDamage, Fat12AndLargeSectors_AreUnsupported)
{
    REQUIRE_FAT_TOOLS();
    MemDev mem;
    mem.bytes = nfk::make_fat_image(12, 1024, 1, {});
    fat_volume_t vol;
    EXPECT_EQ(mount(mem, vol), FAT_UNSUPPORTED);
    EXPECT_NE(std::string(vol.message).find("FAT12"), std::string::npos);
    mem.bytes = small_fat16({});
    mem.bytes[11] = 0x00;
    mem.bytes[12] = 0x04; /* 1024-byte sectors */
    EXPECT_EQ(mount(mem, vol), FAT_UNSUPPORTED);
}

TEST(FatDamage, VolumeLargerThanTheDevice_IsCorrupt)
{
    REQUIRE_FAT_TOOLS();
    MemDev mem;
    mem.bytes = small_fat16({});
    mem.bytes.resize(mem.bytes.size() / 2);
    fat_volume_t vol;
    EXPECT_EQ(mount(mem, vol), FAT_CORRUPT);
}

namespace {

// Reads /big.bin (20000 bytes) after its first cluster's FAT16 entry was set to `entry`.
fat_result_t read_with_first_link(uint16_t entry, fat_volume_t &vol, size_t &got)
{
    MemDev mem;
    mem.bytes = small_fat16({ { "/big.bin", bytes_of(20000, 1) } });
    EXPECT_EQ(mount(mem, vol), FAT_OK);
    fat_file_t f;
    EXPECT_EQ(fat_open(&vol, "/big.bin", &f), FAT_OK);
    uint8_t *fat = mem.bytes.data() + static_cast<size_t>(vol.fat_lba) * 512;
    fat[f.first_cluster * 2] = static_cast<uint8_t>(entry);
    fat[f.first_cluster * 2 + 1] = static_cast<uint8_t>(entry >> 8);
    vol.cache_valid = false;
    std::vector<uint8_t> out(20000);
    return fat_read(&f, out.data(), out.size(), &got);
}

}  // namespace

TEST(FatDamage, ClusterChainPointingOutside_IsCorruptAtRead)
{
    REQUIRE_FAT_TOOLS();
    fat_volume_t vol;
    size_t got = 0;
    EXPECT_EQ(read_with_first_link(0xEFF0, vol, got), FAT_CORRUPT); /* more clusters than the volume has */
    EXPECT_LT(got, 20000u);
    EXPECT_STREQ(vol.message, "a cluster chain points outside the volume (or at a bad cluster)");
}

TEST(FatDamage, ChainShorterThanTheFile_IsCorrupt)
{
    REQUIRE_FAT_TOOLS();
    fat_volume_t vol;
    size_t got = 0;
    EXPECT_EQ(read_with_first_link(0xFFFF, vol, got), FAT_CORRUPT); /* end of chain after the first cluster */
    EXPECT_STREQ(vol.message, "the cluster chain is shorter than the file");
}

TEST(FatDamage, DeviceFailure_IsAnIoErrorWithTheDeviceCode)
{
    MemDev mem;
    mem.bytes.assign(64 * 512, 0);
    mem.fail_code = 7;
    fat_volume_t vol;
    EXPECT_EQ(mount(mem, vol), FAT_IO_ERROR);
    EXPECT_EQ(vol.io_error, 7);
}

TEST(FatDamage, NullArguments_AreRejected)
{
    fat_volume_t vol;
    EXPECT_EQ(fat_mount(&vol, nullptr), FAT_BAD_ARGUMENT);
    fat_file_t f;
    vol.type = 0;
    EXPECT_EQ(fat_open(&vol, "/x", &f), FAT_BAD_ARGUMENT);
    EXPECT_EQ(fat_read(nullptr, nullptr, 0, nullptr), FAT_BAD_ARGUMENT);
}
