/* How many threads a KPU layer runs on in the emulator: up to the kernels' setting, but only where more
 * threads are faster. Each layer (keyed by its weights' address, shape and kernel variant) is timed on all the threads
 * and on one, then runs on the faster, trying the other again every EMU_THREADS_PROBE_EVERY runs: small
 * layers gain nothing from a second thread, and on a virtual machine whose two processors the host
 * places far apart (no shared cache) a layer's data crossing between them can cost more than the
 * second thread saves. The bytes are the same for any count. Not thread-safe: the emulator runs one
 * layer at a time (the host API's lock). */
#ifndef EMU_KPU_THREADS_H
#define EMU_KPU_THREADS_H

#include <stdint.h>

#define EMU_THREADS_LAYERS 256u     /* remembered layers (a direct-mapped table: a collision only forgets) */
#define EMU_THREADS_PROBE_EVERY 32u /* runs between two tries of the choice not taken */

typedef struct emu_threads_entry {
    uint64_t key;
    uint32_t runs;
    uint64_t ns[2]; /* smoothed times: [0] on one thread, [1] on all; 0 = not measured yet */
} emu_threads_entry_t;

typedef struct emu_threads {
    emu_threads_entry_t layers[EMU_THREADS_LAYERS];
} emu_threads_t;

/* The key of a layer from its weights' bus address, its shape and the kernel variant that runs it. */
uint64_t emu_threads_key(uint64_t weights_addr, uint32_t in_c, uint32_t out_c, uint32_t in_w, uint32_t in_h,
                         uint32_t kernel, uint32_t variant);

/* Threads for this run of the layer: 1 or `most`. */
unsigned emu_threads_choose(emu_threads_t *t, uint64_t key, unsigned most);

/* The time the run on `threads` (1 or more) took. */
void emu_threads_record(emu_threads_t *t, uint64_t key, unsigned threads, uint64_t ns);

#endif
