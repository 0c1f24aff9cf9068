// What nanoCLR asks of the machine, for the RV64 boards: power and reset (end the program with a status), watchdog,
// assertion, capability queries and configuration strings; no wire protocol yet. The HAL start-up and the absent
// deployment block storage are the ports' shared ones (ports/common/nanoclr/nfk_clr_hal.cpp).

#include <nanoCLR_Runtime.h>
#include <nanoHAL_v2.h>

#include <stdio.h>

#include "nfk_clr_riscv.h"

extern "C"
{
    void CPU_SetPowerMode(PowerLevel_type powerLevel)
    {
        (void)powerLevel;
    }

    void CPU_Sleep(SLEEP_LEVEL_type level, uint64_t wakeEvents)
    {
        (void)level;
        (void)wakeEvents;
    }

    // Managed Power.RebootDevice and the end of ClrStartup: the program ends (nothing to reboot into).
    void CPU_Reset()
    {
        fflush(stdout);
        nfk_clr_exit(NFK_CLR_EXIT_OK);
    }

    void HAL_AssertEx()
    {
        fputs("nanoclr: nanoCLR assertion failed\n", stderr);
        nfk_clr_exit(NFK_CLR_EXIT_EXCEPTION);
    }

    bool LaunchProprietaryBootloader()
    {
        return false;
    }

    bool RequestToLaunchProprietaryBootloader()
    {
        return false;
    }

    bool RequestToLaunchNanoBooter(int32_t errorCode)
    {
        (void)errorCode;
        return false;
    }

    bool Target_ConfigUpdateRequiresErase()
    {
        return true;
    }

    bool Target_HasNanoBooter()
    {
        return false;
    }

    bool Target_HasProprietaryBooter()
    {
        return false;
    }

    bool Target_IFUCapable()
    {
        return false;
    }

    bool Target_CanChangeMacAddress()
    {
        return false;
    }

    uint32_t GetPlatformCapabilities()
    {
        return 0;
    }

    uint32_t GetTargetCapabilities()
    {
        return 0;
    }

    void RtosYield()
    {
    }

    void Watchdog_Enable(uint32_t timeoutMilliseconds)
    {
        (void)timeoutMilliseconds;
    }

    void Watchdog_Disable()
    {
    }

    void Watchdog_Reset()
    {
    }

    void ConfigurationManager_GetOemModelSku(char *model, size_t modelSkuSize)
    {
        if (model != nullptr && modelSkuSize > 0)
            hal_strcpy_s(model, modelSkuSize, NFK_CLR_TARGET_NAME);
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

#if !defined(NFK_CLR_WIRE_PROTOCOL) // wire/nfk_wire.cmake links upstream's receiver instead
    void WP_Message_PrepareReception()
    {
    }

    void WP_Message_Process()
    {
    }
#endif
}

void CPU_Shutdown()
{
    ClrExit();
    Events_Set(SYSTEM_EVENT_FLAG_ALL);
}

void CPU_Hibernate()
{
    CPU_Shutdown();
}
