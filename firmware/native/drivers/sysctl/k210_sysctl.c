#include "k210_sysctl.h"

#include "k210_field.h"
#include "k210_mmio.h"
#include "k210_sysctl_regs.h"

/* The three PLL registers share one layout; the driver uses PLL0's field names for all. */
_Static_assert(K210_SYSCTL_PLL1_CLKF1_SHIFT == K210_SYSCTL_PLL0_CLKF0_SHIFT &&
                   K210_SYSCTL_PLL2_PLL_OUT_EN2_SHIFT == K210_SYSCTL_PLL0_PLL_OUT_EN0_SHIFT,
               "PLL registers share a layout");
#define PLL_FIELD(name) K210_SYSCTL_PLL0_##name
#define LOCK_STRIDE (K210_SYSCTL_PLL_LOCK_PLL_LOCK1_SHIFT - K210_SYSCTL_PLL_LOCK_PLL_LOCK0_SHIFT)

static const uint64_t pll_offset[] = { K210_SYSCTL_PLL0_OFFSET, K210_SYSCTL_PLL1_OFFSET, K210_SYSCTL_PLL2_OFFSET };

k210_sysctl_t k210_sysctl_default(void)
{
    return (k210_sysctl_t){ .base = K210_SYSCTL_BASE, .delay_us = 0, .max_polls = 1000000u };
}

static void wait_us(const k210_sysctl_t *dev, uint32_t us)
{
    if (dev->delay_us != 0)
        dev->delay_us(us);
}

static uint32_t rd(const k210_sysctl_t *dev, uint64_t off) { return k210_mmio_read32(dev->base, off); }
static void wr(const k210_sysctl_t *dev, uint64_t off, uint32_t v) { k210_mmio_write32(dev->base, off, v); }

/* Read-modify-write of `width` bits at `shift`. */
static void put(const k210_sysctl_t *dev, uint64_t off, unsigned shift, unsigned width, uint32_t value)
{
    uint32_t mask = (width >= 32 ? 0xFFFFFFFFu : ((1u << width) - 1u)) << shift;
    wr(dev, off, (rd(dev, off) & ~mask) | ((value << shift) & mask));
}

static uint32_t get(const k210_sysctl_t *dev, uint64_t off, unsigned shift, unsigned width)
{
    return (rd(dev, off) >> shift) & (width >= 32 ? 0xFFFFFFFFu : ((1u << width) - 1u));
}

