// nanoclr-k210: nanoCLR on the host with the K210 natives over the KPU emulator.
//   nanoclr-k210 [--verbose] --load mscorlib.pe --load nanoFramework.Hardware.K210.pe --load App.pe
//   nanoclr-k210 [--verbose] deployment.bin     (.pe files concatenated at 4-byte boundaries)
//   --managed-heap BYTES[K|M]: the managed heap's size instead of NFK_CLR_MANAGED_HEAP_BYTES (tests use the board's)
// Exit codes: 0 Main returned, 1 unhandled exception, 2 load failure, 64 usage.

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <vector>

#include "nfk_clr_host.h"

static void usage(FILE *to)
{
    fputs("usage: nanoclr-k210 [--verbose] [--managed-heap BYTES[K|M]] (--load FILE.pe | DEPLOYMENT.bin)...\n"
          "  Runs the entry point of the loaded assemblies (mscorlib.pe first). The app's output goes to stdout,\n"
          "  nanoCLR's messages to stderr. Exit code: 0 Main returned, 1 unhandled exception, 2 load failure.\n"
          "  --managed-heap: the managed heap's size (default: the build's NFK_CLR_MANAGED_HEAP_BYTES).\n",
          to);
}

// "4M", "1536K", "1048576" -> bytes; false (with a message) for anything else or a size out of bounds.
static bool parse_heap_size(const char *text, size_t &bytes)
{
    char *end = nullptr;
    errno = 0;
    unsigned long long value = strtoull(text, &end, 10);
    if (end == text || errno != 0 || text[0] == '-')
    {
        fprintf(stderr, "nanoclr-k210: --managed-heap '%s' is not a size (BYTES, or a number with K or M)\n", text);
        return false;
    }
    if (strcmp(end, "K") == 0 || strcmp(end, "k") == 0)
        value *= 1024u;
    else if (strcmp(end, "M") == 0 || strcmp(end, "m") == 0)
        value *= 1024u * 1024u;
    else if (*end != '\0')
    {
        fprintf(stderr, "nanoclr-k210: --managed-heap '%s' has an unknown unit (use K or M)\n", text);
        return false;
    }
    if (value < NFK_CLR_MANAGED_HEAP_MIN_BYTES || value > NFK_CLR_MANAGED_HEAP_MAX_BYTES)
    {
        fprintf(stderr, "nanoclr-k210: --managed-heap '%s' is outside %u K .. %u M\n", text,
                NFK_CLR_MANAGED_HEAP_MIN_BYTES / 1024u, NFK_CLR_MANAGED_HEAP_MAX_BYTES / (1024u * 1024u));
        return false;
    }
    bytes = static_cast<size_t>(value);
    return true;
}

// The whole file in 4-byte-aligned memory that lives as long as the process (nanoCLR runs the .pe in place).
static bool read_file(const char *path, nfk_clr_image &image)
{
    FILE *f = fopen(path, "rb");
    if (f == nullptr)
    {
        fprintf(stderr, "nanoclr-k210: cannot open '%s': %s\n", path, strerror(errno));
        return false;
    }
    std::vector<uint8_t> bytes;
    uint8_t chunk[65536];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
        bytes.insert(bytes.end(), chunk, chunk + n);
    bool failed = ferror(f) != 0;
    fclose(f);
    if (failed)
    {
        fprintf(stderr, "nanoclr-k210: cannot read '%s'\n", path);
        return false;
    }
    uint8_t *copy = static_cast<uint8_t *>(aligned_alloc(8, (bytes.size() + 8) & ~(size_t)7));
    if (copy == nullptr)
    {
        fprintf(stderr, "nanoclr-k210: out of memory reading '%s'\n", path);
        return false;
    }
    if (!bytes.empty())
        memcpy(copy, bytes.data(), bytes.size());
    image.bytes = copy;
    image.size = bytes.size();
    image.name = path;
    return true;
}

int main(int argc, char **argv)
{
    std::vector<nfk_clr_image> images;
    bool verbose = false;
    for (int i = 1; i < argc; i++)
    {
        const char *arg = argv[i];
        const char *path = nullptr;
        if (strcmp(arg, "--verbose") == 0)
            verbose = true;
        else if (strcmp(arg, "--help") == 0 || strcmp(arg, "-h") == 0)
        {
            usage(stdout);
            return 0;
        }
        else if (strcmp(arg, "--managed-heap") == 0)
        {
            size_t bytes = 0;
            if (i + 1 >= argc)
            {
                fputs("nanoclr-k210: --managed-heap needs a size\n", stderr);
                return NFK_CLR_EXIT_USAGE;
            }
            if (!parse_heap_size(argv[++i], bytes))
                return NFK_CLR_EXIT_USAGE;
            nfk_clr_set_managed_heap_bytes(bytes);
        }
        else if (strcmp(arg, "--load") == 0)
        {
            if (i + 1 >= argc)
            {
                fputs("nanoclr-k210: --load needs a file\n", stderr);
                return NFK_CLR_EXIT_USAGE;
            }
            path = argv[++i];
        }
        else if (arg[0] == '-')
        {
            fprintf(stderr, "nanoclr-k210: unknown option '%s'\n", arg);
            usage(stderr);
            return NFK_CLR_EXIT_USAGE;
        }
        else
            path = arg;
        if (path != nullptr)
        {
            nfk_clr_image image;
            if (!read_file(path, image))
                return NFK_CLR_EXIT_LOAD;
            images.push_back(image);
        }
    }
    if (images.empty())
    {
        usage(stderr);
        return NFK_CLR_EXIT_USAGE;
    }
    int code = nfk_clr_run(images.data(), images.size(), verbose);
    fflush(stdout);
    // Leave without nanoCLR's teardown: the process ends, and managed threads may still be parked.
    _Exit(code);
}
