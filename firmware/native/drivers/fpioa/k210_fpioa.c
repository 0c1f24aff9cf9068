#include "k210_fpioa.h"

#include "k210_field.h"
#include "k210_mmio.h"

#define PAD_STRIDE 4u
#define P(field, v) K210_FIELD_PUT(K210_FPIOA_IO0_##field, v)

/* Pad settings by kind of function, as the SDK's function_config table assigns them. */
#define OUTPUT ((uint32_t)(P(DS, 0xF) | P(OE_EN, 1)))
#define INPUT ((uint32_t)(P(IE_EN, 1) | P(ST, 1)))
#define BIDIR ((uint32_t)(OUTPUT | INPUT))
/* SPI data lines: the controller's own output enable decides the direction. */
#define SPI_DATA ((uint32_t)(BIDIR | P(OE_INV, 1) | P(IE_INV, 1)))
/* SCCB: open-drain-like, with pull-up and slew control. */
#define SCCB ((uint32_t)(P(OE_EN, 1) | P(OE_INV, 1) | P(PU, 1) | P(SL, 1) | P(IE_EN, 1) | P(ST, 1)))

static const struct {
    uint8_t first, last;
    uint32_t config;
} kinds[] = {
    { K210_FPIOA_FUNCTION_SPI0_D0, K210_FPIOA_FUNCTION_SPI0_D7, SPI_DATA },
    { K210_FPIOA_FUNCTION_SPI0_SS0, K210_FPIOA_FUNCTION_SPI0_SCLK, OUTPUT },
    { K210_FPIOA_FUNCTION_UARTHS_RX, K210_FPIOA_FUNCTION_UARTHS_RX, INPUT },
    { K210_FPIOA_FUNCTION_UARTHS_TX, K210_FPIOA_FUNCTION_UARTHS_TX, OUTPUT },
    { K210_FPIOA_FUNCTION_GPIOHS0, K210_FPIOA_FUNCTION_GPIO7, BIDIR },
    { K210_FPIOA_FUNCTION_SPI1_D0, K210_FPIOA_FUNCTION_SPI1_D7, SPI_DATA },
    { K210_FPIOA_FUNCTION_SPI1_SS0, K210_FPIOA_FUNCTION_SPI1_SCLK, OUTPUT },
    { K210_FPIOA_FUNCTION_CMOS_XCLK, K210_FPIOA_FUNCTION_CMOS_PWDN, OUTPUT },
    { K210_FPIOA_FUNCTION_CMOS_VSYNC, K210_FPIOA_FUNCTION_CMOS_D7, INPUT },
    { K210_FPIOA_FUNCTION_SCCB_SCLK, K210_FPIOA_FUNCTION_SCCB_SDA, SCCB },
};

uint32_t k210_fpioa_pad_config(unsigned function)
{
    uint32_t config = 0; /* reserved functions and those the boards never use: pad idle */
    for (unsigned i = 0; i < sizeof kinds / sizeof kinds[0]; i++)
        if (function >= kinds[i].first && function <= kinds[i].last)
            config = kinds[i].config;
    return config | (uint32_t)P(CH_SEL, function);
}

bool k210_fpioa_set_function(uint64_t base, unsigned pad, unsigned function)
{
    if (pad >= K210_FPIOA_PADS || function > 255)
        return false;
    if (function != K210_FPIOA_FUNCTION_RESV0) {
        for (unsigned other = 0; other < K210_FPIOA_PADS; other++) {
            if (other == pad)
                continue;
            uint32_t v = k210_mmio_read32(base, K210_FPIOA_IO0_OFFSET + other * PAD_STRIDE);
            if (K210_FIELD_GET(v, K210_FPIOA_IO0_CH_SEL) == function)
                k210_mmio_write32(base, K210_FPIOA_IO0_OFFSET + other * PAD_STRIDE,
                                  k210_fpioa_pad_config(K210_FPIOA_FUNCTION_RESV0));
        }
    }
    k210_mmio_write32(base, K210_FPIOA_IO0_OFFSET + pad * PAD_STRIDE, k210_fpioa_pad_config(function));
    return true;
}
