// The file layer's read-only FAT drives (SD-card images made by mkfs.fat/mtools, as the card holds them): reading,
// seeking, attributes, listing with long names, and every write refused. Skips when the FAT tools are missing.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <unistd.h>
#include <string>
#include <vector>

#include "fat_image.h"
#include "nfk_file_layer.h"
#include "nfk_file_layer_fat.h"
#include "nfk_file_layer_posix.h"

namespace {

struct MemoryDisk {
    std::vector<uint8_t> bytes;

    static int read(void *ctx, uint32_t lba, uint32_t count, uint8_t *out)
    {
        auto *disk = static_cast<MemoryDisk *>(ctx);
        size_t start = (size_t)lba * 512, length = (size_t)count * 512;
        if (start + length > disk->bytes.size()) {
            return -5;
        }
        std::memcpy(out, disk->bytes.data() + start, length);
        return 0;
    }

    fat_blockdev_t dev() { return fat_blockdev_t{read, this, static_cast<uint32_t>(bytes.size() / 512)}; }
};

std::vector<uint8_t> Pattern(size_t n)
{
    std::vector<uint8_t> v(n);
    for (size_t i = 0; i < n; i++) {
        v[i] = static_cast<uint8_t>(i * 7 + 3);
    }
    return v;
}

bool Collect(void *user, const char *name, const nfk_fl_info_t *info)
{
    static_cast<std::vector<std::pair<std::string, nfk_fl_info_t>> *>(user)->push_back({name, *info});
    return true;
}

class FatDriveTest : public ::testing::TestWithParam<int> {
  protected:
    void SetUp() override
    {
        nfk_fl_unmount_all();
        std::string missing = nfk::fat_tools_missing();
        if (!missing.empty()) {
            GTEST_SKIP() << missing;
        }
        std::vector<uint8_t> readme = {'h', 'e', 'l', 'l', 'o', ' ', 'f', 'a', 't'};
        disk_.bytes = nfk::make_fat_image(GetParam(), GetParam() == 32 ? 34 * 1024 : 8 * 1024, 1,
                                          {{"/readme.txt", readme},
                                           {"/Logs/Long Name File.log", Pattern(1500)},
                                           {"/Logs/sub/a.bin", Pattern(3)}});
        fat_blockdev_t dev = disk_.dev();
        ASSERT_EQ(nfk_fl_fat_mount("D:", true, &dev), NFK_FL_OK) << nfk_fl_fat_last_message();
    }

    void TearDown() override { nfk_fl_unmount_all(); }

