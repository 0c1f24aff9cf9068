#include "fat.h"

#include <string.h>

/* Directory entry layout (Microsoft FAT specification, "Directory Structure"). */
#define DIR_ENTRY 32u
#define ENTRIES_PER_SECTOR (FAT_SECTOR / DIR_ENTRY)
#define MAX_DIR_ENTRIES 65536u /* the specification's limit per directory */
#define ATTR_VOLUME_ID 0x08u
#define ATTR_DIRECTORY 0x10u
#define ATTR_LONG_NAME 0x0Fu
#define ENTRY_FREE 0xE5u
#define ENTRY_END 0x00u
#define LFN_LAST 0x40u
#define LFN_CHARS 13u
#define MAX_LFN_ORDER 20u /* 20 * 13 >= 255 */
#define FAT16_MIN_CLUSTERS 4085u
#define FAT32_MIN_CLUSTERS 65525u

static uint32_t le16(const uint8_t *p) { return (uint32_t)p[0] | (uint32_t)p[1] << 8; }
static uint32_t le32(const uint8_t *p) { return le16(p) | le16(p + 2) << 16; }
static void put16(uint8_t *p, uint32_t v)
{
    p[0] = (uint8_t)v;
    p[1] = (uint8_t)(v >> 8);
}
static void put32(uint8_t *p, uint32_t v)
{
    put16(p, v);
    put16(p + 2, v >> 16);
}

static fat_result_t fail(fat_volume_t *vol, fat_result_t r, const char *what)
{
    size_t n = strlen(what);
    if (n >= sizeof vol->message)
        n = sizeof vol->message - 1;
    memcpy(vol->message, what, n);
    vol->message[n] = '\0';
    return r;
}

const char *fat_result_text(fat_result_t r)
{
    switch (r) {
    case FAT_OK: return "ok";
    case FAT_IO_ERROR: return "the storage device failed";
    case FAT_NO_FILESYSTEM: return "no FAT file system";
    case FAT_UNSUPPORTED: return "unsupported file system";
    case FAT_CORRUPT: return "the file system is corrupt";
    case FAT_NOT_FOUND: return "file not found";
    case FAT_NOT_A_FILE: return "the path names a directory";
    case FAT_NOT_A_DIRECTORY: return "a path component is not a directory";
    case FAT_BAD_PATH: return "bad path";
    case FAT_BAD_ARGUMENT: return "bad argument";
    case FAT_EXISTS: return "the path already exists";
    case FAT_NO_SPACE: return "no space left on the volume";
    case FAT_NOT_EMPTY: return "the directory is not empty";
    case FAT_READ_ONLY: return "read-only (device or entry)";
    }
    return "unknown FAT error";
}

static fat_result_t device_write(fat_volume_t *vol, uint32_t lba, uint32_t count, const uint8_t *in)
{
    if ((uint64_t)lba + count > vol->dev.block_count)
        return fail(vol, FAT_CORRUPT, "a sector number points past the end of the device");
    int rc = vol->dev.write(vol->dev.ctx, lba, count, in);
    if (rc != 0) {
        vol->io_error = rc;
        return fail(vol, FAT_IO_ERROR, "the storage device failed to write a sector");
    }
    return FAT_OK;
}

/* Writes the cached sector back if it was changed; a sector of the first FAT goes to every copy. */
fat_result_t fat_flush(fat_volume_t *vol)
{
    if (vol == NULL)
        return FAT_BAD_ARGUMENT;
    if (!vol->cache_valid || !vol->cache_dirty)
        return FAT_OK;
    uint32_t lba = vol->cached_lba;
    uint32_t copies = 1;
    if (lba >= vol->first_lba + vol->fat_lba && lba < vol->first_lba + vol->fat_lba + vol->fat_sectors)
        copies = vol->fat_count;
    for (uint32_t k = 0; k < copies; k++) {
        fat_result_t r = device_write(vol, lba + k * vol->fat_sectors, 1, vol->cache);
        if (r != FAT_OK)
            return r;
    }
    vol->cache_dirty = false;
    return FAT_OK;
}

/* One sector of the device (absolute lba) through the one-sector cache. */
static fat_result_t device_sector(fat_volume_t *vol, uint32_t lba, const uint8_t **out)
{
    if (lba >= vol->dev.block_count)
        return fail(vol, FAT_CORRUPT, "a sector number points past the end of the device");
    if (!vol->cache_valid || vol->cached_lba != lba) {
        fat_result_t w = fat_flush(vol);
        if (w != FAT_OK)
            return w;
        vol->cache_valid = false;
        int rc = vol->dev.read(vol->dev.ctx, lba, 1, vol->cache);
        if (rc != 0) {
            vol->io_error = rc;
            return fail(vol, FAT_IO_ERROR, "the storage device failed to read a sector");
        }
        vol->cache_valid = true;
        vol->cached_lba = lba;
    }
    *out = vol->cache;
    return FAT_OK;
}

/* A sector of the volume (relative to its first sector). */
static fat_result_t sector(fat_volume_t *vol, uint32_t s, const uint8_t **out)
{
    if (s >= vol->total_sectors)
        return fail(vol, FAT_CORRUPT, "a sector number points past the end of the volume");
    return device_sector(vol, vol->first_lba + s, out);
}

static bool valid_cluster(const fat_volume_t *vol, uint32_t c) { return c >= 2 && c - 2 < vol->cluster_count; }

static bool end_of_chain(const fat_volume_t *vol, uint32_t v)
{
    return vol->type == 16 ? v >= 0xFFF8u : v >= 0x0FFFFFF8u;
}

static uint32_t cluster_sector(const fat_volume_t *vol, uint32_t c)
{
    return vol->data_lba + (c - 2) * vol->sectors_per_cluster;
}

/* The FAT entry of cluster c: *next is the following cluster or 0 at the end of the chain. */
static fat_result_t next_cluster(fat_volume_t *vol, uint32_t c, uint32_t *next)
{
    if (!valid_cluster(vol, c))
        return fail(vol, FAT_CORRUPT, "a cluster number is outside the volume");
    uint32_t bytes = vol->type / 8;
    uint64_t off = (uint64_t)c * bytes;
    const uint8_t *s;
    fat_result_t r = sector(vol, vol->fat_lba + (uint32_t)(off / FAT_SECTOR), &s);
    if (r != FAT_OK)
        return r;
    uint32_t v = bytes == 2 ? le16(s + off % FAT_SECTOR) : le32(s + off % FAT_SECTOR) & 0x0FFFFFFFu;
    if (end_of_chain(vol, v)) {
        *next = 0;
        return FAT_OK;
    }
    if (!valid_cluster(vol, v))
        return fail(vol, FAT_CORRUPT, "a cluster chain points outside the volume (or at a bad cluster)");
    *next = v;
    return FAT_OK;
}

/* ---- mount ---- */

static fat_result_t parse_boot_sector(fat_volume_t *vol, uint32_t first_lba, const uint8_t *b)
{
    if (memcmp(b + 3, "EXFAT   ", 8) == 0)
        return fail(vol, FAT_UNSUPPORTED, "exFAT is not supported (format the card as FAT32)");
    if (le16(b + 11) != FAT_SECTOR)
        return fail(vol, FAT_UNSUPPORTED, "only 512-byte sectors are supported");
    uint32_t spc = b[13], reserved = le16(b + 14), fats = b[16], root_entries = le16(b + 17);
    uint32_t fat16_size = le16(b + 22);
    uint32_t total = le16(b + 19) != 0 ? le16(b + 19) : le32(b + 32);
    uint32_t fat_size = fat16_size != 0 ? fat16_size : le32(b + 36);
    if (spc == 0 || (spc & (spc - 1)) != 0 || reserved == 0 || fats == 0 || total == 0 || fat_size == 0)
        return fail(vol, FAT_CORRUPT, "the boot sector's geometry is impossible");
    uint64_t root_sectors = ((uint64_t)root_entries * DIR_ENTRY + FAT_SECTOR - 1) / FAT_SECTOR;
    uint64_t data = reserved + (uint64_t)fats * fat_size + root_sectors;
    if (data >= total)
        return fail(vol, FAT_CORRUPT, "the FATs and root directory leave no data area");
    if ((uint64_t)first_lba + total > vol->dev.block_count)
        return fail(vol, FAT_CORRUPT, "the volume is larger than the device");
    uint32_t clusters = (uint32_t)((total - data) / spc);
    if (clusters < FAT16_MIN_CLUSTERS)
        return fail(vol, FAT_UNSUPPORTED, "FAT12 is not supported (format as FAT16 or FAT32)");
    unsigned type = clusters < FAT32_MIN_CLUSTERS ? 16 : 32;
    if ((type == 16 && root_entries == 0) || (type == 32 && (root_entries != 0 || fat16_size != 0)))
        return fail(vol, FAT_CORRUPT, "the boot sector disagrees with the FAT type its size implies");
    if ((uint64_t)fat_size * FAT_SECTOR / (type / 8) < (uint64_t)clusters + 2)
        return fail(vol, FAT_CORRUPT, "the FAT is too small for the clusters of the volume");
    vol->first_lba = first_lba;
    vol->total_sectors = total;
    vol->sectors_per_cluster = spc;
    vol->fat_lba = reserved;
    vol->fat_sectors = fat_size;
    vol->root_lba = (uint32_t)(reserved + (uint64_t)fats * fat_size);
    vol->root_sectors = (uint32_t)root_sectors;
    vol->data_lba = (uint32_t)data;
    vol->cluster_count = clusters;
    vol->type = type;
    vol->fat_count = fats;
    vol->free_clusters = UINT32_MAX;
    vol->next_free = 2;
    vol->timestamp = 0x0021u << 16; /* 1980-01-01 00:00:00 until fat_set_time */
    if (type == 32) {
        vol->root_cluster = le32(b + 44);
        if (!valid_cluster(vol, vol->root_cluster))
            return fail(vol, FAT_CORRUPT, "the root directory cluster is outside the volume");
        uint32_t fsinfo = le16(b + 48);
        vol->fsinfo_sector = fsinfo != 0 && fsinfo < reserved ? fsinfo : 0;
    }
    return FAT_OK;
}

