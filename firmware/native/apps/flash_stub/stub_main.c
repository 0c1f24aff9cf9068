/* The flash stub on the K210: UARTHS for the line, SPI3 for the flash, the
 * protocol loop of stub_protocol.c. The boot ROM has left UARTHS at 115200;
 * its divisor tells the UART clock, so no PLL is touched. */
#include <stdio.h>

#include "k210_field.h"
#include "k210_mmio.h"
#include "k210_spi3_regs.h"
#include "k210_sysctl.h"
#include "k210_uarths.h"
#include "k210_uarths_regs.h"
#include "port_console.h"
#include "stub_flash_w25q.h"
#include "stub_protocol.h"

#define FLASH_SCLK_HZ 25000000u

static uint32_t uart_clock_hz;
static stub_t stub;

static int uart_getc(void *ctx)
{
    (void)ctx;
    return k210_uarths_getc(K210_UARTHS_BASE);
}

static void uart_write(void *ctx, const uint8_t *data, size_t len)
{
    (void)ctx;
    k210_uarths_write(K210_UARTHS_BASE, data, len);
}

static uint64_t now_ms(void *ctx)
{
    (void)ctx;
    uint64_t cycles;
    __asm__ volatile("csrr %0, mcycle" : "=r"(cycles));
    return cycles / (uart_clock_hz / 1000u); /* UARTHS runs on the CPU clock */
}

static void set_baud(void *ctx, uint32_t baud)
{
    /* let the last reply leave at the old rate: the TX FIFO holds 8 bytes, 1 ms is plenty at 115200 */
    uint64_t until = now_ms(ctx) + 2;
    while (now_ms(ctx) < until)
        ;
    k210_uarths_init(K210_UARTHS_BASE, uart_clock_hz, baud);
}

/* crt.c's needs: no arguments; a stop parks the hart. Text output goes nowhere (the UART speaks the protocol). */
char **port_arguments(int *argc)
{
    *argc = 0;
    return NULL;
}

void port_halt(int status)
{
    (void)status;
    for (;;)
        __asm__ volatile("wfi");
}

void _exit(int status)
{
    port_halt(status);
}

static int sink_put(char c, FILE *f)
{
    (void)f;
    return (unsigned char)c;
}

static FILE sink = FDEV_SETUP_STREAM(sink_put, NULL, NULL, _FDEV_SETUP_WRITE);
FILE *const stdin = &sink;
FILE *const stdout = &sink;
FILE *const stderr = &sink;

int main(void)
{
    uint32_t div = (uint32_t)K210_FIELD_GET(k210_mmio_read32(K210_UARTHS_BASE, K210_UARTHS_DIV_OFFSET),
                                            K210_UARTHS_DIV_DIV) + 1u;
    uart_clock_hz = div * STUB_ISP_BAUD;
    k210_uarths_init(K210_UARTHS_BASE, uart_clock_hz, STUB_ISP_BAUD);

    k210_sysctl_t sysctl = k210_sysctl_default();
    k210_sysctl_spi3_from_pll0(&sysctl, false); /* 26 MHz oscillator: independent of what the ROM set up */
    k210_sysctl_set_threshold(&sysctl, K210_THRESHOLD_SPI3, 0);
    k210_sysctl_clock_enable(&sysctl, K210_CLOCK_SPI3);

    static stub_w25q_t flash;
    flash.chip.spi = k210_spi_device(K210_SPI3_BASE, true);
    flash.chip.cs = 0;
    flash.spi_clock_hz = k210_sysctl_clock_freq(&sysctl, K210_CLOCK_SPI3);
    flash.rate_hz = FLASH_SCLK_HZ;
    flash.max_busy_polls = 1000000u;

    stub_serial_t serial = { uart_getc, uart_write, set_baud, now_ms, NULL };
    stub_flash_t ops = stub_w25q_flash(&flash);
    stub_init(&stub, &serial, &ops);
    for (;;)
        stub_poll(&stub);
}
