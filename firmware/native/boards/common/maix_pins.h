/* Pins shared by Sipeed's Maix Bit, Dock, Go and Maixduino (Sipeed schematics;
 * MaixPy's default io_mux): console on the ISP UART, SD card on SPI1 with a
 * GPIOHS chip select, the 8-bit LCD on SPI0 and the camera on IO40-47. */
#ifndef MAIX_PINS_H
#define MAIX_PINS_H

#include "k210_board.h"
#include "k210_fpioa_regs.h"
#include "k210_spi_regs.h"

#define MAIX_SD_CS_GPIOHS 7u
#define MAIX_LCD_DCX_GPIOHS 2u
#define MAIX_LCD_RST_GPIOHS 3u

#define MAIX_CONSOLE_PINS { 2, { { 4, K210_FPIOA_FUNCTION_UARTHS_RX }, { 5, K210_FPIOA_FUNCTION_UARTHS_TX } } }

#define MAIX_SD_PINS                                                                                     \
    { 4,                                                                                                 \
      { { 27, K210_FPIOA_FUNCTION_SPI1_SCLK }, { 28, K210_FPIOA_FUNCTION_SPI1_D0 },                      \
        { 26, K210_FPIOA_FUNCTION_SPI1_D1 }, { 29, K210_FPIOA_FUNCTION_GPIOHS0 + MAIX_SD_CS_GPIOHS } } }

#define MAIX_LCD_PINS                                                                                    \
    { 4,                                                                                                 \
      { { 36, K210_FPIOA_FUNCTION_SPI0_SS3 }, { 37, K210_FPIOA_FUNCTION_GPIOHS0 + MAIX_LCD_RST_GPIOHS }, \
        { 38, K210_FPIOA_FUNCTION_GPIOHS0 + MAIX_LCD_DCX_GPIOHS }, { 39, K210_FPIOA_FUNCTION_SPI0_SCLK } } }

#define MAIX_CAMERA_PINS                                                                                 \
    { 8,                                                                                                 \
      { { 40, K210_FPIOA_FUNCTION_SCCB_SDA }, { 41, K210_FPIOA_FUNCTION_SCCB_SCLK },                     \
        { 42, K210_FPIOA_FUNCTION_CMOS_RST }, { 43, K210_FPIOA_FUNCTION_CMOS_VSYNC },                    \
        { 44, K210_FPIOA_FUNCTION_CMOS_PWDN }, { 45, K210_FPIOA_FUNCTION_CMOS_HREF },                    \
        { 46, K210_FPIOA_FUNCTION_CMOS_XCLK }, { 47, K210_FPIOA_FUNCTION_CMOS_PCLK } } }

/* Banks 6 and 7 (IO36-47: LCD and camera) run at 1.8 V on these boards. */
#define MAIX_1V8_BANKS ((1u << 6) | (1u << 7))

/* The whole description of a Maix board with 16 MiB flash, the ST7789 320x240 LCD in landscape (MADCTL
 * 0x60, MaixPy's default direction; not yet checked on each board) and the OV2640. */
#define MAIX_BOARD(board_name)                                                                           \
    { .name = board_name, .pll0_hz = 800000000u, .pll1_hz = 400000000u, .flash_bytes = 16u << 20,       \
      .io_1v8_banks = MAIX_1V8_BANKS, .console = MAIX_CONSOLE_PINS, .sd = MAIX_SD_PINS,                  \
      .sd_spi_base = K210_SPI_SPI1_BASE, .sd_cs_gpiohs = MAIX_SD_CS_GPIOHS, .lcd = MAIX_LCD_PINS,        \
      .lcd_controller = "st7789", .lcd_spi_cs = 3, .lcd_dcx_gpiohs = MAIX_LCD_DCX_GPIOHS,                \
      .lcd_rst_gpiohs = MAIX_LCD_RST_GPIOHS, .lcd_width = 320, .lcd_height = 240, .lcd_madctl = 0x60,    \
      .lcd_invert = false, .camera = MAIX_CAMERA_PINS, .camera_sensor = "ov2640" }

#endif
