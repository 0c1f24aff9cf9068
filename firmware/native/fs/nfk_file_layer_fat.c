/* File-layer drives over FAT volumes (see nfk_file_layer_fat.h). */
#include "nfk_file_layer_fat.h"

#include <string.h>

typedef struct fat_drive {
    fat_volume_t volume;
    bool used;
} fat_drive_t;

typedef struct fat_handle {
    fat_file_t file;
    bool used;
} fat_handle_t;

static fat_drive_t volumes[NFK_FL_MAX_DRIVES];
static fat_handle_t handles[NFK_FL_FAT_MAX_FILES];
static char last_message[sizeof(((fat_volume_t *)0)->message)];
static nfk_fl_fat_clock_fn clock_now;

void nfk_fl_fat_set_clock(nfk_fl_fat_clock_fn clock) { clock_now = clock; }

/* Before a change: the time stamp it will carry. */
static fat_volume_t *stamped(fat_volume_t *vol)
{
    unsigned year, month, day, hour, minute, second;
    if (clock_now != NULL && clock_now(&year, &month, &day, &hour, &minute, &second)) {
        fat_set_time(vol, year, month, day, hour, minute, second);
    }
    return vol;
}

static nfk_fl_result_t from_fat(fat_volume_t *vol, fat_result_t r)
{
    if (r != FAT_OK && vol != NULL) {
        memcpy(last_message, vol->message, sizeof last_message);
        last_message[sizeof last_message - 1] = '\0';
    }
    switch (r) {
    case FAT_OK: return NFK_FL_OK;
    case FAT_NOT_FOUND: return NFK_FL_NOT_FOUND;
    case FAT_NOT_A_FILE: return NFK_FL_IS_DIRECTORY;
    case FAT_NOT_A_DIRECTORY: return NFK_FL_PATH_NOT_FOUND; /* a middle component is a file */
    case FAT_BAD_PATH: return NFK_FL_BAD_PATH;
    case FAT_BAD_ARGUMENT: return NFK_FL_BAD_ARGUMENT;
    case FAT_EXISTS: return NFK_FL_EXISTS;
    case FAT_NO_SPACE: return NFK_FL_NO_SPACE;
    case FAT_NOT_EMPTY: return NFK_FL_NOT_EMPTY;
    case FAT_READ_ONLY: return NFK_FL_ACCESS_DENIED;
    case FAT_IO_ERROR:
    case FAT_NO_FILESYSTEM:
    case FAT_UNSUPPORTED:
    case FAT_CORRUPT: break;
    }
    return NFK_FL_IO_ERROR;
}

/* Missing: the file, or a directory on its way? */
static nfk_fl_result_t missing(fat_volume_t *vol, const char *path)
{
    char parent[NFK_FL_MAX_PATH + 1];
    size_t length = strlen(path);
    if (length > NFK_FL_MAX_PATH) {
        return NFK_FL_PATH_TOO_LONG;
    }
    memcpy(parent, path, length + 1);
    char *slash = strrchr(parent, '/');
    if (slash == NULL || slash == parent) {
        return NFK_FL_NOT_FOUND; /* in the root, which exists */
    }
    *slash = '\0';
    uint8_t attributes;
    uint32_t size;
    fat_result_t r = fat_stat(vol, parent, &attributes, &size);
    return (r == FAT_OK && (attributes & NFK_FL_ATTR_DIRECTORY)) ? NFK_FL_NOT_FOUND : NFK_FL_PATH_NOT_FOUND;
}

static bool device_writable(const fat_volume_t *vol) { return vol->dev.write != NULL; }

static uint32_t layer_attributes(const fat_volume_t *vol, uint8_t fat_attributes)
{
    uint32_t a = fat_attributes & (NFK_FL_ATTR_READONLY | NFK_FL_ATTR_HIDDEN | NFK_FL_ATTR_SYSTEM |
                                   NFK_FL_ATTR_DIRECTORY | NFK_FL_ATTR_ARCHIVE);
    /* on a read-only device every file is read-only, whatever its entry says */
    return (a & NFK_FL_ATTR_DIRECTORY) || device_writable(vol) ? a : (a | NFK_FL_ATTR_READONLY);
}

static nfk_fl_result_t fat_drive_open(void *ctx, const char *path, void **handle, bool *writable)
{
    fat_volume_t *vol = &((fat_drive_t *)ctx)->volume;
    for (size_t i = 0; i < NFK_FL_FAT_MAX_FILES; i++) {
        if (handles[i].used) {
            continue;
        }
        fat_result_t r = fat_open(vol, path, &handles[i].file);
        if (r == FAT_NOT_FOUND) {
            nfk_fl_result_t why = missing(vol, path);
            if (why != NFK_FL_NOT_FOUND) {
                return why;
            }
            if (!device_writable(vol)) {
                return NFK_FL_ACCESS_DENIED; /* creating a file is a write */
            }
            r = fat_create(stamped(vol), path, &handles[i].file);
        }
        if (r != FAT_OK) {
            return from_fat(vol, r);
        }
        handles[i].used = true;
        *handle = &handles[i];
        *writable = device_writable(vol) && !(handles[i].file.attributes & NFK_FL_ATTR_READONLY);
        return NFK_FL_OK;
    }
    return NFK_FL_TOO_MANY_OPEN;
}

