// The time functions every nanoCLR port shares: system ticks are .NET's 100 ns units on every port, so they are the
// time itself, and a time span prints the same everywhere. Where the ticks come from (the host's clocks, the
// CLINT's mtime) and how a port sleeps stay in the ports.

#include <nanoCLR_Runtime.h>
#include <nanoHAL_Time.h>

static const uint64_t ticks_per_second = 10000000u;

uint64_t HAL_Time_SysTicksToTime(uint64_t sysTicks)
{
    return sysTicks;
}

// [-][d.]hh:mm:ss[.fffffff], as .NET's TimeSpan.ToString().
bool HAL_Time_TimeSpanToStringEx(const int64_t &ticks, char *&buf, size_t &len)
{
    uint64_t magnitude = ticks < 0 ? (uint64_t)(-(ticks + 1)) + 1u : (uint64_t)ticks;
    if (ticks < 0)
        CLR_SafeSprintf(buf, len, "-");
    uint64_t fraction = magnitude % ticks_per_second;
    uint64_t seconds = magnitude / ticks_per_second;
    if (seconds >= 86400u)
        CLR_SafeSprintf(buf, len, "%d.", (int)(seconds / 86400u));
    CLR_SafeSprintf(buf, len, "%02d:%02d:%02d", (int)(seconds / 3600u % 24u), (int)(seconds / 60u % 60u),
                    (int)(seconds % 60u));
    if (fraction != 0)
        CLR_SafeSprintf(buf, len, ".%07d", (int)fraction);
    return len != 0;
}
