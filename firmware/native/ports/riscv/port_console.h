/* Console services of the RISC-V boards (semihosting on QEMU, UARTHS on the K210). */
#ifndef PORT_CONSOLE_H
#define PORT_CONSOLE_H

/* Program arguments (QEMU: the semihosting command line; K210: none). */
char **port_arguments(int *argc);

/* Stops the program with an exit status (QEMU exits; the K210 parks the hart). */
void port_halt(int status) __attribute__((noreturn));

#endif
