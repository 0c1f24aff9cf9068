/* libFuzzer target: the FAT layer (fs/fat.c). The input is the start of a
 * disk: a 64 MiB device whose first bytes are the input and the rest zeros,
 * so a few KiB describe a full FAT16 or FAT32 volume. Mount, open a few paths
 * (long, short, nested, odd), read each file in uneven chunks and seek. Any
 * input must give a result code, never an out-of-bounds access (ASan/UBSan),
 * and the device must never be asked for a block past its end. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fat.h"

#define DEVICE_BLOCKS (1u << 17)
#define MAX_FILE_READ (1u << 20)

typedef struct image {
    const uint8_t *data;
    size_t size;
} image_t;

static int read_blocks(void *ctx, uint32_t lba, uint32_t count, uint8_t *out)
{
    const image_t *img = ctx;
    if ((uint64_t)lba + count > DEVICE_BLOCKS)
        abort(); /* the FAT layer must check this itself */
    uint64_t start = (uint64_t)lba * FAT_SECTOR, len = (uint64_t)count * FAT_SECTOR;
    memset(out, 0, (size_t)len);
    if (start < img->size)
        memcpy(out, img->data + start, (size_t)(img->size - start < len ? img->size - start : len));
    return 0;
}

static void read_file(fat_volume_t *vol, const char *path)
{
    fat_file_t f;
    if (fat_open(vol, path, &f) != FAT_OK)
        return;
    static uint8_t buf[4096];
    size_t total = 0, got = 0, chunk = 1;
    while (total < MAX_FILE_READ && fat_read(&f, buf, chunk, &got) == FAT_OK && got > 0) {
        total += got;
        chunk = chunk * 3 % sizeof buf + 1;
    }
    fat_seek(&f, fat_size(&f) / 2);
    fat_read(&f, buf, sizeof buf, &got);
}

/* fat_list's callback: touches every byte of the name, so a missing terminator shows under ASan. */
static bool visit_entry(void *user, const fat_entry_t *entry)
{
    size_t *entries = user;
    *entries += strlen(entry->name) > 0;
    return *entries < 4096;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const char *const paths[] = {
        "/model.kmodel", "MODEL.KMO", "/models/Face Mask Detector (5 classes).kmodel", "/a/b/c/d.bin",
        "/\xC3\x9Cnicode.txt", "/..", "/a/../model.kmodel", "/readme.txt",
    };
    image_t img = { data, size };
    fat_blockdev_t dev = { read_blocks, &img, DEVICE_BLOCKS };
    fat_volume_t vol;
    if (fat_mount(&vol, &dev) != FAT_OK)
        return 0;
    for (unsigned i = 0; i < sizeof paths / sizeof paths[0]; i++)
        read_file(&vol, paths[i]);
    /* the directory walk of System.IO.FileSystem's FAT drives */
    static const char *const directories[] = { "/", "/models", "/a/b/c", "/model.kmodel" };
    size_t entries = 0;
    uint8_t attributes;
    uint32_t entry_size;
    for (unsigned i = 0; i < sizeof directories / sizeof directories[0]; i++) {
        fat_list(&vol, directories[i], visit_entry, &entries);
        fat_stat(&vol, directories[i], &attributes, &entry_size);
    }
    return 0;
}
