/* The file-layer drive over semihosting (see nfk_file_layer_semihost.h), with picolibc's semihosting calls. */
#include "nfk_file_layer_semihost.h"

#include <semihost.h>
#include <stdio.h>
#include <string.h>

/* QEMU reports the host's errno (Linux values, which differ from picolibc's past ERANGE). */
enum {
    HOST_EPERM = 1,
    HOST_ENOENT = 2,
    HOST_EACCES = 13,
    HOST_EEXIST = 17,
    HOST_ENOTDIR = 20,
    HOST_EISDIR = 21,
    HOST_EINVAL = 22,
    HOST_ENFILE = 23,
    HOST_EMFILE = 24,
    HOST_ENOSPC = 28,
    HOST_EROFS = 30,
    HOST_ENAMETOOLONG = 36,
    HOST_ENOTEMPTY = 39,
};

typedef struct semihost_file {
    int fd;
    bool used;
    int64_t position;                /* semihosting seeks to absolute positions only: the drive keeps the offset */
    char path[NFK_FL_MAX_PATH + 1];  /* to truncate by reopening */
} semihost_file_t;

static semihost_file_t files[NFK_FL_SEMIHOST_MAX_FILES];

static nfk_fl_result_t from_host_errno(int error)
{
    switch (error) {
    case HOST_ENOENT: return NFK_FL_NOT_FOUND;
    case HOST_ENOTDIR: return NFK_FL_NOT_DIRECTORY;
    case HOST_EEXIST: return NFK_FL_EXISTS;
    case HOST_ENOTEMPTY: return NFK_FL_NOT_EMPTY;
    case HOST_EISDIR: return NFK_FL_IS_DIRECTORY;
    case HOST_EPERM:
    case HOST_EACCES:
    case HOST_EROFS: return NFK_FL_ACCESS_DENIED;
    case HOST_ENAMETOOLONG: return NFK_FL_PATH_TOO_LONG;
    case HOST_ENOSPC: return NFK_FL_NO_SPACE;
    case HOST_ENFILE:
    case HOST_EMFILE: return NFK_FL_TOO_MANY_OPEN;
    case HOST_EINVAL: return NFK_FL_BAD_ARGUMENT;
    default: return NFK_FL_IO_ERROR;
    }
}

/* The host's answer to opening path for reading and writing: a directory refuses with EISDIR. */
static bool is_directory(const char *path)
{
    int fd = sys_semihost_open(path, SH_OPEN_R_PLUS_B);
    if (fd >= 0) {
        sys_semihost_close(fd);
        return false;
    }
    return sys_semihost_errno() == HOST_EISDIR;
}

/* ENOENT for a missing file, or for a missing parent directory? */
static nfk_fl_result_t missing(const char *path)
{
    char parent[NFK_FL_MAX_PATH + 1];
    strcpy(parent, path);
    char *slash = strrchr(parent, '/');
    if (slash == NULL || slash == parent) {
        return NFK_FL_NOT_FOUND;
    }
    *slash = '\0';
    return is_directory(parent) ? NFK_FL_NOT_FOUND : NFK_FL_PATH_NOT_FOUND;
}

/* The result for a failed call on path, from the host's errno (read right after the call). */
static nfk_fl_result_t failure(const char *path, int error)
{
    return (error == HOST_ENOENT || error == HOST_ENOTDIR) ? missing(path) : from_host_errno(error);
}

static bool is_access_error(int error)
{
    return error == HOST_EACCES || error == HOST_EROFS || error == HOST_EPERM;
}

/* Drive-relative paths are the host's absolute paths: the drive is mounted on the host's root. */
static nfk_fl_result_t semihost_open(void *ctx, const char *path, void **handle, bool *writable)
{
    (void)ctx;
    semihost_file_t *file = NULL;
    for (size_t i = 0; i < NFK_FL_SEMIHOST_MAX_FILES && file == NULL; i++) {
        file = files[i].used ? NULL : &files[i];
    }
    if (file == NULL) {
        return NFK_FL_TOO_MANY_OPEN;
    }
    if (strlen(path) > NFK_FL_MAX_PATH) {
        return NFK_FL_PATH_TOO_LONG;
    }
    *writable = true;
    int fd = sys_semihost_open(path, SH_OPEN_R_PLUS_B); /* an existing file, not truncated */
    if (fd < 0) {
        int error = sys_semihost_errno();
        if (is_access_error(error)) {
            /* a read-only file (or file system) still opens for reading */
            *writable = false;
            fd = sys_semihost_open(path, SH_OPEN_R_B);
        } else if (error == HOST_ENOENT) {
            fd = sys_semihost_open(path, SH_OPEN_W_PLUS_B); /* create it */
        } else {
            return failure(path, error);
        }
        if (fd < 0) {
            return failure(path, sys_semihost_errno());
        }
    }
    file->fd = fd;
    file->used = true;
    file->position = 0;
    strcpy(file->path, path);
    *handle = file;
    return NFK_FL_OK;
}

