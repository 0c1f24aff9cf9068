// The nanoCLR host port's internal interface: sizes, the completion timer, and the runner.
#ifndef NFK_CLR_HOST_H
#define NFK_CLR_HOST_H

#include <stddef.h>
#include <stdint.h>

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

// Exit codes of nanoclr-k210.
enum nfk_clr_exit
{
    NFK_CLR_EXIT_OK = 0,        // Main returned
    NFK_CLR_EXIT_EXCEPTION = 1, // an exception reached the top of a managed thread
    NFK_CLR_EXIT_LOAD = 2,      // an assembly could not be read, loaded, linked or resolved; or no entry point
    NFK_CLR_EXIT_USAGE = 64,    // bad command line
};

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

// nanoCLR's diagnostics (nfk_clr_console.cpp): hold them back (dropping what was held), or print what was held.
void nfk_clr_hold_diagnostics(bool hold);
void nfk_clr_release_diagnostics();

// Called by the patched upstream Thread.cpp when an exception leaves a thread's last frame.
void nfk_clr_on_uncaught_exception(void *thread);

#endif
