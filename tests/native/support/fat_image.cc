#include "fat_image.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <stdexcept>

namespace nfk {

namespace fs = std::filesystem;

namespace {

bool on_path(const char *tool)
{
    std::string cmd = std::string("command -v ") + tool + " >/dev/null 2>&1";
    return std::system(cmd.c_str()) == 0;
}

std::string quote(const std::string &s)
{
    std::string out = "'";
    for (char c : s)
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

void run(const std::string &cmd)
{
    std::string full = "MTOOLS_SKIP_CHECK=1 " + cmd + " >/dev/null 2>&1";
    if (std::system(full.c_str()) != 0)
        throw std::runtime_error("command failed: " + cmd);
}

}  // namespace

std::string fat_tools_missing()
{
    for (const char *tool : { "mkfs.fat", "mmd", "mcopy" })
        if (!on_path(tool))
            return std::string(tool) + " is not installed (apt-get install dosfstools mtools); FAT images cannot be made";
    return "";
}

std::vector<uint8_t> make_fat_image(int fat_bits, uint32_t size_kib, uint32_t sectors_per_cluster,
                                    const std::vector<FatFile> &files)
{
    fs::path dir = fs::temp_directory_path() / ("nfk-fat-" + std::to_string(std::rand()) + "-" +
                                                std::to_string(reinterpret_cast<uintptr_t>(&files)));
    fs::create_directories(dir);
    fs::path image = dir / "image.img";
    try {
        run("mkfs.fat -C -F " + std::to_string(fat_bits) + " -S 512 -s " + std::to_string(sectors_per_cluster) +
            " -n NFK210 " + quote(image.string()) + " " + std::to_string(size_kib));
        std::set<std::string> made;
        int n = 0;
        for (const FatFile &f : files) {
            std::string parent;
            for (size_t slash = f.path.find('/', 1); slash != std::string::npos; slash = f.path.find('/', slash + 1)) {
                parent = f.path.substr(0, slash);
                if (made.insert(parent).second)
                    run("mmd -i " + quote(image.string()) + " " + quote("::" + parent));
            }
            fs::path src = dir / ("file" + std::to_string(n++));
            std::ofstream(src, std::ios::binary).write(reinterpret_cast<const char *>(f.bytes.data()),
                                                      static_cast<std::streamsize>(f.bytes.size()));
            run("mcopy -i " + quote(image.string()) + " " + quote(src.string()) + " " + quote("::" + f.path));
        }
        std::ifstream in(image, std::ios::binary);
        std::vector<uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        fs::remove_all(dir);
        return bytes;
    } catch (...) {
        fs::remove_all(dir);
        throw;
    }
}

}  // namespace nfk
