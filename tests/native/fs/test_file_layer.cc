// The file layer under System.IO.FileSystem's natives, with its POSIX drives: path splitting, files, directories,
// cross-drive moves, unmounting under an open file, and the host defaults (NFK210_SD_ROOT).
#include <gtest/gtest.h>

#include <dirent.h>
#include <fcntl.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "nfk_file_layer.h"
#include "nfk_file_layer_posix.h"

namespace {

std::string MakeTempDir()
{
    char pattern[] = "/tmp/nfk_fl_XXXXXX";
    const char *dir = mkdtemp(pattern);
    EXPECT_NE(dir, nullptr);
    return dir ? dir : "";
}

void RemoveTree(const std::string &path)
{
    struct stat st;
    if (lstat(path.c_str(), &st) != 0) {
        return;
    }
    if (S_ISDIR(st.st_mode)) {
        chmod(path.c_str(), 0755);
        if (DIR *dir = opendir(path.c_str())) {
            while (dirent *entry = readdir(dir)) {
                std::string name = entry->d_name;
                if (name != "." && name != "..") {
                    RemoveTree(path + "/" + name);
                }
            }
            closedir(dir);
        }
        rmdir(path.c_str());
    } else {
        unlink(path.c_str());
    }
}

std::string ReadHostFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    std::stringstream content;
    content << in.rdbuf();
    return content.str();
}

bool HostExists(const std::string &path)
{
    struct stat st;
    return stat(path.c_str(), &st) == 0;
}

struct Entry {
    std::string name;
    uint32_t attributes;
    int64_t size;
    bool operator<(const Entry &other) const { return name < other.name; }
};

bool Collect(void *user, const char *name, const nfk_fl_info_t *info)
{
    static_cast<std::vector<Entry> *>(user)->push_back({name, info->attributes, info->size});
    return true;
}

class FileLayerTest : public ::testing::Test {
  protected:
    void SetUp() override
    {
        nfk_fl_unmount_all();
        nfk_fl_set_platform(nullptr);
        sd_ = MakeTempDir();
        ASSERT_EQ(nfk_fl_posix_mount("D:", sd_.c_str(), true), NFK_FL_OK);
    }

    void TearDown() override
    {
        nfk_fl_unmount_all();
        RemoveTree(sd_);
    }

    // Writes content to a new file through the layer.
    void WriteFile(const std::string &path, const std::string &content)
    {
        nfk_fl_file_t file;
        ASSERT_EQ(nfk_fl_open(path.c_str(), &file), NFK_FL_OK) << path;
        size_t put = 0;
        ASSERT_EQ(nfk_fl_write(&file, content.data(), content.size(), &put), NFK_FL_OK);
        ASSERT_EQ(put, content.size());
        ASSERT_EQ(nfk_fl_close(&file), NFK_FL_OK);
    }

    std::string sd_;
};

TEST(FileLayerSplit, RootNameAndRelativePath)
{
    char root[NFK_FL_MAX_ROOT];
    char relative[NFK_FL_MAX_PATH + 1];
    ASSERT_EQ(nfk_fl_split("D:\\dir\\name.txt", root, relative), NFK_FL_OK);
    EXPECT_STREQ(root, "D:");
    EXPECT_STREQ(relative, "/dir/name.txt");

    ASSERT_EQ(nfk_fl_split("D:", root, relative), NFK_FL_OK);
    EXPECT_STREQ(root, "D:");
    EXPECT_STREQ(relative, "/");

    ASSERT_EQ(nfk_fl_split("D:/a//b\\", root, relative), NFK_FL_OK);
    EXPECT_STREQ(relative, "/a/b");

    ASSERT_EQ(nfk_fl_split("\\tmp\\x", root, relative), NFK_FL_OK);
    EXPECT_STREQ(root, "");
    EXPECT_STREQ(relative, "/tmp/x");
}

