/* A wire-protocol session on an RV64 nanoCLR image (qemu-virt with --wire, the K210 board): the app's console over
 * the UART the debugger shares, and what the image does once the app ended: serve deployments until a reboot. */
#ifndef NFK_WP_SESSION_H
#define NFK_WP_SESSION_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* True when the deployment region starts with a good assembly header (a deployed app; erased or zeroed memory
 * does not). */
bool nfk_wp_session_holds_app(const uint8_t *region, size_t size);

/* The app's console on the wire's UART: Monitor_Message packets once a debugger answered the image's ping, plain
 * bytes before that (the first call sends the ping and waits a moment for the answer). */
void nfk_wp_session_console(const char *text, size_t length);

/* After the app ended (or failed to load, or there was none): tells the host (ProgramExit), serves wire-protocol
 * requests until one asks for a reboot, then resets the machine (nfk_wp_board_reset), which boots the deployment
 * region's app. Returns only when nanoCLR never started (no debugger to serve). */
void nfk_wp_session_serve(void);

/* The board's reset after a Reboot request (the reply has left the UART): qemu-virt's test device, the K210's
 * sysctl soft reset. Does not return. */
void nfk_wp_board_reset(void) __attribute__((noreturn));

#ifdef __cplusplus
}
#endif

#endif
