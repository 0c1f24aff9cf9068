/* K210 board services: console on UARTHS for picolibc's stdio, halt, the
 * cycle clock's rate, and the machine external interrupt that completes KPU
 * layers (PLIC source 25) and feeds the UARTHS receive hook (source 33). */
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "k210_board.h"
#include "k210_fpioa.h"
#include "k210_fpioa_regs.h"
#include "k210_kpu.h"
#include "k210_plic.h"
#include "k210_plic_regs.h"
#include "k210_uarths.h"
#include "k210_uarths_regs.h"
#include "port_console.h"
#include "port_k210.h"

void port_k210_board_start(k210_sysctl_t *sysctl, uint32_t console_baud)
{
    const k210_board_t *b = &k210_board;
    *sysctl = k210_sysctl_default();
    k210_sysctl_pll_set(sysctl, K210_PLL0, b->pll0_hz, NULL);
    k210_sysctl_pll_set(sysctl, K210_PLL1, b->pll1_hz, NULL);
    k210_sysctl_clock_enable(sysctl, K210_CLOCK_FPIOA);
    k210_sysctl_clock_enable(sysctl, K210_CLOCK_DMA);
    k210_sysctl_clock_enable(sysctl, K210_CLOCK_AI);
    for (unsigned bank = 0; bank < 8; bank++)
        k210_sysctl_io_power(sysctl, bank, (b->io_1v8_banks >> bank) & 1u);
    for (unsigned i = 0; i < b->console.count; i++)
        k210_fpioa_set_function(K210_FPIOA_BASE, b->console.pins[i].pad, b->console.pins[i].function);
    k210_uarths_init(K210_UARTHS_BASE, k210_sysctl_clock_freq(sysctl, K210_CLOCK_CPU), console_baud);
}

static int console_put(char c, FILE *f)
{
    (void)f;
    k210_uarths_putc(K210_UARTHS_BASE, (uint8_t)c);
    return (unsigned char)c;
}

static FILE console = FDEV_SETUP_STREAM(console_put, NULL, NULL, _FDEV_SETUP_WRITE);
FILE *const stdin = &console;
FILE *const stdout = &console;
FILE *const stderr = &console;

char **port_arguments(int *argc)
{
    static char *argv[] = { "model_runner", 0 };
    *argc = 1;
    return argv;
}

void port_halt(int status)
{
    printf("nfk210: halted (status %d)\n", status);
    for (;;)
        __asm__ volatile("wfi");
}

/* ---- KPU completion by interrupt ---- */

static volatile bool kpu_done;
static k210_kpu_config_t irq_config;

void k210_irq_vector(void);
void k210_trap_report(uint64_t cause, uint64_t epc, uint64_t tval) __attribute__((noreturn));
void k210_irq_dispatch(uint64_t cause, uint64_t epc, uint64_t tval);

#define MCAUSE_INTERRUPT (1ull << 63)
#define MACHINE_EXTERNAL 11u
#define MSTATUS_MIE 8u

void k210_irq_dispatch(uint64_t cause, uint64_t epc, uint64_t tval)
{
    if (cause == (MCAUSE_INTERRUPT | MACHINE_EXTERNAL))
        k210_external_interrupt();
    else
        k210_trap_report(cause, epc, tval);
}

/* Sleeps until the KPU interrupt arrives. Interrupts are masked between the
 * check and wfi (wfi still wakes on a pending one), so none is lost. */
static bool wait_kpu(void *ctx, uint32_t max_polls)
{
    (void)ctx;
    for (uint32_t i = 0; i < max_polls; i++) {
        __asm__ volatile("csrc mstatus, %0" ::"r"(MSTATUS_MIE));
        bool done = kpu_done;
        if (!done)
            __asm__ volatile("wfi");
        __asm__ volatile("csrs mstatus, %0" ::"r"(MSTATUS_MIE));
        if (done) {
            kpu_done = false;
            return true;
        }
    }
    return false;
}

/* The PLIC (every source off, threshold 0), the trap vector and machine external interrupts, once. */
static void external_interrupts_on(void)
{
    static bool on;
    if (on)
        return;
    on = true;
    k210_plic_init(K210_PLIC_BASE, 65);
    __asm__ volatile("csrw mtvec, %0" ::"r"(k210_irq_vector));
    __asm__ volatile("csrs mie, %0" ::"r"(1ull << MACHINE_EXTERNAL));
    __asm__ volatile("csrs mstatus, %0" ::"r"(MSTATUS_MIE));
}

void port_k210_kpu_irq(k210_kpu_config_t *cfg)
{
    irq_config = *cfg;
    cfg->irq = (k210_kpu_irq_t){ wait_kpu, 0 };
    external_interrupts_on();
    k210_plic_enable(K210_PLIC_BASE, K210_PLIC_IRQ_AI, 1);
}

static void (*uarths_receive)(void);

void port_k210_uarths_irq(void (*on_receive)(void))
{
    uarths_receive = on_receive;
    external_interrupts_on();
    k210_uarths_rx_interrupt(K210_UARTHS_BASE, true);
    k210_plic_enable(K210_PLIC_BASE, K210_PLIC_IRQ_UARTHS, 2); /* above the KPU: its FIFO holds 8 bytes only */
}

void k210_external_interrupt(void)
{
    uint32_t irq = k210_plic_claim(K210_PLIC_BASE);
    if (irq == K210_PLIC_IRQ_AI && k210_kpu_irq_ack(&irq_config))
        kpu_done = true;
    else if (irq == K210_PLIC_IRQ_UARTHS && uarths_receive != NULL)
        uarths_receive();
    if (irq != 0)
        k210_plic_complete(K210_PLIC_BASE, irq);
}

/* picolibc's exit() ends here: there is nothing to return to on the board. */
void _exit(int status) __attribute__((noreturn));
void _exit(int status)
{
    port_halt(status);
}
