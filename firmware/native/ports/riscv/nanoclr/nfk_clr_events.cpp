// System events for the RV64 nanoCLR. Interrupt handlers (the KPU completion on the K210) may set events, so the
// pending set is changed under GLOBAL_LOCK. The wait polls: the bool timer, the completion timer and the events;
// there is nothing else for the hart to do while the interpreter has no ready thread.

#include <nanoCLR_Runtime.h>
#include <nanoHAL_v2.h>

#include "nfk_clr_riscv.h"
#if defined(NFK_CLR_WIRE_PROTOCOL)
#include "nfk_wp_port.h" // wire/: the debugger's requests are served while the app waits
#endif

static volatile uint32_t pending_events;
static bool *bool_timer_flag;
static uint64_t bool_timer_due;

bool Events_Initialize()
{
    GLOBAL_LOCK();
    pending_events = 0;
    bool_timer_flag = nullptr;
    GLOBAL_UNLOCK();
    return true;
}

bool Events_Uninitialize()
{
    return Events_Initialize();
}

void Events_Set(uint32_t events)
{
    GLOBAL_LOCK();
    pending_events |= events;
    GLOBAL_UNLOCK();
}

uint32_t Events_Get(uint32_t eventsOfInterest)
{
    GLOBAL_LOCK();
    uint32_t got = pending_events & eventsOfInterest;
    pending_events &= ~eventsOfInterest;
    GLOBAL_UNLOCK();
    return got;
}

void Events_Clear(uint32_t events)
{
    GLOBAL_LOCK();
    pending_events &= ~events;
    GLOBAL_UNLOCK();
}

uint32_t Events_MaskedRead(uint32_t eventsOfInterest)
{
    return pending_events & eventsOfInterest;
}

void Events_SetBoolTimer(bool *timerCompleteFlag, uint32_t millisecondsFromNow)
{
    bool_timer_flag = timerCompleteFlag;
    if (timerCompleteFlag != nullptr)
    {
        *timerCompleteFlag = false;
        bool_timer_due = HAL_Time_CurrentSysTicks() + (uint64_t)millisecondsFromNow * 10000u;
    }
}

static void run_due_timers()
{
    if (bool_timer_flag != nullptr && HAL_Time_CurrentSysTicks() >= bool_timer_due)
    {
        *bool_timer_flag = true;
        bool_timer_flag = nullptr;
        Events_Set(SYSTEM_EVENT_FLAG_SYSTEM_TIMER);
    }
    if (nfk_clr_fire_due_compare())
        Events_Set(SYSTEM_EVENT_FLAG_SYSTEM_TIMER);
}

uint32_t Events_WaitForEvents(uint32_t powerLevel, uint32_t wakeupSystemEvents, uint32_t timeoutMilliseconds)
{
    (void)powerLevel;
    const bool forever = timeoutMilliseconds == EVENTS_TIMEOUT_INFINITE;
    const uint64_t end = forever ? UINT64_MAX : HAL_Time_CurrentSysTicks() + (uint64_t)timeoutMilliseconds * 10000u;
    for (;;)
    {
        run_due_timers();
#if defined(NFK_CLR_WIRE_PROTOCOL)
        nfk_wp_poll();
#endif
        uint32_t got = pending_events & wakeupSystemEvents;
        if (got != 0 || CLR_EE_DBG_IS(ExitPending) || CLR_EE_DBG_IS(RebootPending))
            return got;
        if (HAL_Time_CurrentSysTicks() >= end)
            return 0;
    }
}

void Events_SetCallback(set_Event_Callback pfn, void *arg)
{
    (void)pfn;
    (void)arg;
}

void FreeManagedEvent(uint8_t category, uint8_t subCategory, uint16_t data1, uint32_t data2)
{
    (void)category;
    (void)subCategory;
    (void)data1;
    (void)data2;
}
