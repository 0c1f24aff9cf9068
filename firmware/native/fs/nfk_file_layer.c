/* The drive table and the whole-path operations of the file layer (see nfk_file_layer.h). */
#include "nfk_file_layer.h"

#include <string.h>

static nfk_fl_drive_t drives[NFK_FL_MAX_DRIVES];
static uint32_t next_volume_index;
static const nfk_fl_platform_t *platform;
/* where relative paths start: a root name and a drive-relative path ("/" or "/a/b"); none when wd_set is false */
static char wd_root[NFK_FL_MAX_ROOT];
static char wd_relative[NFK_FL_MAX_PATH + 1];
static bool wd_set;

static bool is_separator(char c) { return c == '\\' || c == '/'; }

static char upper(char c) { return (c >= 'a' && c <= 'z') ? (char)(c - 'a' + 'A') : c; }

static bool same_root(const char *a, const char *b)
{
    while (*a && upper(*a) == upper(*b)) {
        a++;
        b++;
    }
    return *a == *b;
}

static nfk_fl_drive_t *find_mounted(const char *root)
{
    for (size_t i = 0; i < NFK_FL_MAX_DRIVES; i++) {
        if (drives[i].mounted && same_root(drives[i].root, root)) {
            return &drives[i];
        }
    }
    return NULL;
}

nfk_fl_result_t nfk_fl_mount(const char *root, bool removable, const nfk_fl_drive_ops_t *ops, void *ctx)
{
    if (root == NULL || ops == NULL || strlen(root) >= NFK_FL_MAX_ROOT) {
        return NFK_FL_BAD_ARGUMENT;
    }
    for (const char *c = root; *c; c++) {
        if (is_separator(*c)) {
            return NFK_FL_BAD_ARGUMENT;
        }
    }
    if (find_mounted(root) != NULL) {
        return NFK_FL_EXISTS;
    }
    for (size_t i = 0; i < NFK_FL_MAX_DRIVES; i++) {
        nfk_fl_drive_t *d = &drives[i];
        if (!d->mounted) {
            uint32_t generation = d->generation + 1;
            memset(d, 0, sizeof(*d));
            strcpy(d->root, root);
            d->removable = removable;
            d->volume_index = next_volume_index++;
            d->generation = generation;
            d->ops = ops;
            d->ctx = ctx;
            d->mounted = true;
            return NFK_FL_OK;
        }
    }
    return NFK_FL_TOO_MANY_OPEN;
}

nfk_fl_result_t nfk_fl_unmount(const char *root)
{
    nfk_fl_drive_t *d = root ? find_mounted(root) : NULL;
    if (d == NULL) {
        return NFK_FL_NO_VOLUME;
    }
    d->mounted = false;
    d->generation++; /* files opened on this mount now fail */
    return NFK_FL_OK;
}

void nfk_fl_unmount_all(void)
{
    for (size_t i = 0; i < NFK_FL_MAX_DRIVES; i++) {
        if (drives[i].mounted) {
            drives[i].mounted = false;
            drives[i].generation++;
        }
    }
}

size_t nfk_fl_drive_count(void)
{
    size_t n = 0;
    for (size_t i = 0; i < NFK_FL_MAX_DRIVES; i++) {
        n += drives[i].mounted ? 1u : 0u;
    }
    return n;
}

const nfk_fl_drive_t *nfk_fl_drive_at(size_t index)
{
    for (size_t i = 0; i < NFK_FL_MAX_DRIVES; i++) {
        if (drives[i].mounted && index-- == 0) {
            return &drives[i];
        }
    }
    return NULL;
}

const nfk_fl_drive_t *nfk_fl_find_drive(const char *root) { return root ? find_mounted(root) : NULL; }

const nfk_fl_drive_t *nfk_fl_find_volume(uint32_t volume_index)
{
    for (size_t i = 0; i < NFK_FL_MAX_DRIVES; i++) {
        if (drives[i].mounted && drives[i].volume_index == volume_index) {
            return &drives[i];
        }
    }
    return NULL;
}

