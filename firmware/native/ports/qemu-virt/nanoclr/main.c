/* nanoclr-qemu: nanoCLR on the QEMU virt board. The command line comes through semihosting, like model_runner's:
 *
 *   nanoclr-qemu [--verbose] [--memory] [--flash FLASH.img] [--wire [--deploy-size BYTES]] [APP.pe|DEPLOYMENT.bin ...]
 *
 * Each file is read from the host (semihosting) and appended at a 4-byte boundary to one deployment image in the
 * native heap, in the order given (mscorlib first, as on a board). Exit status: 0 when Main returns, 1 when an
 * exception leaves a thread, 2 when an assembly cannot be loaded or there is no entry point, 64 on a bad command
 * line (nfk_clr_riscv.h). --flash names a raw SPI flash image for the K210 natives (Storage.ReadFlash,
 * KpuModel from flash), when they are linked in. --wire (images built with NFK_CLR_QEMU_WIRE_PROTOCOL) serves
 * nanoFramework's wire protocol on the virt UART (`nfk210 deploy APP --port PTY` with QEMU's -serial pty; run QEMU
 * with -m 64M): a RAM deployment region at 0x83000000 (--deploy-size bytes, 1 MiB by default) that behaves like NOR
 * flash; its app, when it holds one, runs instead of the files named; after the app (or with none) the image waits
 * for a deployment, and the host's Reboot resets the machine, whose RAM keeps the region. */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "nfk_clr_riscv.h"
#if defined(NFK_CLR_WITH_FILESYSTEM)
#include "nfk_file_layer_semihost.h"
#endif
#if defined(NFK_CLR_QEMU_WIRE_PROTOCOL)
#include "nfk_wp_deployment_storage.h"
#include "nfk_wp_port.h"
#include "nfk_wp_session.h"

/* Above the 32 MiB the image links into (qemu-virt.ld), so neither QEMU's loader nor the C runtime touches it. */
#define DEPLOY_BASE 0x83000000u
#define DEPLOY_MAX (16u << 20)
#define DEPLOY_BLOCK 4096u
#endif

const char *nfk_clr_qemu_flash_image;

static void usage(void)
{
    fputs("usage: nanoclr-qemu [--verbose] [--memory] [--cwd DIR] [--flash FLASH.img] [--wire [--deploy-size BYTES]] "
          "[APP.pe|DEPLOYMENT.bin ...]\n",
          stderr);
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
    bool verbose = false, memory = false, wire = false;
    const char *cwd = NULL; /* the host directory relative paths start at (semihosting cannot ask QEMU for its own) */
#if defined(NFK_CLR_QEMU_WIRE_PROTOCOL)
    unsigned long deploy_size = 1u << 20;
#endif
    int first = 1;
    for (; first < argc && argv[first][0] == '-'; first++) {
        if (strcmp(argv[first], "--verbose") == 0)
            verbose = true;
        else if (strcmp(argv[first], "--memory") == 0)
            memory = true;
        else if (strcmp(argv[first], "--cwd") == 0 && first + 1 < argc)
            cwd = argv[++first];
        else if (strcmp(argv[first], "--flash") == 0 && first + 1 < argc)
            nfk_clr_qemu_flash_image = argv[++first];
#if defined(NFK_CLR_QEMU_WIRE_PROTOCOL)
        else if (strcmp(argv[first], "--wire") == 0)
            wire = true;
        else if (strcmp(argv[first], "--deploy-size") == 0 && first + 1 < argc) {
            char *end = NULL;
            deploy_size = strtoul(argv[++first], &end, 0);
            if (*end != '\0' || deploy_size < DEPLOY_BLOCK || deploy_size > DEPLOY_MAX ||
                deploy_size % DEPLOY_BLOCK != 0) {
                fprintf(stderr, "nanoclr: --deploy-size %s: give a multiple of %u bytes from %u to %u\n", argv[first],
                        DEPLOY_BLOCK, DEPLOY_BLOCK, DEPLOY_MAX);
                return NFK_CLR_EXIT_USAGE;
            }
        }
#endif
        else {
            fprintf(stderr, "nanoclr: unknown option %s\n", argv[first]);
            usage();
            return NFK_CLR_EXIT_USAGE;
        }
    }
    if (first >= argc && !wire) {
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
    nfk_fl_result_t cwd_set = cwd != NULL ? nfk_fl_set_working_directory(cwd) : NFK_FL_OK;
    if (cwd_set != NFK_FL_OK)
        fprintf(stderr, "nanoclr: --cwd %s: %s (relative paths stay refused)\n", cwd, nfk_fl_result_text(cwd_set));
#else
    (void)cwd;
#endif
    uint8_t *image = NULL;
    size_t size = 0;
    const char *name = argc - first == 1 ? argv[first] : "the deployment image";
    bool from_region = false;
#if defined(NFK_CLR_QEMU_WIRE_PROTOCOL)
    /* Registered even without --wire (upstream's debugger asserts that a block storage exists); without it, nothing
     * reads or writes the region, so QEMU may then run with less RAM. */
    uint8_t *region = (uint8_t *)(uintptr_t)DEPLOY_BASE;
    nfk_wp_deployment_storage_init(region, (uint32_t)deploy_size, DEPLOY_BLOCK);
    if (wire) {
        nfk_wp_enable();
        if (nfk_wp_session_holds_app(region, deploy_size)) {
            image = region; /* in place, as a board runs its DEPLOYMENT region */
            size = deploy_size;
            name = "the deployment region";
            from_region = true;
        } else if (first >= argc) {
            name = "the deployment region (empty: deploy an app with `nfk210 deploy APP --port PORT`)";
        }
    }
#endif
    for (int i = from_region ? argc : first; i < argc; i++) {
        if (!append_file(argv[i], &image, &size))
            return NFK_CLR_EXIT_LOAD;
    }
    int status = nfk_clr_run(image, size, name, verbose);
#if defined(NFK_CLR_QEMU_WIRE_PROTOCOL)
    if (wire)
        nfk_wp_session_serve(); /* until the host reboots the machine */
#endif
    return status;
}