TEST(FileLayerSplit, RefusesDotComponentsLongPathsAndMissingRoots)
{
    char root[NFK_FL_MAX_ROOT];
    char relative[NFK_FL_MAX_PATH + 1];
    ASSERT_EQ(nfk_fl_set_working_directory(nullptr), NFK_FL_OK);
    EXPECT_EQ(nfk_fl_split("D:\\a\\..\\..\\etc", root, relative), NFK_FL_BAD_PATH);
    EXPECT_EQ(nfk_fl_split("D:\\.\\a", root, relative), NFK_FL_BAD_PATH);
    EXPECT_EQ(nfk_fl_split("notarootname.txt", root, relative), NFK_FL_BAD_PATH) << "relative, no working directory";
    EXPECT_EQ(nfk_fl_split("LONGROOTNAME:\\x", root, relative), NFK_FL_BAD_PATH) << "no drive has such a root";
    std::string long_path = "D:\\" + std::string(NFK_FL_MAX_PATH, 'a');
    EXPECT_EQ(nfk_fl_split(long_path.c_str(), root, relative), NFK_FL_PATH_TOO_LONG);
}

TEST(FileLayerSplit, RelativePathsStartAtTheWorkingDirectory)
{
    char root[NFK_FL_MAX_ROOT];
    char relative[NFK_FL_MAX_PATH + 1];
    ASSERT_EQ(nfk_fl_set_working_directory("D:\\runs\\today"), NFK_FL_OK);
    char wd[NFK_FL_MAX_PATH + 1];
    ASSERT_TRUE(nfk_fl_working_directory(wd, sizeof wd));
    EXPECT_STREQ(wd, "D:/runs/today");
    ASSERT_EQ(nfk_fl_split("out.bin", root, relative), NFK_FL_OK);
    EXPECT_STREQ(root, "D:");
    EXPECT_STREQ(relative, "/runs/today/out.bin");
    ASSERT_EQ(nfk_fl_split("a\\.\\b/../c.txt", root, relative), NFK_FL_OK);
    EXPECT_STREQ(relative, "/runs/today/a/c.txt");
    ASSERT_EQ(nfk_fl_split("..\\..\\..\\..\\x", root, relative), NFK_FL_OK);
    EXPECT_STREQ(relative, "/x") << "'..' stops at the drive's root";
    ASSERT_EQ(nfk_fl_split("..\\..", root, relative), NFK_FL_OK);
    EXPECT_STREQ(relative, "/");
    ASSERT_EQ(nfk_fl_split("D:\\abs.txt", root, relative), NFK_FL_OK) << "absolute paths ignore it";
    EXPECT_STREQ(relative, "/abs.txt");
    ASSERT_EQ(nfk_fl_split("\\tmp\\x", root, relative), NFK_FL_OK);
    EXPECT_STREQ(root, "");

    ASSERT_EQ(nfk_fl_set_working_directory("/home/me"), NFK_FL_OK) << "a host directory (the \"\" drive)";
    ASSERT_EQ(nfk_fl_split("data/in.bin", root, relative), NFK_FL_OK);
    EXPECT_STREQ(root, "");
    EXPECT_STREQ(relative, "/home/me/data/in.bin");
    EXPECT_EQ(nfk_fl_set_working_directory("relative\\dir"), NFK_FL_BAD_PATH);
    std::string deep = "/" + std::string(NFK_FL_MAX_PATH - 2, 'd');
    ASSERT_EQ(nfk_fl_set_working_directory(deep.c_str()), NFK_FL_OK);
    EXPECT_EQ(nfk_fl_split("name.txt", root, relative), NFK_FL_PATH_TOO_LONG) << "the joined path is too long";
    ASSERT_EQ(nfk_fl_set_working_directory(nullptr), NFK_FL_OK);
    EXPECT_FALSE(nfk_fl_working_directory(wd, sizeof wd));
}

TEST_F(FileLayerTest, RelativePathsReachFilesInTheWorkingDirectory)
{
    ASSERT_EQ(nfk_fl_set_working_directory("D:\\"), NFK_FL_OK);
    ASSERT_EQ(nfk_fl_mkdir("logs"), NFK_FL_OK);
    nfk_fl_file_t file;
    ASSERT_EQ(nfk_fl_open("logs\\run.txt", &file), NFK_FL_OK);
    size_t put = 0;
    ASSERT_EQ(nfk_fl_write(&file, "rel", 3, &put), NFK_FL_OK);
    ASSERT_EQ(nfk_fl_close(&file), NFK_FL_OK);
    nfk_fl_info_t info;
    ASSERT_EQ(nfk_fl_stat("D:\\logs\\run.txt", &info), NFK_FL_OK) << "the same file by its absolute path";
    EXPECT_EQ(info.size, 3);
    ASSERT_EQ(nfk_fl_set_working_directory("D:\\logs"), NFK_FL_OK);
    ASSERT_EQ(nfk_fl_stat("run.txt", &info), NFK_FL_OK);
    ASSERT_EQ(nfk_fl_rename("run.txt", "..\\moved.txt"), NFK_FL_OK);
    ASSERT_EQ(nfk_fl_stat("D:\\moved.txt", &info), NFK_FL_OK);
    ASSERT_EQ(nfk_fl_set_working_directory(nullptr), NFK_FL_OK);
    EXPECT_EQ(nfk_fl_stat("moved.txt", &info), NFK_FL_BAD_PATH);
}

