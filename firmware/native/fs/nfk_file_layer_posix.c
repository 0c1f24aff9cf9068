/* File-layer drives over POSIX directories (see nfk_file_layer_posix.h). */
#define _POSIX_C_SOURCE 200809L
#include "nfk_file_layer_posix.h"

#include "nfk_file_layer_fat.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/statvfs.h>
#include <time.h>
#include <unistd.h>

typedef struct posix_drive {
    char base[PATH_MAX]; /* host directory without a trailing '/'; "" for the host root */
    bool used;
} posix_drive_t;

typedef struct posix_file {
    int fd;
} posix_file_t;

static posix_drive_t contexts[NFK_FL_MAX_DRIVES];

static nfk_fl_result_t from_errno(int error)
{
    switch (error) {
    case ENOENT: return NFK_FL_NOT_FOUND;
    case ENOTDIR: return NFK_FL_NOT_DIRECTORY;
    case EEXIST: return NFK_FL_EXISTS;
    case ENOTEMPTY: return NFK_FL_NOT_EMPTY;
    case EISDIR: return NFK_FL_IS_DIRECTORY;
    case EACCES:
    case EPERM:
    case EROFS: return NFK_FL_ACCESS_DENIED;
    case ENAMETOOLONG: return NFK_FL_PATH_TOO_LONG;
    case ENOSPC: return NFK_FL_NO_SPACE;
    case EMFILE:
    case ENFILE: return NFK_FL_TOO_MANY_OPEN;
    case EXDEV: return NFK_FL_CROSS_DRIVE;
    case EINVAL: return NFK_FL_BAD_ARGUMENT;
    default: return NFK_FL_IO_ERROR;
    }
}

/* The host path of a drive-relative path ("/" or "/a/b"). */
static nfk_fl_result_t host_path(const posix_drive_t *drive, const char *relative, char *out)
{
    size_t base_length = strlen(drive->base);
    size_t relative_length = strlen(relative);
    if (base_length + relative_length + 1 > PATH_MAX) {
        return NFK_FL_PATH_TOO_LONG;
    }
    memcpy(out, drive->base, base_length);
    memcpy(out + base_length, relative, relative_length + 1);
    return NFK_FL_OK;
}

/* ENOENT for a missing file, or for a missing parent directory? */
static nfk_fl_result_t missing(const char *path)
{
    char parent[PATH_MAX];
    strcpy(parent, path);
    char *slash = strrchr(parent, '/');
    if (slash == NULL || slash == parent) {
        return NFK_FL_NOT_FOUND;
    }
    *slash = '\0';
    struct stat st;
    return (stat(parent, &st) == 0 && S_ISDIR(st.st_mode)) ? NFK_FL_NOT_FOUND : NFK_FL_PATH_NOT_FOUND;
}

static nfk_fl_result_t failure(const char *path)
{
    int error = errno;
    return (error == ENOENT || error == ENOTDIR) ? missing(path) : from_errno(error);
}

static uint32_t attributes_of(const char *path, const struct stat *st)
{
    const char *name = strrchr(path, '/');
    name = name ? name + 1 : path;
    uint32_t attributes = S_ISDIR(st->st_mode) ? NFK_FL_ATTR_DIRECTORY : NFK_FL_ATTR_ARCHIVE;
    if (!(st->st_mode & S_IWUSR)) {
        attributes |= NFK_FL_ATTR_READONLY;
    }
    if (name[0] == '.') {
        attributes |= NFK_FL_ATTR_HIDDEN; /* the Unix convention for hidden names */
    }
    return attributes;
}

