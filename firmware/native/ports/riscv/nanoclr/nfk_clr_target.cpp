// What nanoCLR asks of the machine, for the RV64 boards: power and reset (end the program with a status), the HAL
// start-up, watchdog, assertion, capability queries and configuration strings; no wire protocol and no deployment
// block storage yet (the assemblies come as one image in RAM: nfk_clr_run).

#include <nanoCLR_Runtime.h>
#include <nanoHAL_v2.h>
#include <nanoPAL_BlockStorage.h>

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

    void WP_Message_PrepareReception()
    {
    }

    void WP_Message_Process()
    {
    }
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

void nanoHAL_Initialize()
{
    HAL_CONTINUATION::InitializeList();
    HAL_COMPLETION::InitializeList();
    Events_Initialize();
}

void nanoHAL_Uninitialize(bool isPoweringDown)
{
    (void)isPoweringDown;
    Events_Uninitialize();
    HAL_CONTINUATION::Uninitialize();
    HAL_COMPLETION::Uninitialize();
}

// No deployment block storage: upstream's ClrStartup (linked, unused) finds none.
bool BlockStorageStream_Initialize(BlockStorageStream *stream, uint32_t blockUsage)
{
    (void)stream;
    (void)blockUsage;
    return false;
}

bool BlockStorageStream_Read(BlockStorageStream *stream, unsigned char **buffer, unsigned int length)
{
    (void)stream;
    (void)buffer;
    (void)length;
    return false;
}

bool BlockStorageStream_Seek(BlockStorageStream *stream, unsigned int offset, SeekOrigin origin)
{
    (void)stream;
    (void)offset;
    (void)origin;
    return false;
}
