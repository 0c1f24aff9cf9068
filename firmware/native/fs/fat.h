/* A small read-only FAT16/FAT32 file system over a block device: mount (a
 * bare volume or the first FAT partition of an MBR), open a path (long file
 * names or 8.3, case-insensitive for ASCII), read, seek, size; stat a path and
 * list a directory.
 *
 * Pure C, no hardware: the block device is two function pointers. Every
 * on-disk number is checked before it is used (it is fuzzed): a bad image
 * gives FAT_CORRUPT or FAT_NO_FILESYSTEM with a message, never an access
 * outside the device or the caller's buffers. 512-byte sectors only. */
#ifndef FAT_H
#define FAT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define FAT_SECTOR 512u
#define FAT_MAX_NAME 255u

typedef struct fat_blockdev {
    /* Reads count 512-byte blocks from lba; returns 0 or a device error code. */
    int (*read)(void *ctx, uint32_t lba, uint32_t count, uint8_t *out);
    void *ctx;
    uint32_t block_count; /* size of the device in blocks */
} fat_blockdev_t;

typedef enum fat_result {
    FAT_OK = 0,
    FAT_IO_ERROR,       /* the block device failed (its code: fat_volume.io_error) */
    FAT_NO_FILESYSTEM,  /* no FAT boot sector, no FAT partition */
    FAT_UNSUPPORTED,    /* FAT12, exFAT, sectors other than 512 bytes */
    FAT_CORRUPT,        /* a number in the image points outside the volume, a chain loops or ends early */
    FAT_NOT_FOUND,
    FAT_NOT_A_FILE,     /* the path names a directory */
    FAT_NOT_A_DIRECTORY,/* a middle component is a file */
    FAT_BAD_PATH,       /* empty component or a name longer than 255 */
    FAT_BAD_ARGUMENT,
} fat_result_t;

typedef struct fat_volume {
    fat_blockdev_t dev;
    uint32_t first_lba;       /* volume start on the device */
    uint32_t total_sectors;
    uint32_t sectors_per_cluster;
    uint32_t fat_lba, fat_sectors;
    uint32_t root_lba, root_sectors; /* FAT16 fixed root directory */
    uint32_t root_cluster;           /* FAT32 root directory */
    uint32_t data_lba;
    uint32_t cluster_count;
    unsigned type;            /* 16 or 32 */
    int io_error;             /* last device error code */
    char message[96];         /* what the last failure was about */
    uint32_t cached_lba;
    bool cache_valid;
    uint8_t cache[FAT_SECTOR];
} fat_volume_t;

typedef struct fat_file {
    fat_volume_t *vol;
    uint32_t first_cluster;
    uint32_t size;
    uint32_t pos;
    uint32_t cluster;       /* cluster holding pos (valid when cluster_index matches) */
    uint32_t cluster_index; /* pos / cluster bytes of `cluster` */
} fat_file_t;

fat_result_t fat_mount(fat_volume_t *vol, const fat_blockdev_t *dev);

/* path: "/dir/name.ext" or "dir/name.ext"; '/' separates components. */
fat_result_t fat_open(fat_volume_t *vol, const char *path, fat_file_t *file);

/* The attribute byte (0x01 read-only, 0x02 hidden, 0x04 system, 0x10 directory, 0x20 archive) and size of what path
 * names; "/" is the root directory. */
fat_result_t fat_stat(fat_volume_t *vol, const char *path, uint8_t *attributes, uint32_t *size);

/* One directory entry as fat_list reports it: the long name (else the 8.3 name) in UTF-8. */
typedef struct fat_entry {
    char name[FAT_MAX_NAME * 3 + 1];
    uint8_t attributes;
    uint32_t size; /* 0 for a directory */
} fat_entry_t;

/* Calls fn for each entry of the directory at path ("/" for the root), without the volume label, "." and "..";
 * fn returns false to stop. */
typedef bool (*fat_list_fn)(void *user, const fat_entry_t *entry);
fat_result_t fat_list(fat_volume_t *vol, const char *path, fat_list_fn fn, void *user);

/* Reads up to len bytes at the file position; *got is what was read (0 at the end). */
fat_result_t fat_read(fat_file_t *file, void *out, size_t len, size_t *got);
fat_result_t fat_seek(fat_file_t *file, uint32_t pos);
static inline uint32_t fat_size(const fat_file_t *file) { return file->size; }

const char *fat_result_text(fat_result_t r);

#endif