static bool looks_like_boot_sector(const uint8_t *b)
{
    return (b[0] == 0xEB || b[0] == 0xE9) && b[510] == 0x55 && b[511] == 0xAA;
}

fat_result_t fat_mount(fat_volume_t *vol, const fat_blockdev_t *dev)
{
    if (vol == NULL || dev == NULL || dev->read == NULL || dev->block_count == 0)
        return FAT_BAD_ARGUMENT;
    memset(vol, 0, sizeof *vol); /* vol->type stays 0 (unmounted) unless a boot sector parses */
    vol->dev = *dev;
    const uint8_t *b;
    fat_result_t r = device_sector(vol, 0, &b);
    if (r != FAT_OK)
        return r;
    if (looks_like_boot_sector(b))
        return parse_boot_sector(vol, 0, b);
    if (b[510] != 0x55 || b[511] != 0xAA)
        return fail(vol, FAT_NO_FILESYSTEM, "sector 0 is neither a FAT boot sector nor a partition table");
    for (unsigned i = 0; i < 4; i++) { /* MBR: the first FAT16/FAT32 partition */
        const uint8_t *e = b + 446 + 16 * i;
        uint8_t type = e[4];
        uint32_t start = le32(e + 8);
        if ((type == 0x04 || type == 0x06 || type == 0x0E || type == 0x0B || type == 0x0C) && start != 0) {
            r = device_sector(vol, start, &b);
            if (r != FAT_OK)
                return r;
            if (!looks_like_boot_sector(b))
                return fail(vol, FAT_NO_FILESYSTEM, "the FAT partition has no boot sector");
            return parse_boot_sector(vol, start, b);
        }
    }
    return fail(vol, FAT_NO_FILESYSTEM, "the partition table has no FAT16 or FAT32 partition");
}

/* ---- directories ---- */

typedef struct dir_iter {
    uint32_t first_cluster; /* 0: the FAT16 fixed root */
    uint32_t cluster, cluster_index, index;
    uint32_t sector; /* volume sector of the last entry dir_entry gave */
} dir_iter_t;

/* Entry `it->index` of the directory, or *entry = NULL past its end. */
static fat_result_t dir_entry(fat_volume_t *vol, dir_iter_t *it, const uint8_t **entry)
{
    *entry = NULL;
    if (it->index >= MAX_DIR_ENTRIES)
        return FAT_OK;
    if (it->first_cluster == 0) {
        if (it->index >= vol->root_sectors * ENTRIES_PER_SECTOR)
            return FAT_OK;
        it->sector = vol->root_lba + it->index / ENTRIES_PER_SECTOR;
        fat_result_t r = sector(vol, it->sector, entry);
        if (r == FAT_OK)
            *entry += (it->index % ENTRIES_PER_SECTOR) * DIR_ENTRY;
        return r;
    }
    uint32_t per_cluster = vol->sectors_per_cluster * ENTRIES_PER_SECTOR;
    uint32_t want = it->index / per_cluster;
    if (want < it->cluster_index) {
        it->cluster = it->first_cluster;
        it->cluster_index = 0;
    }
    while (it->cluster_index < want) {
        uint32_t next;
        fat_result_t r = next_cluster(vol, it->cluster, &next);
        if (r != FAT_OK)
            return r;
        if (next == 0)
            return FAT_OK; /* end of the directory's chain */
        it->cluster = next;
        it->cluster_index++;
    }
    uint32_t in = it->index % per_cluster;
    it->sector = cluster_sector(vol, it->cluster) + in / ENTRIES_PER_SECTOR;
    fat_result_t r = sector(vol, it->sector, entry);
    if (r == FAT_OK)
        *entry += (in % ENTRIES_PER_SECTOR) * DIR_ENTRY;
    return r;
}

static uint8_t short_name_checksum(const uint8_t *e)
{
    uint8_t sum = 0;
    for (unsigned i = 0; i < 11; i++)
        sum = (uint8_t)(((sum & 1u) << 7) + (sum >> 1) + e[i]);
    return sum;
}

static uint16_t fold(uint16_t c) { return c >= 'a' && c <= 'z' ? (uint16_t)(c - 32) : c; }

static bool same_name(const uint16_t *a, unsigned an, const uint16_t *b, unsigned bn)
{
    if (an != bn)
        return false;
    for (unsigned i = 0; i < an; i++)
        if (fold(a[i]) != fold(b[i]))
            return false;
    return true;
}

/* "NAME    EXT" -> "NAME.EXT" */
static unsigned short_name(const uint8_t *e, uint16_t *out)
{
    unsigned n = 0, base = 8, ext = 11;
    while (base > 0 && e[base - 1] == ' ')
        base--;
    while (ext > 8 && e[ext - 1] == ' ')
        ext--;
    for (unsigned i = 0; i < base; i++)
        out[n++] = i == 0 && e[0] == 0x05 ? 0xE5 : e[i]; /* 0x05 stands for a leading 0xE5 */
    if (ext > 8) {
        out[n++] = '.';
        for (unsigned i = 8; i < ext; i++)
            out[n++] = e[i];
    }
    return n;
}

typedef struct lfn {
    uint16_t chars[MAX_LFN_ORDER * LFN_CHARS];
    unsigned expected; /* next order number expected (counting down), 0 = none pending */
    unsigned length;
    uint8_t checksum;
    uint32_t start; /* directory index of the sequence's first entry */
} lfn_t;

static void lfn_add(lfn_t *l, const uint8_t *e, uint32_t index)
{
    static const uint8_t at[LFN_CHARS] = { 1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30 };
    unsigned order = e[0] & 0x1Fu;
    if (e[0] & LFN_LAST) {
        l->start = index;
        l->expected = order;
        l->checksum = e[13];
        l->length = order * LFN_CHARS;
    }
    if (order == 0 || order > MAX_LFN_ORDER || order != l->expected || e[13] != l->checksum) {
        l->expected = 0; /* broken sequence: fall back to the short name */
        return;
    }
    for (unsigned k = 0; k < LFN_CHARS; k++) {
        uint16_t c = (uint16_t)le16(e + at[k]);
        unsigned pos = (order - 1) * LFN_CHARS + k;
        if (c == 0x0000 && pos < l->length)
            l->length = pos;
        l->chars[pos] = c;
    }
    l->expected = order - 1 == 0 ? 0x100 : order - 1; /* 0x100: complete, waiting for the short entry */
}

typedef struct found {
    uint32_t cluster, size;
    bool directory;
    uint8_t attributes; /* the entry's attribute byte (ATTR_DIRECTORY for the root) */
    bool root;          /* the root directory itself: no entry */
    uint32_t dir;       /* the directory holding the entry (0: FAT16 root) */
    uint32_t index;     /* the short entry's index in it */
    uint32_t first;     /* index of its first long-name entry (= index without one) */
    uint32_t sector, offset; /* where the short entry is */
} found_t;

