/* The K210 under nanoCLR: the app's output and nanoCLR's messages share the UARTHS console (picolibc's stdio,
 * port_k210.c; with the wire protocol the app's output goes as its packets), and the end of a run parks the hart
 * (there is nothing to return to). */
#include <stdio.h>

#include "nfk_clr_riscv.h"
#include "port_console.h"
#if defined(NFK_CLR_BOARD_WIRE_PROTOCOL)
#include "nfk_wp_port.h"
#include "nfk_wp_session.h"
#endif

void nfk_clr_app_output(const char *text, size_t length)
{
#if defined(NFK_CLR_BOARD_WIRE_PROTOCOL)
    if (nfk_wp_enabled()) { /* the console is the debug port: Monitor_Message packets once the host answered */
        fflush(stdout);
        nfk_wp_session_console(text, length);
        return;
    }
#endif
    fwrite(text, 1, length, stdout);
}

void nfk_clr_exit(int status)
{
    fflush(stdout);
    port_halt(status);
}
