/* C start-up of hart 0 and the trap report shared by the RISC-V boards. */
#include <picolibc.h>
#include <picotls.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "port_console.h"

extern char __bss_start[], __bss_end[], __tls_base[], __tbss_start[], __tbss_end[];
extern void __libc_init_array(void);

int main(int argc, char **argv);

void k210_crt_start(void) __attribute__((noreturn));
void k210_trap_report(uint64_t cause, uint64_t epc, uint64_t tval) __attribute__((noreturn));

void k210_crt_start(void)
{
    memset(__bss_start, 0, (size_t)(__bss_end - __bss_start));
    memset(__tbss_start, 0, (size_t)(__tbss_end - __tbss_start));
    _set_tls(__tls_base); /* hart 0's TLS block is the image's own .tdata/.tbss */
    __libc_init_array();
    int argc = 0;
    char **argv = port_arguments(&argc);
    exit(main(argc, argv));
}

static const char *cause_name(uint64_t cause)
{
    static const char *const names[] = {
        "instruction address misaligned", "instruction access fault", "illegal instruction", "breakpoint",
        "load address misaligned", "load access fault", "store/AMO address misaligned", "store/AMO access fault",
        "environment call from U-mode", "environment call from S-mode", "reserved", "environment call from M-mode",
        "instruction page fault", "load page fault", "reserved", "store/AMO page fault",
    };
    if (cause >> 63)
        return "interrupt";
    return cause < sizeof names / sizeof names[0] ? names[cause] : "unknown";
}

void k210_trap_report(uint64_t cause, uint64_t epc, uint64_t tval)
{
    fprintf(stderr, "\nnfk210: trap: %s (mcause 0x%llx) at pc 0x%08llx, mtval 0x%08llx\n", cause_name(cause),
            (unsigned long long)cause, (unsigned long long)epc, (unsigned long long)tval);
    port_halt(3);
}
