/* What the nanoCLR ports share (firmware/native/ports/common/nanoclr): the exit statuses, the app's output, and the
 * runner's core that every port drives with its own way of getting the assemblies. */
#ifndef NFK_CLR_COMMON_H
#define NFK_CLR_COMMON_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Exit statuses of nanoclr-k210 and of the RV64 images alike. */
enum nfk_clr_exit {
    NFK_CLR_EXIT_OK = 0,        /* Main returned */
    NFK_CLR_EXIT_EXCEPTION = 1, /* an exception reached the top of a managed thread */
    NFK_CLR_EXIT_LOAD = 2,      /* an assembly could not be read, loaded, linked or resolved; or no entry point */
    NFK_CLR_EXIT_USAGE = 64,    /* bad command line */
};

#ifdef __cplusplus
extern "C" {
#endif

/* Writes the app's own output (Debug.WriteLine, Console.WriteLine) where the user sees it apart from nanoCLR's
 * messages, which go to stderr: the host, stdout; the boards, their flavour's nfk_clr_board.c (QEMU: the virt UART,
 * i.e. QEMU's stdout, while semihosting's console is its stderr; K210: UARTHS). */
void nfk_clr_app_output(const char *text, size_t length);

#ifdef __cplusplus
}

/* How a port's runner names itself in nanoCLR's messages; each port's nfk_clr_runner.cpp defines it. */
struct nfk_clr_runner_words
{
    const char *program;        /* each message starts with it: "nanoclr-k210" on the host, "nanoclr" on the boards */
    const char *natives_holder; /* what holds the native tables: "runner", "image" */
    /* An assembly with native methods but no table: say so (the host), or report nanoCLR's checksum mismatch against
     * 0 as the boards do (the oracle tests recognise that wording there). */
    bool explain_missing_table;
};
extern const nfk_clr_runner_words nfk_clr_runner_port_words;

/* The runner core (nfk_clr_runner_core.cpp). Each prints why it fails on stderr. */
bool nfk_clr_start_engine();
/* Creates and links every assembly of an image (one .pe, or several at 4-byte boundaries: a deployment image). */
bool nfk_clr_link_image(const uint8_t *image, size_t size, const char *name, bool verbose);
/* Resolves what was linked and runs the entry point; returns an nfk_clr_exit status. */
int nfk_clr_resolve_and_execute();

/* nanoCLR's diagnostics (the port's console): hold them back (dropping what was held), or print what was held.
 * The runner core holds them while it loads unless asked to be verbose; a port that prints them as they come
 * makes these do nothing. */
void nfk_clr_hold_diagnostics(bool hold);
void nfk_clr_release_diagnostics();

/* Called by the patched upstream Thread.cpp (patch 0001, which declares it with C++ linkage) when an exception
 * leaves a thread's last frame. */
void nfk_clr_on_uncaught_exception(void *thread);

#endif

#endif