static nfk_fl_result_t fat_drive_write(void *handle, const void *buffer, size_t length, size_t *put)
{
    fat_file_t *file = &((fat_handle_t *)handle)->file;
    stamped(file->vol);
    return from_fat(file->vol, fat_write(file, buffer, length, put));
}

static nfk_fl_result_t fat_drive_flush(void *handle)
{
    fat_file_t *file = &((fat_handle_t *)handle)->file;
    return from_fat(file->vol, fat_flush(file->vol));
}

static nfk_fl_result_t fat_drive_set_length(void *handle, int64_t length)
{
    fat_file_t *file = &((fat_handle_t *)handle)->file;
    if (length > (int64_t)UINT32_MAX) {
        return NFK_FL_NO_SPACE; /* a FAT file holds at most 4 GiB - 1 */
    }
    stamped(file->vol);
    return from_fat(file->vol, fat_truncate(file, (uint32_t)length));
}

static nfk_fl_result_t fat_drive_read(void *handle, void *buffer, size_t length, size_t *got)
{
    fat_file_t *file = &((fat_handle_t *)handle)->file;
    return from_fat(file->vol, fat_read(file, buffer, length, got));
}

static nfk_fl_result_t fat_drive_seek(void *handle, int64_t offset, int origin, int64_t *position)
{
    fat_file_t *file = &((fat_handle_t *)handle)->file;
    int64_t base = origin == NFK_FL_SEEK_BEGIN ? 0 : origin == NFK_FL_SEEK_CURRENT ? (int64_t)file->pos
                                                                                   : (int64_t)fat_size(file);
    int64_t target = base + offset;
    /* a read-only file cannot grow: positions stay within it; a writable one may be positioned past its end (a
     * write there fills the gap with zeros), up to FAT's 4 GiB - 1 */
    int64_t limit = device_writable(file->vol) ? (int64_t)UINT32_MAX : (int64_t)fat_size(file);
    if (target < 0 || target > limit) {
        return NFK_FL_BAD_ARGUMENT;
    }
    fat_result_t r = fat_seek(file, (uint32_t)target);
    if (r != FAT_OK) {
        return from_fat(file->vol, r);
    }
    *position = target;
    return NFK_FL_OK;
}

static nfk_fl_result_t fat_drive_length(void *handle, int64_t *length)
{
    *length = (int64_t)fat_size(&((fat_handle_t *)handle)->file);
    return NFK_FL_OK;
}

static nfk_fl_result_t fat_drive_close(void *handle)
{
    fat_handle_t *h = (fat_handle_t *)handle;
    h->used = false;
    /* every change is on the device already (fat.c flushes after each call); this only reports a late failure */
    return from_fat(h->file.vol, fat_flush(h->file.vol));
}

static nfk_fl_result_t fat_drive_stat(void *ctx, const char *path, nfk_fl_info_t *info)
{
    fat_volume_t *vol = &((fat_drive_t *)ctx)->volume;
    uint8_t attributes;
    uint32_t size;
    fat_result_t r = fat_stat(vol, path, &attributes, &size);
    if (r == FAT_NOT_FOUND) {
        return missing(vol, path);
    }
    if (r != FAT_OK) {
        return from_fat(vol, r);
    }
    info->attributes = layer_attributes(vol, attributes);
    info->size = (int64_t)size;
    return NFK_FL_OK;
}

typedef struct list_walk {
    nfk_fl_entry_fn fn;
    void *user;
    const fat_volume_t *vol;
} list_walk_t;

static bool fat_entry_to_layer(void *user, const fat_entry_t *entry)
{
    const list_walk_t *walk = (const list_walk_t *)user;
    nfk_fl_info_t info = {.attributes = layer_attributes(walk->vol, entry->attributes), .size = (int64_t)entry->size};
    return walk->fn(walk->user, entry->name, &info);
}

static nfk_fl_result_t fat_drive_list(void *ctx, const char *path, nfk_fl_entry_fn fn, void *user)
{
    fat_volume_t *vol = &((fat_drive_t *)ctx)->volume;
    list_walk_t walk = {fn, user, vol};
    fat_result_t r = fat_list(vol, path, fat_entry_to_layer, &walk);
    if (r == FAT_NOT_FOUND) {
        return missing(vol, path);
    }
    return r == FAT_NOT_A_DIRECTORY ? NFK_FL_NOT_DIRECTORY : from_fat(vol, r);
}

static nfk_fl_result_t fat_drive_mkdir(void *ctx, const char *path)
{
    fat_volume_t *vol = &((fat_drive_t *)ctx)->volume;
    fat_result_t r = fat_mkdir(stamped(vol), path);
    return r == FAT_NOT_FOUND ? NFK_FL_PATH_NOT_FOUND : from_fat(vol, r);
}

