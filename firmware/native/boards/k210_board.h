/* What a board is, as data: clocks, the pins of the console, SD card, LCD and
 * camera, and which controller and GPIOHS lines they use. Each board folder
 * holds one const instance; the firmware links the one NFK_BOARD names. */
#ifndef K210_BOARD_H
#define K210_BOARD_H

#include <stdbool.h>
#include <stdint.h>

#define K210_BOARD_MAX_PINS 8

typedef struct k210_pin {
    uint8_t pad;      /* IO0-IO47 */
    uint8_t function; /* K210_FPIOA_FUNCTION_* */
} k210_pin_t;

typedef struct k210_pin_group {
    uint8_t count;
    k210_pin_t pins[K210_BOARD_MAX_PINS];
} k210_pin_group_t;

typedef struct k210_board {
    const char *name;
    uint32_t pll0_hz;     /* CPU = PLL0 / 2 */
    uint32_t pll1_hz;     /* KPU */
    uint32_t flash_bytes; /* SPI3 boot flash */
    uint8_t io_1v8_banks; /* bit n: IO bank n runs at 1.8 V (DVP/LCD banks) */
    k210_pin_group_t console;
    /* SD card: SPI master and the GPIOHS line routed to its CS pad */
    k210_pin_group_t sd;
    uint64_t sd_spi_base;
    uint8_t sd_cs_gpiohs;
    /* LCD on SPI0 (octal, WR = SCLK) with D/CX and RST on GPIOHS lines */
    k210_pin_group_t lcd;
    const char *lcd_controller; /* "st7789", or the name of one the firmware does not drive */
    uint8_t lcd_spi_cs, lcd_dcx_gpiohs, lcd_rst_gpiohs;
    uint16_t lcd_width, lcd_height;
    uint8_t lcd_madctl;
    bool lcd_invert;
    /* camera on the DVP */
    k210_pin_group_t camera;
    const char *camera_sensor;
} k210_board_t;

/* The board the firmware was built for (boards/<NFK_BOARD>/board.c). */
extern const k210_board_t k210_board;

#endif