/* The next short entry of a directory that names a file or folder (not free, not a long-name part, not the volume
 * label), with its long name in *lfn when one precedes it intact (*has_lfn); *e = NULL at the directory's end. */
static fat_result_t next_named_entry(fat_volume_t *vol, dir_iter_t *it, lfn_t *lfn, const uint8_t **e, bool *has_lfn)
{
    for (;; it->index++) {
        fat_result_t r = dir_entry(vol, it, e);
        if (r != FAT_OK)
            return r;
        if (*e == NULL || (*e)[0] == ENTRY_END) {
            *e = NULL;
            return FAT_OK;
        }
        if ((*e)[0] == ENTRY_FREE) {
            lfn->expected = 0;
            continue;
        }
        if (((*e)[11] & 0x3Fu) == ATTR_LONG_NAME) {
            lfn_add(lfn, *e, it->index);
            continue;
        }
        *has_lfn = lfn->expected == 0x100 && lfn->checksum == short_name_checksum(*e);
        lfn->expected = 0;
        if ((*e)[11] & ATTR_VOLUME_ID)
            continue;
        return FAT_OK;
    }
}

static fat_result_t find(fat_volume_t *vol, uint32_t dir_cluster, const uint16_t *name, unsigned name_len,
                         found_t *out)
{
    dir_iter_t it = { dir_cluster, dir_cluster, 0, 0, 0 };
    lfn_t lfn = { .expected = 0 };
    uint16_t sn[12];
    for (;; it.index++) {
        const uint8_t *e;
        bool has_lfn;
        fat_result_t r = next_named_entry(vol, &it, &lfn, &e, &has_lfn);
        if (r != FAT_OK)
            return r;
        if (e == NULL)
            return FAT_NOT_FOUND;
        /* A file answers to its long name and to its 8.3 alias. */
        bool match = (has_lfn && same_name(lfn.chars, lfn.length, name, name_len)) ||
                     same_name(sn, short_name(e, sn), name, name_len);
        if (!match)
            continue;
        out->directory = (e[11] & ATTR_DIRECTORY) != 0;
        out->attributes = e[11];
        out->cluster = le16(e + 26) | (vol->type == 32 ? le16(e + 20) << 16 : 0);
        out->size = le32(e + 28);
        out->root = false;
        out->dir = dir_cluster;
        out->index = it.index;
        out->first = has_lfn ? lfn.start : it.index;
        out->sector = it.sector;
        out->offset = (it.index % ENTRIES_PER_SECTOR) * DIR_ENTRY;
        return FAT_OK;
    }
}

/* Next path component as UCS-2 (UTF-8 decoded); *len = 0 at the end of the path. */
static fat_result_t component(const char **path, uint16_t *out, unsigned *len)
{
    const unsigned char *p = (const unsigned char *)*path;
    while (*p == '/')
        p++;
    unsigned n = 0;
    while (*p != '\0' && *p != '/') {
        uint32_t c = *p++;
        unsigned more = c >= 0xE0 ? 2 : c >= 0xC0 ? 1 : 0;
        if (c >= 0xF0 || (c >= 0x80 && c < 0xC0))
            return FAT_BAD_PATH; /* outside the basic multilingual plane, or a stray continuation byte */
        c &= more == 2 ? 0x0Fu : more == 1 ? 0x1Fu : 0x7Fu;
        for (; more > 0; more--) {
            if ((*p & 0xC0u) != 0x80u)
                return FAT_BAD_PATH;
            c = c << 6 | (*p++ & 0x3Fu);
        }
        if (n == FAT_MAX_NAME)
            return FAT_BAD_PATH;
        out[n++] = (uint16_t)c;
    }
    *path = (const char *)p;
    *len = n;
    return FAT_OK;
}

/* Follows path from the root; *f is the last component's entry (the root for "" or "/"). */
static fat_result_t walk_path(fat_volume_t *vol, const char *path, found_t *f)
{
    uint16_t name[FAT_MAX_NAME];
    unsigned len;
    *f = (found_t){ .cluster = vol->type == 32 ? vol->root_cluster : 0, .directory = true,
                    .attributes = ATTR_DIRECTORY, .root = true };
    fat_result_t r = component(&path, name, &len);
    while (r == FAT_OK && len > 0) {
        if (!f->directory)
            return fail(vol, FAT_NOT_A_DIRECTORY, "a path component is a file");
        uint32_t dir = f->cluster == 0 && vol->type == 32 ? vol->root_cluster : f->cluster; /* ".." to the root */
        if (dir != 0 && !valid_cluster(vol, dir))
            return fail(vol, FAT_CORRUPT, "a directory starts outside the volume");
        if ((r = find(vol, dir, name, len, f)) != FAT_OK)
            return r;
        r = component(&path, name, &len);
    }
    return r;
}

/* The clusters of the chain from c, which must end at an end mark within cluster_count steps (a loop does not). */
static fat_result_t chain_length(fat_volume_t *vol, uint32_t c, uint32_t *length)
{
    for (*length = 0; c != 0; (*length)++) {
        if (*length >= vol->cluster_count)
            return fail(vol, FAT_CORRUPT, "a cluster chain loops");
        fat_result_t r = next_cluster(vol, c, &c);
        if (r != FAT_OK)
            return r;
    }
    return FAT_OK;
}

fat_result_t fat_open(fat_volume_t *vol, const char *path, fat_file_t *file)
{
    if (vol == NULL || path == NULL || file == NULL || vol->type == 0)
        return FAT_BAD_ARGUMENT;
    found_t f;
    const char *rest = path;
    while (*rest == '/')
        rest++;
    if (*rest == '\0')
        return FAT_BAD_PATH; /* the root is no file */
    fat_result_t r = walk_path(vol, path, &f);
    if (r != FAT_OK)
        return r;
    if (f.directory)
        return FAT_NOT_A_FILE;
    if (f.size > 0 && !valid_cluster(vol, f.cluster))
        return fail(vol, FAT_CORRUPT, "the file's first cluster is outside the volume");
    if (f.size > 0 && (uint64_t)(f.size - 1) / ((uint64_t)vol->sectors_per_cluster * FAT_SECTOR) >= vol->cluster_count)
        return fail(vol, FAT_CORRUPT, "the file is larger than the volume");
    if (vol->dev.write != NULL && f.cluster != 0) {
        /* a file that may be written: its chain must end (no loop) and hold its size, or a write could land in
         * clusters of another file */
        uint32_t length;
        fat_result_t c = chain_length(vol, f.cluster, &length);
        if (c != FAT_OK)
            return c;
        if ((uint64_t)length * vol->sectors_per_cluster * FAT_SECTOR < f.size)
            return fail(vol, FAT_CORRUPT, "the cluster chain is shorter than the file");
    }
    *file = (fat_file_t){ vol, f.cluster, f.size, 0, f.cluster, 0, f.sector, f.offset, f.attributes };
    return FAT_OK;
}

fat_result_t fat_stat(fat_volume_t *vol, const char *path, uint8_t *attributes, uint32_t *size)
{
    if (vol == NULL || path == NULL || attributes == NULL || size == NULL || vol->type == 0)
        return FAT_BAD_ARGUMENT;
    found_t f;
    fat_result_t r = walk_path(vol, path, &f);
    if (r != FAT_OK)
        return r;
    *attributes = f.attributes;
    *size = f.directory ? 0 : f.size;
    return FAT_OK;
}

/* UCS-2 to UTF-8 (a name is at most FAT_MAX_NAME characters, 3 bytes each). */
static void utf8_name(const uint16_t *chars, unsigned n, char *out)
{
    size_t k = 0;
    for (unsigned i = 0; i < n; i++) {
        uint16_t c = chars[i];
        if (c < 0x80) {
            out[k++] = (char)c;
        } else if (c < 0x800) {
            out[k++] = (char)(0xC0 | c >> 6);
            out[k++] = (char)(0x80 | (c & 0x3F));
        } else {
            out[k++] = (char)(0xE0 | c >> 12);
            out[k++] = (char)(0x80 | (c >> 6 & 0x3F));
            out[k++] = (char)(0x80 | (c & 0x3F));
        }
    }
    out[k] = '\0';
}