static nfk_fl_result_t semihost_read(void *handle, void *buffer, size_t length, size_t *got)
{
    semihost_file_t *file = (semihost_file_t *)handle;
    uintptr_t not_read = sys_semihost_read(file->fd, buffer, length); /* what is left unread: 0 when all came */
    if (not_read > length) {
        *got = 0;
        return from_host_errno(sys_semihost_errno());
    }
    *got = length - not_read;
    file->position += (int64_t)*got;
    return NFK_FL_OK;
}

static nfk_fl_result_t semihost_write(void *handle, const void *buffer, size_t length, size_t *put)
{
    semihost_file_t *file = (semihost_file_t *)handle;
    uintptr_t not_written = length > 0 ? sys_semihost_write(file->fd, buffer, length) : 0;
    *put = not_written <= length ? length - not_written : 0;
    file->position += (int64_t)*put;
    if (*put != length) {
        return sys_semihost_errno() == HOST_ENOSPC ? NFK_FL_NO_SPACE : NFK_FL_IO_ERROR;
    }
    return NFK_FL_OK;
}

static nfk_fl_result_t semihost_length(void *handle, int64_t *length)
{
    intptr_t bytes = (intptr_t)sys_semihost_flen(((semihost_file_t *)handle)->fd);
    if (bytes < 0) {
        return from_host_errno(sys_semihost_errno());
    }
    *length = (int64_t)bytes;
    return NFK_FL_OK;
}

static nfk_fl_result_t seek_to(semihost_file_t *file, int64_t position)
{
    if (position < 0) {
        return NFK_FL_BAD_ARGUMENT;
    }
    if (sys_semihost_seek(file->fd, (uintptr_t)position) != 0) {
        return from_host_errno(sys_semihost_errno());
    }
    file->position = position;
    return NFK_FL_OK;
}

static nfk_fl_result_t semihost_seek(void *handle, int64_t offset, int origin, int64_t *position)
{
    semihost_file_t *file = (semihost_file_t *)handle;
    int64_t base = 0;
    if (origin == NFK_FL_SEEK_CURRENT) {
        base = file->position;
    } else if (origin == NFK_FL_SEEK_END) {
        nfk_fl_result_t r = semihost_length(handle, &base);
        if (r != NFK_FL_OK) {
            return r;
        }
    }
    nfk_fl_result_t r = seek_to(file, base + offset);
    if (r == NFK_FL_OK) {
        *position = file->position;
    }
    return r;
}

static nfk_fl_result_t semihost_flush(void *handle)
{
    (void)handle; /* each semihosting write is the host's write(2): nothing is buffered here */
    return NFK_FL_OK;
}

/* Semihosting cannot truncate a file in place: reopening with "w+b" empties it; growing writes zeros. */
static nfk_fl_result_t semihost_set_length(void *handle, int64_t length)
{
    semihost_file_t *file = (semihost_file_t *)handle;
    int64_t current = 0;
    nfk_fl_result_t r = semihost_length(handle, &current);
    if (r != NFK_FL_OK || length == current) {
        return r;
    }
    int64_t position = file->position;
    if (length == 0) {
        int fd = sys_semihost_open(file->path, SH_OPEN_W_PLUS_B);
        if (fd < 0) {
            return from_host_errno(sys_semihost_errno());
        }
        sys_semihost_close(file->fd);
        file->fd = fd;
        file->position = 0;
        return NFK_FL_OK;
    }
    if (length < current) {
        return NFK_FL_UNSUPPORTED; /* shortening to a non-zero length: no semihosting call does it */
    }
    static const uint8_t zeros[256];
    r = seek_to(file, current);
    for (int64_t left = length - current; r == NFK_FL_OK && left > 0;) {
        size_t chunk = left < (int64_t)sizeof(zeros) ? (size_t)left : sizeof(zeros);
        size_t put;
        r = semihost_write(handle, zeros, chunk, &put);
        left -= (int64_t)put;
    }
    nfk_fl_result_t back = seek_to(file, position);
    return r != NFK_FL_OK ? r : back;
}

static nfk_fl_result_t semihost_close(void *handle)
{
    semihost_file_t *file = (semihost_file_t *)handle;
    int rc = sys_semihost_close(file->fd);
    file->used = false;
    return rc == 0 ? NFK_FL_OK : NFK_FL_IO_ERROR;
}

