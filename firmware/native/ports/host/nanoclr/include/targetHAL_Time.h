/* The host clock: 100 ns ticks from CLOCK_MONOTONIC (nanoCLR's native time unit). */
#ifndef NFK_TARGETHAL_TIME_H
#define NFK_TARGETHAL_TIME_H

#include <stdint.h>

uint64_t HAL_Time_CurrentSysTicks();
void HAL_Time_Sleep_MicroSeconds(unsigned int uSec);
void HAL_Time_Sleep_MicroSeconds_InterruptEnabled(unsigned int uSec);

#endif
