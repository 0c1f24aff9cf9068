#include "k210_uarths.h"

#include "k210_field.h"
#include "k210_mmio.h"
#include "k210_uarths_regs.h"

uint32_t k210_uarths_init(uint64_t base, uint32_t clock_hz, uint32_t baud)
{
    if (baud == 0)
        return 0;
    uint32_t div = (clock_hz + baud / 2) / baud; /* nearest divisor, so the error stays under half a step */
    if (div < 1)
        div = 1;
    if (div > 0x10000)
        div = 0x10000;
    k210_mmio_write32(base, K210_UARTHS_DIV_OFFSET, (uint32_t)K210_FIELD_PUT(K210_UARTHS_DIV_DIV, div - 1));
    k210_mmio_write32(base, K210_UARTHS_TXCTRL_OFFSET, (uint32_t)K210_FIELD_PUT(K210_UARTHS_TXCTRL_TXEN, 1));
    k210_mmio_write32(base, K210_UARTHS_RXCTRL_OFFSET, (uint32_t)K210_FIELD_PUT(K210_UARTHS_RXCTRL_RXEN, 1));
    k210_mmio_write32(base, K210_UARTHS_IE_OFFSET, 0);
    return clock_hz / div;
}

void k210_uarths_putc(uint64_t base, uint8_t c)
{
    while (K210_FIELD_GET(k210_mmio_read32(base, K210_UARTHS_TXDATA_OFFSET), K210_UARTHS_TXDATA_FULL))
        ;
    k210_mmio_write32(base, K210_UARTHS_TXDATA_OFFSET, c);
}

void k210_uarths_write(uint64_t base, const uint8_t *data, size_t len)
{
    for (size_t i = 0; i < len; i++)
        k210_uarths_putc(base, data[i]);
}

int k210_uarths_getc(uint64_t base)
{
    uint32_t v = k210_mmio_read32(base, K210_UARTHS_RXDATA_OFFSET);
    if (K210_FIELD_GET(v, K210_UARTHS_RXDATA_EMPTY))
        return -1;
    return (int)K210_FIELD_GET(v, K210_UARTHS_RXDATA_DATA);
}

void k210_uarths_rx_interrupt(uint64_t base, bool enable)
{
    /* rxwm is pending while the FIFO holds more than rxcnt bytes (SiFive UART): rxcnt 0 = any byte */
    k210_mmio_write32(base, K210_UARTHS_RXCTRL_OFFSET,
                      (uint32_t)(K210_FIELD_PUT(K210_UARTHS_RXCTRL_RXEN, 1) | K210_FIELD_PUT(K210_UARTHS_RXCTRL_RXCNT, 0)));
    uint32_t ie = k210_mmio_read32(base, K210_UARTHS_IE_OFFSET);
    ie = enable ? ie | (uint32_t)K210_FIELD_PUT(K210_UARTHS_IE_RXWM, 1)
                : ie & ~(uint32_t)K210_FIELD_PUT(K210_UARTHS_IE_RXWM, 1);
    k210_mmio_write32(base, K210_UARTHS_IE_OFFSET, ie);
}
