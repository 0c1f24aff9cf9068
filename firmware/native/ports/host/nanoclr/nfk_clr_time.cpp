// Time for nanoCLR on the host: 100 ns ticks from the monotonic clock, wall-clock dates from the real-time clock.
// The completion timer (Time_SetCompare) is polled by the event wait (nfk_clr_events.cpp): nanoCLR runs on one
// host thread, so completions run on that thread too, as they would from the timer interrupt on the board. What the
// ports share (tick units, time spans) is ports/common/nanoclr/nfk_clr_time.cpp.

#include <nanoCLR_Runtime.h>
#include <nanoHAL_Time.h>

#include <atomic>
#include <errno.h>
#include <time.h>

#include "nfk_clr_host.h"

static const uint64_t ticks_per_second = 10000000u;
static std::atomic<uint64_t> compare_ticks{UINT64_MAX};

static uint64_t ticks_of(const struct timespec &ts)
{
    return (uint64_t)ts.tv_sec * ticks_per_second + (uint64_t)ts.tv_nsec / 100u;
}

uint64_t HAL_Time_CurrentSysTicks()
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return ticks_of(ts);
}

void HAL_Time_Sleep_MicroSeconds(unsigned int uSec)
{
    struct timespec t = {(time_t)(uSec / 1000000u), (long)(uSec % 1000000u) * 1000L};
    while (nanosleep(&t, &t) != 0 && errno == EINTR)
    {
    }
}

void HAL_Time_Sleep_MicroSeconds_InterruptEnabled(unsigned int uSec) { HAL_Time_Sleep_MicroSeconds(uSec); }

uint64_t HAL_Time_CurrentDateTime(bool datePartOnly)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    uint64_t ticks = TIME_UNIX_EPOCH_AS_TICKS + ticks_of(ts);
    if (datePartOnly)
        ticks -= ticks % (86400u * ticks_per_second);
    return ticks;
}

const char *HAL_Time_CurrentDateTimeToString()
{
    static char text[32];
    time_t now = time(nullptr);
    struct tm utc;
    gmtime_r(&now, &utc);
    strftime(text, sizeof text, "%Y/%m/%d %H:%M:%S", &utc);
    return text;
}

extern "C" HRESULT Time_Initialize() { return S_OK; }
extern "C" HRESULT Time_Uninitialize() { return S_OK; }

extern "C" void Time_SetCompare(uint64_t compareValue) { compare_ticks.store(compareValue); }

uint64_t nfk_clr_next_compare() { return compare_ticks.load(); }

bool nfk_clr_fire_due_compare()
{
    uint64_t due = compare_ticks.load();
    if (due == UINT64_MAX || HAL_Time_CurrentSysTicks() < due)
        return false;
    compare_ticks.store(UINT64_MAX);
    HAL_COMPLETION::DequeueAndExec(); // may set the next compare value
    return true;
}