nfk_fl_result_t nfk_fl_drive_size(const nfk_fl_drive_t *drive, int64_t *total_bytes, int64_t *free_bytes)
{
    *total_bytes = 0;
    *free_bytes = 0;
    if (drive == NULL || !drive->mounted) {
        return NFK_FL_NO_VOLUME;
    }
    return drive->ops->size_info ? drive->ops->size_info(drive->ctx, total_bytes, free_bytes) : NFK_FL_UNSUPPORTED;
}

void nfk_fl_set_platform(const nfk_fl_platform_t *p) { platform = p; }

nfk_fl_result_t nfk_fl_mount_card(uint32_t slot)
{
    return (platform && platform->mount_card) ? platform->mount_card(slot) : NFK_FL_NO_VOLUME;
}

nfk_fl_result_t nfk_fl_unmount_card(uint32_t slot)
{
    return (platform && platform->unmount_card) ? platform->unmount_card(slot) : NFK_FL_NO_VOLUME;
}

bool nfk_fl_card_present(uint32_t slot) { return platform && platform->card_present && platform->card_present(slot); }

/* A path is relative when it neither starts with a separator nor has a root name (a first component ending in
 * ':', as "D:"). */
static bool is_relative(const char *path)
{
    if (path[0] == '\0' || is_separator(path[0])) {
        return path[0] == '\0';
    }
    size_t length = 0;
    while (path[length] && !is_separator(path[length])) {
        length++;
    }
    return path[length - 1] != ':';
}

nfk_fl_result_t nfk_fl_split(const char *path, char *root, char *relative)
{
    if (path == NULL) {
        return NFK_FL_BAD_ARGUMENT;
    }
    if (strlen(path) > NFK_FL_MAX_PATH) {
        return NFK_FL_PATH_TOO_LONG;
    }
    bool from_working = is_relative(path);
    size_t out = 0;
    const char *c = path;
    if (from_working) {
        /* "data\in.bin", "..\x": joined to the working directory; "." and ".." resolved (".." stops at the root) */
        if (!wd_set) {
            return NFK_FL_BAD_PATH;
        }
        strcpy(root, wd_root);
        out = strlen(wd_relative);
        memcpy(relative, wd_relative, out + 1);
        if (out == 1) {
            out = 0; /* "/" */
        }
    } else {
        size_t root_length = 0;
        while (path[root_length] && !is_separator(path[root_length])) {
            root_length++;
        }
        if (root_length >= NFK_FL_MAX_ROOT) {
            return NFK_FL_BAD_PATH; /* a root name no drive can have */
        }
        memcpy(root, path, root_length);
        root[root_length] = '\0';
        c = path + root_length;
    }

    /* "/a/b": one '/' per run of separators, no trailing one, components checked */
    while (*c) {
        while (is_separator(*c)) {
            c++;
        }
        const char *start = c;
        while (*c && !is_separator(*c)) {
            c++;
        }
        size_t length = (size_t)(c - start);
        if (length == 0) {
            break;
        }
        bool dot = length == 1 && start[0] == '.';
        bool dot_dot = length == 2 && start[0] == '.' && start[1] == '.';
        if ((dot || dot_dot) && !from_working) {
            return NFK_FL_BAD_PATH; /* absolute paths come resolved (Path.GetFullPath) */
        }
        if (dot) {
            continue;
        }
        if (dot_dot) {
            while (out > 0 && relative[out - 1] != '/') {
                out--;
            }
            out = out > 0 ? out - 1 : 0; /* drop the '/' too; at the root this stays at the root */
            continue;
        }
        if (out + 1 + length > NFK_FL_MAX_PATH) {
            return NFK_FL_PATH_TOO_LONG;
        }
        relative[out++] = '/';
        memcpy(relative + out, start, length);
        out += length;
    }
    if (out == 0) {
        relative[out++] = '/';
    }
    relative[out] = '\0';
    return NFK_FL_OK;
}

nfk_fl_result_t nfk_fl_set_working_directory(const char *path)
{
    if (path == NULL) {
        wd_set = false;
        return NFK_FL_OK;
    }
    if (is_relative(path)) {
        return NFK_FL_BAD_PATH;
    }
    char root[NFK_FL_MAX_ROOT];
    char relative[NFK_FL_MAX_PATH + 1];
    nfk_fl_result_t r = nfk_fl_split(path, root, relative);
    if (r == NFK_FL_OK) {
        strcpy(wd_root, root);
        strcpy(wd_relative, relative);
        wd_set = true;
    }
    return r;
}

