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

static uint32_t layer_attributes(uint8_t fat_attributes)
{
    uint32_t a = fat_attributes & (NFK_FL_ATTR_READONLY | NFK_FL_ATTR_HIDDEN | NFK_FL_ATTR_SYSTEM |
                                   NFK_FL_ATTR_DIRECTORY | NFK_FL_ATTR_ARCHIVE);
    /* the drive is read-only, whatever the entry says */
    return (a & NFK_FL_ATTR_DIRECTORY) ? a : (a | NFK_FL_ATTR_READONLY);
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
            /* creating a file is a write */
            return why == NFK_FL_NOT_FOUND ? NFK_FL_ACCESS_DENIED : why;
        }
        if (r != FAT_OK) {
            return from_fat(vol, r);
        }
        handles[i].used = true;
        *handle = &handles[i];
        *writable = false;
        return NFK_FL_OK;
    }
    return NFK_FL_TOO_MANY_OPEN;
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
    /* a read-only file cannot grow: positions stay within it */
    if (target < 0 || target > (int64_t)fat_size(file)) {
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
    ((fat_handle_t *)handle)->used = false;
    return NFK_FL_OK;
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
    info->attributes = layer_attributes(attributes);
    info->size = (int64_t)size;
    return NFK_FL_OK;
}

typedef struct list_walk {
    nfk_fl_entry_fn fn;
    void *user;
} list_walk_t;

static bool fat_entry_to_layer(void *user, const fat_entry_t *entry)
{
    const list_walk_t *walk = (const list_walk_t *)user;
    nfk_fl_info_t info = {.attributes = layer_attributes(entry->attributes), .size = (int64_t)entry->size};
    return walk->fn(walk->user, entry->name, &info);
}

static nfk_fl_result_t fat_drive_list(void *ctx, const char *path, nfk_fl_entry_fn fn, void *user)
{
    fat_volume_t *vol = &((fat_drive_t *)ctx)->volume;
    list_walk_t walk = {fn, user};
    fat_result_t r = fat_list(vol, path, fat_entry_to_layer, &walk);
    if (r == FAT_NOT_FOUND) {
        return missing(vol, path);
    }
    return r == FAT_NOT_A_DIRECTORY ? NFK_FL_NOT_DIRECTORY : from_fat(vol, r);
}

static nfk_fl_result_t fat_drive_size_info(void *ctx, int64_t *total_bytes, int64_t *free_bytes)
{
    const fat_volume_t *vol = &((const fat_drive_t *)ctx)->volume;
    *total_bytes = (int64_t)vol->total_sectors * FAT_SECTOR;
    *free_bytes = 0; /* read-only: nothing can be written */
    return NFK_FL_OK;
}

static const nfk_fl_drive_ops_t fat_ops = {
    .file_system = "FAT",
    .open = fat_drive_open,
    .read = fat_drive_read,
    .seek = fat_drive_seek,
    .length = fat_drive_length,
    .close = fat_drive_close,
    .stat = fat_drive_stat,
    .list = fat_drive_list,
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
