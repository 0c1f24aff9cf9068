// The HAL pieces nanoCLR's debugger and wire protocol reference once the real Debugger.cpp, Debugger_full.cpp,
// Messaging.cpp and WireProtocol_Message.c replace the stubs (found by linking them against the qemu-virt image:
// these were the only undefined symbols besides the port's UART hooks).
#include <nanoHAL_v2.h>
#include <WireProtocol.h>
#include <WireProtocol_Message.h>
#include <WireProtocol_MonitorCommands.h>

#include <string.h>

// The wire protocol and the console share the board's one UART (COM1); no RAM or memory-mapped flash is offered to
// Monitor_ReadMemory/MemoryMap outside the deployment block device.
HAL_SYSTEM_CONFIG HalSystemConfig = {
    {true},      // Header
    0,           // DebuggerPort: COM1
    0,           // DebugTextPort: the same port, so text goes as Message packets once a debugger answered
    115200,      // USART_DefaultBaudRate
    0,           // stdio
    {0, 0},      // RAM1
    {0, 0},      // FLASH1
};

bool g_fDoNotUninitializeDebuggerPort = false;

extern "C"
{
    void WP_Message_PrepareReception_Platform()
    {
    }

    // Monitor_Reboot with ClrOnly restarts nanoCLR in place, which reloads the deployment region.
    bool CPU_IsSoftRebootSupported()
    {
        return true;
    }

    int nanoBooter_GetTargetInfo(TargetInfo *targetInfo)
    {
        memset(targetInfo, 0, sizeof(*targetInfo));
        targetInfo->ClrVersion.usMajor = VERSION_MAJOR;
        targetInfo->ClrVersion.usMinor = VERSION_MINOR;
        targetInfo->ClrVersion.usBuild = VERSION_BUILD;
        targetInfo->ClrVersion.usRevision = VERSION_REVISION;
        strncpy((char *)targetInfo->InfoString, OEMSYSTEMINFOSTRING, sizeof(targetInfo->InfoString) - 1);
        strncpy((char *)targetInfo->TargetName, TARGETNAMESTRING, sizeof(targetInfo->TargetName) - 1);
        strncpy((char *)targetInfo->PlatformName, "RISCV64", sizeof(targetInfo->PlatformName) - 1);
        strncpy((char *)targetInfo->PlatformInfoString, "nf-k210", sizeof(targetInfo->PlatformInfoString) - 1);
        return true;
    }
}
