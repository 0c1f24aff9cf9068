/* System ticks are the CLINT's mtime counter (nfk_clr_mtime_hz per second); .NET time is in 100 ns units. */
#ifndef TARGET_HAL_TIME_H
#define TARGET_HAL_TIME_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

uint64_t HAL_Time_CurrentSysTicks(void);
uint64_t HAL_Time_SysTicksToTime(uint64_t sysTicks);

#ifdef __cplusplus
}
#endif

#endif