TEST_F(FileLayerTest, WritesReadsSeeksAndResizesAFile)
{
    nfk_fl_file_t file;
    ASSERT_EQ(nfk_fl_open("D:\\data.bin", &file), NFK_FL_OK);
    EXPECT_TRUE(file.writable);
    size_t put = 0;
    ASSERT_EQ(nfk_fl_write(&file, "hello world", 11, &put), NFK_FL_OK);
    EXPECT_EQ(put, 11u);

    int64_t position = -1;
    ASSERT_EQ(nfk_fl_seek(&file, 6, NFK_FL_SEEK_BEGIN, &position), NFK_FL_OK);
    EXPECT_EQ(position, 6);
    char buffer[16] = {0};
    size_t got = 0;
    ASSERT_EQ(nfk_fl_read(&file, buffer, sizeof buffer, &got), NFK_FL_OK);
    EXPECT_EQ(std::string(buffer, got), "world");
    ASSERT_EQ(nfk_fl_read(&file, buffer, sizeof buffer, &got), NFK_FL_OK);
    EXPECT_EQ(got, 0u) << "at the end a read gives 0 bytes";

    ASSERT_EQ(nfk_fl_seek(&file, -5, NFK_FL_SEEK_END, &position), NFK_FL_OK);
    EXPECT_EQ(position, 6);
    ASSERT_EQ(nfk_fl_seek(&file, 2, NFK_FL_SEEK_CURRENT, &position), NFK_FL_OK);
    EXPECT_EQ(position, 8);
    EXPECT_EQ(nfk_fl_seek(&file, 0, 3, &position), NFK_FL_BAD_ARGUMENT);

    ASSERT_EQ(nfk_fl_set_length(&file, 5), NFK_FL_OK);
    int64_t length = 0;
    ASSERT_EQ(nfk_fl_length(&file, &length), NFK_FL_OK);
    EXPECT_EQ(length, 5);
    ASSERT_EQ(nfk_fl_seek(&file, 0, NFK_FL_SEEK_CURRENT, &position), NFK_FL_OK);
    EXPECT_EQ(position, 5) << "position 8 was past the new end: it moves to the end, as .NET's SetLength does";
    ASSERT_EQ(nfk_fl_seek(&file, 2, NFK_FL_SEEK_BEGIN, &position), NFK_FL_OK);
    ASSERT_EQ(nfk_fl_set_length(&file, 9), NFK_FL_OK);
    ASSERT_EQ(nfk_fl_seek(&file, 0, NFK_FL_SEEK_CURRENT, &position), NFK_FL_OK);
    EXPECT_EQ(position, 2) << "a position within the file stays";
    ASSERT_EQ(nfk_fl_set_length(&file, 5), NFK_FL_OK);
    EXPECT_EQ(nfk_fl_set_length(&file, -1), NFK_FL_BAD_ARGUMENT);
    ASSERT_EQ(nfk_fl_flush(&file), NFK_FL_OK);
    ASSERT_EQ(nfk_fl_close(&file), NFK_FL_OK);
    EXPECT_EQ(nfk_fl_close(&file), NFK_FL_OK) << "closing twice is harmless";
    EXPECT_EQ(nfk_fl_read(&file, buffer, 1, &got), NFK_FL_BAD_ARGUMENT) << "a closed file is refused";

    EXPECT_EQ(ReadHostFile(sd_ + "/data.bin"), "hello");
}

