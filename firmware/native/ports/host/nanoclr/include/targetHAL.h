/* Target HAL of the nanoCLR host runner: capabilities and the tick rate (100 ns ticks). */
#ifndef NFK_TARGETHAL_H
#define NFK_TARGETHAL_H

#include <signal.h>
#include <stdint.h>
#include <time.h>

static inline void nfk_host_delay_ms(uint32_t ms)
{
    struct timespec t = { (time_t)(ms / 1000u), (long)(ms % 1000u) * 1000000L };
    nanosleep(&t, NULL);
}

#define PLATFORM_DELAY(milliSecs) nfk_host_delay_ms((uint32_t)(milliSecs))
#define PLATFORM_DEPENDENT__SOCKETS_MAX_COUNT 1
#define NANOCLR_STOP() raise(SIGTRAP)

inline bool Target_ConfigUpdateRequiresErase() { return true; }
inline bool Target_HasNanoBooter() { return false; }
inline bool Target_CanChangeMacAddress() { return false; }
inline bool Target_IFUCapable() { return false; }
inline bool Target_HasProprietaryBooter() { return false; }
inline uint32_t GetPlatformCapabilities() { return 0; }
inline uint32_t GetTargetCapabilities() { return 0; }
inline bool RequestToLaunchProprietaryBootloader() { return false; }
inline bool RequestToLaunchNanoBooter(int32_t errorCode) { (void)errorCode; return false; }

inline uint32_t CPU_TicksPerSecond() { return 10000000u; }
inline uint64_t CPU_MicrosecondsToTicks(uint64_t uSec) { return uSec * 10u; }
inline uint64_t CPU_MillisecondsToTicks(uint64_t mSec) { return mSec * 10000u; }

#endif
