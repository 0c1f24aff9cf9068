// Time for the RV64 nanoCLR: system ticks are .NET's 100 ns units, derived from the CLINT's mtime counter (QEMU
// virt: 10 MHz; K210: the CPU clock / 50). There is no battery-backed clock: the date starts at the Unix epoch and
// follows HAL_Time_SetUtcTime. The completion timer (Time_SetCompare) is polled by the event wait
// (nfk_clr_events.cpp), so completions run on the interpreter's own stack, never in an interrupt. What the ports
// share (tick units, time spans) is ports/common/nanoclr/nfk_clr_time.cpp.

#include <nanoCLR_Runtime.h>
#include <nanoHAL_Time.h>

#include "nfk_clr_riscv.h"

#ifndef NFK_CLR_CLINT_BASE
#define NFK_CLR_CLINT_BASE 0x02000000u // same on QEMU virt and the K210
#endif
#ifndef NFK_CLR_MTIME_HZ
#error "NFK_CLR_MTIME_HZ (the rate of the CLINT's mtime at start-up) must be defined by the flavour"
#endif

static const uint64_t ticks_per_second = 10000000u;
static uint64_t mtime_hz = NFK_CLR_MTIME_HZ;
static uint64_t compare_ticks = UINT64_MAX;
static uint64_t utc_at_boot = TIME_UNIX_EPOCH_AS_TICKS;

extern "C" uint64_t nfk_clr_mtime(void)
{
    return *reinterpret_cast<volatile uint64_t *>(static_cast<uintptr_t>(NFK_CLR_CLINT_BASE) + 0xBFF8u);
}

extern "C" void nfk_clr_set_mtime_hz(uint64_t hz)
{
    mtime_hz = hz;
}

uint64_t HAL_Time_CurrentSysTicks()
{
    uint64_t t = nfk_clr_mtime();
    // Whole seconds and the remainder apart, so that the product cannot overflow.
    return t / mtime_hz * ticks_per_second + t % mtime_hz * ticks_per_second / mtime_hz;
}

void HAL_Time_Sleep_MicroSeconds(unsigned int uSec)
{
    uint64_t end = HAL_Time_CurrentSysTicks() + (uint64_t)uSec * 10u;
    while (HAL_Time_CurrentSysTicks() < end)
    {
    }
}

void HAL_Time_Sleep_MicroSeconds_InterruptEnabled(unsigned int uSec)
{
    HAL_Time_Sleep_MicroSeconds(uSec);
}

extern "C" void nfk_clr_delay_ms(uint32_t milliseconds)
{
    HAL_Time_Sleep_MicroSeconds(milliseconds * 1000u);
}

uint64_t HAL_Time_CurrentDateTime(bool datePartOnly)
{
    uint64_t ticks = utc_at_boot + HAL_Time_CurrentSysTicks();
    if (datePartOnly)
        ticks -= ticks % (86400u * ticks_per_second);
    return ticks;
}

void HAL_Time_SetUtcTime(uint64_t utcTime)
{
    utc_at_boot = utcTime - HAL_Time_CurrentSysTicks();
}

const char *HAL_Time_CurrentDateTimeToString()
{
    static char text[32];
    SYSTEMTIME st;
    HAL_Time_ToSystemTime(HAL_Time_CurrentDateTime(false), &st);
    char *cursor = text;
    size_t left = sizeof text;
    CLR_SafeSprintf(
        cursor,
        left,
        "%04d/%02d/%02d %02d:%02d:%02d",
        st.wYear,
        st.wMonth,
        st.wDay,
        st.wHour,
        st.wMinute,
        st.wSecond);
    return text;
}

uint64_t CPU_MillisecondsToTicks(uint64_t mSec)
{
    return mSec * 10000u;
}

extern "C" HRESULT Time_Initialize()
{
    compare_ticks = UINT64_MAX;
    return S_OK;
}

extern "C" HRESULT Time_Uninitialize()
{
    return S_OK;
}

extern "C" void Time_SetCompare(uint64_t compareValue)
{
    compare_ticks = compareValue;
}

extern "C" uint64_t nfk_clr_next_compare(void)
{
    return compare_ticks;
}

extern "C" bool nfk_clr_fire_due_compare(void)
{
    if (compare_ticks == UINT64_MAX || HAL_Time_CurrentSysTicks() < compare_ticks)
        return false;
    compare_ticks = UINT64_MAX;
    HAL_COMPLETION::DequeueAndExec(); // may set the next compare value
    return true;
}