fat_result_t fat_list(fat_volume_t *vol, const char *path, fat_list_fn fn, void *user)
{
    if (vol == NULL || path == NULL || fn == NULL || vol->type == 0)
        return FAT_BAD_ARGUMENT;
    found_t f;
    fat_result_t r = walk_path(vol, path, &f);
    if (r != FAT_OK)
        return r;
    if (!f.directory)
        return FAT_NOT_A_DIRECTORY;
    uint32_t dir = f.cluster == 0 && vol->type == 32 ? vol->root_cluster : f.cluster;
    if (dir != 0 && !valid_cluster(vol, dir))
        return fail(vol, FAT_CORRUPT, "a directory starts outside the volume");

    dir_iter_t it = { dir, dir, 0, 0, 0 };
    lfn_t lfn = { .expected = 0 };
    uint16_t sn[12];
    fat_entry_t entry;
    for (;; it.index++) {
        const uint8_t *e;
        bool has_lfn;
        if ((r = next_named_entry(vol, &it, &lfn, &e, &has_lfn)) != FAT_OK)
            return r;
        if (e == NULL)
            return FAT_OK;
        if (e[0] == '.')
            continue; /* "." and ".." */
        if (has_lfn) {
            utf8_name(lfn.chars, lfn.length, entry.name);
        } else {
            /* byte 12: Windows NT's "base in lower case" (0x08) and "extension in lower case" (0x10) */
            unsigned n = short_name(e, sn);
            bool in_extension = false;
            for (unsigned i = 0; i < n; i++) {
                in_extension = in_extension || sn[i] == '.';
                bool lower = in_extension ? (e[12] & 0x10u) != 0 : (e[12] & 0x08u) != 0;
                if (lower && sn[i] >= 'A' && sn[i] <= 'Z')
                    sn[i] = (uint16_t)(sn[i] + 32);
            }
            utf8_name(sn, n, entry.name);
        }
        entry.attributes = e[11];
        entry.size = (e[11] & ATTR_DIRECTORY) ? 0 : le32(e + 28);
        if (!fn(user, &entry))
            return FAT_OK;
    }
}

/* ---- files ---- */

fat_result_t fat_seek(fat_file_t *file, uint32_t pos)
{
    if (file == NULL || file->vol == NULL)
        return FAT_BAD_ARGUMENT;
    file->pos = pos; /* past the end: a read gets nothing, a write first fills the gap with zeros */
    return FAT_OK;
}

/* Makes file->cluster the cluster holding cluster index `want`. */
static fat_result_t walk_to(fat_file_t *file, uint32_t want)
{
    fat_volume_t *vol = file->vol;
    if (want < file->cluster_index) {
        file->cluster = file->first_cluster;
        file->cluster_index = 0;
    }
    while (file->cluster_index < want) {
        uint32_t next;
        fat_result_t r = next_cluster(vol, file->cluster, &next);
        if (r != FAT_OK)
            return r;
        if (next == 0)
            return fail(vol, FAT_CORRUPT, "the cluster chain is shorter than the file");
        file->cluster = next;
        file->cluster_index++;
    }
    return FAT_OK;
}

fat_result_t fat_read(fat_file_t *file, void *out, size_t len, size_t *got)
{
    if (file == NULL || file->vol == NULL || got == NULL || (out == NULL && len > 0))
        return FAT_BAD_ARGUMENT;
    fat_volume_t *vol = file->vol;
    uint8_t *dst = out;
    uint32_t cluster_bytes = vol->sectors_per_cluster * FAT_SECTOR;
    *got = 0;
    if (file->pos >= file->size)
        return FAT_OK;
    if (len > file->size - file->pos)
        len = file->size - file->pos;
    while (len > 0) {
        fat_result_t r = walk_to(file, file->pos / cluster_bytes);
        if (r != FAT_OK)
            return r;
        uint32_t in_cluster = file->pos % cluster_bytes;
        uint32_t s = cluster_sector(vol, file->cluster) + in_cluster / FAT_SECTOR;
        uint32_t off = in_cluster % FAT_SECTOR;
        size_t n;
        if (off == 0 && len >= FAT_SECTOR) {
            /* Whole sectors of this cluster straight into the caller's buffer. */
            uint32_t count = (uint32_t)(len / FAT_SECTOR);
            uint32_t left_in_cluster = vol->sectors_per_cluster - in_cluster / FAT_SECTOR;
            if (count > left_in_cluster)
                count = left_in_cluster;
            if ((uint64_t)s + count > vol->total_sectors)
                return fail(vol, FAT_CORRUPT, "file data lies past the end of the volume");
            if ((r = fat_flush(vol)) != FAT_OK)
                return r;
            int rc = vol->dev.read(vol->dev.ctx, vol->first_lba + s, count, dst);
            if (rc != 0) {
                vol->io_error = rc;
                return fail(vol, FAT_IO_ERROR, "the storage device failed to read file data");
            }
            n = (size_t)count * FAT_SECTOR;
        } else {
            const uint8_t *data;
            if ((r = sector(vol, s, &data)) != FAT_OK)
                return r;
            n = FAT_SECTOR - off < len ? FAT_SECTOR - off : len;
            memcpy(dst, data + off, n);
        }
        dst += n;
        len -= n;
        *got += n;
        file->pos += (uint32_t)n;
    }
    return FAT_OK;
}

/* ---- changes ---- */

#define ATTR_READ_ONLY 0x01u
#define ATTR_ARCHIVE 0x20u
#define ATTR_SETTABLE 0x27u /* read-only, hidden, system, archive */
#define FSINFO_LEAD 0x41615252u
#define FSINFO_STRUCT 0x61417272u
#define MAX_ALIAS_TRIES 9999u

/* The cached sector s of the volume, to be changed (written back by fat_flush). */
static fat_result_t sector_mut(fat_volume_t *vol, uint32_t s, uint8_t **out)
{
    const uint8_t *unused;
    fat_result_t r = sector(vol, s, &unused);
    if (r != FAT_OK)
        return r;
    vol->cache_dirty = true;
    *out = vol->cache;
    return FAT_OK;
}

/* Entry it->index of a directory, to be changed; NULL past the directory's end. */
static fat_result_t dir_entry_mut(fat_volume_t *vol, dir_iter_t *it, uint8_t **entry)
{
    const uint8_t *e;
    fat_result_t r = dir_entry(vol, it, &e);
    *entry = NULL;
    if (r == FAT_OK && e != NULL) {
        vol->cache_dirty = true;
        *entry = vol->cache + (e - vol->cache);
    }
    return r;
}

/* Every change starts here: the device must write, and FAT32's FSInfo free count, which this code does not keep,
 * is marked unknown once (the specification's value 0xFFFFFFFF) so no one trusts a stale one. */
static fat_result_t begin_change(fat_volume_t *vol)
{
    if (vol->dev.write == NULL)
        return fail(vol, FAT_READ_ONLY, "the storage device is read-only");
    if (vol->fsinfo_sector != 0 && !vol->fsinfo_stale) {
        const uint8_t *s;
        fat_result_t r = sector(vol, vol->fsinfo_sector, &s);
        if (r != FAT_OK)
            return r;
        if (le32(s) == FSINFO_LEAD && le32(s + 484) == FSINFO_STRUCT) {
            vol->cache_dirty = true;
            put32(vol->cache + 488, 0xFFFFFFFFu);
            put32(vol->cache + 492, 0xFFFFFFFFu);
        }
        vol->fsinfo_stale = true;
    }
    return FAT_OK;
}

static uint32_t end_mark(const fat_volume_t *vol) { return vol->type == 16 ? 0xFFFFu : 0x0FFFFFFFu; }

/* The FAT entry of cluster c as stored (0 = free). */
static fat_result_t fat_entry_raw(fat_volume_t *vol, uint32_t c, uint32_t *value)
{
    uint32_t bytes = vol->type / 8;
    uint64_t off = (uint64_t)c * bytes;
    const uint8_t *s;
    fat_result_t r = sector(vol, vol->fat_lba + (uint32_t)(off / FAT_SECTOR), &s);
    if (r == FAT_OK)
        *value = bytes == 2 ? le16(s + off % FAT_SECTOR) : le32(s + off % FAT_SECTOR) & 0x0FFFFFFFu;
    return r;
}

static fat_result_t set_fat(fat_volume_t *vol, uint32_t c, uint32_t value)
{
    if (!valid_cluster(vol, c))
        return fail(vol, FAT_CORRUPT, "a cluster number is outside the volume");
    uint32_t bytes = vol->type / 8;
    uint64_t off = (uint64_t)c * bytes;
    uint8_t *s;
    fat_result_t r = sector_mut(vol, vol->fat_lba + (uint32_t)(off / FAT_SECTOR), &s);
    if (r != FAT_OK)
        return r;
    uint8_t *p = s + off % FAT_SECTOR;
    if (bytes == 2)
        put16(p, value);
    else
        put32(p, (le32(p) & 0xF0000000u) | (value & 0x0FFFFFFFu)); /* the top 4 bits are reserved */
    return FAT_OK;
}

