/* A small FAT16/FAT32 file system over a block device: mount (a bare volume
 * or the first FAT partition of an MBR), open a path (long file names or 8.3,
 * case-insensitive for ASCII), read, seek, size; stat a path and list a
 * directory. When the device has a write callback: create, write, append,
 * truncate, delete files; create and delete directories; rename and move
 * within the volume; set attributes. New names that are not plain 8.3 get
 * long-name entries and a "NAME~N.EXT" alias.
 *
 * Pure C, no hardware: the block device is function pointers. Every on-disk
 * number is checked before it is used (it is fuzzed): a bad image gives
 * FAT_CORRUPT or FAT_NO_FILESYSTEM with a message, never an access outside
 * the device or the caller's buffers, never an endless walk of a looping
 * chain. 512-byte sectors only.
 *
 * RAM: one 512-byte sector cache per volume, nothing else (write-back: a
 * modified sector is written when another one is needed and at the end of
 * every modifying call, so the device holds a consistent volume between
 * calls; a FAT sector is written to every FAT copy). Within a call, sectors
 * reach the device in the order the cache evicts them, so a power cut in the
 * middle of a call can leave lost clusters (what fsck reclaims); removals
 * drop the entry before freeing the chain, so it never leaves an entry
 * pointing at free clusters. A full volume gives FAT_NO_SPACE after writing
 * what fits, the directory entry matching the clusters the file really has.
 * FAT32's FSInfo free count is marked unknown at the first change. Open
 * handles re-read their entry before each change, so two handles of one file
 * (or a delete under an open handle) do not corrupt the volume. */
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
    /* Writes count blocks at lba; returns 0 or a device error code. NULL: a read-only device (writes give
     * FAT_READ_ONLY). */
    int (*write)(void *ctx, uint32_t lba, uint32_t count, const uint8_t *in);
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
    FAT_EXISTS,         /* the target of a create, mkdir or rename exists */
    FAT_NO_SPACE,       /* no free cluster left, a full FAT16 root directory, a file at 4 GiB */
    FAT_NOT_EMPTY,      /* removing a directory that has entries */
    FAT_READ_ONLY,      /* the device cannot write, or the entry has the read-only attribute */
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
    uint32_t fat_count;       /* copies of the FAT */
    uint32_t fsinfo_sector;   /* FAT32's FSInfo sector, 0 if none */
    bool fsinfo_stale;        /* its free count was marked unknown (done once, before the first change) */
    uint32_t free_clusters;   /* counted at the first need, kept up to date; UINT32_MAX = not counted yet */
    uint32_t next_free;       /* where the search for a free cluster starts */
    uint32_t timestamp;       /* FAT date << 16 | FAT time given to new and written entries (fat_set_time) */
    int io_error;             /* last device error code */
    char message[96];         /* what the last failure was about */
    uint32_t cached_lba;
    bool cache_valid;
    bool cache_dirty;         /* the cached sector differs from the device */
    uint8_t cache[FAT_SECTOR];
} fat_volume_t;

typedef struct fat_file {
    fat_volume_t *vol;
    uint32_t first_cluster;
    uint32_t size;
    uint32_t pos;
    uint32_t cluster;       /* cluster holding pos (valid when cluster_index matches) */
    uint32_t cluster_index; /* pos / cluster bytes of `cluster` */
    uint32_t entry_sector;  /* volume sector and byte offset of its directory entry */
    uint32_t entry_offset;
    uint8_t attributes;
} fat_file_t;

fat_result_t fat_mount(fat_volume_t *vol, const fat_blockdev_t *dev);

/* path: "/dir/name.ext" or "dir/name.ext"; '/' separates components. Opens an existing file for reading, and for
 * fat_write / fat_truncate when the device is writable. */
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

/* ---- changes (FAT_READ_ONLY on a device without a write callback) ---- */

/* Creates an empty file (the parent directory must exist); FAT_EXISTS when the path names anything. The file is
 * open at position 0. */
fat_result_t fat_create(fat_volume_t *vol, const char *path, fat_file_t *file);

/* Writes len bytes at the file position, growing the file (a position past the end first fills the gap with
 * zeros); *put is what was written, also on FAT_NO_SPACE. FAT_READ_ONLY for a read-only entry. */
fat_result_t fat_write(fat_file_t *file, const void *data, size_t len, size_t *put);

/* Sets the size: shrinking frees the clusters past it, growing appends zeros. The position stays unless it is past
 * the new end. */
fat_result_t fat_truncate(fat_file_t *file, uint32_t size);

/* A file, or a directory holding nothing but "." and ".."; FAT_NOT_EMPTY otherwise. */
fat_result_t fat_remove(fat_volume_t *vol, const char *path);

/* One level: the parent must exist; FAT_EXISTS when the path names anything. */
fat_result_t fat_mkdir(fat_volume_t *vol, const char *path);

/* Renames or moves a file or directory within the volume; FAT_EXISTS when `to` names anything, FAT_BAD_PATH when
 * a directory would move into itself. */
fat_result_t fat_rename(fat_volume_t *vol, const char *from, const char *to);

/* Sets the read-only, hidden, system and archive bits (0x27) of an entry; the directory bit stays as it is. */
fat_result_t fat_set_attributes(fat_volume_t *vol, const char *path, uint8_t attributes);

/* Free clusters, counted once by reading the FAT and kept up to date after. */
fat_result_t fat_free_clusters(fat_volume_t *vol, uint32_t *free_clusters);

/* The time stamp of entries created or written from now on (year 1980..2107). */
void fat_set_time(fat_volume_t *vol, unsigned year, unsigned month, unsigned day, unsigned hour, unsigned minute,
                  unsigned second);

/* Writes the cached sector if it was modified (every modifying call does this before it returns). */
fat_result_t fat_flush(fat_volume_t *vol);

const char *fat_result_text(fat_result_t r);

#endif
