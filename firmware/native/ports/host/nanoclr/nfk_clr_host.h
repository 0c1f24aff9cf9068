// The nanoCLR host port's internal interface: sizes, the completion timer, and the runner.
#ifndef NFK_CLR_HOST_H
#define NFK_CLR_HOST_H

#include <stddef.h>
#include <stdint.h>

#include "nfk_clr_common.h" // exit codes, the runner core, the diagnostics hold

// The managed heap: close to the board's so that collections run as often as there (with 16 MiB the unit tests
// collected twice and hid a GC bug, patches/0015). The K210 image gives managed code 1 MiB (ports/k210/nanoclr); the
// host gives 2 MiB because at 1 MiB three tests of nanoFramework.Hardware.K210.Tests run out of memory (the 1.35 MB
// yolo.kmodel in a byte[], QVGA frames): they would not fit the board either.
// `--managed-heap 1M` runs a program at the board's size (CTest clr_gc_stress_small_heap does).
#define NFK_CLR_MANAGED_HEAP_BYTES (2u * 1024u * 1024u)
#define NFK_CLR_CUSTOM_HEAP_BYTES (256u * 1024u)
// Bounds of --managed-heap: a forgotten unit ("4" for "4M") is refused instead of starving nanoCLR, and
// HeapLocation reports the size as 32 bits.
#define NFK_CLR_MANAGED_HEAP_MIN_BYTES (64u * 1024u)
#define NFK_CLR_MANAGED_HEAP_MAX_BYTES (1024u * 1024u * 1024u)

// Overrides NFK_CLR_MANAGED_HEAP_BYTES for this process; call before nfk_clr_run.
void nfk_clr_set_managed_heap_bytes(size_t bytes);

// The completion timer (nfk_clr_time.cpp): the next compare value (UINT64_MAX: none), and running it when due.
uint64_t nfk_clr_next_compare();
bool nfk_clr_fire_due_compare();

// The runner (nfk_clr_runner.cpp).
struct nfk_clr_image
{
    const uint8_t *bytes; // one .pe or several concatenated at 4-byte boundaries (a deployment image)
    size_t size;
    const char *name; // for messages: the file it came from
};

// Loads the images in order, resolves, runs the entry point; returns an nfk_clr_exit code.
int nfk_clr_run(const nfk_clr_image *images, size_t count, bool verbose);

#endif
