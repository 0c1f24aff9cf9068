/* WP_ReceiveBytes/WP_TransmitMessage (nf-interpreter src/CLR/Include/WireProtocol_HAL_Interface.h) over the port's
 * byte transport, and the poll that drives upstream's receiver (WireProtocol_Message.c, WP_Message_Process) on a
 * single hart: ChibiOS targets run it in a thread of its own; here it runs only when a byte is pending, because
 * WP_Message_Process waits up to its 2 s header timeout for the rest of a packet before it returns. */
#include <stdbool.h>

#include <WireProtocol.h>
#include <WireProtocol_HAL_Interface.h>
#include <WireProtocol_Message.h>

#include "nfk_wp_port.h"

void WP_ReceiveBytes(uint8_t **ptr, uint32_t *size)
{
    if (*size == 0)
    {
        return;
    }

    size_t got = nfk_wp_port_read(*ptr, *size);
    *ptr += got;
    *size -= (uint32_t)got;
}

uint8_t WP_TransmitMessage(WP_Message *message)
{
    nfk_wp_port_write((const uint8_t *)&message->m_header, sizeof(message->m_header));
    if (message->m_header.m_size != 0 && message->m_payload != NULL)
    {
        nfk_wp_port_write(message->m_payload, message->m_header.m_size);
    }

    return true;
}

void WP_CheckAvailableIncomingData(void)
{
    nfk_wp_poll();
}

static bool s_enabled;

void nfk_wp_enable(void)
{
    s_enabled = true;
}

int nfk_wp_enabled(void)
{
    return s_enabled;
}

void nfk_wp_poll(void)
{
    static bool prepared;
    if (!s_enabled)
    {
        return;
    }

    if (!prepared)
    {
        WP_Message_PrepareReception();
        prepared = true;
    }

    if (nfk_wp_port_available())
    {
        WP_Message_Process();
    }
}
