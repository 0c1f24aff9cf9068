// FAT images made at test time with the standard tools (dosfstools' mkfs.fat
// and mtools' mmd/mcopy), so the FAT code is checked against images it did
// not write itself. Tests skip when the tools are missing.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace nfk {

struct FatFile {
    std::string path;  // "/dir/Long Name.kmodel"; parent directories are created
    std::vector<uint8_t> bytes;
};

// Empty when mkfs.fat, mmd and mcopy are all installed; otherwise why the test skips.
std::string fat_tools_missing();

// A FAT16 (fat_bits 16) or FAT32 image of size_kib KiB holding `files`.
// Throws std::runtime_error when a tool fails.
std::vector<uint8_t> make_fat_image(int fat_bits, uint32_t size_kib, uint32_t sectors_per_cluster,
                                    const std::vector<FatFile> &files);

}  // namespace nfk