fat_result_t fat_free_clusters(fat_volume_t *vol, uint32_t *free_clusters)
{
    if (vol == NULL || free_clusters == NULL || vol->type == 0)
        return FAT_BAD_ARGUMENT;
    if (vol->free_clusters == UINT32_MAX) {
        uint32_t n = 0;
        for (uint32_t c = 2; c - 2 < vol->cluster_count; c++) {
            uint32_t v;
            fat_result_t r = fat_entry_raw(vol, c, &v);
            if (r != FAT_OK)
                return r;
            n += v == 0;
        }
        vol->free_clusters = n;
    }
    *free_clusters = vol->free_clusters;
    return FAT_OK;
}

/* A free cluster, marked as a chain's end and linked after prev (unless 0). */
static fat_result_t allocate(fat_volume_t *vol, uint32_t prev, uint32_t *out)
{
    if (vol->free_clusters != 0) {
        uint32_t c = vol->next_free;
        for (uint32_t tried = 0; tried < vol->cluster_count; tried++, c++) {
            if (!valid_cluster(vol, c))
                c = 2;
            uint32_t v;
            fat_result_t r = fat_entry_raw(vol, c, &v);
            if (r != FAT_OK)
                return r;
            if (v != 0)
                continue;
            if ((r = set_fat(vol, c, end_mark(vol))) != FAT_OK || (prev != 0 && (r = set_fat(vol, prev, c)) != FAT_OK))
                return r;
            vol->next_free = c + 1;
            if (vol->free_clusters != UINT32_MAX)
                vol->free_clusters--;
            *out = c;
            return FAT_OK;
        }
        vol->free_clusters = 0;
    }
    return fail(vol, FAT_NO_SPACE, "no free cluster left on the volume");
}

static fat_result_t check_chain(fat_volume_t *vol, uint32_t c)
{
    uint32_t length;
    return chain_length(vol, c, &length);
}

/* Frees a chain check_chain accepted. */
static fat_result_t release_chain(fat_volume_t *vol, uint32_t c)
{
    for (uint32_t steps = 0; c != 0 && steps < vol->cluster_count; steps++) {
        uint32_t next;
        fat_result_t r = next_cluster(vol, c, &next);
        if (r == FAT_OK)
            r = set_fat(vol, c, 0);
        if (r != FAT_OK)
            return r;
        if (vol->free_clusters != UINT32_MAX)
            vol->free_clusters++;
        if (c < vol->next_free)
            vol->next_free = c;
        c = next;
    }
    return FAT_OK;
}

/* count zero sectors at volume sector s, written from the (flushed, then zeroed) cache buffer. */
static fat_result_t zero_sectors(fat_volume_t *vol, uint32_t s, uint32_t count)
{
    fat_result_t r = fat_flush(vol);
    if (r != FAT_OK)
        return r;
    if ((uint64_t)s + count > vol->total_sectors)
        return fail(vol, FAT_CORRUPT, "a sector number points past the end of the volume");
    vol->cache_valid = false;
    memset(vol->cache, 0, sizeof vol->cache);
    for (uint32_t i = 0; i < count && r == FAT_OK; i++)
        r = device_write(vol, vol->first_lba + s + i, 1, vol->cache);
    return r;
}

/* The directory cluster a found directory's entries are in (0: the FAT16 root). */
static fat_result_t dir_of(fat_volume_t *vol, const found_t *f, uint32_t *dir)
{
    *dir = f->cluster == 0 && vol->type == 32 ? vol->root_cluster : f->cluster; /* ".." of a root child */
    if (*dir != 0 && !valid_cluster(vol, *dir))
        return fail(vol, FAT_CORRUPT, "a directory starts outside the volume");
    return FAT_OK;
}

/* Walks all but the last component of path: *parent is the directory that holds (or will hold) the last one,
 * returned in name/len. A directory met on the way whose cluster is `avoid` (nonzero) gives FAT_BAD_PATH. */
static fat_result_t walk_parent(fat_volume_t *vol, const char *path, found_t *parent, uint16_t *name, unsigned *len,
                                uint32_t avoid)
{
    *parent = (found_t){ .cluster = vol->type == 32 ? vol->root_cluster : 0, .directory = true,
                         .attributes = ATTR_DIRECTORY, .root = true };
    uint16_t next[FAT_MAX_NAME];
    unsigned next_len;
    fat_result_t r = component(&path, name, len);
    if (r != FAT_OK)
        return fail(vol, r, "a path component is too long or not UTF-8");
    if (*len == 0)
        return fail(vol, FAT_BAD_PATH, "the path names the root directory");
    for (;;) {
        if ((r = component(&path, next, &next_len)) != FAT_OK)
            return fail(vol, r, "a path component is too long or not UTF-8");
        if (next_len == 0)
            return FAT_OK;
        uint32_t dir;
        if ((r = dir_of(vol, parent, &dir)) != FAT_OK || (r = find(vol, dir, name, *len, parent)) != FAT_OK)
            return r;
        if (!parent->directory)
            return fail(vol, FAT_NOT_A_DIRECTORY, "a path component is a file");
        if (avoid != 0 && parent->cluster == avoid)
            return fail(vol, FAT_BAD_PATH, "a directory cannot move into itself");
        memcpy(name, next, next_len * sizeof next[0]);
        *len = next_len;
    }
}

static bool in_set(uint16_t c, const char *set)
{
    for (; *set != '\0'; set++)
        if (c == (uint8_t)*set)
            return true;
    return false;
}

/* A character an 8.3 name may hold (ASCII letters in either case). */
static bool short_char(uint16_t c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || in_set(c, "!#$%&'()-@^_`{}~");
}

/* Names FAT cannot store: control characters, "*?<>|:\"\\/", ".", "..", a trailing dot or space. */
static bool storable_name(const uint16_t *n, unsigned len)
{
    if (len == 0 || n[len - 1] == '.' || n[len - 1] == ' ')
        return false; /* also refuses "." and ".." */
    for (unsigned i = 0; i < len; i++)
        if (n[i] < 0x20 || in_set(n[i], "\"*/:<>?\\|"))
            return false;
    return true;
}

/* A plain 8.3 name ("README.TXT", "readme.txt", "Readme.TXT" is not: mixed case in one part) as the entry's 11
 * bytes and Windows NT's case bits (0x08 base lower, 0x10 extension lower) that fat_list honours. */
static bool plain_short_name(const uint16_t *n, unsigned len, uint8_t *out, uint8_t *case_bits)
{
    unsigned dot = len;
    for (unsigned i = 0; i < len; i++) {
        if (n[i] != '.')
            continue;
        if (dot != len)
            return false;
        dot = i;
    }
    unsigned ext = dot < len ? len - dot - 1 : 0;
    if (dot == 0 || dot > 8 || ext > 3)
        return false;
    memset(out, ' ', 11);
    unsigned cases[2] = { 0, 0 }; /* bit 0: an upper-case letter, bit 1: a lower-case one */
    for (unsigned i = 0; i < len; i++) {
        if (i == dot)
            continue;
        uint16_t c = n[i];
        if (!short_char(c))
            return false;
        unsigned part = i > dot;
        cases[part] |= (c >= 'A' && c <= 'Z') ? 1u : (c >= 'a' && c <= 'z') ? 2u : 0u;
        out[part ? 8 + (i - dot - 1) : i] = (uint8_t)fold(c);
    }
    if (cases[0] == 3 || cases[1] == 3)
        return false;
    *case_bits = (uint8_t)((cases[0] == 2 ? 0x08u : 0) | (cases[1] == 2 ? 0x10u : 0));
    return true;
}

/* The alias of a long name before its "~N": upper case, characters 8.3 cannot hold as '_', spaces and dots but the
 * last dropped; the extension from after the last dot. */
static void alias_stem(const uint16_t *n, unsigned len, uint8_t *out, unsigned *base_len)
{
    unsigned dot = len;
    for (unsigned i = 0; i < len; i++)
        if (n[i] == '.' && i > 0)
            dot = i; /* a leading dot (".config") starts no extension */
    memset(out, ' ', 11);
    unsigned k = 0;
    for (unsigned i = 0; i < dot && k < 8; i++)
        if (n[i] != ' ' && n[i] != '.')
            out[k++] = short_char(n[i]) ? (uint8_t)fold(n[i]) : '_';
    if (k == 0)
        out[k++] = '_';
    *base_len = k;
    unsigned e = 8;
    for (unsigned i = dot + 1; i < len && e < 11; i++)
        if (n[i] != ' ' && n[i] != '.')
            out[e++] = short_char(n[i]) ? (uint8_t)fold(n[i]) : '_';
}