TEST_F(FileLayerTest, StatTellsFilesDirectoriesAndMissingPathsApart)
{
    WriteFile("D:\\a.txt", "12345");
    ASSERT_EQ(mkdir((sd_ + "/sub").c_str(), 0777), 0);

    nfk_fl_info_t info;
    ASSERT_EQ(nfk_fl_stat("D:\\a.txt", &info), NFK_FL_OK);
    EXPECT_EQ(info.attributes, (uint32_t)NFK_FL_ATTR_ARCHIVE);
    EXPECT_EQ(info.size, 5);
    ASSERT_EQ(nfk_fl_stat("D:\\sub", &info), NFK_FL_OK);
    EXPECT_EQ(info.attributes, (uint32_t)NFK_FL_ATTR_DIRECTORY);
    EXPECT_EQ(info.size, 0);
    ASSERT_EQ(nfk_fl_stat("D:\\", &info), NFK_FL_OK);
    EXPECT_EQ(info.attributes, (uint32_t)NFK_FL_ATTR_DIRECTORY);

    EXPECT_EQ(nfk_fl_stat("D:\\missing.txt", &info), NFK_FL_NOT_FOUND);
    EXPECT_EQ(nfk_fl_stat("D:\\nodir\\x.txt", &info), NFK_FL_PATH_NOT_FOUND);
    EXPECT_EQ(nfk_fl_stat("Z:\\x.txt", &info), NFK_FL_NO_VOLUME);

    nfk_fl_file_t file;
    EXPECT_EQ(nfk_fl_open("D:\\nodir\\x.txt", &file), NFK_FL_PATH_NOT_FOUND);
    EXPECT_EQ(nfk_fl_open("D:\\sub", &file), NFK_FL_IS_DIRECTORY);
    EXPECT_EQ(nfk_fl_open("D:\\", &file), NFK_FL_IS_DIRECTORY);
}

TEST_F(FileLayerTest, MkdirCreatesParentsAndAcceptsExistingDirectories)
{
    ASSERT_EQ(nfk_fl_mkdir("D:\\a\\b\\c"), NFK_FL_OK);
    struct stat st;
    ASSERT_EQ(stat((sd_ + "/a/b/c").c_str(), &st), 0);
    EXPECT_TRUE(S_ISDIR(st.st_mode));
    EXPECT_EQ(nfk_fl_mkdir("D:\\a\\b"), NFK_FL_OK);

    WriteFile("D:\\a\\file", "x");
    EXPECT_EQ(nfk_fl_mkdir("D:\\a\\file\\d"), NFK_FL_NOT_DIRECTORY);
}

TEST_F(FileLayerTest, ListsNamesWithAttributes)
{
    WriteFile("D:\\one.txt", "1");
    WriteFile("D:\\.hidden", "22");
    ASSERT_EQ(nfk_fl_mkdir("D:\\dir"), NFK_FL_OK);

    std::vector<Entry> entries;
    ASSERT_EQ(nfk_fl_list("D:\\", Collect, &entries), NFK_FL_OK);
    std::sort(entries.begin(), entries.end());
    ASSERT_EQ(entries.size(), 3u);
    EXPECT_EQ(entries[0].name, ".hidden");
    EXPECT_EQ(entries[0].attributes, (uint32_t)(NFK_FL_ATTR_ARCHIVE | NFK_FL_ATTR_HIDDEN));
    EXPECT_EQ(entries[0].size, 2);
    EXPECT_EQ(entries[1].name, "dir");
    EXPECT_EQ(entries[1].attributes, (uint32_t)NFK_FL_ATTR_DIRECTORY);
    EXPECT_EQ(entries[2].name, "one.txt");
    EXPECT_EQ(entries[2].size, 1);

    std::vector<Entry> none;
    EXPECT_EQ(nfk_fl_list("D:\\absent", Collect, &none), NFK_FL_NOT_FOUND);
}

TEST_F(FileLayerTest, DeletesFilesAndTreesButNotNonEmptyDirectoriesUnasked)
{
    ASSERT_EQ(nfk_fl_mkdir("D:\\t\\u\\v"), NFK_FL_OK);
    WriteFile("D:\\t\\f1", "a");
    WriteFile("D:\\t\\u\\f2", "b");
    WriteFile("D:\\t\\u\\v\\f3", "c");

    EXPECT_EQ(nfk_fl_delete("D:\\t", false), NFK_FL_NOT_EMPTY);
    EXPECT_TRUE(HostExists(sd_ + "/t/f1"));
    ASSERT_EQ(nfk_fl_delete("D:\\t\\f1", false), NFK_FL_OK);
    EXPECT_FALSE(HostExists(sd_ + "/t/f1"));
    ASSERT_EQ(nfk_fl_delete("D:\\t", true), NFK_FL_OK);
    EXPECT_FALSE(HostExists(sd_ + "/t"));
    EXPECT_EQ(nfk_fl_delete("D:\\t", true), NFK_FL_NOT_FOUND);
    EXPECT_EQ(nfk_fl_delete("D:\\", true), NFK_FL_ACCESS_DENIED);
}

