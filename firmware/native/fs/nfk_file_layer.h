/* The file layer under System.IO.FileSystem's natives: drives by root name ("D:" for the SD card, "" for the host's
 * own file system on the virtual device), and whole-path operations on them.
 *
 * Paths come as the managed code builds them: "D:\dir\name.txt" (or with '/'). The root name is what precedes the
 * first separator; the rest is handed to the drive as "/dir/name.txt" ('/' separated, "/" for the drive's root).
 * An absolute path with a "." or ".." component, or of more than NFK_FL_MAX_PATH bytes, is refused; a root name no
 * mounted drive has gives NFK_FL_NO_VOLUME (so drive-less paths work only where a "" drive is mounted: the host).
 *
 * Relative paths: a path that neither starts with a separator nor has a root name (a first component ending in ':')
 * is relative to the working directory (nfk_fl_set_working_directory), with "." and ".." resolved (".." stops at the
 * drive's root), as on .NET. The ports set it: the host virtual device to the process's working directory, the QEMU
 * image to the directory `nfk210 exec` runs in (its --cwd), the board to "D:\". Without one a relative path is
 * NFK_FL_BAD_PATH.
 *
 * A drive is a table of operations (nfk_fl_drive_ops_t) and a context: POSIX directories on the host
 * (nfk_file_layer_posix.h) and FAT volumes over a block device (nfk_file_layer_fat.h). The layer itself keeps
 * the drive table and does what is the same on every drive: splitting paths, creating parent directories,
 * recursive deletion, telling cross-drive moves apart.
 *
 * Single-threaded: nanoCLR calls it from its one interpreter thread. Pure C11, no allocation here. */
#ifndef NFK_FILE_LAYER_H
#define NFK_FILE_LAYER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define NFK_FL_MAX_PATH 260u  /* a whole path, root name included, without the NUL */
#define NFK_FL_MAX_ROOT 8u    /* a root name with its NUL ("D:") */
#define NFK_FL_MAX_DRIVES 4u

typedef enum nfk_fl_result {
    NFK_FL_OK = 0,
    NFK_FL_NOT_FOUND,       /* nothing at the path */
    NFK_FL_PATH_NOT_FOUND,  /* a parent directory is missing */
    NFK_FL_EXISTS,          /* the target of a create, mkdir or rename exists */
    NFK_FL_NOT_EMPTY,       /* a non-recursive delete of a directory with entries */
    NFK_FL_IS_DIRECTORY,    /* a file operation on a directory */
    NFK_FL_NOT_DIRECTORY,   /* a directory operation on a file */
    NFK_FL_ACCESS_DENIED,   /* read-only file or drive, permissions */
    NFK_FL_NO_VOLUME,       /* no drive has that root name */
    NFK_FL_CROSS_DRIVE,     /* a rename between two drives: the caller copies */
    NFK_FL_PATH_TOO_LONG,
    NFK_FL_BAD_PATH,        /* "." or ".." component, empty name */
    NFK_FL_BAD_ARGUMENT,
    NFK_FL_NO_SPACE,
    NFK_FL_TOO_MANY_OPEN,
    NFK_FL_UNSUPPORTED,     /* the drive cannot do this (format, write on a read-only FAT) */
    NFK_FL_IO_ERROR,
} nfk_fl_result_t;

/* FAT attribute bits, the values of System.IO.FileAttributes */
enum {
    NFK_FL_ATTR_READONLY = 0x01,
    NFK_FL_ATTR_HIDDEN = 0x02,
    NFK_FL_ATTR_SYSTEM = 0x04,
    NFK_FL_ATTR_DIRECTORY = 0x10,
    NFK_FL_ATTR_ARCHIVE = 0x20,
};

/* System.IO.SeekOrigin */
enum { NFK_FL_SEEK_BEGIN = 0, NFK_FL_SEEK_CURRENT = 1, NFK_FL_SEEK_END = 2 };

typedef struct nfk_fl_info {
    uint32_t attributes;
    int64_t size; /* bytes; 0 for a directory */
} nfk_fl_info_t;

/* One directory entry; return false to stop the listing. */
typedef bool (*nfk_fl_entry_fn)(void *user, const char *name, const nfk_fl_info_t *info);

/* What a drive implements. Paths are drive-relative ("/", "/dir/name"). Optional operations may be NULL: the layer
 * answers NFK_FL_UNSUPPORTED for them. */
typedef struct nfk_fl_drive_ops {
    const char *file_system; /* "FAT", "POSIX": DriveInfo.GetFileSystems */
    /* Opens an existing file or creates it (the directory must exist); read and write when the file and drive allow
     * it, else read only (*writable false). */
    nfk_fl_result_t (*open)(void *ctx, const char *path, void **handle, bool *writable);
    nfk_fl_result_t (*read)(void *handle, void *buffer, size_t length, size_t *got);
    nfk_fl_result_t (*write)(void *handle, const void *buffer, size_t length, size_t *put);
    nfk_fl_result_t (*seek)(void *handle, int64_t offset, int origin, int64_t *position);
    nfk_fl_result_t (*flush)(void *handle);
    nfk_fl_result_t (*length)(void *handle, int64_t *length);
    nfk_fl_result_t (*set_length)(void *handle, int64_t length);
    nfk_fl_result_t (*close)(void *handle);
    nfk_fl_result_t (*stat)(void *ctx, const char *path, nfk_fl_info_t *info);
    nfk_fl_result_t (*list)(void *ctx, const char *path, nfk_fl_entry_fn fn, void *user);
    nfk_fl_result_t (*mkdir)(void *ctx, const char *path);  /* one level; NFK_FL_EXISTS when present */
    nfk_fl_result_t (*remove)(void *ctx, const char *path); /* a file or an empty directory */
    nfk_fl_result_t (*rename)(void *ctx, const char *from, const char *to); /* NFK_FL_EXISTS when `to` exists */
    nfk_fl_result_t (*set_attributes)(void *ctx, const char *path, uint32_t attributes);
    nfk_fl_result_t (*size_info)(void *ctx, int64_t *total_bytes, int64_t *free_bytes);
} nfk_fl_drive_ops_t;

