#include "k210_st7789.h"

#include "k210_gpiohs.h"
#include "k210_spi_regs.h"

/* ST7789 commands (datasheet section 9). */
#define SWRESET 0x01u
#define SLPOUT 0x11u
#define NORON 0x13u
#define INVON 0x21u
#define DISPON 0x29u
#define CASET 0x2Au
#define RASET 0x2Bu
#define RAMWR 0x2Cu
#define MADCTL 0x36u
#define COLMOD 0x3Au
#define COLMOD_16BIT 0x55u

#define WORDS_PER_CHUNK 64u

static void wait_ms(const k210_st7789_t *lcd, uint32_t ms)
{
    if (lcd->delay_us != 0)
        lcd->delay_us(ms * 1000u);
}

/* In octal mode each frame goes out in one WR cycle: the command as the
 * instruction phase, parameters as 8-bit "address" frames, pixels as 32-bit frames. */
static bool send(const k210_st7789_t *lcd, bool data, unsigned frame_bits, unsigned inst_bits, unsigned addr_bits,
                 const void *frames, size_t count)
{
    k210_gpiohs_write(lcd->gpiohs_base, lcd->dcx_line, data);
    if (k210_spi_configure(&lcd->spi, 0, frame_bits, K210_SPI_FRAME_FORMAT_OCTAL) != K210_SPI_OK ||
        k210_spi_configure_enhanced(&lcd->spi, inst_bits, addr_bits, 0, K210_SPI_TRANS_TYPE_AS_FRAME_FORMAT) !=
            K210_SPI_OK)
        return false;
    return (frame_bits == 32 ? k210_spi_write32(&lcd->spi, lcd->cs, frames, count)
                             : k210_spi_write(&lcd->spi, lcd->cs, frames, count)) == K210_SPI_OK;
}

static bool command(const k210_st7789_t *lcd, uint8_t cmd, const uint8_t *params, size_t n)
{
    return send(lcd, false, 8, 8, 0, &cmd, 1) && (n == 0 || send(lcd, true, 8, 0, 8, params, n));
}

bool k210_st7789_init(const k210_st7789_t *lcd)
{
    k210_gpiohs_set_output(lcd->gpiohs_base, lcd->dcx_line, true);
    if (lcd->rst_line != K210_ST7789_NO_LINE) {
        k210_gpiohs_set_output(lcd->gpiohs_base, lcd->rst_line, true);
        k210_gpiohs_write(lcd->gpiohs_base, lcd->rst_line, false);
        wait_ms(lcd, 10);
        k210_gpiohs_write(lcd->gpiohs_base, lcd->rst_line, true);
        wait_ms(lcd, 120);
    }
    uint8_t colmod = COLMOD_16BIT, madctl = lcd->madctl;
    bool ok = command(lcd, SWRESET, NULL, 0);
    wait_ms(lcd, 120); /* 120 ms before SLPOUT after a reset */
    ok = ok && command(lcd, SLPOUT, NULL, 0);
    wait_ms(lcd, 120);
    ok = ok && command(lcd, COLMOD, &colmod, 1) && command(lcd, MADCTL, &madctl, 1);
    if (lcd->invert)
        ok = ok && command(lcd, INVON, NULL, 0);
    return ok && command(lcd, NORON, NULL, 0) && command(lcd, DISPON, NULL, 0);
}

static bool window(const k210_st7789_t *lcd, uint16_t x, uint16_t y, uint16_t w, uint16_t h)
{
    uint16_t x1 = (uint16_t)(x + w - 1), y1 = (uint16_t)(y + h - 1);
    uint8_t cols[4] = { (uint8_t)(x >> 8), (uint8_t)x, (uint8_t)(x1 >> 8), (uint8_t)x1 };
    uint8_t rows[4] = { (uint8_t)(y >> 8), (uint8_t)y, (uint8_t)(y1 >> 8), (uint8_t)y1 };
    return command(lcd, CASET, cols, 4) && command(lcd, RASET, rows, 4) && command(lcd, RAMWR, NULL, 0);
}

bool k210_st7789_draw(const k210_st7789_t *lcd, uint16_t x, uint16_t y, uint16_t w, uint16_t h,
                      const uint16_t *pixels)
{
    if (w == 0 || h == 0 || (uint32_t)x + w > lcd->width || (uint32_t)y + h > lcd->height || pixels == NULL)
        return false;
    if (!window(lcd, x, y, w, h))
        return false;
    /* Two pixels per 32-bit frame, first pixel in the high half (sent first, MSB first). */
    size_t n = (size_t)w * h, i = 0;
    uint32_t words[WORDS_PER_CHUNK];
    while (n - i >= 2) {
        size_t k = 0;
        for (; k < WORDS_PER_CHUNK && n - i >= 2; k++, i += 2)
            words[k] = (uint32_t)pixels[i] << 16 | pixels[i + 1];
        if (!send(lcd, true, 32, 0, 32, words, k))
            return false;
    }
    if (i < n) {
        uint8_t last[2] = { (uint8_t)(pixels[i] >> 8), (uint8_t)pixels[i] };
        return send(lcd, true, 8, 0, 8, last, 2);
    }
    return true;
}
