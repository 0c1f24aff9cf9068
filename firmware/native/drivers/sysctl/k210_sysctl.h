/* SYSCTL driver: PLLs, clock enables, dividers and selectors, peripheral
 * resets, DMA request routing and IO bank voltages. Seam only; the
 * programming sequences are the SDK's (lib/drivers/sysctl.c). */
#ifndef K210_SYSCTL_H
#define K210_SYSCTL_H

#include <stdbool.h>
#include <stdint.h>

#include "k210_sysctl_regs.h"

#define K210_SYSCTL_IN0_HZ 26000000u /* the board's oscillator */

typedef struct k210_sysctl {
    uint64_t base;
    void (*delay_us)(uint32_t us); /* NULL: no wait (host tests) */
    uint32_t max_polls;            /* PLL lock reads before giving up */
} k210_sysctl_t;

typedef enum k210_sysctl_result {
    K210_SYSCTL_OK = 0,
    K210_SYSCTL_BAD_ARGUMENT,
    K210_SYSCTL_NO_PLL_SETTING, /* the frequency is outside what NR/NF/OD can make */
    K210_SYSCTL_PLL_NO_LOCK,    /* lock never came within max_polls */
} k210_sysctl_result_t;

typedef enum k210_pll { K210_PLL0, K210_PLL1, K210_PLL2 } k210_pll_t;

/* Divider values as counts (1-based): FOUT = FIN / nr * nf / od. */
typedef struct k210_pll_setting {
    uint32_t nr, nf, od;
} k210_pll_setting_t;

/* Clocks that can be enabled or measured (a subset of the SDK's sysctl_clock_t). */
typedef enum k210_clock {
    K210_CLOCK_CPU, K210_CLOCK_SRAM0, K210_CLOCK_SRAM1, K210_CLOCK_APB0, K210_CLOCK_APB1, K210_CLOCK_APB2,
    K210_CLOCK_ROM, K210_CLOCK_DMA, K210_CLOCK_AI, K210_CLOCK_DVP, K210_CLOCK_FFT, K210_CLOCK_GPIO,
    K210_CLOCK_SPI0, K210_CLOCK_SPI1, K210_CLOCK_SPI2, K210_CLOCK_SPI3, K210_CLOCK_I2C0, K210_CLOCK_I2C1,
    K210_CLOCK_I2C2, K210_CLOCK_UART1, K210_CLOCK_UART2, K210_CLOCK_UART3, K210_CLOCK_FPIOA, K210_CLOCK_TIMER0,
    K210_CLOCK_TIMER1, K210_CLOCK_TIMER2, K210_CLOCK_SHA, K210_CLOCK_AES, K210_CLOCK_WDT0, K210_CLOCK_WDT1,
    K210_CLOCK_OTP, K210_CLOCK_RTC,
    K210_CLOCK_COUNT
} k210_clock_t;

/* Dividers ("thresholds"): clock = source / (t + 1), or / ((t + 1) * 2) for SPI. */
typedef enum k210_threshold { K210_THRESHOLD_AI, K210_THRESHOLD_DVP, K210_THRESHOLD_SPI0, K210_THRESHOLD_SPI1,
                              K210_THRESHOLD_SPI3, K210_THRESHOLD_APB0, K210_THRESHOLD_APB1, K210_THRESHOLD_APB2,
                              K210_THRESHOLD_ACLK } k210_threshold_t;

/* Peripheral resets: their bit positions in peri_reset. */
typedef enum k210_reset {
    K210_RESET_DMA = K210_SYSCTL_PERI_RESET_DMA_RESET_SHIFT,
    K210_RESET_AI = K210_SYSCTL_PERI_RESET_AI_RESET_SHIFT,
    K210_RESET_DVP = K210_SYSCTL_PERI_RESET_DVP_RESET_SHIFT,
    K210_RESET_SPI0 = K210_SYSCTL_PERI_RESET_SPI0_RESET_SHIFT,
    K210_RESET_SPI1 = K210_SYSCTL_PERI_RESET_SPI1_RESET_SHIFT,
    K210_RESET_SPI3 = K210_SYSCTL_PERI_RESET_SPI3_RESET_SHIFT,
} k210_reset_t;

k210_sysctl_t k210_sysctl_default(void);

/* Best NR/NF/OD for fout within the PLL's limits (VCO 350-1750 MHz, reference >= 13.67 MHz). Pure. */
bool k210_sysctl_pll_solve(uint32_t fin_hz, uint32_t fout_hz, k210_pll_setting_t *out);
uint32_t k210_sysctl_pll_output(uint32_t fin_hz, const k210_pll_setting_t *s);

/* Reprograms a PLL (PLL0: the CPU runs from IN0 meanwhile); *actual_hz gets the frequency reached. */
k210_sysctl_result_t k210_sysctl_pll_set(const k210_sysctl_t *dev, k210_pll_t pll, uint32_t hz, uint32_t *actual_hz);
uint32_t k210_sysctl_pll_freq(const k210_sysctl_t *dev, k210_pll_t pll);

/* Bus clock (clk_en_cent) then device clock (clk_en_peri), as sysctl_clock_enable does. */
void k210_sysctl_clock_enable(const k210_sysctl_t *dev, k210_clock_t clock);
uint32_t k210_sysctl_clock_freq(const k210_sysctl_t *dev, k210_clock_t clock);
void k210_sysctl_set_threshold(const k210_sysctl_t *dev, k210_threshold_t which, uint32_t value);
/* SPI3's source: false = IN0, true = PLL0. */
void k210_sysctl_spi3_from_pll0(const k210_sysctl_t *dev, bool pll0);

/* Holds the block in reset for 10 us, then releases it. */
void k210_sysctl_reset(const k210_sysctl_t *dev, k210_reset_t reset);

/* Resets the whole chip (soft_reset): the boot ROM starts again and boots the flash's firmware. On silicon the
 * write does not return; on the host's bus it does. */
void k210_sysctl_soft_reset(const k210_sysctl_t *dev);

/* SPI0's data lines drive the DVP pins (the Maix LCD bus). */
void k210_sysctl_spi0_dvp_data(const k210_sysctl_t *dev, bool enable);
/* IO bank (0-7) voltage: true = 1.8 V, false = 3.3 V. */
void k210_sysctl_io_power(const k210_sysctl_t *dev, unsigned bank, bool v18);

/* Routes peripheral request `select` (SYSCTL_DMA_SELECT_*) to DMA channel `channel` (0-5). */
void k210_sysctl_dma_select(uint64_t base, unsigned channel, uint32_t select);

#endif
