/* Sipeed Maix Amigo: SD card on other pins (MaixPy's amigo config: SCLK 11,
 * MOSI 10, MISO 6, CS 26). Its 480x320 LCD is an ILI9486 and its cameras are
 * GC0328/OV7740, which these drivers do not drive: the LCD and camera groups
 * are left empty so nothing is routed to pins we have not confirmed. */
#include "maix_pins.h"

const k210_board_t k210_board = {
    .name = "amigo",
    .pll0_hz = 800000000u,
    .pll1_hz = 400000000u,
    .flash_bytes = 16u << 20,
    .io_1v8_banks = MAIX_1V8_BANKS,
    .console = MAIX_CONSOLE_PINS,
    .sd = { 4, { { 11, K210_FPIOA_FUNCTION_SPI1_SCLK }, { 10, K210_FPIOA_FUNCTION_SPI1_D0 },
                 { 6, K210_FPIOA_FUNCTION_SPI1_D1 }, { 26, K210_FPIOA_FUNCTION_GPIOHS0 + MAIX_SD_CS_GPIOHS } } },
    .sd_spi_base = K210_SPI_SPI1_BASE,
    .sd_cs_gpiohs = MAIX_SD_CS_GPIOHS,
    .lcd = { 0, { { 0, 0 } } },
    .lcd_controller = "ili9486",
    .lcd_width = 480,
    .lcd_height = 320,
    .camera = { 0, { { 0, 0 } } },
    .camera_sensor = "gc0328+ov7740",
};
