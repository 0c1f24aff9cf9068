/* What a board port provides to the code above it: console arguments, a way
 * to stop, and a lock around the single emulated or real KPU. */
#ifndef PORT_H
#define PORT_H

#include <stdint.h>

/* Serialises users of the KPU (and of the emulated SoC on emulator ports). */
void port_lock(void);
void port_unlock(void);

/* Monotonic time in nanoseconds (for per-layer timings). */
uint64_t port_time_ns(void);

#endif
