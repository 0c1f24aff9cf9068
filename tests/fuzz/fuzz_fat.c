/* libFuzzer target: the FAT layer (fs/fat.c). The input is the start of a
 * disk: a 64 MiB device whose first bytes are the input and the rest zeros,
 * so a few KiB describe a full FAT16 or FAT32 volume. Mount, open a few paths
 * (long, short, nested, odd), read each file in uneven chunks and seek. Then
 * the same volume again, writable (written blocks go to a small overlay; when
 * it is full the device fails the write): create, write across clusters,
 * append, truncate, mkdir, rename, remove, count free clusters. Any input must
 * give a result code, never an out-of-bounds access (ASan/UBSan) or a hang,
 * and the device must never be asked for a block past its end. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "fat.h"

#define DEVICE_BLOCKS (1u << 17)
#define MAX_FILE_READ (1u << 20)

#define OVERLAY_BLOCKS 512u

typedef struct image {
    const uint8_t *data;
    size_t size;
    /* blocks written in this run (the input stays as it is) */
    uint32_t written_lba[OVERLAY_BLOCKS];
    uint8_t written[OVERLAY_BLOCKS][FAT_SECTOR];
    uint32_t written_count;
} image_t;

static int overlay_index(const image_t *img, uint32_t lba)
{
    for (uint32_t i = 0; i < img->written_count; i++)
        if (img->written_lba[i] == lba)
            return (int)i;
    return -1;
}

static int read_blocks(void *ctx, uint32_t lba, uint32_t count, uint8_t *out)
{
    const image_t *img = ctx;
    if ((uint64_t)lba + count > DEVICE_BLOCKS)
        abort(); /* the FAT layer must check this itself */
    for (uint32_t k = 0; k < count; k++, out += FAT_SECTOR) {
        int i = overlay_index(img, lba + k);
        if (i >= 0) {
            memcpy(out, img->written[i], FAT_SECTOR);
            continue;
        }
        uint64_t start = (uint64_t)(lba + k) * FAT_SECTOR;
        memset(out, 0, FAT_SECTOR);
        if (start < img->size)
            memcpy(out, img->data + start, (size_t)(img->size - start < FAT_SECTOR ? img->size - start : FAT_SECTOR));
    }
    return 0;
}

static int write_blocks(void *ctx, uint32_t lba, uint32_t count, const uint8_t *in)
{
    image_t *img = ctx;
    if ((uint64_t)lba + count > DEVICE_BLOCKS)
        abort();
    for (uint32_t k = 0; k < count; k++, in += FAT_SECTOR) {
        int i = overlay_index(img, lba + k);
        if (i < 0) {
            if (img->written_count == OVERLAY_BLOCKS)
                return 5; /* a device error: the layer must report it and stay sane */
            i = (int)img->written_count++;
            img->written_lba[i] = lba + k;
        }
        memcpy(img->written[i], in, FAT_SECTOR);
    }
    return 0;
}

/* Changes through the writable device; every call's result is ignored, only safety counts. */
static void change_volume(fat_volume_t *vol)
{
    static uint8_t data[9000];
    for (size_t i = 0; i < sizeof data; i++)
        data[i] = (uint8_t)(i * 31);
    fat_file_t f;
    size_t put;
    uint32_t free_clusters;
    fat_free_clusters(vol, &free_clusters);
    if (fat_create(vol, "/new file with a long name.bin", &f) == FAT_OK) {
        fat_write(&f, data, sizeof data, &put);
        fat_seek(&f, 100);
        fat_write(&f, data, 700, &put);
        fat_truncate(&f, 1000);
        fat_seek(&f, 5000);
        fat_write(&f, data, 3, &put);
    }
    if (fat_open(vol, "/model.kmodel", &f) == FAT_OK) {
        fat_seek(&f, fat_size(&f));
        fat_write(&f, data, 2048, &put);
        fat_truncate(&f, fat_size(&f) / 3);
    }
    fat_mkdir(vol, "/models/sub");
    fat_mkdir(vol, "/a/b/c/NEW");
    fat_create(vol, "/a/b/c/NEW/x.txt", &f);
    fat_rename(vol, "/a/b", "/moved b");
    fat_rename(vol, "/a", "/a/inside");
    fat_rename(vol, "/readme.txt", "/models/README.TXT");
    fat_set_attributes(vol, "/model.kmodel", 0x01);
    fat_remove(vol, "/model.kmodel");
    fat_remove(vol, "/moved b/c/d.bin");
    fat_remove(vol, "/models");
    fat_remove(vol, "/new file with a long name.bin");
    fat_free_clusters(vol, &free_clusters);
    fat_flush(vol);
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
    static image_t img;
    img.data = data;
    img.size = size;
    img.written_count = 0;
    fat_blockdev_t dev = { read_blocks, &img, DEVICE_BLOCKS, NULL };
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
    dev.write = write_blocks;
    if (fat_mount(&vol, &dev) == FAT_OK)
        change_volume(&vol);
    return 0;
}