bool nfk_fl_working_directory(char *path, size_t size)
{
    if (!wd_set || path == NULL || strlen(wd_root) + strlen(wd_relative) + 1 > size) {
        return false;
    }
    strcpy(path, wd_root);
    strcat(path, wd_relative);
    return true;
}

/* Splits path and finds its drive. */
static nfk_fl_result_t resolve(const char *path, nfk_fl_drive_t **drive, char *relative)
{
    char root[NFK_FL_MAX_ROOT];
    nfk_fl_result_t r = nfk_fl_split(path, root, relative);
    if (r != NFK_FL_OK) {
        return r;
    }
    *drive = find_mounted(root);
    return *drive ? NFK_FL_OK : NFK_FL_NO_VOLUME;
}

/* The file's drive, if the mount it was opened on is still there. */
static nfk_fl_result_t live_file(const nfk_fl_file_t *file)
{
    if (file == NULL || !file->open) {
        return NFK_FL_BAD_ARGUMENT;
    }
    if (!file->drive->mounted || file->drive->generation != file->generation) {
        return NFK_FL_NO_VOLUME;
    }
    return NFK_FL_OK;
}

nfk_fl_result_t nfk_fl_open(const char *path, nfk_fl_file_t *file)
{
    char relative[NFK_FL_MAX_PATH + 1];
    nfk_fl_drive_t *drive;
    memset(file, 0, sizeof(*file));
    nfk_fl_result_t r = resolve(path, &drive, relative);
    if (r != NFK_FL_OK) {
        return r;
    }
    if (strcmp(relative, "/") == 0) {
        return NFK_FL_IS_DIRECTORY;
    }
    r = drive->ops->open(drive->ctx, relative, &file->handle, &file->writable);
    if (r == NFK_FL_OK) {
        file->drive = drive;
        file->generation = drive->generation;
        file->open = true;
    }
    return r;
}

nfk_fl_result_t nfk_fl_read(nfk_fl_file_t *file, void *buffer, size_t length, size_t *got)
{
    *got = 0;
    nfk_fl_result_t r = live_file(file);
    return r == NFK_FL_OK ? file->drive->ops->read(file->handle, buffer, length, got) : r;
}

nfk_fl_result_t nfk_fl_write(nfk_fl_file_t *file, const void *buffer, size_t length, size_t *put)
{
    *put = 0;
    nfk_fl_result_t r = live_file(file);
    if (r != NFK_FL_OK) {
        return r;
    }
    if (!file->writable || file->drive->ops->write == NULL) {
        return NFK_FL_ACCESS_DENIED;
    }
    return file->drive->ops->write(file->handle, buffer, length, put);
}

nfk_fl_result_t nfk_fl_seek(nfk_fl_file_t *file, int64_t offset, int origin, int64_t *position)
{
    nfk_fl_result_t r = live_file(file);
    if (r != NFK_FL_OK) {
        return r;
    }
    if (origin < NFK_FL_SEEK_BEGIN || origin > NFK_FL_SEEK_END) {
        return NFK_FL_BAD_ARGUMENT;
    }
    return file->drive->ops->seek(file->handle, offset, origin, position);
}

nfk_fl_result_t nfk_fl_flush(nfk_fl_file_t *file)
{
    nfk_fl_result_t r = live_file(file);
    if (r != NFK_FL_OK) {
        return r;
    }
    return file->drive->ops->flush ? file->drive->ops->flush(file->handle) : NFK_FL_OK;
}

nfk_fl_result_t nfk_fl_length(nfk_fl_file_t *file, int64_t *length)
{
    nfk_fl_result_t r = live_file(file);
    return r == NFK_FL_OK ? file->drive->ops->length(file->handle, length) : r;
}

nfk_fl_result_t nfk_fl_set_length(nfk_fl_file_t *file, int64_t length)
{
    nfk_fl_result_t r = live_file(file);
    if (r != NFK_FL_OK) {
        return r;
    }
    if (length < 0) {
        return NFK_FL_BAD_ARGUMENT;
    }
    if (!file->writable || file->drive->ops->set_length == NULL) {
        return NFK_FL_ACCESS_DENIED;
    }
    r = file->drive->ops->set_length(file->handle, length);
    /* as .NET's FileStream.SetLength: a position past the new end moves to the end, on every drive */
    int64_t position = 0;
    if (r == NFK_FL_OK && file->drive->ops->seek(file->handle, 0, NFK_FL_SEEK_CURRENT, &position) == NFK_FL_OK &&
        position > length) {
        r = file->drive->ops->seek(file->handle, length, NFK_FL_SEEK_BEGIN, &position);
    }
    return r;
}

