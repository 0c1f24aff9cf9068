/* The K210 under nanoCLR: the app's output and nanoCLR's messages share the UARTHS console (picolibc's stdio,
 * port_k210.c), and the end of a run parks the hart (there is nothing to return to). */
#include <stdio.h>

#include "nfk_clr_riscv.h"
#include "port_console.h"

void nfk_clr_app_output(const char *text, size_t length)
{
    fwrite(text, 1, length, stdout);
}

void nfk_clr_exit(int status)
{
    fflush(stdout);
    port_halt(status);
}