static nfk_fl_result_t semihost_stat(void *ctx, const char *path, nfk_fl_info_t *info)
{
    (void)ctx;
    int fd = sys_semihost_open(path, SH_OPEN_R_B); /* exists: opens for reading (directories too, on Linux) */
    if (fd < 0) {
        return failure(path, sys_semihost_errno());
    }
    intptr_t size = (intptr_t)sys_semihost_flen(fd);
    sys_semihost_close(fd);
    const char *name = strrchr(path, '/');
    name = name ? name + 1 : path;
    info->attributes = name[0] == '.' ? NFK_FL_ATTR_HIDDEN : 0u; /* the Unix convention, as the host drive */
    info->size = 0;
    int rw = sys_semihost_open(path, SH_OPEN_R_PLUS_B);
    int error = rw < 0 ? sys_semihost_errno() : 0;
    if (rw >= 0) {
        sys_semihost_close(rw);
    }
    if (error == HOST_EISDIR) {
        info->attributes |= NFK_FL_ATTR_DIRECTORY;
        return NFK_FL_OK;
    }
    info->attributes |= NFK_FL_ATTR_ARCHIVE | (is_access_error(error) ? NFK_FL_ATTR_READONLY : 0u);
    info->size = size > 0 ? (int64_t)size : 0;
    return NFK_FL_OK;
}

static nfk_fl_result_t semihost_remove(void *ctx, const char *path)
{
    (void)ctx;
    if (sys_semihost_remove(path) != 0) {
        int error = sys_semihost_errno();
        return error == HOST_EEXIST ? NFK_FL_NOT_EMPTY : failure(path, error);
    }
    return NFK_FL_OK;
}

static nfk_fl_result_t semihost_rename(void *ctx, const char *from, const char *to)
{
    nfk_fl_info_t info;
    nfk_fl_result_t r = semihost_stat(ctx, from, &info);
    if (r != NFK_FL_OK) {
        return r;
    }
    if (semihost_stat(ctx, to, &info) == NFK_FL_OK) {
        return NFK_FL_EXISTS; /* the host's rename would replace it; FAT and .NET refuse */
    }
    return sys_semihost_rename(from, to) == 0 ? NFK_FL_OK : failure(to, sys_semihost_errno());
}

/* Single-quotes path for the host's shell ('\'' for each quote inside); false when it does not fit. */
static bool shell_quote(const char *path, char *out, size_t size)
{
    size_t n = 0;
    if (size < 3)
        return false;
    out[n++] = '\'';
    for (const char *p = path; *p != '\0'; p++) {
        const char *piece = *p == '\'' ? "'\\''" : NULL;
        size_t len = piece != NULL ? 4 : 1;
        if (n + len + 2 > size)
            return false;
        if (piece != NULL)
            memcpy(out + n, piece, len);
        else
            out[n] = *p;
        n += len;
    }
    out[n++] = '\'';
    out[n] = '\0';
    return true;
}

/* Semihosting has no call that creates a directory, but SYS_SYSTEM runs a command on the host (QEMU's system()):
 * `mkdir` with the quoted path, nothing else. An existing path answers NFK_FL_EXISTS (the layer then accepts it when
 * it is a directory, so Directory.CreateDirectory of an existing folder works as everywhere). */
static nfk_fl_result_t semihost_mkdir(void *ctx, const char *path)
{
    nfk_fl_info_t info;
    nfk_fl_result_t r = semihost_stat(ctx, path, &info);
    if (r == NFK_FL_OK)
        return NFK_FL_EXISTS;
    if (r != NFK_FL_NOT_FOUND)
        return r;
    static char command[16 + 4 * NFK_FL_MAX_PATH];
    strcpy(command, "mkdir -- ");
    if (!shell_quote(path, command + strlen(command), sizeof command - strlen(command)))
        return NFK_FL_PATH_TOO_LONG;
    if (sys_semihost_system(command) == 0)
        return NFK_FL_OK;
    /* the shell does not say why: a missing parent is the usual cause, else the host refused */
    char parent[NFK_FL_MAX_PATH + 1];
    strncpy(parent, path, NFK_FL_MAX_PATH);
    parent[NFK_FL_MAX_PATH] = '\0';
    char *slash = strrchr(parent, '/');
    if (slash != NULL && slash != parent) {
        *slash = '\0';
        if (semihost_stat(ctx, parent, &info) == NFK_FL_NOT_FOUND)
            return NFK_FL_NOT_FOUND;
    }
    return NFK_FL_ACCESS_DENIED;
}