    MemoryDisk disk_;
};

TEST_P(FatDriveTest, ReadsAndSeeksFilesButNeverWrites)
{
    nfk_fl_file_t file;
    ASSERT_EQ(nfk_fl_open("D:\\Logs\\Long Name File.log", &file), NFK_FL_OK);
    EXPECT_FALSE(file.writable);
    int64_t length = 0;
    ASSERT_EQ(nfk_fl_length(&file, &length), NFK_FL_OK);
    EXPECT_EQ(length, 1500);

    std::vector<uint8_t> content(2000);
    size_t got = 0;
    ASSERT_EQ(nfk_fl_read(&file, content.data(), content.size(), &got), NFK_FL_OK);
    content.resize(got);
    EXPECT_EQ(content, Pattern(1500));

    int64_t position = 0;
    ASSERT_EQ(nfk_fl_seek(&file, -10, NFK_FL_SEEK_END, &position), NFK_FL_OK);
    EXPECT_EQ(position, 1490);
    uint8_t tail[16];
    ASSERT_EQ(nfk_fl_read(&file, tail, sizeof tail, &got), NFK_FL_OK);
    ASSERT_EQ(got, 10u);
    EXPECT_EQ(tail[0], Pattern(1500)[1490]);
    EXPECT_EQ(nfk_fl_seek(&file, 1, NFK_FL_SEEK_END, &position), NFK_FL_BAD_ARGUMENT) << "a read-only file cannot grow";
    EXPECT_EQ(nfk_fl_seek(&file, -1, NFK_FL_SEEK_BEGIN, &position), NFK_FL_BAD_ARGUMENT);

    size_t put = 0;
    EXPECT_EQ(nfk_fl_write(&file, "x", 1, &put), NFK_FL_ACCESS_DENIED);
    EXPECT_EQ(nfk_fl_set_length(&file, 0), NFK_FL_ACCESS_DENIED);
    EXPECT_EQ(nfk_fl_close(&file), NFK_FL_OK);
}

TEST_P(FatDriveTest, StatReportsReadOnlyFilesDirectoriesAndWhatIsMissing)
{
    nfk_fl_info_t info;
    ASSERT_EQ(nfk_fl_stat("D:\\readme.txt", &info), NFK_FL_OK);
    EXPECT_EQ(info.size, 9);
    EXPECT_TRUE(info.attributes & NFK_FL_ATTR_READONLY);
    EXPECT_FALSE(info.attributes & NFK_FL_ATTR_DIRECTORY);
    ASSERT_EQ(nfk_fl_stat("d:\\README.TXT", &info), NFK_FL_OK) << "FAT names are case-insensitive";

    ASSERT_EQ(nfk_fl_stat("D:\\Logs", &info), NFK_FL_OK);
    EXPECT_EQ(info.attributes & (NFK_FL_ATTR_DIRECTORY | NFK_FL_ATTR_READONLY), (uint32_t)NFK_FL_ATTR_DIRECTORY);
    EXPECT_EQ(info.size, 0);
    ASSERT_EQ(nfk_fl_stat("D:\\", &info), NFK_FL_OK);
    EXPECT_TRUE(info.attributes & NFK_FL_ATTR_DIRECTORY);

    EXPECT_EQ(nfk_fl_stat("D:\\absent.txt", &info), NFK_FL_NOT_FOUND);
    EXPECT_EQ(nfk_fl_stat("D:\\Logs\\absent", &info), NFK_FL_NOT_FOUND);
    EXPECT_EQ(nfk_fl_stat("D:\\nodir\\x", &info), NFK_FL_PATH_NOT_FOUND);
    EXPECT_EQ(nfk_fl_stat("D:\\readme.txt\\x", &info), NFK_FL_PATH_NOT_FOUND);

    nfk_fl_file_t file;
    EXPECT_EQ(nfk_fl_open("D:\\new.txt", &file), NFK_FL_ACCESS_DENIED) << "creating a file is a write";
    EXPECT_EQ(nfk_fl_open("D:\\nodir\\new.txt", &file), NFK_FL_PATH_NOT_FOUND);
    EXPECT_EQ(nfk_fl_open("D:\\Logs", &file), NFK_FL_IS_DIRECTORY);
}

TEST_P(FatDriveTest, ListsLongNamesWithAttributes)
{
    std::vector<std::pair<std::string, nfk_fl_info_t>> root, logs;
    ASSERT_EQ(nfk_fl_list("D:\\", Collect, &root), NFK_FL_OK);
    ASSERT_EQ(nfk_fl_list("D:\\Logs", Collect, &logs), NFK_FL_OK);
    auto by_name = [](const auto &a, const auto &b) { return a.first < b.first; };
    std::sort(root.begin(), root.end(), by_name);
    std::sort(logs.begin(), logs.end(), by_name);

    ASSERT_EQ(root.size(), 2u);
    EXPECT_EQ(root[0].first, "Logs");
    EXPECT_TRUE(root[0].second.attributes & NFK_FL_ATTR_DIRECTORY);
    EXPECT_EQ(root[1].first, "readme.txt");
    EXPECT_EQ(root[1].second.size, 9);

    ASSERT_EQ(logs.size(), 2u) << "no '.' and '..'";
    EXPECT_EQ(logs[0].first, "Long Name File.log");
    EXPECT_EQ(logs[0].second.size, 1500);
    EXPECT_EQ(logs[1].first, "sub");

    std::vector<std::pair<std::string, nfk_fl_info_t>> none;
    EXPECT_EQ(nfk_fl_list("D:\\absent", Collect, &none), NFK_FL_NOT_FOUND);
    EXPECT_EQ(nfk_fl_list("D:\\readme.txt", Collect, &none), NFK_FL_NOT_DIRECTORY);
}

TEST_P(FatDriveTest, ChangesAreRefused)
{
    EXPECT_EQ(nfk_fl_mkdir("D:\\new"), NFK_FL_UNSUPPORTED);
    EXPECT_EQ(nfk_fl_delete("D:\\readme.txt", false), NFK_FL_UNSUPPORTED);
    EXPECT_EQ(nfk_fl_rename("D:\\readme.txt", "D:\\other.txt"), NFK_FL_UNSUPPORTED);
    EXPECT_EQ(nfk_fl_set_attributes("D:\\readme.txt", 0), NFK_FL_UNSUPPORTED);
    nfk_fl_info_t info;
    EXPECT_EQ(nfk_fl_stat("D:\\readme.txt", &info), NFK_FL_OK);
}

TEST_P(FatDriveTest, DriveReportsItsSizeAndFileSystemAndLimitsOpenFiles)
{
    const nfk_fl_drive_t *drive = nfk_fl_find_drive("D:");
    ASSERT_NE(drive, nullptr);
    EXPECT_STREQ(drive->ops->file_system, "FAT");
    int64_t total = 0, free_bytes = -1;
    ASSERT_EQ(nfk_fl_drive_size(drive, &total, &free_bytes), NFK_FL_OK);
    EXPECT_GT(total, 0);
    EXPECT_LE(total, (int64_t)disk_.bytes.size());
    EXPECT_EQ(free_bytes, 0);

    std::vector<nfk_fl_file_t> files(NFK_FL_FAT_MAX_FILES);
    for (auto &f : files) {
        ASSERT_EQ(nfk_fl_open("D:\\readme.txt", &f), NFK_FL_OK);
    }
    nfk_fl_file_t one_more;
    EXPECT_EQ(nfk_fl_open("D:\\readme.txt", &one_more), NFK_FL_TOO_MANY_OPEN);
    for (auto &f : files) {
        nfk_fl_close(&f);
    }
    EXPECT_EQ(nfk_fl_open("D:\\readme.txt", &one_more), NFK_FL_OK) << "closing frees the handles";

    ASSERT_EQ(nfk_fl_fat_unmount("D:"), NFK_FL_OK);
    char byte;
    size_t got;
    EXPECT_EQ(nfk_fl_read(&one_more, &byte, 1, &got), NFK_FL_NO_VOLUME);
    EXPECT_EQ(nfk_fl_close(&one_more), NFK_FL_OK);
    fat_blockdev_t dev = disk_.dev();
    EXPECT_EQ(nfk_fl_fat_mount("D:", true, &dev), NFK_FL_OK) << "the volume is free again";
}

INSTANTIATE_TEST_SUITE_P(Fat, FatDriveTest, ::testing::Values(16, 32),
                         [](const ::testing::TestParamInfo<int> &p) { return "Fat" + std::to_string(p.param); });

TEST_P(FatDriveTest, HostSdCardEmulationMountsAnImageFileAsD)
{
    nfk_fl_unmount_all();
    char path[] = "/tmp/nfk_sd_image_XXXXXX";
    int fd = mkstemp(path);
    ASSERT_GE(fd, 0);
    close(fd);
    {
        std::ofstream out(path, std::ios::binary);
        out.write(reinterpret_cast<const char *>(disk_.bytes.data()), (std::streamsize)disk_.bytes.size());
    }
    unsetenv(NFK_FL_SD_ROOT_ENV);
    setenv(NFK_FL_SD_IMAGE_ENV, path, 1);
    ASSERT_EQ(nfk_fl_posix_mount_defaults(), NFK_FL_OK);
    EXPECT_TRUE(nfk_fl_card_present(0));

    const nfk_fl_drive_t *drive = nfk_fl_find_drive("D:");
    ASSERT_NE(drive, nullptr);
    EXPECT_STREQ(drive->ops->file_system, "FAT");
    nfk_fl_file_t file;
    ASSERT_EQ(nfk_fl_open("D:\\readme.txt", &file), NFK_FL_OK);
    char text[16] = {0};
    size_t got = 0;
    ASSERT_EQ(nfk_fl_read(&file, text, sizeof text, &got), NFK_FL_OK);
    EXPECT_EQ(std::string(text, got), "hello fat");
    nfk_fl_close(&file);

    ASSERT_EQ(nfk_fl_unmount_card(0), NFK_FL_OK);
    EXPECT_EQ(nfk_fl_find_drive("D:"), nullptr);
    ASSERT_EQ(nfk_fl_mount_card(0), NFK_FL_OK) << "the slot mounts the image again";
    EXPECT_NE(nfk_fl_find_drive("D:"), nullptr);

    unsetenv(NFK_FL_SD_IMAGE_ENV);
    std::remove(path);
    EXPECT_FALSE(nfk_fl_card_present(0));
}

TEST(FatDrive, ADeviceWithoutFatIsRefusedWithTheReason)
{
    nfk_fl_unmount_all();
    MemoryDisk blank;
    blank.bytes.assign(64 * 512, 0);
    fat_blockdev_t dev = blank.dev();
    EXPECT_EQ(nfk_fl_fat_mount("D:", true, &dev), NFK_FL_IO_ERROR);
    EXPECT_STRNE(nfk_fl_fat_last_message(), "");
    EXPECT_EQ(nfk_fl_find_drive("D:"), nullptr);
}

} // namespace
