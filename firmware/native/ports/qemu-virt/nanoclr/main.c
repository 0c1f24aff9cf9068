/* nanoclr-qemu: nanoCLR on the QEMU virt board. The command line comes through semihosting, like model_runner's:
 *
 *   nanoclr-qemu [--verbose] [--memory] [--flash FLASH.img] APP.pe|DEPLOYMENT.bin ...
 *
 * Each file is read from the host (semihosting) and appended at a 4-byte boundary to one deployment image in the
 * native heap, in the order given (mscorlib first, as on a board). Exit status: 0 when Main returns, 1 when an
 * exception leaves a thread, 2 when an assembly cannot be loaded or there is no entry point, 64 on a bad command
 * line (nfk_clr_riscv.h). --flash names a raw SPI flash image for the K210 natives (Storage.ReadFlash,
 * KpuModel from flash), when they are linked in. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nfk_clr_riscv.h"
#if defined(NFK_CLR_WITH_FILESYSTEM)
#include "nfk_file_layer_semihost.h"
#endif

const char *nfk_clr_qemu_flash_image;

static void usage(void)
{
    fputs("usage: nanoclr-qemu [--verbose] [--memory] [--flash FLASH.img] APP.pe|DEPLOYMENT.bin ...\n", stderr);
}

/* Appends a file at a 4-byte boundary of *image; false (with the reason on stderr) when it cannot. */
static bool append_file(const char *path, uint8_t **image, size_t *size)
{
    FILE *f = fopen(path, "rb");
    if (f == NULL) {
        fprintf(stderr, "nanoclr: %s: cannot open the file\n", path);
        return false;
    }
    bool ok = fseek(f, 0, SEEK_END) == 0;
    long length = ok ? ftell(f) : -1;
    ok = ok && length > 0 && fseek(f, 0, SEEK_SET) == 0;
    if (!ok) {
        fprintf(stderr, "nanoclr: %s: cannot read the file (or it is empty)\n", path);
        fclose(f);
        return false;
    }
    size_t start = (*size + 3u) & ~(size_t)3u;
    uint8_t *grown = realloc(*image, start + (size_t)length);
    if (grown == NULL) {
        fprintf(stderr, "nanoclr: %s: %ld bytes do not fit in the native heap\n", path, length);
        fclose(f);
        return false;
    }
    memset(grown + *size, 0, start - *size);
    *image = grown;
    size_t got = fread(grown + start, 1, (size_t)length, f);
    fclose(f);
    if (got != (size_t)length) {
        fprintf(stderr, "nanoclr: %s: read %u of %ld bytes\n", path, (unsigned)got, length);
        return false;
    }
    *size = start + (size_t)length;
    return true;
}

int main(int argc, char **argv)
{
    bool verbose = false, memory = false;
    int first = 1;
    for (; first < argc && argv[first][0] == '-'; first++) {
        if (strcmp(argv[first], "--verbose") == 0)
            verbose = true;
        else if (strcmp(argv[first], "--memory") == 0)
            memory = true;
        else if (strcmp(argv[first], "--flash") == 0 && first + 1 < argc)
            nfk_clr_qemu_flash_image = argv[++first];
        else {
            fprintf(stderr, "nanoclr: unknown option %s\n", argv[first]);
            usage();
            return NFK_CLR_EXIT_USAGE;
        }
    }
    if (first >= argc) {
        usage();
        return NFK_CLR_EXIT_USAGE;
    }
    if (memory)
        fprintf(stderr, "nanoclr: managed heap %u bytes, native heap %u bytes\n",
                (unsigned)nfk_clr_managed_heap_bytes(), (unsigned)nfk_clr_native_heap_bytes());

#if defined(NFK_CLR_WITH_FILESYSTEM)
    /* System.IO: drive-less paths are host files, through semihosting */
    nfk_fl_result_t mounted = nfk_fl_semihost_mount();
    if (mounted != NFK_FL_OK)
        fprintf(stderr, "nanoclr: System.IO.FileSystem drive: %s\n", nfk_fl_result_text(mounted));
#endif
    uint8_t *image = NULL;
    size_t size = 0;
    for (int i = first; i < argc; i++) {
        if (!append_file(argv[i], &image, &size))
            return NFK_CLR_EXIT_LOAD;
    }
    return nfk_clr_run(image, size, argc - first == 1 ? argv[first] : "the deployment image", verbose);
}
