/* SPI master driver for the K210's DesignWare SSI controllers (SPI0, SPI1,
 * SPI3), polled. SPI3 lays out ctrlr0 differently; everything else is shared. */
#ifndef K210_SPI_H
#define K210_SPI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define K210_SPI_FIFO_DEPTH 32u

typedef struct k210_spi {
    uint64_t base;
    bool spi3_layout;   /* true for SPI3 (ctrlr0 fields at other positions) */
    uint32_t max_polls; /* status reads before a transfer counts as stuck */
} k210_spi_t;

typedef enum k210_spi_result {
    K210_SPI_OK = 0,
    K210_SPI_BAD_ARGUMENT,
    K210_SPI_TIMEOUT, /* the FIFO never filled or drained */
} k210_spi_result_t;

k210_spi_t k210_spi_device(uint64_t base, bool spi3_layout);

/* Controller off, interrupts and DMA off, then ctrlr0 = mode (0-3), frame size
 * (4-32 bits) and frame format (K210_SPI_FRAME_FORMAT_*), as spi_init does. */
k210_spi_result_t k210_spi_configure(const k210_spi_t *spi, unsigned mode, unsigned frame_bits, unsigned frame_format);

/* Instruction/address phases of the enhanced (dual/quad/octal) formats, as spi_init_non_standard. */
k210_spi_result_t k210_spi_configure_enhanced(const k210_spi_t *spi, unsigned inst_bits, unsigned addr_bits,
                                              unsigned wait_cycles, unsigned trans_type);

/* SCLK = spi_clock_hz / divider, the divider even in 2..65534; returns the rate reached. */
uint32_t k210_spi_set_rate(const k210_spi_t *spi, uint32_t spi_clock_hz, uint32_t rate_hz);

/* Full duplex, 8-bit frames: sends tx (or 0xFF when tx is NULL) and stores what
 * comes back in rx (unless NULL), 32 frames at a time so the RX FIFO never overflows. */
k210_spi_result_t k210_spi_transfer(const k210_spi_t *spi, unsigned cs, const uint8_t *tx, uint8_t *rx, size_t len);

/* Transmit only, 8-bit frames; returns when the last frame has left. */
k210_spi_result_t k210_spi_write(const k210_spi_t *spi, unsigned cs, const uint8_t *tx, size_t len);

/* Transmit only, 32-bit frames (the LCD's pixel stream in octal mode). */
k210_spi_result_t k210_spi_write32(const k210_spi_t *spi, unsigned cs, const uint32_t *tx, size_t count);

/* EEPROM mode: sends cmd (1..32 bytes), then receives rx_len (1..65536) bytes. */
k210_spi_result_t k210_spi_read_after(const k210_spi_t *spi, unsigned cs, const uint8_t *cmd, size_t cmd_len,
                                      uint8_t *rx, size_t rx_len);

#endif
