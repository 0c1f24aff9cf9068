#include "emu_kpu_threads.h"

#include <stddef.h>

uint64_t emu_threads_key(uint64_t weights_addr, uint32_t in_c, uint32_t out_c, uint32_t in_w, uint32_t in_h,
                         uint32_t kernel, uint32_t variant)
{
    /* FNV-1a over the fields: distinct layers of a model differ in their weights' address */
    const uint64_t fields[] = {weights_addr, in_c, out_c, in_w, in_h, kernel, variant};
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t i = 0; i < sizeof fields / sizeof fields[0]; i++)
        for (int b = 0; b < 8; b++) {
            h ^= (fields[i] >> (8 * b)) & 0xFF;
            h *= 0x100000001b3ull;
        }
    return h | 1; /* 0 marks an empty entry */
}

static emu_threads_entry_t *entry(emu_threads_t *t, uint64_t key)
{
    emu_threads_entry_t *e = &t->layers[(key >> 7) % EMU_THREADS_LAYERS];
    if (e->key != key) { /* a new layer, or another one in its place */
        e->key = key;
        e->runs = 0;
        e->ns[0] = e->ns[1] = 0;
    }
    return e;
}

unsigned emu_threads_choose(emu_threads_t *t, uint64_t key, unsigned most)
{
    if (most <= 1)
        return 1;
    emu_threads_entry_t *e = entry(t, key);
    if (e->ns[1] == 0) /* all threads first, then one */
        return most;
    if (e->ns[0] == 0)
        return 1;
    unsigned better = e->ns[1] <= e->ns[0] ? most : 1;
    if (e->runs % EMU_THREADS_PROBE_EVERY == EMU_THREADS_PROBE_EVERY - 1) /* conditions change: try the other */
        return better == 1 ? most : 1;
    return better;
}

void emu_threads_record(emu_threads_t *t, uint64_t key, unsigned threads, uint64_t ns)
{
    emu_threads_entry_t *e = entry(t, key);
    uint64_t *slot = &e->ns[threads > 1];
    ns = ns == 0 ? 1 : ns;
    *slot = *slot == 0 ? ns : (3 * *slot + ns) / 4; /* smoothed: one slow run does not flip the choice */
    e->runs++;
}
