// System events for nanoCLR on the host. Other host threads (the KPU completion) may set events; the interpreter's
// thread waits on a condition variable, waking for due completion-timer ticks as well. The bool timer (nanoCLR's
// time-slice end: it sets a thread's "quantum expired" flag) must fire while the interpreter is busy, so a timer
// thread sets it.

// The C++ library first: nanoCLR's headers define min/max macros.
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include <nanoCLR_Runtime.h>
#include <nanoHAL_v2.h>

#include "nfk_clr_host.h"

static std::mutex events_lock;
static std::condition_variable events_changed;
static uint32_t pending_events;

// The bool timer, served by its own thread.
static std::mutex timer_lock;
static std::condition_variable timer_changed;
static bool *timer_flag;
static uint64_t timer_due_ticks;
static bool timer_thread_started;

static void bool_timer_thread()
{
    std::unique_lock<std::mutex> hold(timer_lock);
    for (;;)
    {
        if (timer_flag == nullptr)
        {
            timer_changed.wait(hold);
            continue;
        }
        uint64_t now = HAL_Time_CurrentSysTicks();
        if (now >= timer_due_ticks)
        {
            *timer_flag = true;
            timer_flag = nullptr;
            continue;
        }
        timer_changed.wait_for(hold, std::chrono::microseconds((timer_due_ticks - now) / 10u));
    }
}

bool Events_Initialize()
{
    std::lock_guard<std::mutex> hold(events_lock);
    pending_events = 0;
    return true;
}

bool Events_Uninitialize()
{
    std::lock_guard<std::mutex> hold(events_lock);
    pending_events = 0;
    return true;
}

void Events_Set(uint32_t events)
{
    {
        std::lock_guard<std::mutex> hold(events_lock);
        pending_events |= events;
    }
    events_changed.notify_all();
}

uint32_t Events_Get(uint32_t eventsOfInterest)
{
    // nanoCLR asks after every time slice: run a due completion here too, not only when idle.
    if (nfk_clr_fire_due_compare())
        Events_Set(SYSTEM_EVENT_FLAG_SYSTEM_TIMER);
    std::lock_guard<std::mutex> hold(events_lock);
    uint32_t got = pending_events & eventsOfInterest;
    pending_events &= ~eventsOfInterest;
    return got;
}

void Events_Clear(uint32_t events)
{
    std::lock_guard<std::mutex> hold(events_lock);
    pending_events &= ~events;
}

uint32_t Events_MaskedRead(uint32_t eventsOfInterest)
{
    std::lock_guard<std::mutex> hold(events_lock);
    return pending_events & eventsOfInterest;
}

void Events_SetBoolTimer(bool *timerCompleteFlag, uint32_t millisecondsFromNow)
{
    std::lock_guard<std::mutex> hold(timer_lock);
    if (!timer_thread_started)
    {
        std::thread(bool_timer_thread).detach(); // lives as long as the process
        timer_thread_started = true;
    }
    timer_flag = timerCompleteFlag;
    if (timerCompleteFlag != nullptr)
    {
        *timerCompleteFlag = false;
        timer_due_ticks = HAL_Time_CurrentSysTicks() + (uint64_t)millisecondsFromNow * 10000u;
    }
    timer_changed.notify_all();
}

// Runs a due completion on the interpreter's thread.
static void run_due_timers()
{
    if (nfk_clr_fire_due_compare())
        Events_Set(SYSTEM_EVENT_FLAG_SYSTEM_TIMER);
}

uint32_t Events_WaitForEvents(uint32_t powerLevel, uint32_t wakeupSystemEvents, uint32_t timeoutMilliseconds)
{
    (void)powerLevel;
    const uint64_t start = HAL_Time_CurrentSysTicks();
    const bool forever = timeoutMilliseconds == EVENTS_TIMEOUT_INFINITE;
    const uint64_t end = forever ? UINT64_MAX : start + (uint64_t)timeoutMilliseconds * 10000u;
    for (;;)
    {
        run_due_timers();
        std::unique_lock<std::mutex> hold(events_lock);
        uint32_t got = pending_events & wakeupSystemEvents;
        if (got != 0 || CLR_EE_DBG_IS(ExitPending) || CLR_EE_DBG_IS(RebootPending))
            return got;
        uint64_t now = HAL_Time_CurrentSysTicks();
        if (now >= end)
            return 0;
        // Sleep until the deadline, the next completion, or an event (checked at least every 10 ms).
        uint64_t wake = end;
        uint64_t compare = nfk_clr_next_compare();
        if (compare < wake)
            wake = compare;
        uint64_t wait_ticks = wake > now ? wake - now : 0;
        if (wait_ticks > 100000u)
            wait_ticks = 100000u;
        events_changed.wait_for(hold, std::chrono::microseconds(wait_ticks / 10u));
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