/* Listing: semihosting cannot read a directory either, so the host's `find` writes one record per entry,
 * "TYPE SIZE NAME\0", into a scratch file the guest then reads and removes. The scratch name carries the guest's
 * real-time counter and a call count, so two QEMU runs at once do not share one. */
#define LISTING_CHUNK 512u

typedef struct listing_parser {
    char record[NFK_FL_MAX_PATH + 48]; /* one record being assembled across chunks */
    size_t length;
    bool overflow; /* the record is longer than any valid name: skipped */
} listing_parser_t;

/* One complete record; false when the caller's callback asked to stop. */
static bool emit_record(const char *record, nfk_fl_entry_fn fn, void *user)
{
    char type = record[0];
    const char *size_text = record + 2;
    char *name = strchr(size_text, ' ');
    if (type == '\0' || record[1] != ' ' || name == NULL || name[1] == '\0')
        return true; /* not a record find writes: ignored */
    name++;
    int64_t size = 0;
    for (const char *d = size_text; *d >= '0' && *d <= '9'; d++)
        size = size * 10 + (*d - '0');
    nfk_fl_info_t info;
    info.attributes = (name[0] == '.' ? NFK_FL_ATTR_HIDDEN : 0u) |
                      (type == 'd' ? NFK_FL_ATTR_DIRECTORY : NFK_FL_ATTR_ARCHIVE);
    info.size = type == 'd' ? 0 : size;
    return fn(user, name, &info);
}

static nfk_fl_result_t semihost_list(void *ctx, const char *path, nfk_fl_entry_fn fn, void *user)
{
    nfk_fl_info_t info = { 0 };
    nfk_fl_result_t r = semihost_stat(ctx, path, &info);
    if (r != NFK_FL_OK)
        return r;
    if (!(info.attributes & NFK_FL_ATTR_DIRECTORY))
        return NFK_FL_NOT_DIRECTORY;
    static unsigned listings;
    static char scratch[64];
    static char command[96 + 4 * NFK_FL_MAX_PATH];
    uint64_t now; /* the CLINT's real-time count: two QEMU processes differ in it even when started together */
    __asm__ volatile("rdtime %0" : "=r"(now));
    snprintf(scratch, sizeof scratch, "/tmp/nfk210-qemu-listing-%llx-%u.txt", (unsigned long long)now, ++listings);
    strcpy(command, "find ");
    if (!shell_quote(path, command + strlen(command), sizeof command - strlen(command) - 80))
        return NFK_FL_PATH_TOO_LONG;
    strcat(command, " -mindepth 1 -maxdepth 1 -printf '%y %s %f\\0' > ");
    strcat(command, scratch);
    if (sys_semihost_system(command) != 0) {
        sys_semihost_remove(scratch);
        return NFK_FL_IO_ERROR;
    }
    int fd = sys_semihost_open(scratch, SH_OPEN_R_B);
    if (fd < 0)
        return NFK_FL_IO_ERROR;
    static listing_parser_t parser;
    parser.length = 0;
    parser.overflow = false;
    bool go_on = true;
    uint8_t chunk[LISTING_CHUNK];
    for (;;) {
        uintptr_t not_read = sys_semihost_read(fd, chunk, sizeof chunk); /* semihosting counts what is left */
        if (not_read > sizeof chunk) {
            r = NFK_FL_IO_ERROR;
            break;
        }
        size_t got = sizeof chunk - not_read;
        for (size_t i = 0; i < got && go_on; i++) {
            if (chunk[i] != 0) {
                if (parser.length + 1 < sizeof parser.record)
                    parser.record[parser.length++] = (char)chunk[i];
                else
                    parser.overflow = true;
                continue;
            }
            parser.record[parser.length] = '\0';
            if (!parser.overflow)
                go_on = emit_record(parser.record, fn, user);
            parser.length = 0;
            parser.overflow = false;
        }
        if (got < sizeof chunk || !go_on)
            break;
    }
    sys_semihost_close(fd);
    sys_semihost_remove(scratch);
    return r;
}

/* set_attributes and size_info stay NULL: the layer answers NFK_FL_UNSUPPORTED. */
static const nfk_fl_drive_ops_t semihost_ops = {
    .file_system = "SEMIHOSTING",
    .open = semihost_open,
    .read = semihost_read,
    .write = semihost_write,
    .seek = semihost_seek,
    .flush = semihost_flush,
    .length = semihost_length,
    .set_length = semihost_set_length,
    .close = semihost_close,
    .stat = semihost_stat,
    .list = semihost_list,
    .mkdir = semihost_mkdir,
    .remove = semihost_remove,
    .rename = semihost_rename,
};

nfk_fl_result_t nfk_fl_semihost_mount(void)
{
    return nfk_fl_mount("", false, &semihost_ops, NULL);
}
