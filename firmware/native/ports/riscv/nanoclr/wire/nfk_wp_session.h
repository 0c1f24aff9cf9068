/* The wire protocol on the qemu-virt image (nfk_clr_qemu_wire.cpp), used when main.c gets --wire. */
#ifndef NFK_CLR_QEMU_WIRE_H
#define NFK_CLR_QEMU_WIRE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* True when the deployment region starts with a good assembly header (a deployed app; erased or zeroed memory
 * does not). */
bool nfk_clr_qemu_wire_region_holds_app(const uint8_t *region, size_t size);

/* The app's console on the virt UART: Monitor_Message packets once a debugger answered the image's ping, plain
 * bytes before that (the first call sends the ping and waits a moment for the answer). */
void nfk_clr_qemu_wire_console(const char *text, size_t length);

/* After the app ended (or failed to load, or there was none): tells the host (ProgramExit), serves wire-protocol
 * requests until one asks for a reboot, then resets the machine, which boots the deployment region's app. Returns
 * only when nanoCLR never started (no debugger to serve). */
void nfk_clr_qemu_wire_serve(void);

#ifdef __cplusplus
}
#endif

#endif