static nfk_fl_result_t posix_open(void *ctx, const char *relative, void **handle, bool *writable)
{
    char path[PATH_MAX];
    nfk_fl_result_t r = host_path((posix_drive_t *)ctx, relative, path);
    if (r != NFK_FL_OK) {
        return r;
    }
    posix_file_t *file = (posix_file_t *)malloc(sizeof(*file));
    if (file == NULL) {
        return NFK_FL_TOO_MANY_OPEN;
    }
    *writable = true;
    file->fd = open(path, O_RDWR | O_CREAT, 0666);
    if (file->fd < 0 && (errno == EACCES || errno == EROFS)) {
        /* a read-only file (or drive) still opens for reading */
        *writable = false;
        file->fd = open(path, O_RDONLY);
    }
    if (file->fd < 0) {
        r = failure(path);
        free(file);
        return r;
    }
    struct stat st;
    if (fstat(file->fd, &st) == 0 && S_ISDIR(st.st_mode)) {
        close(file->fd);
        free(file);
        return NFK_FL_IS_DIRECTORY;
    }
    *handle = file;
    return NFK_FL_OK;
}

static nfk_fl_result_t posix_read(void *handle, void *buffer, size_t length, size_t *got)
{
    ssize_t n = read(((posix_file_t *)handle)->fd, buffer, length);
    if (n < 0) {
        return from_errno(errno);
    }
    *got = (size_t)n;
    return NFK_FL_OK;
}

static nfk_fl_result_t posix_write(void *handle, const void *buffer, size_t length, size_t *put)
{
    const uint8_t *bytes = (const uint8_t *)buffer;
    size_t done = 0;
    while (done < length) {
        ssize_t n = write(((posix_file_t *)handle)->fd, bytes + done, length - done);
        if (n < 0) {
            *put = done;
            return from_errno(errno);
        }
        done += (size_t)n;
    }
    *put = done;
    return NFK_FL_OK;
}

static nfk_fl_result_t posix_seek(void *handle, int64_t offset, int origin, int64_t *position)
{
    int whence = origin == NFK_FL_SEEK_BEGIN ? SEEK_SET : origin == NFK_FL_SEEK_CURRENT ? SEEK_CUR : SEEK_END;
    off_t at = lseek(((posix_file_t *)handle)->fd, (off_t)offset, whence);
    if (at < 0) {
        return from_errno(errno);
    }
    *position = (int64_t)at;
    return NFK_FL_OK;
}

static nfk_fl_result_t posix_flush(void *handle)
{
    return fsync(((posix_file_t *)handle)->fd) == 0 || errno == EINVAL ? NFK_FL_OK : from_errno(errno);
}

static nfk_fl_result_t posix_length(void *handle, int64_t *length)
{
    struct stat st;
    if (fstat(((posix_file_t *)handle)->fd, &st) != 0) {
        return from_errno(errno);
    }
    *length = (int64_t)st.st_size;
    return NFK_FL_OK;
}

static nfk_fl_result_t posix_set_length(void *handle, int64_t length)
{
    return ftruncate(((posix_file_t *)handle)->fd, (off_t)length) == 0 ? NFK_FL_OK : from_errno(errno);
}

static nfk_fl_result_t posix_close(void *handle)
{
    posix_file_t *file = (posix_file_t *)handle;
    int rc = close(file->fd);
    free(file);
    return rc == 0 ? NFK_FL_OK : NFK_FL_IO_ERROR;
}

static nfk_fl_result_t posix_stat(void *ctx, const char *relative, nfk_fl_info_t *info)
{
    char path[PATH_MAX];
    nfk_fl_result_t r = host_path((posix_drive_t *)ctx, relative, path);
    if (r != NFK_FL_OK) {
        return r;
    }
    struct stat st;
    if (stat(path, &st) != 0) {
        return failure(path);
    }
    info->attributes = attributes_of(path, &st);
    info->size = S_ISDIR(st.st_mode) ? 0 : (int64_t)st.st_size;
    return NFK_FL_OK;
}

