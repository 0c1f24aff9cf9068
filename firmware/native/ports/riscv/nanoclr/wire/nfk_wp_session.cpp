// A wire-protocol session on an RV64 nanoCLR image (qemu-virt's main.c --wire, the K210 board): the app's console
// over the UART nanoCLR's debugger shares, and what the image does once the app ended (or when it has none): serve
// deployments until the host asks for a reboot. Upstream's CLR_Debug::Emit is the model for the console: Monitor_Message packets once a
// debugger answered (CLR_EE_DBG_IS(Enabled), set by any Ping it processed), plain bytes before that.

#include <nanoCLR_Runtime.h>
#include <WireProtocol_MonitorCommands.h>

#include <stdio.h>

#include "nfk_wp_session.h"
#include "nfk_wp_port.h"

// How long the image waits for the host to answer its presence ping before the console starts as plain bytes.
static const uint64_t discovery_ticks = 5000000u; // 500 ms in 100 ns ticks

static bool discovery_done;

// Upstream's Debugger_Discovery, shortened: one presence ping, then the answer is awaited for a moment only, as a
// board without a PC attached must still run its app.
static void discover_debugger()
{
    if (discovery_done || g_CLR_DBG_Debugger == nullptr)
        return;
    discovery_done = true;
    Monitor_Ping_Command ping = {};
    ping.Source = Monitor_Ping_c_Ping_Source_NanoCLR;
    CLR_EE_DBG_EVENT_BROADCAST(CLR_DBG_Commands::c_Monitor_Ping, sizeof ping, &ping,
                               WP_Flags_c_NoCaching | WP_Flags_c_NonCritical);
    const uint64_t end = HAL_Time_CurrentSysTicks() + discovery_ticks;
    while (!CLR_EE_DBG_IS(Enabled) && HAL_Time_CurrentSysTicks() < end)
        nfk_wp_poll();
}

extern "C" bool nfk_wp_session_holds_app(const uint8_t *region, size_t size)
{
    return size >= sizeof(CLR_RECORD_ASSEMBLY) && reinterpret_cast<const CLR_RECORD_ASSEMBLY *>(region)->GoodHeader();
}

extern "C" void nfk_wp_session_console(const char *text, size_t length)
{
    discover_debugger();
    if (!CLR_EE_DBG_IS(Enabled))
    {
        nfk_wp_port_write(reinterpret_cast<const uint8_t *>(text), length);
        return;
    }
    while (length > 0)
    {
        size_t chunk = length < WP_PACKET_SIZE ? length : WP_PACKET_SIZE;
        CLR_EE_DBG_EVENT_BROADCAST(CLR_DBG_Commands::c_Monitor_Message, chunk, text,
                                   WP_Flags_c_NonCritical | WP_Flags_c_NoCaching);
        text += chunk;
        length -= chunk;
    }
}

extern "C" void nfk_wp_session_serve(void)
{
    if (g_CLR_DBG_Debugger == nullptr)
    {
        fputs("nanoclr: the wire protocol has no debugger instance (nanoCLR did not start)\n", stderr);
        return;
    }
    discover_debugger();
    CLR_EE_DBG_SET(StateProgramExited);
    CLR_EE_DBG_EVENT_BROADCAST(CLR_DBG_Commands::c_Monitor_ProgramExit, 0, nullptr, WP_Flags_c_NonCritical);
    fputs("nanoclr: waiting for a deployment over the wire protocol\n", stderr);
    fflush(stderr);
    while (!CLR_EE_DBG_IS(RebootPending))
        nfk_wp_poll();
    fputs("nanoclr: reboot requested\n", stderr);
    fflush(stderr);
    // Let the Reboot reply leave the UART before the machine resets.
    const uint64_t end = HAL_Time_CurrentSysTicks() + 200000u;
    while (HAL_Time_CurrentSysTicks() < end)
    {
    }
    nfk_wp_board_reset();
}