static nfk_fl_result_t fat_drive_remove(void *ctx, const char *path)
{
    fat_volume_t *vol = &((fat_drive_t *)ctx)->volume;
    fat_result_t r = fat_remove(vol, path);
    return r == FAT_NOT_FOUND ? missing(vol, path) : from_fat(vol, r);
}

static nfk_fl_result_t fat_drive_rename(void *ctx, const char *from, const char *to)
{
    fat_volume_t *vol = &((fat_drive_t *)ctx)->volume;
    uint8_t attributes;
    uint32_t size;
    fat_result_t r = fat_stat(vol, from, &attributes, &size);
    if (r == FAT_NOT_FOUND) {
        return missing(vol, from);
    }
    if (r == FAT_OK) {
        r = fat_rename(vol, from, to);
    }
    /* the source exists: a missing piece is on the target's way */
    return r == FAT_NOT_FOUND ? NFK_FL_PATH_NOT_FOUND : from_fat(vol, r);
}

static nfk_fl_result_t fat_drive_set_attributes(void *ctx, const char *path, uint32_t attributes)
{
    fat_volume_t *vol = &((fat_drive_t *)ctx)->volume;
    fat_result_t r = fat_set_attributes(vol, path, (uint8_t)(attributes & 0xFFu));
    return r == FAT_NOT_FOUND ? missing(vol, path) : from_fat(vol, r);
}

static nfk_fl_result_t fat_drive_size_info(void *ctx, int64_t *total_bytes, int64_t *free_bytes)
{
    fat_volume_t *vol = &((fat_drive_t *)ctx)->volume;
    uint64_t cluster_bytes = (uint64_t)vol->sectors_per_cluster * FAT_SECTOR;
    uint32_t free_clusters = 0;
    *total_bytes = (int64_t)(cluster_bytes * vol->cluster_count);
    *free_bytes = 0;
    if (!device_writable(vol)) {
        return NFK_FL_OK; /* nothing can be written */
    }
    fat_result_t r = fat_free_clusters(vol, &free_clusters);
    *free_bytes = (int64_t)(cluster_bytes * free_clusters);
    return from_fat(vol, r);
}

static const nfk_fl_drive_ops_t fat_ops = {
    .file_system = "FAT",
    .open = fat_drive_open,
    .read = fat_drive_read,
    .write = fat_drive_write,
    .seek = fat_drive_seek,
    .flush = fat_drive_flush,
    .length = fat_drive_length,
    .set_length = fat_drive_set_length,
    .close = fat_drive_close,
    .stat = fat_drive_stat,
    .list = fat_drive_list,
    .mkdir = fat_drive_mkdir,
    .remove = fat_drive_remove,
    .rename = fat_drive_rename,
    .set_attributes = fat_drive_set_attributes,
    .size_info = fat_drive_size_info,
};

nfk_fl_result_t nfk_fl_fat_mount(const char *root, bool removable, const fat_blockdev_t *dev)
{
    if (root == NULL || dev == NULL) {
        return NFK_FL_BAD_ARGUMENT;
    }
    if (nfk_fl_find_drive(root) != NULL) {
        return NFK_FL_EXISTS;
    }
    /* a volume whose drive was unmounted through nfk_fl_unmount is free again */
    for (size_t i = 0; i < NFK_FL_MAX_DRIVES; i++) {
        bool mounted = false;
        for (size_t d = 0; d < nfk_fl_drive_count(); d++) {
            mounted = mounted || nfk_fl_drive_at(d)->ctx == &volumes[i];
        }
        volumes[i].used = volumes[i].used && mounted;
    }
    for (size_t i = 0; i < NFK_FL_MAX_DRIVES; i++) {
        fat_drive_t *drive = &volumes[i];
        if (drive->used) {
            continue;
        }
        memset(&drive->volume, 0, sizeof drive->volume);
        fat_result_t r = fat_mount(&drive->volume, dev);
        if (r != FAT_OK) {
            from_fat(&drive->volume, r);
            return NFK_FL_IO_ERROR;
        }
        nfk_fl_result_t mounted = nfk_fl_mount(root, removable, &fat_ops, drive);
        drive->used = mounted == NFK_FL_OK;
        return mounted;
    }
    return NFK_FL_TOO_MANY_OPEN;
}

nfk_fl_result_t nfk_fl_fat_unmount(const char *root)
{
    const nfk_fl_drive_t *drive = nfk_fl_find_drive(root);
    if (drive == NULL || drive->ops != &fat_ops) {
        return NFK_FL_NO_VOLUME;
    }
    fat_drive_t *volume = (fat_drive_t *)drive->ctx;
    nfk_fl_result_t r = nfk_fl_unmount(root);
    volume->used = false;
    /* handles of files still open on it stay taken until closed: nfk_fl_close releases them */
    return r;
}

const char *nfk_fl_fat_last_message(void) { return last_message; }