/* Does any live entry of the directory starting at cluster dir pass test(entry, context)? The scan stops at the
 * first that does. */
static fat_result_t any_entry(fat_volume_t *vol, uint32_t dir, bool (*test)(const uint8_t *entry, const void *context),
                              const void *context, bool *found)
{
    dir_iter_t it = { dir, dir, 0, 0, 0 };
    lfn_t lfn = { .expected = 0 };
    *found = false;
    for (;; it.index++) {
        const uint8_t *e;
        bool has_lfn;
        fat_result_t r = next_named_entry(vol, &it, &lfn, &e, &has_lfn);
        if (r != FAT_OK || e == NULL)
            return r;
        if (test(e, context)) {
            *found = true;
            return FAT_OK;
        }
    }
}

static bool has_short_name(const uint8_t *entry, const void *name11) { return memcmp(entry, name11, 11) == 0; }

/* Is there a live entry with these 11 short-name bytes in the directory? */
static fat_result_t short_name_taken(fat_volume_t *vol, uint32_t dir, const uint8_t *name11, bool *taken)
{
    return any_entry(vol, dir, has_short_name, name11, taken);
}

static uint8_t lfn_checksum_of(const uint8_t *name11) { return short_name_checksum(name11); }

/* Adds an entry for name to directory dir: long-name entries when name is not plain 8.3, then the short entry whose
 * bytes 11..31 are template's. Extends a cluster directory by a zeroed cluster when it has no run of free slots.
 * *out: where the short entry went. */
static fat_result_t add_entry(fat_volume_t *vol, uint32_t dir, const uint16_t *name, unsigned len,
                              const uint8_t *template, found_t *out)
{
    if (!storable_name(name, len))
        return fail(vol, FAT_BAD_PATH, "FAT cannot store this name (control or reserved character, trailing dot)");
    uint8_t short_entry[DIR_ENTRY];
    memcpy(short_entry, template, DIR_ENTRY);
    uint8_t case_bits = 0;
    unsigned long_entries = 0;
    if (plain_short_name(name, len, short_entry, &case_bits)) {
        short_entry[12] = case_bits;
    } else {
        short_entry[12] = 0;
        long_entries = (len + LFN_CHARS - 1) / LFN_CHARS;
        unsigned base_len;
        alias_stem(name, len, short_entry, &base_len);
        bool taken = true;
        for (unsigned number = 1; taken; number++) {
            if (number > MAX_ALIAS_TRIES)
                return fail(vol, FAT_NO_SPACE, "no free NAME~N short alias for this long name");
            char tail[8];
            unsigned digits = 0;
            for (unsigned v = number; v > 0; v /= 10)
                digits++;
            tail[0] = '~';
            for (unsigned v = number, i = digits; i > 0; v /= 10, i--)
                tail[i] = (char)('0' + v % 10);
            unsigned at = base_len + digits + 1 > 8 ? 8 - digits - 1 : base_len;
            memcpy(short_entry + at, tail, digits + 1);
            fat_result_t r = short_name_taken(vol, dir, short_entry, &taken);
            if (r != FAT_OK)
                return r;
        }
    }

    /* a run of long_entries + 1 free slots */
    uint32_t need = long_entries + 1, run = 0, start = 0;
    dir_iter_t it = { dir, dir, 0, 0, 0 };
    for (;; it.index++) {
        if (it.index >= MAX_DIR_ENTRIES)
            return fail(vol, FAT_NO_SPACE, "the directory has its maximum number of entries");
        const uint8_t *e;
        fat_result_t r = dir_entry(vol, &it, &e);
        if (r != FAT_OK)
            return r;
        if (e == NULL) {
            if (dir == 0)
                return fail(vol, FAT_NO_SPACE, "the root directory is full");
            uint32_t added; /* it.cluster is the directory's last cluster */
            if ((r = allocate(vol, it.cluster, &added)) != FAT_OK ||
                (r = zero_sectors(vol, cluster_sector(vol, added), vol->sectors_per_cluster)) != FAT_OK)
                return r;
            it.index--; /* this index again, now in the new cluster */
            continue;
        }
        if (e[0] == ENTRY_FREE || e[0] == ENTRY_END) {
            start = run == 0 ? it.index : start;
            if (++run == need)
                break;
        } else {
            run = 0;
        }
    }

    static const uint8_t at[LFN_CHARS] = { 1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30 };
    uint8_t checksum = lfn_checksum_of(short_entry);
    for (uint32_t i = 0; i < need; i++) {
        it.index = start + i;
        uint8_t *e;
        fat_result_t r = dir_entry_mut(vol, &it, &e);
        if (r != FAT_OK)
            return r;
        if (e == NULL)
            return fail(vol, FAT_CORRUPT, "the directory's chain changed while adding an entry");
        if (i + 1 == need) {
            memcpy(e, short_entry, DIR_ENTRY);
            out->dir = dir;
            out->index = it.index;
            out->first = start;
            out->sector = it.sector;
            out->offset = (it.index % ENTRIES_PER_SECTOR) * DIR_ENTRY;
            break;
        }
        unsigned order = long_entries - i;
        memset(e, 0, DIR_ENTRY);
        e[0] = (uint8_t)(order | (i == 0 ? LFN_LAST : 0));
        e[11] = ATTR_LONG_NAME;
        e[13] = checksum;
        for (unsigned k = 0; k < LFN_CHARS; k++) {
            unsigned pos = (order - 1) * LFN_CHARS + k;
            put16(e + at[k], pos < len ? name[pos] : pos == len ? 0x0000u : 0xFFFFu);
        }
    }
    return FAT_OK;
}

/* Marks entries first..index of directory dir free. */
static fat_result_t drop_entries(fat_volume_t *vol, uint32_t dir, uint32_t first, uint32_t index)
{
    dir_iter_t it = { dir, dir, 0, 0, 0 };
    for (it.index = first; it.index <= index; it.index++) {
        uint8_t *e;
        fat_result_t r = dir_entry_mut(vol, &it, &e);
        if (r != FAT_OK)
            return r;
        if (e == NULL)
            return fail(vol, FAT_CORRUPT, "a directory entry lies past the directory's end");
        e[0] = ENTRY_FREE;
    }
    return FAT_OK;
}

static void stamp(const fat_volume_t *vol, uint8_t *e, bool created)
{
    uint32_t date = vol->timestamp >> 16, time = vol->timestamp & 0xFFFFu;
    if (created) {
        put16(e + 14, time);
        put16(e + 16, date);
    }
    put16(e + 18, date);
    put16(e + 22, time);
    put16(e + 24, date);
}

static void set_entry_cluster(const fat_volume_t *vol, uint8_t *e, uint32_t cluster)
{
    put16(e + 20, vol->type == 32 ? cluster >> 16 : 0);
    put16(e + 26, cluster & 0xFFFFu);
}

/* A fresh short entry's bytes 11..31 (0..10 are filled by add_entry). */
static void new_entry(const fat_volume_t *vol, uint8_t *e, uint8_t attributes, uint32_t cluster)
{
    memset(e, 0, DIR_ENTRY);
    e[11] = attributes;
    stamp(vol, e, true);
    set_entry_cluster(vol, e, cluster);
}

/* The directory entry of an open file gets its size, first cluster and (written) the write time. */
static fat_result_t update_entry(fat_file_t *file, bool written)
{
    fat_volume_t *vol = file->vol;
    uint8_t *s;
    if (file->entry_offset > FAT_SECTOR - DIR_ENTRY)
        return FAT_BAD_ARGUMENT;
    fat_result_t r = sector_mut(vol, file->entry_sector, &s);
    if (r != FAT_OK)
        return r;
    uint8_t *e = s + file->entry_offset;
    set_entry_cluster(vol, e, file->first_cluster);
    put32(e + 28, file->size);
    if (written) {
        e[11] |= ATTR_ARCHIVE;
        stamp(vol, e, false);
    }
    return FAT_OK;
}

static fat_result_t finish(fat_volume_t *vol, fat_result_t r)
{
    fat_result_t w = fat_flush(vol);
    return r != FAT_OK ? r : w;
}

