// Writing with the FAT layer on images mkfs.fat made (FAT16 and FAT32): create, write, append across clusters,
// truncate, delete, directories, rename, a full volume, damaged chains. After the changes, dosfstools' `fsck.fat -n`
// must find the volume clean and mtools (`mcopy`, `mdir`) must read what was written: checks by code that is not
// ours.
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include <gtest/gtest.h>

#include "fat_image.h"

extern "C" {
#include "fat.h"
}

namespace {

namespace fs = std::filesystem;

struct MemDisk {
    std::vector<uint8_t> bytes;
    uint32_t writes = 0;
    fat_blockdev_t dev(bool writable = true)
    {
        return fat_blockdev_t{ read, this, static_cast<uint32_t>(bytes.size() / 512), writable ? write : nullptr };
    }
    bool in_range(uint32_t lba, uint32_t count) const
    {
        return static_cast<uint64_t>(lba) + count <= bytes.size() / 512;
    }
    static int read(void *ctx, uint32_t lba, uint32_t count, uint8_t *out)
    {
        auto *self = static_cast<MemDisk *>(ctx);
        EXPECT_TRUE(self->in_range(lba, count)) << "read past the device";
        if (!self->in_range(lba, count))
            return 99;
        std::memcpy(out, self->bytes.data() + static_cast<size_t>(lba) * 512, static_cast<size_t>(count) * 512);
        return 0;
    }
    static int write(void *ctx, uint32_t lba, uint32_t count, const uint8_t *in)
    {
        auto *self = static_cast<MemDisk *>(ctx);
        EXPECT_TRUE(self->in_range(lba, count)) << "write past the device";
        if (!self->in_range(lba, count))
            return 98;
        self->writes += count;
        std::memcpy(self->bytes.data() + static_cast<size_t>(lba) * 512, in, static_cast<size_t>(count) * 512);
        return 0;
    }
};

std::vector<uint8_t> pattern(size_t n, unsigned seed)
{
    std::vector<uint8_t> v(n);
    for (size_t i = 0; i < n; i++)
        v[i] = static_cast<uint8_t>((i * 13 + seed * 101 + (i >> 8)) & 0xFF);
    return v;
}

std::string quote(const std::string &s)
{
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

bool on_path(const char *tool) { return std::system((std::string("command -v ") + tool + " >/dev/null 2>&1").c_str()) == 0; }

/* The image in a temporary file for the outside tools. */
struct ImageFile {
    fs::path dir, path;
    explicit ImageFile(const std::vector<uint8_t> &bytes)
    {
        dir = fs::temp_directory_path() / ("nfk-fatw-" + std::to_string(std::rand()) + "-" +
                                           std::to_string(reinterpret_cast<uintptr_t>(this)));
        fs::create_directories(dir);
        path = dir / "image.img";
        std::ofstream(path, std::ios::binary)
            .write(reinterpret_cast<const char *>(bytes.data()), static_cast<std::streamsize>(bytes.size()));
    }
    ~ImageFile() { fs::remove_all(dir); }
    /* exit status and output of a command with the image path appended as IMG */
    std::pair<int, std::string> run(const std::string &command) const
    {
        fs::path out = dir / "out.txt";
        std::string full = "MTOOLS_SKIP_CHECK=1 " + command + " >" + quote(out.string()) + " 2>&1";
        int status = std::system(full.c_str());
        std::ifstream in(out, std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        return { WIFEXITED(status) ? WEXITSTATUS(status) : -1, text };
    }
    std::vector<uint8_t> mcopy_out(const std::string &fat_path) const
    {
        fs::path out = dir / "copied.bin";
        fs::remove(out);
        auto [status, text] = run("mcopy -n -i " + quote(path.string()) + " " + quote("::" + fat_path) + " " +
                                  quote(out.string()));
        EXPECT_EQ(status, 0) << "mcopy " << fat_path << ": " << text;
        std::ifstream in(out, std::ios::binary);
        return std::vector<uint8_t>((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    }
};

class FatWrite : public ::testing::TestWithParam<int> {
protected:
    void SetUp() override
    {
        std::string missing = nfk::fat_tools_missing();
        if (missing.empty() && !on_path("fsck.fat"))
            missing = "fsck.fat is not installed (apt-get install dosfstools)";
        if (!missing.empty())
            GTEST_SKIP() << missing;
        std::vector<nfk::FatFile> files = { { "/old.txt", pattern(3000, 1) }, { "/Models/kept.bin", pattern(10, 2) } };
        /* FAT16: 2 KiB clusters, two FATs; FAT32: 512-byte clusters */
        disk.bytes = GetParam() == 32 ? nfk::make_fat_image(32, 34 * 1024, 1, files)
                                      : nfk::make_fat_image(16, 16 * 1024, 4, files);
        mount();
    }
    void mount()
    {
        dev = disk.dev();
        ASSERT_EQ(fat_mount(&vol, &dev), FAT_OK) << vol.message;
        ASSERT_EQ(vol.type, static_cast<unsigned>(GetParam()));
    }
    uint32_t cluster_bytes() const { return vol.sectors_per_cluster * 512; }
    uint32_t free_clusters()
    {
        uint32_t n = 0;
        EXPECT_EQ(fat_free_clusters(&vol, &n), FAT_OK) << vol.message;
        return n;
    }
    /* Reads a file back through a fresh mount (nothing cached from the writes). */
    std::vector<uint8_t> read_back(const char *path)
    {
        fat_volume_t fresh{};
        fat_blockdev_t d = disk.dev(false);
        EXPECT_EQ(fat_mount(&fresh, &d), FAT_OK);
        fat_file_t f;
        EXPECT_EQ(fat_open(&fresh, path, &f), FAT_OK) << path << ": " << fresh.message;
        std::vector<uint8_t> out(fat_size(&f));
        size_t got = 0;
        EXPECT_EQ(fat_read(&f, out.data(), out.size(), &got), FAT_OK);
        EXPECT_EQ(got, out.size());
        return out;
    }
    void write_file(const char *path, const std::vector<uint8_t> &bytes, size_t chunk)
    {
        fat_file_t f;
        ASSERT_EQ(fat_create(&vol, path, &f), FAT_OK) << path << ": " << vol.message;
        for (size_t at = 0; at < bytes.size();) {
            size_t n = std::min(chunk, bytes.size() - at), put = 0;
            ASSERT_EQ(fat_write(&f, bytes.data() + at, n, &put), FAT_OK) << vol.message;
            ASSERT_EQ(put, n);
            at += n;
        }
    }
    /* fsck.fat -n must report nothing to repair */
    void expect_clean(const char *when)
    {
        ImageFile image(disk.bytes);
        auto [status, text] = image.run("fsck.fat -n " + quote(image.path.string()));
        EXPECT_EQ(status, 0) << when << ": fsck.fat -n says\n" << text;
    }
    MemDisk disk;
    fat_blockdev_t dev{};
    fat_volume_t vol{};
};

}  // namespace

TEST_P(FatWrite, CreateAndWrite_ReadsBackIdentical_HereAndWithMtools)
{
    const auto big = pattern(70001, 3), small = pattern(17, 4), named = pattern(5000, 5);
    write_file("/big.bin", big, 1000);                                    /* odd offsets within sectors */
    write_file("/lower.txt", small, 17);                                  /* 8.3 in lower case */
    write_file("/Models/A long name, with spaces.kmodel", named, 4096);   /* long name in a subdirectory */
    EXPECT_EQ(read_back("/big.bin"), big);
    EXPECT_EQ(read_back("/LOWER.TXT"), small);
    EXPECT_EQ(read_back("/models/a long name, with spaces.kmodel"), named);
    EXPECT_EQ(read_back("/old.txt"), pattern(3000, 1)) << "the file mkfs/mcopy wrote is untouched";
    expect_clean("after creating three files");

    ImageFile image(disk.bytes);
    EXPECT_EQ(image.mcopy_out("/big.bin"), big);
    EXPECT_EQ(image.mcopy_out("/Models/A long name, with spaces.kmodel"), named);
    auto [status, listing] = image.run("mdir -i " + quote(image.path.string()) + " ::/");
    EXPECT_EQ(status, 0);
    EXPECT_NE(listing.find("lower    txt"), std::string::npos) << "mdir shows the lower-case 8.3 name:\n" << listing;
}

TEST_P(FatWrite, LongNames_GetDistinctAliases)
{
    write_file("/Long file name one.txt", pattern(1, 1), 1);
    write_file("/Long file name two.txt", pattern(2, 2), 2);
    write_file("/Ünïcode naïve.txt", pattern(3, 3), 3);
    uint8_t attributes;
    uint32_t size;
    ASSERT_EQ(fat_stat(&vol, "/LONGFI~1.TXT", &attributes, &size), FAT_OK);
    EXPECT_EQ(size, 1u);
    ASSERT_EQ(fat_stat(&vol, "/LONGFI~2.TXT", &attributes, &size), FAT_OK);
    EXPECT_EQ(size, 2u);
    EXPECT_EQ(read_back("/Ünïcode NAïVE.TXT"), pattern(3, 3)) << "ASCII letters fold";
    EXPECT_EQ(fat_stat(&vol, "/ünïcode naïve.txt", &attributes, &size), FAT_NOT_FOUND) << "others match exactly";
    fat_file_t f;
    EXPECT_EQ(fat_create(&vol, "/long FILE name ONE.txt", &f), FAT_EXISTS);
    EXPECT_EQ(fat_create(&vol, "/bad?name.txt", &f), FAT_BAD_PATH);
    EXPECT_EQ(fat_create(&vol, "/trailing.", &f), FAT_BAD_PATH);
    expect_clean("after long names");
}

TEST_P(FatWrite, Append_AcrossClusterBoundaries)
{
    const uint32_t cb = cluster_bytes();
    std::vector<uint8_t> want = pattern(cb - 3, 6);
    write_file("/log.bin", want, want.size());
    for (size_t piece : { size_t{ 5 }, size_t{ cb }, size_t{ 2 * cb + 7 }, size_t{ 1 } }) {
        fat_file_t f; /* reopen each time: append the way FileMode.Append does */
        ASSERT_EQ(fat_open(&vol, "/log.bin", &f), FAT_OK) << vol.message;
        ASSERT_EQ(fat_seek(&f, fat_size(&f)), FAT_OK);
        std::vector<uint8_t> more = pattern(piece, static_cast<unsigned>(piece));
        size_t put = 0;
        ASSERT_EQ(fat_write(&f, more.data(), more.size(), &put), FAT_OK) << vol.message;
        EXPECT_EQ(put, more.size());
        want.insert(want.end(), more.begin(), more.end());
    }
    EXPECT_EQ(read_back("/log.bin"), want);
    expect_clean("after appends");
}

TEST_P(FatWrite, OverwriteSeekPastEndAndTruncate)
{
    const uint32_t cb = cluster_bytes();
    std::vector<uint8_t> want = pattern(4 * cb, 7);
    write_file("/data.bin", want, 777);
    uint32_t free_full = free_clusters();
    fat_file_t f;
    ASSERT_EQ(fat_open(&vol, "/data.bin", &f), FAT_OK);
    ASSERT_EQ(fat_seek(&f, 100), FAT_OK);
    std::vector<uint8_t> patch(600, 0xAB);
    size_t put = 0;
    ASSERT_EQ(fat_write(&f, patch.data(), patch.size(), &put), FAT_OK);
    std::copy(patch.begin(), patch.end(), want.begin() + 100);
    EXPECT_EQ(fat_size(&f), 4 * cb) << "an overwrite inside the file does not grow it";

    ASSERT_EQ(fat_truncate(&f, cb + 1), FAT_OK) << vol.message;
    want.resize(cb + 1);
    EXPECT_EQ(free_clusters(), free_full + 2) << "shrinking to 2 clusters frees 2";
    EXPECT_EQ(read_back("/data.bin"), want);

    /* a write past the end fills the gap with zeros */
    ASSERT_EQ(fat_seek(&f, 3 * cb + 10), FAT_OK);
    uint8_t tail[3] = { 1, 2, 3 };
    ASSERT_EQ(fat_write(&f, tail, sizeof tail, &put), FAT_OK);
    want.resize(3 * cb + 10, 0);
    want.insert(want.end(), tail, tail + 3);
    EXPECT_EQ(read_back("/data.bin"), want);

    ASSERT_EQ(fat_truncate(&f, 0), FAT_OK);
    EXPECT_EQ(free_clusters(), free_full + 4);
    EXPECT_TRUE(read_back("/data.bin").empty());
    ASSERT_EQ(fat_truncate(&f, 10), FAT_OK) << "growing appends zeros";
    EXPECT_EQ(read_back("/data.bin"), std::vector<uint8_t>(10, 0));
    expect_clean("after truncations");
}

TEST_P(FatWrite, Delete_FreesTheClusters)
{
    uint32_t before = free_clusters();
    write_file("/gone.bin", pattern(5 * cluster_bytes() + 1, 8), 4096);
    EXPECT_EQ(free_clusters(), before - 6);
    ASSERT_EQ(fat_remove(&vol, "/gone.bin"), FAT_OK) << vol.message;
    EXPECT_EQ(free_clusters(), before);
    ASSERT_EQ(fat_remove(&vol, "/old.txt"), FAT_OK) << "a file mcopy wrote";
    fat_file_t f;
    EXPECT_EQ(fat_open(&vol, "/gone.bin", &f), FAT_NOT_FOUND);
    EXPECT_EQ(fat_open(&vol, "/old.txt", &f), FAT_NOT_FOUND);
    EXPECT_EQ(fat_remove(&vol, "/old.txt"), FAT_NOT_FOUND);

    /* what the freed clusters counted: a fresh mount counts the same from the FAT */
    fat_volume_t fresh{};
    fat_blockdev_t d = disk.dev();
    ASSERT_EQ(fat_mount(&fresh, &d), FAT_OK);
    uint32_t counted = 0;
    ASSERT_EQ(fat_free_clusters(&fresh, &counted), FAT_OK);
    EXPECT_EQ(counted, free_clusters());
    expect_clean("after deletions");
    ImageFile image(disk.bytes);
    auto [status, listing] = image.run("mdir -i " + quote(image.path.string()) + " ::/");
    EXPECT_EQ(listing.find("old      txt"), std::string::npos) << listing;
}

TEST_P(FatWrite, Directories_CreateFillExtendAndRemove)
{
    ASSERT_EQ(fat_mkdir(&vol, "/logs"), FAT_OK) << vol.message;
    ASSERT_EQ(fat_mkdir(&vol, "/logs/Today's runs"), FAT_OK) << vol.message;
    EXPECT_EQ(fat_mkdir(&vol, "/logs"), FAT_EXISTS);
    EXPECT_EQ(fat_mkdir(&vol, "/nope/deeper"), FAT_NOT_FOUND);
    EXPECT_EQ(fat_mkdir(&vol, "/old.txt/sub"), FAT_NOT_A_DIRECTORY);
    uint8_t attributes;
    uint32_t size;
    ASSERT_EQ(fat_stat(&vol, "/logs/today's runs", &attributes, &size), FAT_OK);
    EXPECT_EQ(attributes & 0x10, 0x10);

    /* 60 long names (3 entries each) outgrow one cluster of entries: the directory gets more clusters */
    for (int i = 0; i < 60; i++) {
        std::string path = "/logs/Today's runs/measurement number " + std::to_string(i) + ".csv";
        write_file(path.c_str(), pattern(static_cast<size_t>(i), static_cast<unsigned>(i)), 64);
    }
    EXPECT_EQ(read_back("/logs/Today's runs/measurement number 59.csv"), pattern(59, 59));
    expect_clean("after filling a directory");

    EXPECT_EQ(fat_remove(&vol, "/logs/Today's runs"), FAT_NOT_EMPTY);
    for (int i = 0; i < 60; i++) {
        std::string path = "/logs/today's runs/measurement number " + std::to_string(i) + ".csv";
        ASSERT_EQ(fat_remove(&vol, path.c_str()), FAT_OK) << path << ": " << vol.message;
    }
    uint32_t before = free_clusters();
    ASSERT_EQ(fat_remove(&vol, "/logs/Today's runs"), FAT_OK) << vol.message;
    EXPECT_GT(free_clusters(), before) << "the directory's clusters are freed";
    ASSERT_EQ(fat_remove(&vol, "/logs"), FAT_OK);
    EXPECT_EQ(fat_stat(&vol, "/logs", &attributes, &size), FAT_NOT_FOUND);
    EXPECT_EQ(fat_remove(&vol, "/"), FAT_BAD_PATH);
    expect_clean("after removing directories");
}

TEST_P(FatWrite, Rename_MovesFilesAndDirectories)
{
    ASSERT_EQ(fat_mkdir(&vol, "/a"), FAT_OK);
    ASSERT_EQ(fat_mkdir(&vol, "/a/b"), FAT_OK);
    write_file("/a/b/inner.txt", pattern(33, 9), 33);
    ASSERT_EQ(fat_rename(&vol, "/old.txt", "/renamed with a long name.txt"), FAT_OK) << vol.message;
    ASSERT_EQ(fat_rename(&vol, "/renamed with a long name.txt", "/a/moved.txt"), FAT_OK);
    EXPECT_EQ(read_back("/a/moved.txt"), pattern(3000, 1));
    ASSERT_EQ(fat_rename(&vol, "/a/moved.txt", "/a/MOVED.TXT"), FAT_OK) << "a case-only rename";

    /* a directory moves with its content; its ".." follows (fsck checks it) */
    ASSERT_EQ(fat_rename(&vol, "/a/b", "/Models/b moved"), FAT_OK) << vol.message;
    EXPECT_EQ(read_back("/Models/b moved/inner.txt"), pattern(33, 9));
    ASSERT_EQ(fat_rename(&vol, "/Models/b moved", "/top"), FAT_OK) << "to the root: \"..\" becomes 0";
    EXPECT_EQ(fat_rename(&vol, "/a", "/a/inside"), FAT_BAD_PATH) << "into itself";
    ASSERT_EQ(fat_mkdir(&vol, "/a/c"), FAT_OK);
    EXPECT_EQ(fat_rename(&vol, "/a", "/a/c/deeper"), FAT_BAD_PATH) << "into its own subdirectory";
    EXPECT_EQ(fat_rename(&vol, "/top", "/a/MOVED.TXT"), FAT_EXISTS);
    EXPECT_EQ(fat_rename(&vol, "/missing", "/x"), FAT_NOT_FOUND);
    expect_clean("after renames");
    ImageFile image(disk.bytes);
    EXPECT_EQ(image.mcopy_out("/top/inner.txt"), pattern(33, 9));
}

TEST_P(FatWrite, ReadOnlyAttribute_RefusesWriteAndDelete)
{
    ASSERT_EQ(fat_set_attributes(&vol, "/old.txt", 0x01), FAT_OK);
    fat_file_t f;
    ASSERT_EQ(fat_open(&vol, "/old.txt", &f), FAT_OK);
    size_t put = 9;
    uint8_t b = 1;
    EXPECT_EQ(fat_write(&f, &b, 1, &put), FAT_READ_ONLY);
    EXPECT_EQ(put, 0u);
    EXPECT_EQ(fat_remove(&vol, "/old.txt"), FAT_READ_ONLY);
    ASSERT_EQ(fat_set_attributes(&vol, "/old.txt", 0x20), FAT_OK);
    EXPECT_EQ(fat_remove(&vol, "/old.txt"), FAT_OK);
    ASSERT_EQ(fat_set_attributes(&vol, "/Models", 0x02), FAT_OK);
    uint8_t attributes;
    uint32_t size;
    ASSERT_EQ(fat_stat(&vol, "/Models", &attributes, &size), FAT_OK);
    EXPECT_EQ(attributes, 0x12) << "the directory bit stays";
    expect_clean("after attribute changes");
}

TEST_P(FatWrite, ReadOnlyDevice_RefusesEveryChange)
{
    fat_blockdev_t ro = disk.dev(false);
    fat_volume_t rv{};
    ASSERT_EQ(fat_mount(&rv, &ro), FAT_OK);
    fat_file_t f;
    EXPECT_EQ(fat_create(&rv, "/x.txt", &f), FAT_READ_ONLY);
    EXPECT_EQ(fat_mkdir(&rv, "/x"), FAT_READ_ONLY);
    EXPECT_EQ(fat_remove(&rv, "/old.txt"), FAT_READ_ONLY);
    EXPECT_EQ(fat_rename(&rv, "/old.txt", "/new.txt"), FAT_READ_ONLY);
    ASSERT_EQ(fat_open(&rv, "/old.txt", &f), FAT_OK);
    size_t put = 0;
    uint8_t b = 0;
    EXPECT_EQ(fat_write(&f, &b, 1, &put), FAT_READ_ONLY);
    EXPECT_EQ(fat_truncate(&f, 0), FAT_READ_ONLY);
}

TEST_P(FatWrite, FullVolume_StopsCleanlyAndStaysConsistent)
{
    uint32_t free_before = free_clusters();
    fat_file_t f;
    ASSERT_EQ(fat_create(&vol, "/filler.bin", &f), FAT_OK);
    std::vector<uint8_t> chunk = pattern(64 * 1024 + 5, 10);
    size_t total = 0, put = 0;
    fat_result_t r = FAT_OK;
    for (int i = 0; i < 100000 && r == FAT_OK; i++) {
        r = fat_write(&f, chunk.data(), chunk.size(), &put);
        total += put;
    }
    ASSERT_EQ(r, FAT_NO_SPACE) << vol.message;
    EXPECT_EQ(free_clusters(), 0u);
    EXPECT_EQ(total, static_cast<size_t>(free_before) * cluster_bytes()) << "every free cluster was used";
    EXPECT_EQ(fat_size(&f), total);
    EXPECT_EQ(fat_mkdir(&vol, "/no room"), FAT_NO_SPACE);
    fat_file_t g;
    EXPECT_EQ(fat_create(&vol, "/empty.txt", &g), FAT_OK) << "an empty file needs no cluster";
    EXPECT_EQ(read_back("/filler.bin").size(), total);
    expect_clean("with the volume full");
    ASSERT_EQ(fat_remove(&vol, "/filler.bin"), FAT_OK);
    EXPECT_EQ(free_clusters(), free_before);
    expect_clean("after freeing it again");
}

/* Offset in the image of cluster c's entry in the first FAT. */
static size_t fat_entry_offset(const fat_volume_t &vol, uint32_t c)
{
    return (static_cast<size_t>(vol.first_lba) + vol.fat_lba) * 512 + static_cast<size_t>(c) * (vol.type / 8);
}

static void set_entry(std::vector<uint8_t> &bytes, const fat_volume_t &vol, uint32_t c, uint32_t value)
{
    size_t at = fat_entry_offset(vol, c);
    for (unsigned i = 0; i < vol.type / 8; i++)
        bytes[at + i] = static_cast<uint8_t>(value >> (8 * i));
}

TEST_P(FatWrite, DamagedChains_AreRefusedNotFollowed)
{
    write_file("/chain.bin", pattern(3 * cluster_bytes(), 11), 4096);
    fat_file_t f;
    ASSERT_EQ(fat_open(&vol, "/chain.bin", &f), FAT_OK);
    uint32_t first = f.first_cluster, second = 0;
    {
        size_t at = fat_entry_offset(vol, first);
        second = disk.bytes[at] | disk.bytes[at + 1] << 8 | (vol.type == 32 ? disk.bytes[at + 2] << 16 : 0);
    }
    /* a loop: the second cluster points back at the first */
    set_entry(disk.bytes, vol, second, first);
    mount();
    EXPECT_EQ(fat_open(&vol, "/chain.bin", &f), FAT_CORRUPT);
    EXPECT_EQ(fat_remove(&vol, "/chain.bin"), FAT_CORRUPT) << vol.message;
    /* out of the volume */
    set_entry(disk.bytes, vol, second, vol.cluster_count + 5);
    mount();
    EXPECT_EQ(fat_open(&vol, "/chain.bin", &f), FAT_CORRUPT);
    EXPECT_EQ(fat_remove(&vol, "/chain.bin"), FAT_CORRUPT);
    /* ends early: shorter than the size */
    set_entry(disk.bytes, vol, second, vol.type == 16 ? 0xFFFF : 0x0FFFFFFF);
    mount();
    EXPECT_EQ(fat_open(&vol, "/chain.bin", &f), FAT_CORRUPT);
    EXPECT_NE(std::string(vol.message).find("shorter"), std::string::npos) << vol.message;
}

INSTANTIATE_TEST_SUITE_P(Fat16And32, FatWrite, ::testing::Values(16, 32),
                         [](const auto &info) { return "Fat" + std::to_string(info.param); });