static nfk_fl_result_t posix_list(void *ctx, const char *relative, nfk_fl_entry_fn fn, void *user)
{
    char path[PATH_MAX];
    nfk_fl_result_t r = host_path((posix_drive_t *)ctx, relative, path);
    if (r != NFK_FL_OK) {
        return r;
    }
    DIR *dir = opendir(path[0] ? path : "/");
    if (dir == NULL) {
        return failure(path);
    }
    size_t length = strlen(path);
    struct dirent *entry;
    while ((entry = readdir(dir)) != NULL) {
        if (strcmp(entry->d_name, ".") == 0 || strcmp(entry->d_name, "..") == 0) {
            continue;
        }
        char child[PATH_MAX];
        size_t name_length = strlen(entry->d_name);
        if (length + 1 + name_length >= PATH_MAX) {
            continue;
        }
        memcpy(child, path, length);
        child[length] = '/';
        memcpy(child + length + 1, entry->d_name, name_length + 1);
        if (length > 0 && path[length - 1] == '/') {
            memmove(child + length, child + length + 1, name_length + 1); /* the host root "/" */
        }
        struct stat st;
        if (stat(child, &st) != 0) {
            continue; /* a dangling link or an entry that just went away */
        }
        nfk_fl_info_t info = {.attributes = attributes_of(child, &st), .size = S_ISDIR(st.st_mode) ? 0 : st.st_size};
        if (!fn(user, entry->d_name, &info)) {
            break;
        }
    }
    closedir(dir);
    return NFK_FL_OK;
}

static nfk_fl_result_t posix_mkdir(void *ctx, const char *relative)
{
    char path[PATH_MAX];
    nfk_fl_result_t r = host_path((posix_drive_t *)ctx, relative, path);
    if (r != NFK_FL_OK) {
        return r;
    }
    return mkdir(path, 0777) == 0 ? NFK_FL_OK : failure(path);
}

static nfk_fl_result_t posix_remove(void *ctx, const char *relative)
{
    char path[PATH_MAX];
    nfk_fl_result_t r = host_path((posix_drive_t *)ctx, relative, path);
    if (r != NFK_FL_OK) {
        return r;
    }
    struct stat st;
    if (lstat(path, &st) != 0) {
        return failure(path);
    }
    int rc = S_ISDIR(st.st_mode) ? rmdir(path) : unlink(path);
    if (rc != 0) {
        return errno == EEXIST ? NFK_FL_NOT_EMPTY : failure(path);
    }
    return NFK_FL_OK;
}

static nfk_fl_result_t posix_rename(void *ctx, const char *from, const char *to)
{
    char from_path[PATH_MAX];
    char to_path[PATH_MAX];
    nfk_fl_result_t r = host_path((posix_drive_t *)ctx, from, from_path);
    if (r == NFK_FL_OK) {
        r = host_path((posix_drive_t *)ctx, to, to_path);
    }
    if (r != NFK_FL_OK) {
        return r;
    }
    struct stat st;
    if (lstat(from_path, &st) != 0) {
        return failure(from_path);
    }
    if (lstat(to_path, &st) == 0) {
        return NFK_FL_EXISTS; /* POSIX rename would replace it; FAT and .NET refuse */
    }
    return rename(from_path, to_path) == 0 ? NFK_FL_OK : failure(to_path);
}

static nfk_fl_result_t posix_set_attributes(void *ctx, const char *relative, uint32_t attributes)
{
    char path[PATH_MAX];
    nfk_fl_result_t r = host_path((posix_drive_t *)ctx, relative, path);
    if (r != NFK_FL_OK) {
        return r;
    }
    struct stat st;
    if (stat(path, &st) != 0) {
        return failure(path);
    }
    /* only ReadOnly has a POSIX meaning: the owner's write permission */
    mode_t mode = st.st_mode & 07777;
    mode = (attributes & NFK_FL_ATTR_READONLY) ? (mode_t)(mode & ~(mode_t)(S_IWUSR | S_IWGRP | S_IWOTH))
                                               : (mode_t)(mode | S_IWUSR);
    return chmod(path, mode) == 0 ? NFK_FL_OK : from_errno(errno);
}

