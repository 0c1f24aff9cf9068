/* The RV64 nanoCLR port's internal interface: what the board flavour (qemu-virt, k210) provides, and the runner. */
#ifndef NFK_CLR_RISCV_H
#define NFK_CLR_RISCV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "nfk_clr_common.h" /* exit statuses, the runner core */

#ifdef __cplusplus
extern "C" {
#endif

/* Loads the deployment image (.pe files concatenated at 4-byte boundaries), resolves, runs the entry point and
 * returns an nfk_clr_exit status. `name` is for messages. */
int nfk_clr_run(const uint8_t *image, size_t size, const char *name, bool verbose);

/* Ends the program with a status (nfk_clr_board.c of the flavour: QEMU exits, the K210 halts). */
void nfk_clr_exit(int status) __attribute__((noreturn));

/* The CLINT's machine timer (nfk_clr_time.cpp), and its rate when the board sets its clocks at run time (K210: the
 * CPU clock / 50; the build's NFK_CLR_MTIME_HZ until then). */
uint64_t nfk_clr_mtime(void);
void nfk_clr_set_mtime_hz(uint64_t hz);

/* The completion timer: the next compare value in 100 ns ticks (UINT64_MAX: none), and running it when due. */
uint64_t nfk_clr_next_compare(void);
bool nfk_clr_fire_due_compare(void);

/* Sizes of the managed heap (a .bss block) and of the native heap below the stacks (nfk_clr_memory.cpp). */
size_t nfk_clr_managed_heap_bytes(void);
size_t nfk_clr_native_heap_bytes(void);

/* Reads `length` bytes at `offset` of a storage (the K210's SPI flash); false when it cannot. */
typedef bool (*nfk_clr_read_fn)(void *context, uint32_t offset, void *buffer, size_t length);

/* Reads a deployment image from storage, assembly by assembly, until the first slot that holds no assembly header
 * (erased flash) or `max_bytes`; returns it in the native heap (NULL, with the reason on stderr, when nothing could
 * be read) and its size in *size. */
uint8_t *nfk_clr_read_deployment(nfk_clr_read_fn read, void *context, uint32_t offset, size_t max_bytes,
                                 size_t *size);

#ifdef __cplusplus
}
#endif

#endif
