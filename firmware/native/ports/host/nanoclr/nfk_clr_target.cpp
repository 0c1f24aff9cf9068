// What nanoCLR asks of the machine, for the host: power and reset (the process), watchdog, configuration strings,
// and empty transports (no wire protocol). The HAL start-up and the absent deployment block storage (assemblies come
// from files on the command line) are the ports' shared ones (ports/common/nanoclr/nfk_clr_hal.cpp).

#include <nanoCLR_Runtime.h>
#include <nanoHAL_v2.h>

#include <sched.h>
#include <stdio.h>
#include <strings.h>
#include <stdlib.h>
#include <string.h>

#include "nfk_clr_host.h"

extern "C"
{
    void CPU_SetPowerMode(PowerLevel_type powerLevel) { (void)powerLevel; }

    void CPU_Sleep(SLEEP_LEVEL_type level, uint64_t wakeEvents)
    {
        (void)level;
        (void)wakeEvents;
        sched_yield();
    }

    // Managed Power.RebootDevice: the host process ends (there is nothing to reboot into).
    void CPU_Reset() { exit(NFK_CLR_EXIT_OK); }

    void HAL_AssertEx()
    {
        fputs("nanoclr-k210: nanoCLR assertion failed\n", stderr);
        abort();
    }

    bool LaunchProprietaryBootloader() { return false; }

    void RtosYield() { sched_yield(); }

    void Watchdog_Enable(uint32_t timeoutMilliseconds) { (void)timeoutMilliseconds; }
    void Watchdog_Disable() {}
    void Watchdog_Reset() {}

    void ConfigurationManager_GetOemModelSku(char *model, size_t modelSkuSize)
    {
        if (model != nullptr && modelSkuSize > 0)
            hal_strcpy_s(model, modelSkuSize, "NFK210-HOST");
    }

    void ConfigurationManager_GetModuleSerialNumber(char *serialNumber, size_t serialNumberSize)
    {
        if (serialNumber != nullptr && serialNumberSize > 0)
            memset(serialNumber, 0, serialNumberSize);
    }

    void ConfigurationManager_GetSystemSerialNumber(char *serialNumber, size_t serialNumberSize)
    {
        if (serialNumber != nullptr && serialNumberSize > 0)
            memset(serialNumber, 0, serialNumberSize);
    }

    void WP_Message_PrepareReception() {}
    void WP_Message_Process() {}
}

void CPU_Shutdown()
{
    ClrExit();
    Events_Set(SYSTEM_EVENT_FLAG_ALL);
}

void CPU_Hibernate() { CPU_Shutdown(); }

int hal_stricmp(const char *a, const char *b) { return strcasecmp(a, b); }

bool HAL_Windows_IsShutdownPending() { return false; }
void HAL_Windows_AcquireGlobalLock() {}
void HAL_Windows_ReleaseGlobalLock() {}
bool HAL_Windows_HasGlobalLock() { return false; }
uint64_t HAL_Windows_GetPerformanceTicks() { return HAL_Time_CurrentSysTicks(); }
void HAL_Windows_FastSleep(long long ticks) { (void)ticks; }
