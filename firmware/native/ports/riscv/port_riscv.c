/* Services every RISC-V port shares: the lock (one hart runs the program, so
 * there is nothing to exclude) and a monotonic clock from the cycle counter. */
#include <stdint.h>

#include "port.h"

#ifndef NFK_CPU_HZ
#define NFK_CPU_HZ 400000000ull /* K210 default clock; on QEMU the count is instructions */
#endif

void port_lock(void) {}
void port_unlock(void) {}

uint64_t port_time_ns(void)
{
    uint64_t cycles;
    __asm__ volatile("csrr %0, mcycle" : "=r"(cycles));
    return cycles / (NFK_CPU_HZ / 1000000u) * 1000u;
}
