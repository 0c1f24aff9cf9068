#include "k210_spi.h"

#include "k210_field.h"
#include "k210_mmio.h"
#include "k210_spi3_regs.h"
#include "k210_spi_regs.h"

/* Where ctrlr0's fields sit: SPI0/SPI1 (spi.regs.json) or SPI3 (spi3.regs.json). */
typedef struct layout {
    unsigned work_mode, tmod, dfs, frf;
} layout_t;

static const layout_t spi01 = { K210_SPI_CTRLR0_WORK_MODE_SHIFT, K210_SPI_CTRLR0_TMOD_SHIFT, K210_SPI_CTRLR0_DFS_SHIFT,
                                K210_SPI_CTRLR0_FRF_SHIFT };
static const layout_t spi3 = { K210_SPI3_CTRLR0_WORK_MODE_SHIFT, K210_SPI3_CTRLR0_TMOD_SHIFT,
                               K210_SPI3_CTRLR0_DFS_SHIFT, K210_SPI3_CTRLR0_FRF_SHIFT };

static const layout_t *layout_of(const k210_spi_t *spi) { return spi->spi3_layout ? &spi3 : &spi01; }

static uint32_t rd(const k210_spi_t *spi, uint64_t off) { return k210_mmio_read32(spi->base, off); }
static void wr(const k210_spi_t *spi, uint64_t off, uint32_t v) { k210_mmio_write32(spi->base, off, v); }

k210_spi_t k210_spi_device(uint64_t base, bool spi3_layout)
{
    return (k210_spi_t){ .base = base, .spi3_layout = spi3_layout, .max_polls = 1000000u };
}

k210_spi_result_t k210_spi_configure(const k210_spi_t *spi, unsigned mode, unsigned frame_bits, unsigned frame_format)
{
    if (mode > 3 || frame_bits < 4 || frame_bits > 32 || frame_format > K210_SPI_FRAME_FORMAT_OCTAL)
        return K210_SPI_BAD_ARGUMENT;
    const layout_t *l = layout_of(spi);
    wr(spi, K210_SPI_SSIENR_OFFSET, 0);
    wr(spi, K210_SPI_IMR_OFFSET, 0);
    wr(spi, K210_SPI_DMACR_OFFSET, 0);
    wr(spi, K210_SPI_SER_OFFSET, 0);
    wr(spi, K210_SPI_CTRLR0_OFFSET, (mode << l->work_mode) | (frame_format << l->frf) | ((frame_bits - 1) << l->dfs));
    wr(spi, K210_SPI_SPI_CTRLR0_OFFSET, 0);
    wr(spi, K210_SPI_ENDIAN_OFFSET, 0);
    return K210_SPI_OK;
}

k210_spi_result_t k210_spi_configure_enhanced(const k210_spi_t *spi, unsigned inst_bits, unsigned addr_bits,
                                              unsigned wait_cycles, unsigned trans_type)
{
    unsigned inst_l = inst_bits == 0 ? 0 : inst_bits == 4 ? 1 : inst_bits == 8 ? 2 : inst_bits == 16 ? 3 : 4;
    if (inst_l > 3 || addr_bits % 4 != 0 || addr_bits > 60 || wait_cycles > 31 ||
        trans_type > K210_SPI_TRANS_TYPE_AS_FRAME_FORMAT)
        return K210_SPI_BAD_ARGUMENT;
    wr(spi, K210_SPI_SPI_CTRLR0_OFFSET,
       (uint32_t)(K210_FIELD_PUT(K210_SPI_SPI_CTRLR0_TRANS_TYPE, trans_type) |
                  K210_FIELD_PUT(K210_SPI_SPI_CTRLR0_ADDR_L, addr_bits / 4) |
                  K210_FIELD_PUT(K210_SPI_SPI_CTRLR0_INST_L, inst_l) |
                  K210_FIELD_PUT(K210_SPI_SPI_CTRLR0_WAIT_CYCLES, wait_cycles)));
    return K210_SPI_OK;
}

uint32_t k210_spi_set_rate(const k210_spi_t *spi, uint32_t spi_clock_hz, uint32_t rate_hz)
{
    if (rate_hz == 0)
        return 0;
    uint32_t div = (spi_clock_hz + rate_hz - 1) / rate_hz; /* round up: never faster than asked */
    div += div & 1u;                                      /* the controller ignores bit 0 */
    if (div < 2)
        div = 2;
    if (div > 65534)
        div = 65534;
    wr(spi, K210_SPI_BAUDR_OFFSET, (uint32_t)K210_FIELD_PUT(K210_SPI_BAUDR_SCKDV, div));
    return spi_clock_hz / div;
}

static void set_tmod(const k210_spi_t *spi, uint32_t tmod)
{
    const layout_t *l = layout_of(spi);
    uint32_t v = rd(spi, K210_SPI_CTRLR0_OFFSET);
    wr(spi, K210_SPI_CTRLR0_OFFSET, (v & ~(3u << l->tmod)) | (tmod << l->tmod));
}

static k210_spi_result_t finish(const k210_spi_t *spi, k210_spi_result_t result)
{
    wr(spi, K210_SPI_SER_OFFSET, 0);
    wr(spi, K210_SPI_SSIENR_OFFSET, 0);
    return result;
}