typedef struct nfk_fl_drive {
    char root[NFK_FL_MAX_ROOT]; /* "D:"; "" for drive-less paths (the host's file system) */
    bool removable;
    uint32_t volume_index;      /* given by nfk_fl_mount, unique while the process lives */
    uint32_t generation;        /* changes at unmount: open files of the old mount fail with NFK_FL_NO_VOLUME */
    bool mounted;
    const nfk_fl_drive_ops_t *ops;
    void *ctx;
} nfk_fl_drive_t;

/* An open file; lives in the caller's memory (a nanoCLR binary blob), may be moved while open. */
typedef struct nfk_fl_file {
    nfk_fl_drive_t *drive;
    uint32_t generation;
    void *handle;
    bool writable;
    bool open;
} nfk_fl_file_t;

/* Board hooks for the SD card slot (SDCard.Mount, DriveInfo.MountRemovableVolumes); NULL members mean "no card". */
typedef struct nfk_fl_platform {
    nfk_fl_result_t (*mount_card)(uint32_t slot);
    nfk_fl_result_t (*unmount_card)(uint32_t slot);
    bool (*card_present)(uint32_t slot);
} nfk_fl_platform_t;

/* --- drives --- */
nfk_fl_result_t nfk_fl_mount(const char *root, bool removable, const nfk_fl_drive_ops_t *ops, void *ctx);
nfk_fl_result_t nfk_fl_unmount(const char *root);
void nfk_fl_unmount_all(void);
size_t nfk_fl_drive_count(void);                           /* mounted drives */
const nfk_fl_drive_t *nfk_fl_drive_at(size_t index);       /* index < nfk_fl_drive_count() */
const nfk_fl_drive_t *nfk_fl_find_drive(const char *root); /* "D:" (case-insensitive) or NULL */
const nfk_fl_drive_t *nfk_fl_find_volume(uint32_t volume_index);
nfk_fl_result_t nfk_fl_drive_size(const nfk_fl_drive_t *drive, int64_t *total_bytes, int64_t *free_bytes);

void nfk_fl_set_platform(const nfk_fl_platform_t *platform);
nfk_fl_result_t nfk_fl_mount_card(uint32_t slot);
nfk_fl_result_t nfk_fl_unmount_card(uint32_t slot);
bool nfk_fl_card_present(uint32_t slot);

/* Splits a whole path: root name into root (NFK_FL_MAX_ROOT bytes), the drive-relative path into relative
 * (NFK_FL_MAX_PATH + 1 bytes). */
nfk_fl_result_t nfk_fl_split(const char *path, char *root, char *relative);

/* The directory relative paths start at: an absolute path ("D:\\", "/home/me/run"); NULL: none (relative paths are
 * refused). NFK_FL_BAD_PATH for a relative path. */
nfk_fl_result_t nfk_fl_set_working_directory(const char *path);
/* The working directory as root name + "/a/b" ("D:/", "/home/me/run") into path (size bytes); false when none is set
 * or it does not fit. */
bool nfk_fl_working_directory(char *path, size_t size);

/* --- files --- */
nfk_fl_result_t nfk_fl_open(const char *path, nfk_fl_file_t *file);
nfk_fl_result_t nfk_fl_read(nfk_fl_file_t *file, void *buffer, size_t length, size_t *got);
nfk_fl_result_t nfk_fl_write(nfk_fl_file_t *file, const void *buffer, size_t length, size_t *put);
nfk_fl_result_t nfk_fl_seek(nfk_fl_file_t *file, int64_t offset, int origin, int64_t *position);
nfk_fl_result_t nfk_fl_flush(nfk_fl_file_t *file);
nfk_fl_result_t nfk_fl_length(nfk_fl_file_t *file, int64_t *length);
nfk_fl_result_t nfk_fl_set_length(nfk_fl_file_t *file, int64_t length); /* a position past it moves to it */
nfk_fl_result_t nfk_fl_close(nfk_fl_file_t *file); /* closing a closed file is OK */

/* --- paths --- */
nfk_fl_result_t nfk_fl_stat(const char *path, nfk_fl_info_t *info);
nfk_fl_result_t nfk_fl_list(const char *path, nfk_fl_entry_fn fn, void *user);
nfk_fl_result_t nfk_fl_mkdir(const char *path);                   /* with missing parents; existing is OK */
nfk_fl_result_t nfk_fl_delete(const char *path, bool recursive);  /* a file, or a directory */
nfk_fl_result_t nfk_fl_rename(const char *from, const char *to);  /* NFK_FL_CROSS_DRIVE between drives */
nfk_fl_result_t nfk_fl_set_attributes(const char *path, uint32_t attributes);

const char *nfk_fl_result_text(nfk_fl_result_t result);

#ifdef __cplusplus
}
#endif

#endif