nfk_fl_result_t nfk_fl_close(nfk_fl_file_t *file)
{
    if (file == NULL || !file->open) {
        return NFK_FL_OK;
    }
    file->open = false;
    /* a file of an unmounted drive: the drive's ops and handle pool are still ours, so release the handle */
    return file->drive->ops->close(file->handle);
}

nfk_fl_result_t nfk_fl_stat(const char *path, nfk_fl_info_t *info)
{
    char relative[NFK_FL_MAX_PATH + 1];
    nfk_fl_drive_t *drive;
    nfk_fl_result_t r = resolve(path, &drive, relative);
    return r == NFK_FL_OK ? drive->ops->stat(drive->ctx, relative, info) : r;
}

nfk_fl_result_t nfk_fl_list(const char *path, nfk_fl_entry_fn fn, void *user)
{
    char relative[NFK_FL_MAX_PATH + 1];
    nfk_fl_drive_t *drive;
    nfk_fl_result_t r = resolve(path, &drive, relative);
    if (r != NFK_FL_OK) {
        return r;
    }
    return drive->ops->list ? drive->ops->list(drive->ctx, relative, fn, user) : NFK_FL_UNSUPPORTED;
}

nfk_fl_result_t nfk_fl_mkdir(const char *path)
{
    char relative[NFK_FL_MAX_PATH + 1];
    nfk_fl_drive_t *drive;
    nfk_fl_result_t r = resolve(path, &drive, relative);
    if (r != NFK_FL_OK) {
        return r;
    }
    if (drive->ops->mkdir == NULL) {
        return NFK_FL_UNSUPPORTED;
    }
    /* each prefix "/a", "/a/b", ... in turn; existing directories are fine, an existing file is not */
    for (size_t end = 1;; end++) {
        char c = relative[end];
        if (c != '/' && c != '\0') {
            continue;
        }
        if (end > 1) {
            relative[end] = '\0';
            r = drive->ops->mkdir(drive->ctx, relative);
            if (r == NFK_FL_EXISTS) {
                nfk_fl_info_t info;
                r = drive->ops->stat(drive->ctx, relative, &info);
                if (r == NFK_FL_OK && !(info.attributes & NFK_FL_ATTR_DIRECTORY)) {
                    r = NFK_FL_NOT_DIRECTORY;
                }
            }
            relative[end] = c;
            if (r != NFK_FL_OK) {
                return r;
            }
        }
        if (c == '\0') {
            return NFK_FL_OK;
        }
    }
}

typedef struct first_entry {
    char name[NFK_FL_MAX_PATH + 1];
    bool found;
} first_entry_t;

static bool take_first(void *user, const char *name, const nfk_fl_info_t *info)
{
    (void)info;
    first_entry_t *first = (first_entry_t *)user;
    if (strlen(name) > NFK_FL_MAX_PATH) {
        return true; /* cannot be named in a path: leave it, the rmdir then reports NOT_EMPTY */
    }
    strcpy(first->name, name);
    first->found = true;
    return false;
}

/* Empties and removes the drive-relative directory `relative` (a buffer of NFK_FL_MAX_PATH + 1 bytes, restored). */
static nfk_fl_result_t remove_tree(nfk_fl_drive_t *drive, char *relative)
{
    size_t length = strlen(relative);
    for (;;) {
        /* take one entry at a time: listing while removing is undefined on some file systems */
        first_entry_t first = {.found = false};
        nfk_fl_result_t r = drive->ops->list(drive->ctx, relative, take_first, &first);
        if (r != NFK_FL_OK) {
            return r;
        }
        if (!first.found) {
            break;
        }
        size_t child_length = length + 1 + strlen(first.name);
        if (child_length > NFK_FL_MAX_PATH) {
            return NFK_FL_PATH_TOO_LONG;
        }
        relative[length] = '/';
        strcpy(relative + length + 1, first.name);
        nfk_fl_info_t info;
        r = drive->ops->stat(drive->ctx, relative, &info);
        if (r == NFK_FL_OK) {
            r = (info.attributes & NFK_FL_ATTR_DIRECTORY) ? remove_tree(drive, relative)
                                                          : drive->ops->remove(drive->ctx, relative);
        }
        relative[length] = '\0';
        if (r != NFK_FL_OK) {
            return r;
        }
    }
    return drive->ops->remove(drive->ctx, relative);
}