static nfk_fl_result_t posix_size_info(void *ctx, int64_t *total_bytes, int64_t *free_bytes)
{
    const posix_drive_t *drive = (const posix_drive_t *)ctx;
    struct statvfs vfs;
    if (statvfs(drive->base[0] ? drive->base : "/", &vfs) != 0) {
        return from_errno(errno);
    }
    *total_bytes = (int64_t)vfs.f_blocks * (int64_t)vfs.f_frsize;
    *free_bytes = (int64_t)vfs.f_bavail * (int64_t)vfs.f_frsize;
    return NFK_FL_OK;
}

static const nfk_fl_drive_ops_t posix_ops = {
    .file_system = "POSIX",
    .open = posix_open,
    .read = posix_read,
    .write = posix_write,
    .seek = posix_seek,
    .flush = posix_flush,
    .length = posix_length,
    .set_length = posix_set_length,
    .close = posix_close,
    .stat = posix_stat,
    .list = posix_list,
    .mkdir = posix_mkdir,
    .remove = posix_remove,
    .rename = posix_rename,
    .set_attributes = posix_set_attributes,
    .size_info = posix_size_info,
};

static void release_unused_contexts(void)
{
    for (size_t i = 0; i < NFK_FL_MAX_DRIVES; i++) {
        if (!contexts[i].used) {
            continue;
        }
        bool mounted = false;
        for (size_t d = 0; d < nfk_fl_drive_count(); d++) {
            mounted = mounted || nfk_fl_drive_at(d)->ctx == &contexts[i];
        }
        contexts[i].used = mounted;
    }
}

nfk_fl_result_t nfk_fl_posix_mount(const char *root, const char *base, bool removable)
{
    if (root == NULL || base == NULL || strlen(base) >= PATH_MAX) {
        return NFK_FL_BAD_ARGUMENT;
    }
    if (base[0] != '\0') {
        struct stat st;
        if (stat(base, &st) != 0 || !S_ISDIR(st.st_mode)) {
            return NFK_FL_NOT_FOUND;
        }
    }
    release_unused_contexts();
    for (size_t i = 0; i < NFK_FL_MAX_DRIVES; i++) {
        posix_drive_t *ctx = &contexts[i];
        if (ctx->used) {
            continue;
        }
        strcpy(ctx->base, base);
        size_t length = strlen(ctx->base);
        while (length > 0 && ctx->base[length - 1] == '/') {
            ctx->base[--length] = '\0'; /* "/sd/" and "/" become "/sd" and "" */
        }
        nfk_fl_result_t r = nfk_fl_mount(root, removable, &posix_ops, ctx);
        ctx->used = r == NFK_FL_OK;
        return r;
    }
    return NFK_FL_TOO_MANY_OPEN;
}

static const char *env_path(const char *name)
{
    const char *value = getenv(name);
    return (value && value[0]) ? value : NULL;
}

/* The SD-card image (NFK210_SD_IMAGE) as a block device: 512-byte blocks read with pread and written with pwrite
 * (read-only when the image file cannot be opened for writing). */
static int sd_image_fd = -1;

static int image_read(void *ctx, uint32_t lba, uint32_t count, uint8_t *out)
{
    int fd = *(const int *)ctx;
    size_t length = (size_t)count * FAT_SECTOR;
    ssize_t n = pread(fd, out, length, (off_t)lba * FAT_SECTOR);
    return n == (ssize_t)length ? 0 : -EIO;
}

static int image_write(void *ctx, uint32_t lba, uint32_t count, const uint8_t *in)
{
    int fd = *(const int *)ctx;
    size_t length = (size_t)count * FAT_SECTOR;
    ssize_t n = pwrite(fd, in, length, (off_t)lba * FAT_SECTOR);
    return n == (ssize_t)length ? 0 : -EIO;
}

/* The FAT image's time stamps: the host's local time. */
static bool host_local_time(unsigned *year, unsigned *month, unsigned *day, unsigned *hour, unsigned *minute,
                            unsigned *second)
{
    time_t now = time(NULL);
    struct tm local;
    if (now == (time_t)-1 || localtime_r(&now, &local) == NULL) {
        return false;
    }
    *year = (unsigned)local.tm_year + 1900u;
    *month = (unsigned)local.tm_mon + 1u;
    *day = (unsigned)local.tm_mday;
    *hour = (unsigned)local.tm_hour;
    *minute = (unsigned)local.tm_min;
    *second = (unsigned)local.tm_sec;
    return true;
}