TEST_F(FileLayerTest, RenamesOnOneDriveAndReportsCrossDriveMoves)
{
    WriteFile("D:\\from.txt", "moved");
    WriteFile("D:\\taken.txt", "stays");
    EXPECT_EQ(nfk_fl_rename("D:\\from.txt", "D:\\taken.txt"), NFK_FL_EXISTS);
    EXPECT_EQ(ReadHostFile(sd_ + "/taken.txt"), "stays");
    ASSERT_EQ(nfk_fl_rename("D:\\from.txt", "D:\\to.txt"), NFK_FL_OK);
    EXPECT_EQ(ReadHostFile(sd_ + "/to.txt"), "moved");
    EXPECT_FALSE(HostExists(sd_ + "/from.txt"));
    EXPECT_EQ(nfk_fl_rename("D:\\nothing", "D:\\x"), NFK_FL_NOT_FOUND);

    std::string other = MakeTempDir();
    ASSERT_EQ(nfk_fl_posix_mount("E:", other.c_str(), false), NFK_FL_OK);
    EXPECT_EQ(nfk_fl_rename("D:\\to.txt", "E:\\to.txt"), NFK_FL_CROSS_DRIVE);
    EXPECT_TRUE(HostExists(sd_ + "/to.txt"));
    nfk_fl_unmount("E:");
    RemoveTree(other);
}

