/* ST7789 LCD on the Maix boards' 8-bit parallel bus, driven by SPI0 in octal
 * mode (WR = SCLK, D0-D7 shared with the DVP pins) with D/CX on a GPIOHS line.
 * Commands from the ST7789 datasheet; polled. */
#ifndef K210_ST7789_H
#define K210_ST7789_H

#include <stdbool.h>
#include <stdint.h>

#include "k210_spi.h"

#define K210_ST7789_NO_LINE 0xFFu

typedef struct k210_st7789 {
    k210_spi_t spi;
    unsigned cs;            /* SPI0 slave select wired to the panel's CS (SS3 on Maix boards) */
    uint64_t gpiohs_base;
    unsigned dcx_line;      /* GPIOHS line on D/CX: 0 = command, 1 = data */
    unsigned rst_line;      /* GPIOHS line on RESX, or K210_ST7789_NO_LINE */
    uint16_t width, height; /* after rotation */
    uint8_t madctl;         /* memory access control (rotation, BGR) */
    bool invert;            /* panels that need INVON */
    void (*delay_us)(uint32_t us);
} k210_st7789_t;

/* Hardware reset, SWRESET, SLPOUT, COLMOD 16-bit, MADCTL, (INVON), NORON, DISPON. */
bool k210_st7789_init(const k210_st7789_t *lcd);

/* Draws a w x h RGB565 frame (host byte order) at (x, y). */
bool k210_st7789_draw(const k210_st7789_t *lcd, uint16_t x, uint16_t y, uint16_t w, uint16_t h,
                      const uint16_t *pixels);

#endif