nfk_fl_result_t nfk_fl_delete(const char *path, bool recursive)
{
    char relative[NFK_FL_MAX_PATH + 1];
    nfk_fl_drive_t *drive;
    nfk_fl_result_t r = resolve(path, &drive, relative);
    if (r != NFK_FL_OK) {
        return r;
    }
    if (drive->ops->remove == NULL) {
        return NFK_FL_UNSUPPORTED;
    }
    if (strcmp(relative, "/") == 0) {
        return NFK_FL_ACCESS_DENIED; /* a drive's root stays */
    }
    nfk_fl_info_t info;
    r = drive->ops->stat(drive->ctx, relative, &info);
    if (r != NFK_FL_OK) {
        return r;
    }
    if ((info.attributes & NFK_FL_ATTR_DIRECTORY) && recursive) {
        return drive->ops->list ? remove_tree(drive, relative) : NFK_FL_UNSUPPORTED;
    }
    return drive->ops->remove(drive->ctx, relative);
}

nfk_fl_result_t nfk_fl_rename(const char *from, const char *to)
{
    char relative_from[NFK_FL_MAX_PATH + 1];
    char relative_to[NFK_FL_MAX_PATH + 1];
    nfk_fl_drive_t *drive_from;
    nfk_fl_drive_t *drive_to;
    nfk_fl_result_t r = resolve(from, &drive_from, relative_from);
    if (r == NFK_FL_OK) {
        r = resolve(to, &drive_to, relative_to);
    }
    if (r != NFK_FL_OK) {
        return r;
    }
    if (drive_from != drive_to) {
        return NFK_FL_CROSS_DRIVE;
    }
    return drive_from->ops->rename ? drive_from->ops->rename(drive_from->ctx, relative_from, relative_to)
                                   : NFK_FL_UNSUPPORTED;
}

nfk_fl_result_t nfk_fl_set_attributes(const char *path, uint32_t attributes)
{
    char relative[NFK_FL_MAX_PATH + 1];
    nfk_fl_drive_t *drive;
    nfk_fl_result_t r = resolve(path, &drive, relative);
    if (r != NFK_FL_OK) {
        return r;
    }
    return drive->ops->set_attributes ? drive->ops->set_attributes(drive->ctx, relative, attributes)
                                      : NFK_FL_UNSUPPORTED;
}

const char *nfk_fl_result_text(nfk_fl_result_t result)
{
    switch (result) {
    case NFK_FL_OK: return "ok";
    case NFK_FL_NOT_FOUND: return "not found";
    case NFK_FL_PATH_NOT_FOUND: return "a parent directory is missing";
    case NFK_FL_EXISTS: return "already exists";
    case NFK_FL_NOT_EMPTY: return "directory not empty";
    case NFK_FL_IS_DIRECTORY: return "is a directory";
    case NFK_FL_NOT_DIRECTORY: return "not a directory";
    case NFK_FL_ACCESS_DENIED: return "access denied";
    case NFK_FL_NO_VOLUME: return "no drive with that root name";
    case NFK_FL_CROSS_DRIVE: return "source and destination are on different drives";
    case NFK_FL_PATH_TOO_LONG: return "path too long";
    case NFK_FL_BAD_PATH: return "bad path ('.' or '..' in an absolute path, a bad root name, or a relative path and no working directory)";
    case NFK_FL_BAD_ARGUMENT: return "bad argument";
    case NFK_FL_NO_SPACE: return "no space left on the drive";
    case NFK_FL_TOO_MANY_OPEN: return "too many open files or drives";
    case NFK_FL_UNSUPPORTED: return "not supported by this drive";
    case NFK_FL_IO_ERROR: return "I/O error";
    }
    return "unknown result";
}
