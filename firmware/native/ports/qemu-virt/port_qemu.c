/* QEMU virt console: semihosting (stdio, files and the command line go to
 * the host through QEMU's -semihosting). */
#include <semihost.h>
#include <stdlib.h>
#include <string.h>

#include "port_console.h"

#define MAX_ARGS 64

char **port_arguments(int *argc)
{
    static char line[4096];
    static char *argv[MAX_ARGS + 1];
    *argc = 0;
    if (sys_semihost_get_cmdline(line, sizeof line) != 0)
        return argv;
    for (char *p = strtok(line, " "); p != NULL && *argc < MAX_ARGS; p = strtok(NULL, " "))
        argv[(*argc)++] = p;
    argv[*argc] = NULL;
    return argv;
}

void port_halt(int status)
{
    exit(status);
}
