// The file layer's FAT drives (SD-card images made by mkfs.fat/mtools, as the card holds them). On a read-only device:
// reading, seeking, attributes, listing with long names, and every write refused. On a writable one: what
// System.IO does on D: (create, write, append, truncate, mkdir with parents, recursive delete, move, free space),
// checked afterwards by fsck.fat and mtools. Skips when the FAT tools are missing.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <fstream>
#include <iterator>
#include <sys/wait.h>
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

    static int write(void *ctx, uint32_t lba, uint32_t count, const uint8_t *in)
    {
        auto *disk = static_cast<MemoryDisk *>(ctx);
        size_t start = (size_t)lba * 512, length = (size_t)count * 512;
        if (start + length > disk->bytes.size()) {
            return -5;
        }
        std::memcpy(disk->bytes.data() + start, in, length);
        return 0;
    }

    fat_blockdev_t dev() { return fat_blockdev_t{read, this, static_cast<uint32_t>(bytes.size() / 512), nullptr}; }
    fat_blockdev_t writable_dev()
    {
        return fat_blockdev_t{read, this, static_cast<uint32_t>(bytes.size() / 512), write};
    }
};

std::string Quote(const std::string &s)
{
    std::string out = "'";
    for (char c : s) {
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

/* Runs command (IMG in it replaced by a temporary copy of bytes); its exit status and output. */
std::pair<int, std::string> RunOnImage(const std::vector<uint8_t> &bytes, const std::string &command)
{
    char dir[] = "/tmp/nfk_fl_fat_XXXXXX";
    if (mkdtemp(dir) == nullptr) {
        return {-1, "mkdtemp failed"};
    }
    std::string image = std::string(dir) + "/image.img", out = std::string(dir) + "/out.txt";
    std::ofstream(image, std::ios::binary)
        .write(reinterpret_cast<const char *>(bytes.data()), (std::streamsize)bytes.size());
    std::string cmd = command;
    for (size_t at = cmd.find("IMG"); at != std::string::npos; at = cmd.find("IMG", at + 1)) {
        cmd.replace(at, 3, Quote(image));
    }
    int status = std::system(("MTOOLS_SKIP_CHECK=1 " + cmd + " >" + Quote(out) + " 2>&1").c_str());
    std::ifstream in(out, std::ios::binary);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    std::system(("rm -rf " + Quote(dir)).c_str());
    return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, text};
}

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

TEST_P(FatDriveTest, ChangesAreRefusedOnAReadOnlyDevice)
{
    EXPECT_EQ(nfk_fl_mkdir("D:\\new"), NFK_FL_ACCESS_DENIED);
    EXPECT_EQ(nfk_fl_delete("D:\\readme.txt", false), NFK_FL_ACCESS_DENIED);
    EXPECT_EQ(nfk_fl_rename("D:\\readme.txt", "D:\\other.txt"), NFK_FL_ACCESS_DENIED);
    EXPECT_EQ(nfk_fl_set_attributes("D:\\readme.txt", 0), NFK_FL_ACCESS_DENIED);
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

class WritableFatDriveTest : public ::testing::TestWithParam<int> {
  protected:
    void SetUp() override
    {
        nfk_fl_unmount_all();
        std::string missing = nfk::fat_tools_missing();
        if (missing.empty() && std::system("command -v fsck.fat >/dev/null 2>&1") != 0) {
            missing = "fsck.fat is not installed (apt-get install dosfstools)";
        }
        if (!missing.empty()) {
            GTEST_SKIP() << missing;
        }
        disk_.bytes = nfk::make_fat_image(GetParam(), GetParam() == 32 ? 34 * 1024 : 8 * 1024, 1,
                                          {{"/readme.txt", {'h', 'i'}}});
        fat_blockdev_t dev = disk_.writable_dev();
        ASSERT_EQ(nfk_fl_fat_mount("D:", true, &dev), NFK_FL_OK) << nfk_fl_fat_last_message();
    }

    void TearDown() override { nfk_fl_unmount_all(); }

    void WriteAll(const char *path, const std::vector<uint8_t> &bytes)
    {
        nfk_fl_file_t file;
        ASSERT_EQ(nfk_fl_open(path, &file), NFK_FL_OK) << path;
        ASSERT_TRUE(file.writable);
        ASSERT_EQ(nfk_fl_set_length(&file, 0), NFK_FL_OK);
        size_t put = 0;
        ASSERT_EQ(nfk_fl_write(&file, bytes.data(), bytes.size(), &put), NFK_FL_OK);
        ASSERT_EQ(put, bytes.size());
        ASSERT_EQ(nfk_fl_close(&file), NFK_FL_OK);
    }

    std::vector<uint8_t> ReadAll(const char *path)
    {
        nfk_fl_file_t file;
        EXPECT_EQ(nfk_fl_open(path, &file), NFK_FL_OK) << path;
        std::vector<uint8_t> out(1 << 16);
        size_t got = 0;
        EXPECT_EQ(nfk_fl_read(&file, out.data(), out.size(), &got), NFK_FL_OK);
        out.resize(got);
        nfk_fl_close(&file);
        return out;
    }

    void ExpectClean(const char *when)
    {
        auto [status, text] = RunOnImage(disk_.bytes, "fsck.fat -n IMG");
        EXPECT_EQ(status, 0) << when << ": fsck.fat -n says\n" << text;
    }

    MemoryDisk disk_;
};

TEST_P(WritableFatDriveTest, FilesAreCreatedWrittenAppendedAndTruncated)
{
    nfk_fl_info_t info;
    ASSERT_EQ(nfk_fl_stat("D:\\readme.txt", &info), NFK_FL_OK);
    EXPECT_FALSE(info.attributes & NFK_FL_ATTR_READONLY) << "a writable card's files are not read-only";

    WriteAll("D:\\results.bin", Pattern(5000));
    EXPECT_EQ(ReadAll("D:\\results.bin"), Pattern(5000));

    nfk_fl_file_t file;
    ASSERT_EQ(nfk_fl_open("D:\\results.bin", &file), NFK_FL_OK);
    int64_t position = 0;
    ASSERT_EQ(nfk_fl_seek(&file, 0, NFK_FL_SEEK_END, &position), NFK_FL_OK);
    size_t put = 0;
    ASSERT_EQ(nfk_fl_write(&file, "tail", 4, &put), NFK_FL_OK);
    ASSERT_EQ(nfk_fl_seek(&file, 10, NFK_FL_SEEK_END, &position), NFK_FL_OK) << "past the end of a writable file";
    EXPECT_EQ(position, 5014);
    ASSERT_EQ(nfk_fl_write(&file, "!", 1, &put), NFK_FL_OK);
    int64_t length = 0;
    ASSERT_EQ(nfk_fl_length(&file, &length), NFK_FL_OK);
    EXPECT_EQ(length, 5015);
    ASSERT_EQ(nfk_fl_flush(&file), NFK_FL_OK);
    ASSERT_EQ(nfk_fl_close(&file), NFK_FL_OK);
    std::vector<uint8_t> want = Pattern(5000);
    want.insert(want.end(), {'t', 'a', 'i', 'l'});
    want.resize(5014, 0);
    want.push_back('!');
    EXPECT_EQ(ReadAll("D:\\RESULTS.BIN"), want);

    WriteAll("D:\\results.bin", {'x'});
    EXPECT_EQ(ReadAll("D:\\results.bin"), std::vector<uint8_t>{'x'}) << "set_length(0) then write replaces";
    ExpectClean("after file writes");
    auto [status, text] = RunOnImage(disk_.bytes, "mtype -i IMG ::/results.bin");
    EXPECT_EQ(status, 0);
    EXPECT_EQ(text, "x");
}

TEST_P(WritableFatDriveTest, DirectoriesAreMadeWithParentsMovedAndDeletedRecursively)
{
    ASSERT_EQ(nfk_fl_mkdir("D:\\logs\\2026\\December"), NFK_FL_OK);
    ASSERT_EQ(nfk_fl_mkdir("D:\\logs\\2026"), NFK_FL_OK) << "existing is fine";
    EXPECT_EQ(nfk_fl_mkdir("D:\\readme.txt\\x"), NFK_FL_NOT_DIRECTORY);
    WriteAll("D:\\logs\\2026\\December\\day 7.csv", Pattern(100));
    WriteAll("D:\\logs\\top.txt", Pattern(10));

    EXPECT_EQ(nfk_fl_rename("D:\\logs\\top.txt", "D:\\readme.txt"), NFK_FL_EXISTS);
    EXPECT_EQ(nfk_fl_rename("D:\\logs\\absent", "D:\\x"), NFK_FL_NOT_FOUND);
    EXPECT_EQ(nfk_fl_rename("D:\\logs\\top.txt", "D:\\nodir\\x"), NFK_FL_PATH_NOT_FOUND);
    ASSERT_EQ(nfk_fl_rename("D:\\logs\\2026", "D:\\archive 2026"), NFK_FL_OK);
    EXPECT_EQ(ReadAll("D:\\archive 2026\\December\\day 7.csv"), Pattern(100));
    ExpectClean("after mkdir and move");

    EXPECT_EQ(nfk_fl_delete("D:\\archive 2026", false), NFK_FL_NOT_EMPTY);
    ASSERT_EQ(nfk_fl_delete("D:\\archive 2026", true), NFK_FL_OK);
    nfk_fl_info_t info;
    EXPECT_EQ(nfk_fl_stat("D:\\archive 2026", &info), NFK_FL_NOT_FOUND);
    ASSERT_EQ(nfk_fl_delete("D:\\logs\\top.txt", false), NFK_FL_OK);
    EXPECT_EQ(nfk_fl_delete("D:\\logs\\top.txt", false), NFK_FL_NOT_FOUND);

    ASSERT_EQ(nfk_fl_set_attributes("D:\\readme.txt", NFK_FL_ATTR_READONLY), NFK_FL_OK);
    nfk_fl_file_t file;
    ASSERT_EQ(nfk_fl_open("D:\\readme.txt", &file), NFK_FL_OK);
    EXPECT_FALSE(file.writable) << "a read-only entry opens read-only";
    nfk_fl_close(&file);
    EXPECT_EQ(nfk_fl_delete("D:\\readme.txt", false), NFK_FL_ACCESS_DENIED);
    ExpectClean("after deletions");
    auto [status, text] = RunOnImage(disk_.bytes, "mdir -b -i IMG ::/logs");
    EXPECT_EQ(status, 0) << text;
    EXPECT_EQ(text, "") << "logs is empty";
}

TEST_P(WritableFatDriveTest, FreeSpaceShrinksAndAFullCardSaysNoSpace)
{
    const nfk_fl_drive_t *drive = nfk_fl_find_drive("D:");
    int64_t total = 0, free_before = 0, free_after = 0;
    ASSERT_EQ(nfk_fl_drive_size(drive, &total, &free_before), NFK_FL_OK);
    EXPECT_GT(free_before, 0);
    EXPECT_LT(free_before, total);
    WriteAll("D:\\a.bin", Pattern(4096));
    ASSERT_EQ(nfk_fl_drive_size(drive, &total, &free_after), NFK_FL_OK);
    EXPECT_EQ(free_before - free_after, 4096) << "512-byte clusters: exactly the file";

    nfk_fl_file_t file;
    ASSERT_EQ(nfk_fl_open("D:\\big.bin", &file), NFK_FL_OK);
    std::vector<uint8_t> chunk(1 << 16, 0x5A);
    nfk_fl_result_t r = NFK_FL_OK;
    size_t put = 0, total_put = 0;
    while (r == NFK_FL_OK) {
        r = nfk_fl_write(&file, chunk.data(), chunk.size(), &put);
        total_put += put;
    }
    EXPECT_EQ(r, NFK_FL_NO_SPACE);
    EXPECT_EQ((int64_t)total_put, free_after);
    nfk_fl_close(&file);
    ExpectClean("with a full card");
}

INSTANTIATE_TEST_SUITE_P(Fat, WritableFatDriveTest, ::testing::Values(16, 32),
                         [](const ::testing::TestParamInfo<int> &p) { return "Fat" + std::to_string(p.param); });

TEST(FatDrive, HostSdCardEmulationWritesTheImageFile)
{
    nfk_fl_unmount_all();
    std::string missing = nfk::fat_tools_missing();
    if (!missing.empty()) {
        GTEST_SKIP() << missing;
    }
    std::vector<uint8_t> bytes = nfk::make_fat_image(16, 8 * 1024, 1, {{"/readme.txt", {'h', 'i'}}});
    char path[] = "/tmp/nfk_sd_image_XXXXXX";
    int fd = mkstemp(path);
    ASSERT_GE(fd, 0);
    close(fd);
    std::ofstream(path, std::ios::binary)
        .write(reinterpret_cast<const char *>(bytes.data()), (std::streamsize)bytes.size());
    unsetenv(NFK_FL_SD_ROOT_ENV);
    setenv(NFK_FL_SD_IMAGE_ENV, path, 1);
    ASSERT_EQ(nfk_fl_posix_mount_defaults(), NFK_FL_OK);
    ASSERT_EQ(nfk_fl_mkdir("D:\\out"), NFK_FL_OK);
    nfk_fl_file_t file;
    ASSERT_EQ(nfk_fl_open("D:\\out\\Result File.txt", &file), NFK_FL_OK);
    size_t put = 0;
    ASSERT_EQ(nfk_fl_write(&file, "written on D:", 13, &put), NFK_FL_OK);
    ASSERT_EQ(nfk_fl_close(&file), NFK_FL_OK);
    ASSERT_EQ(nfk_fl_unmount_card(0), NFK_FL_OK);
    unsetenv(NFK_FL_SD_IMAGE_ENV);

    std::string cmd = std::string("MTOOLS_SKIP_CHECK=1 mtype -i ") + Quote(path) + " '::/out/Result File.txt'";
    FILE *pipe = popen(cmd.c_str(), "r");
    ASSERT_NE(pipe, nullptr);
    char text[64] = {0};
    size_t got = fread(text, 1, sizeof text - 1, pipe);
    EXPECT_EQ(pclose(pipe), 0);
    EXPECT_EQ(std::string(text, got), "written on D:") << "the image file itself holds the write";

    /* the entry carries the host's date (mdir prints it as YYYY-MM-DD) */
    time_t now = time(nullptr);
    struct tm local;
    ASSERT_NE(localtime_r(&now, &local), nullptr);
    char today[16];
    strftime(today, sizeof today, "%Y-%m-%d", &local);
    std::string listing;
    pipe = popen((std::string("MTOOLS_SKIP_CHECK=1 mdir -i ") + Quote(path) + " ::/out 2>&1").c_str(), "r");
    ASSERT_NE(pipe, nullptr);
    char line[256];
    while (fgets(line, sizeof line, pipe) != nullptr) {
        listing += line;
    }
    pclose(pipe);
    EXPECT_NE(listing.find(today), std::string::npos) << "no " << today << " in\n" << listing;
    std::remove(path);
}

} // namespace