TEST_F(FileLayerTest, ReadOnlyAttributeFollowsTheOwnersWritePermission)
{
    WriteFile("D:\\ro.txt", "keep");
    ASSERT_EQ(nfk_fl_set_attributes("D:\\ro.txt", NFK_FL_ATTR_READONLY), NFK_FL_OK);
    nfk_fl_info_t info;
    ASSERT_EQ(nfk_fl_stat("D:\\ro.txt", &info), NFK_FL_OK);
    EXPECT_EQ(info.attributes, (uint32_t)(NFK_FL_ATTR_ARCHIVE | NFK_FL_ATTR_READONLY));
    struct stat st;
    ASSERT_EQ(stat((sd_ + "/ro.txt").c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0222, 0u);

    if (geteuid() != 0) {
        // root may open any file for writing; everyone else gets a read-only stream
        nfk_fl_file_t file;
        ASSERT_EQ(nfk_fl_open("D:\\ro.txt", &file), NFK_FL_OK);
        EXPECT_FALSE(file.writable);
        size_t put = 0;
        EXPECT_EQ(nfk_fl_write(&file, "x", 1, &put), NFK_FL_ACCESS_DENIED);
        nfk_fl_close(&file);
    }

    ASSERT_EQ(nfk_fl_set_attributes("D:\\ro.txt", 0), NFK_FL_OK);
    ASSERT_EQ(nfk_fl_stat("D:\\ro.txt", &info), NFK_FL_OK);
    EXPECT_EQ(info.attributes, (uint32_t)NFK_FL_ATTR_ARCHIVE);
}

TEST_F(FileLayerTest, DrivesHaveIndexesAndUnmountingStopsTheirOpenFiles)
{
    ASSERT_EQ(nfk_fl_drive_count(), 1u);
    const nfk_fl_drive_t *drive = nfk_fl_find_drive("d:");
    ASSERT_NE(drive, nullptr) << "root names are case-insensitive";
    EXPECT_TRUE(drive->removable);
    EXPECT_EQ(nfk_fl_find_volume(drive->volume_index), drive);
    EXPECT_STREQ(drive->ops->file_system, "POSIX");
    int64_t total = 0, free_bytes = 0;
    ASSERT_EQ(nfk_fl_drive_size(drive, &total, &free_bytes), NFK_FL_OK);
    EXPECT_GT(total, 0);
    EXPECT_EQ(nfk_fl_posix_mount("D:", sd_.c_str(), true), NFK_FL_EXISTS);

    nfk_fl_file_t file;
    ASSERT_EQ(nfk_fl_open("D:\\open.txt", &file), NFK_FL_OK);
    ASSERT_EQ(nfk_fl_unmount("D:"), NFK_FL_OK);
    char byte;
    size_t got;
    EXPECT_EQ(nfk_fl_read(&file, &byte, 1, &got), NFK_FL_NO_VOLUME);
    EXPECT_EQ(nfk_fl_close(&file), NFK_FL_OK);
    EXPECT_EQ(nfk_fl_drive_count(), 0u);
    EXPECT_EQ(nfk_fl_unmount("D:"), NFK_FL_NO_VOLUME);

    // a new mount of the same root does not revive the old mount's files
    ASSERT_EQ(nfk_fl_posix_mount("D:", sd_.c_str(), true), NFK_FL_OK);
    nfk_fl_file_t stale = file;
    stale.open = true;
    EXPECT_EQ(nfk_fl_read(&stale, &byte, 1, &got), NFK_FL_NO_VOLUME);
}

TEST_F(FileLayerTest, HostDefaultsMapDriveLessPathsAndTheSdFolder)
{
    nfk_fl_unmount_all();
    unsetenv(NFK_FL_SD_IMAGE_ENV);
    setenv(NFK_FL_SD_ROOT_ENV, sd_.c_str(), 1);
    ASSERT_EQ(nfk_fl_posix_mount_defaults(), NFK_FL_OK);
    unsetenv(NFK_FL_SD_ROOT_ENV);

    ASSERT_NE(nfk_fl_find_drive(""), nullptr);
    ASSERT_NE(nfk_fl_find_drive("D:"), nullptr);
    EXPECT_TRUE(nfk_fl_find_drive("D:")->removable);
    EXPECT_FALSE(nfk_fl_find_drive("")->removable);

    // a host absolute path, written with either separator
    std::string host_file = sd_ + "/host.txt";
    std::string managed_path = host_file;
    std::replace(managed_path.begin(), managed_path.end(), '/', '\\');
    WriteFile(managed_path, "via host path");
    EXPECT_EQ(ReadHostFile(host_file), "via host path");

    // the same file through the SD drive
    nfk_fl_info_t info;
    ASSERT_EQ(nfk_fl_stat("D:\\host.txt", &info), NFK_FL_OK);
    EXPECT_EQ(info.size, 13);

    // a relative path starts at the process's working directory, as on .NET
    char cwd[4096];
    ASSERT_NE(getcwd(cwd, sizeof cwd), nullptr);
    ASSERT_EQ(chdir(sd_.c_str()), 0);
    ASSERT_EQ(nfk_fl_posix_mount_defaults(), NFK_FL_OK);
    EXPECT_EQ(chdir(cwd), 0);
    ASSERT_EQ(nfk_fl_stat("host.txt", &info), NFK_FL_OK) << "sd_ was the working directory";
    EXPECT_EQ(info.size, 13);
    WriteFile("made relative.txt", "rel");
    EXPECT_EQ(ReadHostFile(sd_ + "/made relative.txt"), "rel");

    // without the variable the card is absent and mounting it fails
    EXPECT_FALSE(nfk_fl_card_present(0));
    ASSERT_EQ(nfk_fl_unmount_card(0), NFK_FL_OK);
    EXPECT_EQ(nfk_fl_mount_card(0), NFK_FL_NO_VOLUME);
    setenv(NFK_FL_SD_ROOT_ENV, sd_.c_str(), 1);
    EXPECT_TRUE(nfk_fl_card_present(0));
    EXPECT_EQ(nfk_fl_mount_card(0), NFK_FL_OK);
    EXPECT_EQ(nfk_fl_mount_card(1), NFK_FL_NO_VOLUME) << "the host has one slot";
    unsetenv(NFK_FL_SD_ROOT_ENV);
}

TEST(FileLayerResult, EveryResultHasAText)
{
    for (int r = NFK_FL_OK; r <= NFK_FL_IO_ERROR; r++) {
        EXPECT_STRNE(nfk_fl_result_text((nfk_fl_result_t)r), "unknown result") << r;
    }
    EXPECT_STREQ(nfk_fl_result_text((nfk_fl_result_t)999), "unknown result");
}

} // namespace