#define PUT(dev, REG, FIELD, v) \
    put(dev, K210_SYSCTL_##REG##_OFFSET, K210_SYSCTL_##REG##_##FIELD##_SHIFT, K210_SYSCTL_##REG##_##FIELD##_WIDTH, v)
#define GET(dev, REG, FIELD) \
    get(dev, K210_SYSCTL_##REG##_OFFSET, K210_SYSCTL_##REG##_##FIELD##_SHIFT, K210_SYSCTL_##REG##_##FIELD##_WIDTH)

/* ---- PLLs ---- */

uint32_t k210_sysctl_pll_output(uint32_t fin_hz, const k210_pll_setting_t *s)
{
    if (s->nr == 0 || s->od == 0)
        return 0;
    return (uint32_t)((uint64_t)fin_hz * s->nf / ((uint64_t)s->nr * s->od));
}

bool k210_sysctl_pll_solve(uint32_t fin_hz, uint32_t fout_hz, k210_pll_setting_t *out)
{
    /* Limits of the PLL macro, as the SDK's solver states them. */
    const uint64_t vco_min = 350000000u, vco_max = 1750000000u, ref_min = 13671900u;
    uint64_t best_err = UINT64_MAX;
    bool found = false;
    for (uint32_t nr = 1; nr <= 16; nr++) {
        if (fin_hz / nr < ref_min)
            break;
        for (uint32_t od = 1; od <= 16; od++) {
            uint64_t nf = ((uint64_t)fout_hz * nr * od + fin_hz / 2) / fin_hz;
            if (nf < 1 || nf > 64)
                continue;
            uint64_t vco = (uint64_t)fin_hz * nf / nr;
            if (vco < vco_min || vco > vco_max)
                continue;
            uint64_t f = vco / od;
            uint64_t err = f > fout_hz ? f - fout_hz : fout_hz - f;
            if (err < best_err) {
                best_err = err;
                *out = (k210_pll_setting_t){ nr, (uint32_t)nf, od };
                found = true;
            }
        }
    }
    return found;
}

static bool pll_locked(const k210_sysctl_t *dev, k210_pll_t pll)
{
    uint32_t lock = get(dev, K210_SYSCTL_PLL_LOCK_OFFSET, K210_SYSCTL_PLL_LOCK_PLL_LOCK0_SHIFT + pll * LOCK_STRIDE,
                        K210_SYSCTL_PLL_LOCK_PLL_LOCK0_WIDTH);
    return pll == K210_PLL0 ? lock == 3 : (lock & 1) != 0; /* the SDK's reading of the lock bits */
}

k210_sysctl_result_t k210_sysctl_pll_set(const k210_sysctl_t *dev, k210_pll_t pll, uint32_t hz, uint32_t *actual_hz)
{
    k210_pll_setting_t s;
    if ((unsigned)pll > K210_PLL2)
        return K210_SYSCTL_BAD_ARGUMENT;
    uint32_t fin = K210_SYSCTL_IN0_HZ;
    if (pll == K210_PLL2 && GET(dev, PLL2, PLL_CKIN_SEL2) != K210_SYSCTL_PLL2_SOURCE_IN0)
        return K210_SYSCTL_BAD_ARGUMENT; /* only the oscillator as PLL2 reference is supported */
    if (!k210_sysctl_pll_solve(fin, hz, &s))
        return K210_SYSCTL_NO_PLL_SETTING;
    uint64_t off = pll_offset[pll];
    /* 1. The CPU leaves PLL0 before it stops. */
    if (pll == K210_PLL0)
        PUT(dev, CLK_SEL0, ACLK_SEL, K210_SYSCTL_CLOCK_SOURCE_SEL_IN0);
    /* 2-3. Output off, power down. */
    put(dev, off, PLL_FIELD(PLL_OUT_EN0_SHIFT), 1, 0);
    put(dev, off, PLL_FIELD(PLL_PWRD0_SHIFT), 1, 0);
    /* 4. New dividers, written as count - 1; bandwidth follows NF. */
    uint32_t v = rd(dev, off);
    v = (uint32_t)K210_FIELD_SET(v, K210_SYSCTL_PLL0_CLKR0, s.nr - 1);
    v = (uint32_t)K210_FIELD_SET(v, K210_SYSCTL_PLL0_CLKF0, s.nf - 1);
    v = (uint32_t)K210_FIELD_SET(v, K210_SYSCTL_PLL0_CLKOD0, s.od - 1);
    v = (uint32_t)K210_FIELD_SET(v, K210_SYSCTL_PLL0_BWADJ0, s.nf - 1);
    v = (uint32_t)K210_FIELD_SET(v, K210_SYSCTL_PLL0_PLL_BYPASS0, 0);
    wr(dev, off, v);
    /* 5-6. Power up, then a reset pulse (each phase > 100 ns). */
    put(dev, off, PLL_FIELD(PLL_PWRD0_SHIFT), 1, 1);
    wait_us(dev, 1);
    put(dev, off, PLL_FIELD(PLL_RESET0_SHIFT), 1, 0);
    put(dev, off, PLL_FIELD(PLL_RESET0_SHIFT), 1, 1);
    wait_us(dev, 1);
    put(dev, off, PLL_FIELD(PLL_RESET0_SHIFT), 1, 0);
    /* 7. Wait for lock, clearing slip flags meanwhile. */
    uint32_t polls = 0;
    while (!pll_locked(dev, pll)) {
        if (++polls >= dev->max_polls)
            return K210_SYSCTL_PLL_NO_LOCK;
        put(dev, K210_SYSCTL_PLL_LOCK_OFFSET, K210_SYSCTL_PLL_LOCK_PLL_SLIP_CLEAR0_SHIFT + pll * LOCK_STRIDE, 1, 1);
    }
    /* 8-9. Output on; the CPU goes back to PLL0. */
    put(dev, off, PLL_FIELD(PLL_OUT_EN0_SHIFT), 1, 1);
    if (pll == K210_PLL0)
        PUT(dev, CLK_SEL0, ACLK_SEL, K210_SYSCTL_CLOCK_SOURCE_SEL_PLL0);
    if (actual_hz != 0)
        *actual_hz = k210_sysctl_pll_output(fin, &s);
    return K210_SYSCTL_OK;
}

uint32_t k210_sysctl_pll_freq(const k210_sysctl_t *dev, k210_pll_t pll)
{
    if ((unsigned)pll > K210_PLL2)
        return 0;
    uint32_t v = rd(dev, pll_offset[pll]);
    uint32_t fin = K210_SYSCTL_IN0_HZ;
    if (pll == K210_PLL2) {
        uint32_t sel = (uint32_t)K210_FIELD_GET(v, K210_SYSCTL_PLL2_PLL_CKIN_SEL2);
        fin = sel == K210_SYSCTL_PLL2_SOURCE_IN0    ? K210_SYSCTL_IN0_HZ
              : sel == K210_SYSCTL_PLL2_SOURCE_PLL0 ? k210_sysctl_pll_freq(dev, K210_PLL0)
              : sel == K210_SYSCTL_PLL2_SOURCE_PLL1 ? k210_sysctl_pll_freq(dev, K210_PLL1)
                                                    : 0;
    }
    if (K210_FIELD_GET(v, K210_SYSCTL_PLL0_PLL_BYPASS0))
        return fin;
    k210_pll_setting_t s = { (uint32_t)K210_FIELD_GET(v, K210_SYSCTL_PLL0_CLKR0) + 1,
                             (uint32_t)K210_FIELD_GET(v, K210_SYSCTL_PLL0_CLKF0) + 1,
                             (uint32_t)K210_FIELD_GET(v, K210_SYSCTL_PLL0_CLKOD0) + 1 };
    return k210_sysctl_pll_output(fin, &s);
}

/* ---- clocks ---- */

#define NO_BIT 0xFF
#define CENT(f) K210_SYSCTL_CLK_EN_CENT_##f##_CLK_EN_SHIFT
#define PERI(f) K210_SYSCTL_CLK_EN_PERI_##f##_CLK_EN_SHIFT

/* Bus enable bit (clk_en_cent) and device enable bit (clk_en_peri) per clock; the bus
 * assignment is sysctl_clock_bus_en's (APB0: slow peripherals, APB1: AES/WDT/OTP/RTC, APB2: SPI0/1). */
static const struct {
    uint8_t cent, peri;
} gates[K210_CLOCK_COUNT] = {
    [K210_CLOCK_CPU] = { CENT(CPU), NO_BIT },      [K210_CLOCK_SRAM0] = { CENT(SRAM0), NO_BIT },
    [K210_CLOCK_SRAM1] = { CENT(SRAM1), NO_BIT },  [K210_CLOCK_APB0] = { CENT(APB0), NO_BIT },
    [K210_CLOCK_APB1] = { CENT(APB1), NO_BIT },    [K210_CLOCK_APB2] = { CENT(APB2), NO_BIT },
    [K210_CLOCK_ROM] = { NO_BIT, PERI(ROM) },      [K210_CLOCK_DMA] = { NO_BIT, PERI(DMA) },
    [K210_CLOCK_AI] = { NO_BIT, PERI(AI) },        [K210_CLOCK_DVP] = { NO_BIT, PERI(DVP) },
    [K210_CLOCK_FFT] = { NO_BIT, PERI(FFT) },      [K210_CLOCK_GPIO] = { CENT(APB0), PERI(GPIO) },
    [K210_CLOCK_SPI0] = { CENT(APB2), PERI(SPI0) }, [K210_CLOCK_SPI1] = { CENT(APB2), PERI(SPI1) },
    [K210_CLOCK_SPI2] = { CENT(APB0), PERI(SPI2) }, [K210_CLOCK_SPI3] = { NO_BIT, PERI(SPI3) },
    [K210_CLOCK_I2C0] = { CENT(APB0), PERI(I2C0) }, [K210_CLOCK_I2C1] = { CENT(APB0), PERI(I2C1) },
    [K210_CLOCK_I2C2] = { CENT(APB0), PERI(I2C2) }, [K210_CLOCK_UART1] = { CENT(APB0), PERI(UART1) },
    [K210_CLOCK_UART2] = { CENT(APB0), PERI(UART2) }, [K210_CLOCK_UART3] = { CENT(APB0), PERI(UART3) },
    [K210_CLOCK_FPIOA] = { CENT(APB0), PERI(FPIOA) }, [K210_CLOCK_TIMER0] = { CENT(APB0), PERI(TIMER0) },
    [K210_CLOCK_TIMER1] = { CENT(APB0), PERI(TIMER1) }, [K210_CLOCK_TIMER2] = { CENT(APB0), PERI(TIMER2) },
    [K210_CLOCK_SHA] = { CENT(APB0), PERI(SHA) },  [K210_CLOCK_AES] = { CENT(APB1), PERI(AES) },
    [K210_CLOCK_WDT0] = { CENT(APB1), PERI(WDT0) }, [K210_CLOCK_WDT1] = { CENT(APB1), PERI(WDT1) },
    [K210_CLOCK_OTP] = { CENT(APB1), PERI(OTP) },  [K210_CLOCK_RTC] = { CENT(APB1), PERI(RTC) },
};

void k210_sysctl_clock_enable(const k210_sysctl_t *dev, k210_clock_t clock)
{
    if ((unsigned)clock >= K210_CLOCK_COUNT)
        return;
    if (gates[clock].cent != NO_BIT)
        put(dev, K210_SYSCTL_CLK_EN_CENT_OFFSET, gates[clock].cent, 1, 1);
    if (gates[clock].peri != NO_BIT)
        put(dev, K210_SYSCTL_CLK_EN_PERI_OFFSET, gates[clock].peri, 1, 1);
}

static uint32_t aclk(const k210_sysctl_t *dev)
{
    if (GET(dev, CLK_SEL0, ACLK_SEL) == K210_SYSCTL_CLOCK_SOURCE_SEL_IN0)
        return K210_SYSCTL_IN0_HZ;
    return k210_sysctl_pll_freq(dev, K210_PLL0) / (2u << GET(dev, CLK_SEL0, ACLK_DIVIDER_SEL));
}

uint32_t k210_sysctl_clock_freq(const k210_sysctl_t *dev, k210_clock_t clock)
{
    switch (clock) {
    case K210_CLOCK_CPU:
    case K210_CLOCK_DMA:
    case K210_CLOCK_FFT: return aclk(dev);
    case K210_CLOCK_SRAM0: return aclk(dev) / (GET(dev, CLK_TH0, SRAM0_GCLK_THRESHOLD) + 1);
    case K210_CLOCK_SRAM1: return aclk(dev) / (GET(dev, CLK_TH0, SRAM1_GCLK_THRESHOLD) + 1);
    case K210_CLOCK_ROM: return aclk(dev) / (GET(dev, CLK_TH0, ROM_GCLK_THRESHOLD) + 1);
    case K210_CLOCK_DVP: return aclk(dev) / (GET(dev, CLK_TH0, DVP_GCLK_THRESHOLD) + 1);
    case K210_CLOCK_APB0:
    case K210_CLOCK_GPIO:
    case K210_CLOCK_FPIOA: return aclk(dev) / (GET(dev, CLK_SEL0, APB0_CLK_SEL) + 1);
    case K210_CLOCK_APB1: return aclk(dev) / (GET(dev, CLK_SEL0, APB1_CLK_SEL) + 1);
    case K210_CLOCK_APB2: return aclk(dev) / (GET(dev, CLK_SEL0, APB2_CLK_SEL) + 1);
    case K210_CLOCK_AI: return k210_sysctl_pll_freq(dev, K210_PLL1) / (GET(dev, CLK_TH0, AI_GCLK_THRESHOLD) + 1);
    case K210_CLOCK_SPI0:
        return k210_sysctl_pll_freq(dev, K210_PLL0) / ((GET(dev, CLK_TH1, SPI0_CLK_THRESHOLD) + 1) * 2);
    case K210_CLOCK_SPI1:
        return k210_sysctl_pll_freq(dev, K210_PLL0) / ((GET(dev, CLK_TH1, SPI1_CLK_THRESHOLD) + 1) * 2);
    case K210_CLOCK_SPI3: {
        uint32_t src = GET(dev, CLK_SEL0, SPI3_CLK_SEL) == K210_SYSCTL_CLOCK_SOURCE_SEL_PLL0
                           ? k210_sysctl_pll_freq(dev, K210_PLL0) : K210_SYSCTL_IN0_HZ;
        return src / ((GET(dev, CLK_TH1, SPI3_CLK_THRESHOLD) + 1) * 2);
    }
    default: return 0; /* not needed by the firmware */
    }
}

void k210_sysctl_set_threshold(const k210_sysctl_t *dev, k210_threshold_t which, uint32_t value)
{
    switch (which) {
    case K210_THRESHOLD_AI: PUT(dev, CLK_TH0, AI_GCLK_THRESHOLD, value); break;
    case K210_THRESHOLD_DVP: PUT(dev, CLK_TH0, DVP_GCLK_THRESHOLD, value); break;
    case K210_THRESHOLD_SPI0: PUT(dev, CLK_TH1, SPI0_CLK_THRESHOLD, value); break;
    case K210_THRESHOLD_SPI1: PUT(dev, CLK_TH1, SPI1_CLK_THRESHOLD, value); break;
    case K210_THRESHOLD_SPI3: PUT(dev, CLK_TH1, SPI3_CLK_THRESHOLD, value); break;
    case K210_THRESHOLD_APB0: PUT(dev, CLK_SEL0, APB0_CLK_SEL, value); break;
    case K210_THRESHOLD_APB1: PUT(dev, CLK_SEL0, APB1_CLK_SEL, value); break;
    case K210_THRESHOLD_APB2: PUT(dev, CLK_SEL0, APB2_CLK_SEL, value); break;
    case K210_THRESHOLD_ACLK: PUT(dev, CLK_SEL0, ACLK_DIVIDER_SEL, value); break;
    }
}

void k210_sysctl_spi3_from_pll0(const k210_sysctl_t *dev, bool pll0)
{
    PUT(dev, CLK_SEL0, SPI3_CLK_SEL, pll0 ? K210_SYSCTL_CLOCK_SOURCE_SEL_PLL0 : K210_SYSCTL_CLOCK_SOURCE_SEL_IN0);
}

void k210_sysctl_reset(const k210_sysctl_t *dev, k210_reset_t reset)
{
    put(dev, K210_SYSCTL_PERI_RESET_OFFSET, (unsigned)reset, 1, 1);
    wait_us(dev, 10);
    put(dev, K210_SYSCTL_PERI_RESET_OFFSET, (unsigned)reset, 1, 0);
}

void k210_sysctl_soft_reset(const k210_sysctl_t *dev)
{
    PUT(dev, SOFT_RESET, SOFT_RESET, 1);
}

void k210_sysctl_spi0_dvp_data(const k210_sysctl_t *dev, bool enable)
{
    PUT(dev, MISC, SPI_DVP_DATA_ENABLE, enable ? 1 : 0);
}

void k210_sysctl_io_power(const k210_sysctl_t *dev, unsigned bank, bool v18)
{
    if (bank < 8)
        put(dev, K210_SYSCTL_POWER_SEL_OFFSET, K210_SYSCTL_POWER_SEL_POWER_MODE_SEL0_SHIFT + bank, 1,
            v18 ? K210_SYSCTL_IO_POWER_V18 : K210_SYSCTL_IO_POWER_V33);
}

void k210_sysctl_dma_select(uint64_t base, unsigned channel, uint32_t select)
{
    if (channel == 5) {
        uint32_t v = k210_mmio_read32(base, K210_SYSCTL_DMA_SEL1_OFFSET);
        k210_mmio_write32(base, K210_SYSCTL_DMA_SEL1_OFFSET,
                          (uint32_t)K210_FIELD_SET(v, K210_SYSCTL_DMA_SEL1_DMA_SEL5, select));
        return;
    }
    /* dma_sel0 holds channels 0-4, one 6-bit selector each */
    uint64_t shift = K210_SYSCTL_DMA_SEL0_DMA_SEL0_SHIFT +
                     (uint64_t)channel * (K210_SYSCTL_DMA_SEL0_DMA_SEL1_SHIFT - K210_SYSCTL_DMA_SEL0_DMA_SEL0_SHIFT);
    uint32_t mask = (uint32_t)(K210_SYSCTL_DMA_SEL0_DMA_SEL0_MASK << shift);
    uint32_t v = k210_mmio_read32(base, K210_SYSCTL_DMA_SEL0_OFFSET);
    k210_mmio_write32(base, K210_SYSCTL_DMA_SEL0_OFFSET, (v & ~mask) | ((select << shift) & mask));
}