/* Parent directory and name of a path to create; FAT_EXISTS when something has that name. */
static fat_result_t prepare_new(fat_volume_t *vol, const char *path, uint16_t *name, unsigned *len, found_t *parent,
                                uint32_t *dir)
{
    fat_result_t r = walk_parent(vol, path, parent, name, len, 0);
    if (r == FAT_OK && !parent->directory)
        r = fail(vol, FAT_NOT_A_DIRECTORY, "a path component is a file");
    if (r == FAT_OK)
        r = dir_of(vol, parent, dir);
    if (r != FAT_OK)
        return r;
    found_t existing;
    r = find(vol, *dir, name, *len, &existing);
    if (r == FAT_OK)
        return fail(vol, FAT_EXISTS, "the path already exists");
    return r == FAT_NOT_FOUND ? FAT_OK : r;
}

fat_result_t fat_create(fat_volume_t *vol, const char *path, fat_file_t *file)
{
    if (vol == NULL || path == NULL || file == NULL || vol->type == 0)
        return FAT_BAD_ARGUMENT;
    fat_result_t r = begin_change(vol);
    if (r != FAT_OK)
        return r;
    uint16_t name[FAT_MAX_NAME];
    unsigned len;
    found_t parent, made;
    uint32_t dir;
    uint8_t e[DIR_ENTRY];
    if ((r = prepare_new(vol, path, name, &len, &parent, &dir)) == FAT_OK) {
        new_entry(vol, e, ATTR_ARCHIVE, 0);
        r = add_entry(vol, dir, name, len, e, &made);
    }
    if (r == FAT_OK)
        *file = (fat_file_t){ vol, 0, 0, 0, 0, 0, made.sector, made.offset, ATTR_ARCHIVE };
    return finish(vol, r);
}

fat_result_t fat_mkdir(fat_volume_t *vol, const char *path)
{
    if (vol == NULL || path == NULL || vol->type == 0)
        return FAT_BAD_ARGUMENT;
    fat_result_t r = begin_change(vol);
    if (r != FAT_OK)
        return r;
    uint16_t name[FAT_MAX_NAME];
    unsigned len;
    found_t parent, made;
    uint32_t dir, cluster = 0;
    if ((r = prepare_new(vol, path, name, &len, &parent, &dir)) != FAT_OK ||
        (r = allocate(vol, 0, &cluster)) != FAT_OK)
        return finish(vol, r);
    uint8_t e[DIR_ENTRY];
    r = zero_sectors(vol, cluster_sector(vol, cluster), vol->sectors_per_cluster);
    uint8_t *s;
    if (r == FAT_OK && (r = sector_mut(vol, cluster_sector(vol, cluster), &s)) == FAT_OK) {
        new_entry(vol, s, ATTR_DIRECTORY, cluster);
        memcpy(s, ".          ", 11);
        new_entry(vol, s + DIR_ENTRY, ATTR_DIRECTORY, parent.root ? 0 : parent.cluster); /* the root is 0 */
        memcpy(s + DIR_ENTRY, "..         ", 11);
    }
    if (r == FAT_OK) {
        new_entry(vol, e, ATTR_DIRECTORY, cluster);
        r = add_entry(vol, dir, name, len, e, &made);
    }
    if (r != FAT_OK && set_fat(vol, cluster, 0) == FAT_OK && vol->free_clusters != UINT32_MAX)
        vol->free_clusters++; /* give the cluster back */
    return finish(vol, r);
}

static bool is_not_dot_entry(const uint8_t *entry, const void *unused)
{
    (void)unused;
    return entry[0] != '.';
}

/* Has the directory starting at cluster dir anything but "." and ".."? */
static fat_result_t directory_empty(fat_volume_t *vol, uint32_t dir, bool *empty)
{
    bool other;
    fat_result_t r = any_entry(vol, dir, is_not_dot_entry, NULL, &other);
    *empty = !other;
    return r;
}

/* Begins a change to the existing entry at path (remove, rename, set attributes): the volume is checked, the change
 * begun, the entry found and the root refused, saying why_not_root. Any error has already finished the change. */
static fat_result_t begin_entry_change(fat_volume_t *vol, const char *path, const char *why_not_root, found_t *f)
{
    if (vol == NULL || path == NULL || vol->type == 0)
        return FAT_BAD_ARGUMENT;
    fat_result_t r = begin_change(vol);
    if (r != FAT_OK)
        return r;
    if ((r = walk_path(vol, path, f)) != FAT_OK)
        return finish(vol, r);
    if (f->root)
        return finish(vol, fail(vol, FAT_BAD_PATH, why_not_root));
    return FAT_OK;
}

fat_result_t fat_remove(fat_volume_t *vol, const char *path)
{
    found_t f;
    fat_result_t r = begin_entry_change(vol, path, "the root directory cannot be removed", &f);
    if (r != FAT_OK)
        return r;
    if (f.attributes & ATTR_READ_ONLY)
        return finish(vol, fail(vol, FAT_READ_ONLY, "the entry is read-only"));
    if (f.directory) {
        bool empty;
        if (!valid_cluster(vol, f.cluster))
            return finish(vol, fail(vol, FAT_CORRUPT, "a directory starts outside the volume"));
        if ((r = directory_empty(vol, f.cluster, &empty)) != FAT_OK)
            return finish(vol, r);
        if (!empty)
            return finish(vol, fail(vol, FAT_NOT_EMPTY, "the directory is not empty"));
    }
    /* the chain is checked first, the entry goes next, the clusters last: a break leaves lost clusters at worst */
    if (f.cluster != 0 && (r = check_chain(vol, f.cluster)) != FAT_OK)
        return finish(vol, r);
    r = drop_entries(vol, f.dir, f.first, f.index);
    if (r == FAT_OK && f.cluster != 0)
        r = release_chain(vol, f.cluster);
    return finish(vol, r);
}

fat_result_t fat_rename(fat_volume_t *vol, const char *from, const char *to)
{
    if (to == NULL)
        return FAT_BAD_ARGUMENT;
    found_t src, parent, made;
    fat_result_t r = begin_entry_change(vol, from, "the root directory cannot be moved", &src);
    if (r != FAT_OK)
        return r;
    uint16_t name[FAT_MAX_NAME];
    unsigned len;
    uint32_t dir;
    uint32_t avoid = src.directory ? src.cluster : 0;
    if ((r = walk_parent(vol, to, &parent, name, &len, avoid)) != FAT_OK)
        return finish(vol, r);
    if (!parent.directory)
        return finish(vol, fail(vol, FAT_NOT_A_DIRECTORY, "a path component is a file"));
    if (avoid != 0 && parent.cluster == avoid)
        return finish(vol, fail(vol, FAT_BAD_PATH, "a directory cannot move into itself"));
    if ((r = dir_of(vol, &parent, &dir)) != FAT_OK)
        return finish(vol, r);
    found_t existing;
    r = find(vol, dir, name, len, &existing);
    if (r == FAT_OK && !(existing.dir == src.dir && existing.index == src.index))
        return finish(vol, fail(vol, FAT_EXISTS, "the target path already exists"));
    if (r != FAT_OK && r != FAT_NOT_FOUND)
        return finish(vol, r);

    uint8_t e[DIR_ENTRY];
    const uint8_t *s;
    if ((r = sector(vol, src.sector, &s)) != FAT_OK)
        return finish(vol, r);
    memcpy(e, s + src.offset, DIR_ENTRY);
    /* the new entry first, then the old one goes: a break leaves two names for one chain, never none */
    if ((r = add_entry(vol, dir, name, len, e, &made)) != FAT_OK ||
        (r = drop_entries(vol, src.dir, src.first, src.index)) != FAT_OK)
        return finish(vol, r);
    uint32_t old_parent = src.dir == (vol->type == 32 ? vol->root_cluster : 0) ? 0 : src.dir;
    uint32_t new_parent = parent.root ? 0 : parent.cluster;
    if (src.directory && old_parent != new_parent) {
        uint8_t *d; /* the moved directory's ".." */
        if (!valid_cluster(vol, src.cluster))
            return finish(vol, fail(vol, FAT_CORRUPT, "a directory starts outside the volume"));
        r = sector_mut(vol, cluster_sector(vol, src.cluster), &d);
        if (r == FAT_OK && memcmp(d + DIR_ENTRY, "..         ", 11) == 0)
            set_entry_cluster(vol, d + DIR_ENTRY, new_parent);
    }
    return finish(vol, r);
}