/* Waits until the receive FIFO holds something; returns its level (0 on timeout). */
static uint32_t wait_rx(const k210_spi_t *spi)
{
    for (uint32_t i = 0; i < spi->max_polls; i++) {
        uint32_t level = (uint32_t)K210_FIELD_GET(rd(spi, K210_SPI_RXFLR_OFFSET), K210_SPI_RXFLR_RXTFL);
        if (level != 0)
            return level;
    }
    return 0;
}

/* Waits until the transmit FIFO is empty and the shifter idle (sr & (busy | tfe) == tfe). */
static bool wait_tx_done(const k210_spi_t *spi)
{
    uint32_t want = (uint32_t)K210_FIELD_PUT(K210_SPI_SR_TFE, 1);
    uint32_t mask = want | (uint32_t)K210_FIELD_PUT(K210_SPI_SR_BUSY, 1);
    for (uint32_t i = 0; i < spi->max_polls; i++)
        if ((rd(spi, K210_SPI_SR_OFFSET) & mask) == want)
            return true;
    return false;
}

/* Waits for room in the transmit FIFO; returns the free entries (0 on timeout). */
static uint32_t wait_tx_room(const k210_spi_t *spi)
{
    for (uint32_t i = 0; i < spi->max_polls; i++) {
        uint32_t level = (uint32_t)K210_FIELD_GET(rd(spi, K210_SPI_TXFLR_OFFSET), K210_SPI_TXFLR_TXTFL);
        if (level < K210_SPI_FIFO_DEPTH)
            return K210_SPI_FIFO_DEPTH - level;
    }
    return 0;
}

k210_spi_result_t k210_spi_transfer(const k210_spi_t *spi, unsigned cs, const uint8_t *tx, uint8_t *rx, size_t len)
{
    if (cs > 3)
        return K210_SPI_BAD_ARGUMENT;
    set_tmod(spi, K210_SPI_TMOD_TRANS_RECV);
    wr(spi, K210_SPI_SSIENR_OFFSET, 1);
    wr(spi, K210_SPI_SER_OFFSET, 1u << cs);
    size_t done = 0;
    while (done < len) {
        size_t n = len - done < K210_SPI_FIFO_DEPTH ? len - done : K210_SPI_FIFO_DEPTH;
        for (size_t i = 0; i < n; i++)
            wr(spi, K210_SPI_DR0_OFFSET, tx != NULL ? tx[done + i] : 0xFFu);
        for (size_t got = 0; got < n;) {
            uint32_t level = wait_rx(spi);
            if (level == 0)
                return finish(spi, K210_SPI_TIMEOUT);
            for (; level > 0 && got < n; level--, got++) {
                uint8_t b = (uint8_t)rd(spi, K210_SPI_DR0_OFFSET);
                if (rx != NULL)
                    rx[done + got] = b;
            }
        }
        done += n;
    }
    return finish(spi, K210_SPI_OK);
}

static k210_spi_result_t write_frames(const k210_spi_t *spi, unsigned cs, const void *tx, size_t count, unsigned bytes)
{
    if (cs > 3)
        return K210_SPI_BAD_ARGUMENT;
    set_tmod(spi, K210_SPI_TMOD_TRANS);
    wr(spi, K210_SPI_SSIENR_OFFSET, 1);
    wr(spi, K210_SPI_SER_OFFSET, 1u << cs);
    for (size_t i = 0; i < count;) {
        uint32_t room = wait_tx_room(spi);
        if (room == 0)
            return finish(spi, K210_SPI_TIMEOUT);
        for (; room > 0 && i < count; room--, i++)
            wr(spi, K210_SPI_DR0_OFFSET, bytes == 4 ? ((const uint32_t *)tx)[i] : ((const uint8_t *)tx)[i]);
    }
    return finish(spi, wait_tx_done(spi) ? K210_SPI_OK : K210_SPI_TIMEOUT);
}

k210_spi_result_t k210_spi_write(const k210_spi_t *spi, unsigned cs, const uint8_t *tx, size_t len)
{
    return write_frames(spi, cs, tx, len, 1);
}

k210_spi_result_t k210_spi_write32(const k210_spi_t *spi, unsigned cs, const uint32_t *tx, size_t count)
{
    return write_frames(spi, cs, tx, count, 4);
}

k210_spi_result_t k210_spi_read_after(const k210_spi_t *spi, unsigned cs, const uint8_t *cmd, size_t cmd_len,
                                      uint8_t *rx, size_t rx_len)
{
    if (cs > 3 || cmd_len == 0 || cmd_len > K210_SPI_FIFO_DEPTH || rx_len == 0 || rx_len > 0x10000)
        return K210_SPI_BAD_ARGUMENT;
    set_tmod(spi, K210_SPI_TMOD_EEPROM);
    wr(spi, K210_SPI_CTRLR1_OFFSET, (uint32_t)K210_FIELD_PUT(K210_SPI_CTRLR1_NDF, rx_len - 1));
    wr(spi, K210_SPI_SSIENR_OFFSET, 1);
    for (size_t i = 0; i < cmd_len; i++)
        wr(spi, K210_SPI_DR0_OFFSET, cmd[i]);
    /* Slave select last, so the whole command is queued when the clock starts (as the SDK). */
    wr(spi, K210_SPI_SER_OFFSET, 1u << cs);
    for (size_t got = 0; got < rx_len;) {
        uint32_t level = wait_rx(spi);
        if (level == 0)
            return finish(spi, K210_SPI_TIMEOUT);
        for (; level > 0 && got < rx_len; level--, got++)
            rx[got] = (uint8_t)rd(spi, K210_SPI_DR0_OFFSET);
    }
    return finish(spi, K210_SPI_OK);
}
