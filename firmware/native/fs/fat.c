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
    }
    return "unknown FAT error";
}

/* One sector of the device (absolute lba) through the one-sector cache. */
static fat_result_t device_sector(fat_volume_t *vol, uint32_t lba, const uint8_t **out)
{
    if (lba >= vol->dev.block_count)
        return fail(vol, FAT_CORRUPT, "a sector number points past the end of the device");
    if (!vol->cache_valid || vol->cached_lba != lba) {
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
    if (type == 32) {
        vol->root_cluster = le32(b + 44);
        if (!valid_cluster(vol, vol->root_cluster))
            return fail(vol, FAT_CORRUPT, "the root directory cluster is outside the volume");
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
    memset(vol, 0, sizeof *vol);
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
        fat_result_t r = sector(vol, vol->root_lba + it->index / ENTRIES_PER_SECTOR, entry);
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
    fat_result_t r = sector(vol, cluster_sector(vol, it->cluster) + in / ENTRIES_PER_SECTOR, entry);
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
} lfn_t;

static void lfn_add(lfn_t *l, const uint8_t *e)
{
    static const uint8_t at[LFN_CHARS] = { 1, 3, 5, 7, 9, 14, 16, 18, 20, 22, 24, 28, 30 };
    unsigned order = e[0] & 0x1Fu;
    if (e[0] & LFN_LAST) {
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
            lfn_add(lfn, *e);
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
    dir_iter_t it = { dir_cluster, dir_cluster, 0, 0 };
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
    *f = (found_t){ vol->type == 32 ? vol->root_cluster : 0, 0, true, ATTR_DIRECTORY };
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
    *file = (fat_file_t){ vol, f.cluster, f.size, 0, f.cluster, 0 };
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

    dir_iter_t it = { dir, dir, 0, 0 };
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
    file->pos = pos > file->size ? file->size : pos;
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