static nfk_fl_result_t mount_image(const char *path)
{
    bool writable = true;
    int fd = open(path, O_RDWR);
    if (fd < 0 && (errno == EACCES || errno == EROFS || errno == EPERM)) {
        writable = false;
        fd = open(path, O_RDONLY);
    }
    if (fd < 0) {
        return from_errno(errno);
    }
    struct stat st;
    if (fstat(fd, &st) != 0 || st.st_size < (off_t)FAT_SECTOR) {
        close(fd);
        return NFK_FL_IO_ERROR;
    }
    sd_image_fd = fd;
    nfk_fl_fat_set_clock(host_local_time);
    fat_blockdev_t dev = {image_read, &sd_image_fd, (uint32_t)(st.st_size / FAT_SECTOR),
                          writable ? image_write : NULL};
    nfk_fl_result_t r = nfk_fl_fat_mount("D:", true, &dev);
    if (r != NFK_FL_OK) {
        close(fd);
        sd_image_fd = -1;
    }
    return r;
}

static nfk_fl_result_t host_mount_card(uint32_t slot)
{
    if (slot != 0) {
        return NFK_FL_NO_VOLUME;
    }
    if (nfk_fl_find_drive("D:") != NULL) {
        return NFK_FL_OK;
    }
    if (env_path(NFK_FL_SD_ROOT_ENV) != NULL) {
        return nfk_fl_posix_mount("D:", env_path(NFK_FL_SD_ROOT_ENV), true);
    }
    if (env_path(NFK_FL_SD_IMAGE_ENV) != NULL) {
        return mount_image(env_path(NFK_FL_SD_IMAGE_ENV));
    }
    return NFK_FL_NO_VOLUME;
}

static nfk_fl_result_t host_unmount_card(uint32_t slot)
{
    if (slot != 0) {
        return NFK_FL_NO_VOLUME;
    }
    const nfk_fl_drive_t *drive = nfk_fl_find_drive("D:");
    if (drive != NULL && strcmp(drive->ops->file_system, "FAT") == 0) {
        nfk_fl_result_t r = nfk_fl_fat_unmount("D:");
        close(sd_image_fd);
        sd_image_fd = -1;
        return r;
    }
    return nfk_fl_unmount("D:");
}

static bool host_card_present(uint32_t slot)
{
    struct stat st;
    if (slot != 0) {
        return false;
    }
    if (env_path(NFK_FL_SD_ROOT_ENV) != NULL) {
        return stat(env_path(NFK_FL_SD_ROOT_ENV), &st) == 0 && S_ISDIR(st.st_mode);
    }
    return env_path(NFK_FL_SD_IMAGE_ENV) != NULL && stat(env_path(NFK_FL_SD_IMAGE_ENV), &st) == 0 &&
           S_ISREG(st.st_mode);
}

static const nfk_fl_platform_t host_platform = {
    .mount_card = host_mount_card,
    .unmount_card = host_unmount_card,
    .card_present = host_card_present,
};

nfk_fl_result_t nfk_fl_posix_mount_defaults(void)
{
    nfk_fl_set_platform(&host_platform);
    /* relative paths start where the process runs, as on .NET (a cwd too long for the layer leaves them refused) */
    char cwd[NFK_FL_MAX_PATH + 1];
    if (getcwd(cwd, sizeof cwd) != NULL) {
        nfk_fl_set_working_directory(cwd);
    }
    nfk_fl_result_t r = nfk_fl_find_drive("") ? NFK_FL_OK : nfk_fl_posix_mount("", "", false);
    if (r == NFK_FL_OK && host_card_present(0)) {
        r = host_mount_card(0);
    }
    return r;
}