fat_result_t fat_set_attributes(fat_volume_t *vol, const char *path, uint8_t attributes)
{
    found_t f;
    fat_result_t r = begin_entry_change(vol, path, "the root directory has no attributes", &f);
    if (r != FAT_OK)
        return r;
    uint8_t *s;
    if ((r = sector_mut(vol, f.sector, &s)) == FAT_OK)
        s[f.offset + 11] = (uint8_t)((s[f.offset + 11] & ~ATTR_SETTABLE) | (attributes & ATTR_SETTABLE));
    return finish(vol, r);
}

/* Makes file->cluster the cluster of index `want`, allocating clusters at the chain's end. */
static fat_result_t reach_cluster(fat_file_t *file, uint32_t want)
{
    fat_volume_t *vol = file->vol;
    if (want >= vol->cluster_count)
        return fail(vol, FAT_NO_SPACE, "the file would be larger than the volume");
    if (file->first_cluster == 0) {
        uint32_t c;
        fat_result_t r = allocate(vol, 0, &c);
        if (r != FAT_OK)
            return r;
        file->first_cluster = file->cluster = c;
        file->cluster_index = 0;
    }
    if (want < file->cluster_index || !valid_cluster(vol, file->cluster)) {
        file->cluster = file->first_cluster;
        file->cluster_index = 0;
    }
    while (file->cluster_index < want) {
        uint32_t next;
        fat_result_t r = next_cluster(vol, file->cluster, &next);
        if (r == FAT_OK && next == 0)
            r = allocate(vol, file->cluster, &next);
        if (r != FAT_OK)
            return r;
        file->cluster = next;
        file->cluster_index++;
    }
    return FAT_OK;
}

/* Writes len bytes of src (NULL: zeros) at the position, growing the file; *put counts them. */
static fat_result_t write_bytes(fat_file_t *file, const uint8_t *src, size_t len, size_t *put)
{
    fat_volume_t *vol = file->vol;
    uint32_t cluster_bytes = vol->sectors_per_cluster * FAT_SECTOR;
    while (len > 0) {
        fat_result_t r = reach_cluster(file, file->pos / cluster_bytes);
        if (r != FAT_OK)
            return r;
        uint32_t in_cluster = file->pos % cluster_bytes;
        uint32_t s = cluster_sector(vol, file->cluster) + in_cluster / FAT_SECTOR;
        uint32_t off = in_cluster % FAT_SECTOR;
        size_t n;
        if (off == 0 && len >= FAT_SECTOR) {
            uint32_t count = vol->sectors_per_cluster - in_cluster / FAT_SECTOR; /* the rest of this cluster */
            if (len / FAT_SECTOR < count)
                count = (uint32_t)(len / FAT_SECTOR);
            if (src == NULL) {
                r = zero_sectors(vol, s, count);
            } else {
                uint32_t lba = vol->first_lba + s;
                if (vol->cache_valid && vol->cached_lba >= lba && vol->cached_lba - lba < count)
                    vol->cache_valid = vol->cache_dirty = false; /* wholly overwritten */
                r = (uint64_t)s + count > vol->total_sectors
                        ? fail(vol, FAT_CORRUPT, "file data lies past the end of the volume")
                        : device_write(vol, lba, count, src);
            }
            n = (size_t)count * FAT_SECTOR;
        } else {
            uint8_t *d;
            r = sector_mut(vol, s, &d);
            n = FAT_SECTOR - off < len ? FAT_SECTOR - off : len;
            if (r == FAT_OK && src != NULL)
                memcpy(d + off, src, n);
            else if (r == FAT_OK)
                memset(d + off, 0, n);
        }
        if (r != FAT_OK)
            return r;
        if (src != NULL)
            src += n;
        len -= n;
        *put += n;
        file->pos += (uint32_t)n;
        if (file->pos > file->size)
            file->size = file->pos;
    }
    return FAT_OK;
}

/* Before a change through a handle: the entry as it is now, since another handle of the same file (or a delete)
 * may have changed it since this one was opened. */
static fat_result_t check_writable(fat_file_t *file)
{
    fat_volume_t *vol = file->vol;
    if (file->attributes & ATTR_READ_ONLY)
        return fail(vol, FAT_READ_ONLY, "the file is read-only");
    fat_result_t r = begin_change(vol);
    const uint8_t *s;
    if (r != FAT_OK)
        return r;
    if (file->entry_offset > FAT_SECTOR - DIR_ENTRY)
        return FAT_BAD_ARGUMENT;
    if ((r = sector(vol, file->entry_sector, &s)) != FAT_OK)
        return r;
    const uint8_t *e = s + file->entry_offset;
    if (e[0] == ENTRY_FREE || e[0] == ENTRY_END || (e[11] & (ATTR_DIRECTORY | ATTR_VOLUME_ID)) != 0)
        return fail(vol, FAT_NOT_FOUND, "the open file was deleted");
    if (e[11] & ATTR_READ_ONLY)
        return fail(vol, FAT_READ_ONLY, "the file is read-only");
    uint32_t first = le16(e + 26) | (vol->type == 32 ? le16(e + 20) << 16 : 0);
    if (first != 0 && !valid_cluster(vol, first))
        return fail(vol, FAT_CORRUPT, "the file's first cluster is outside the volume");
    if (first != file->first_cluster) {
        file->first_cluster = file->cluster = first;
        file->cluster_index = 0;
    }
    file->size = le32(e + 28);
    return FAT_OK;
}

fat_result_t fat_write(fat_file_t *file, const void *data, size_t len, size_t *put)
{
    if (file == NULL || file->vol == NULL || put == NULL || (data == NULL && len > 0))
        return FAT_BAD_ARGUMENT;
    fat_volume_t *vol = file->vol;
    *put = 0;
    fat_result_t r = check_writable(file);
    if (r != FAT_OK || len == 0)
        return finish(vol, r);
    if ((uint64_t)file->pos + len > 0xFFFFFFFFu)
        return finish(vol, fail(vol, FAT_NO_SPACE, "a FAT file holds at most 4 GiB - 1 bytes"));
    if (file->pos > file->size) {
        uint32_t target = file->pos;
        size_t zeros = 0;
        file->pos = file->size;
        r = write_bytes(file, NULL, target - file->size, &zeros);
    }
    if (r == FAT_OK)
        r = write_bytes(file, data, len, put);
    fat_result_t u = update_entry(file, true);
    return finish(vol, r != FAT_OK ? r : u);
}

fat_result_t fat_truncate(fat_file_t *file, uint32_t size)
{
    if (file == NULL || file->vol == NULL)
        return FAT_BAD_ARGUMENT;
    fat_volume_t *vol = file->vol;
    fat_result_t r = check_writable(file);
    if (r != FAT_OK)
        return finish(vol, r);
    uint32_t cluster_bytes = vol->sectors_per_cluster * FAT_SECTOR;
    if (size > file->size) {
        uint32_t pos = file->pos;
        size_t zeros = 0;
        file->pos = file->size;
        r = write_bytes(file, NULL, size - file->size, &zeros);
        file->pos = pos;
    } else if (file->first_cluster != 0) {
        uint32_t keep = size == 0 ? 0 : (size - 1) / cluster_bytes + 1;
        uint32_t cut = file->first_cluster; /* first cluster to free */
        if (keep > 0) {
            file->cluster = file->first_cluster;
            file->cluster_index = 0;
            r = walk_to(file, keep - 1);
            if (r == FAT_OK)
                r = next_cluster(vol, file->cluster, &cut);
        }
        if (r == FAT_OK && cut != 0)
            r = check_chain(vol, cut);
        if (r == FAT_OK && cut != 0) {
            /* the entry and the chain's new end first, the clusters after */
            if (keep == 0)
                file->first_cluster = 0;
            else
                r = set_fat(vol, file->cluster, end_mark(vol));
            file->size = size;
            if (r == FAT_OK)
                r = update_entry(file, true);
            if (r == FAT_OK)
                r = release_chain(vol, cut);
        }
        file->size = r == FAT_OK ? size : file->size;
    } else {
        file->size = size; /* 0 */
    }
    file->cluster = file->first_cluster;
    file->cluster_index = 0;
    if (file->pos > file->size)
        file->pos = file->size;
    fat_result_t u = update_entry(file, true);
    return finish(vol, r != FAT_OK ? r : u);
}

void fat_set_time(fat_volume_t *vol, unsigned year, unsigned month, unsigned day, unsigned hour, unsigned minute,
                  unsigned second)
{
    if (vol == NULL || year < 1980 || year > 2107 || month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 ||
        minute > 59 || second > 59)
        return;
    uint32_t date = (year - 1980) << 9 | month << 5 | day;
    uint32_t time = hour << 11 | minute << 5 | second / 2;
    vol->timestamp = date << 16 | time;
}
