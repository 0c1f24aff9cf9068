// SPI master (DW SSI) and W25Q flash traffic against spi.c's sequences:
// configuration order, where ctrlr0's fields sit on SPI1 and on SPI3,
// full-duplex FIFO handling, EEPROM-mode reads with slave select last.
#include <gtest/gtest.h>

#include "mock_bus.h"

extern "C" {
#include "k210_spi.h"
#include "k210_w25q.h"
}

namespace {
using nfk::Access;
constexpr uint64_t SPI1 = 0x53000000, SPI3 = 0x54000000;
constexpr uint64_t CTRLR0 = 0x00, CTRLR1 = 0x04, SSIENR = 0x08, SER = 0x10, BAUDR = 0x14, TXFLR = 0x20, RXFLR = 0x24,
                   SR = 0x28, IMR = 0x2C, DMACR = 0x4C, DR0 = 0x60, SPI_CTRLR0 = 0xF4, ENDIAN = 0x118;
}  // namespace

TEST(Spi, Configure_Spi1And8BitFrames_AsSpiInit)
{
    nfk::MockBus bus;
    k210_spi_t spi = k210_spi_device(SPI1, false);
    ASSERT_EQ(k210_spi_configure(&spi, 0, 8, 0), K210_SPI_OK);
    std::vector<Access> want = { { 'W', 32, SPI1 + SSIENR, 0 }, { 'W', 32, SPI1 + IMR, 0 }, { 'W', 32, SPI1 + DMACR, 0 },
                                 { 'W', 32, SPI1 + SER, 0 },    { 'W', 32, SPI1 + CTRLR0, 7u << 16 },
                                 { 'W', 32, SPI1 + SPI_CTRLR0, 0 }, { 'W', 32, SPI1 + ENDIAN, 0 } };
    EXPECT_EQ(bus.writes(), want);
    EXPECT_EQ(k210_spi_configure(&spi, 4, 8, 0), K210_SPI_BAD_ARGUMENT);
}

TEST(Spi, Spi3Layout_PutsTheFrameSizeAtBitZeroAndTheModeAtBitEight)
{
    nfk::MockBus bus;
    k210_spi_t spi = k210_spi_device(SPI3, true);
    ASSERT_EQ(k210_spi_configure(&spi, 3, 8, 2), K210_SPI_OK);
    EXPECT_EQ(bus.writes()[4], (Access{ 'W', 32, SPI3 + CTRLR0, 7u | (3u << 8) | (2u << 22) }));
}

TEST(Spi, Rate_IsAnEvenDividerNeverFasterThanAsked)
{
    nfk::MockBus bus;
    k210_spi_t spi = k210_spi_device(SPI1, false);
    EXPECT_EQ(k210_spi_set_rate(&spi, 403000000, 400000), 399801u); /* divider 1008 */
    EXPECT_EQ(k210_spi_set_rate(&spi, 403000000, 25000000), 22388888u);
    EXPECT_EQ(k210_spi_set_rate(&spi, 403000000, 400000000), 201500000u); /* divider at least 2 */
    auto w = bus.writes();
    EXPECT_EQ(w[0], (Access{ 'W', 32, SPI1 + BAUDR, 1008 }));
    EXPECT_EQ(w[1], (Access{ 'W', 32, SPI1 + BAUDR, 18 }));
}

TEST(Spi, FullDuplex_SendsAFifoLoadThenDrainsWhatCameBack)
{
    nfk::MockBus bus;
    bus.answer(SPI1 + RXFLR, 2);
    bus.answer_sequence(SPI1 + DR0, { 0x12, 0x34 });
    k210_spi_t spi = k210_spi_device(SPI1, false);
    const uint8_t tx[2] = { 0xAB, 0xCD };
    uint8_t rx[2] = {};
    ASSERT_EQ(k210_spi_transfer(&spi, 1, tx, rx, 2), K210_SPI_OK);
    EXPECT_EQ(rx[0], 0x12);
    EXPECT_EQ(rx[1], 0x34);
    std::vector<Access> want = {
        { 'R', 32, SPI1 + CTRLR0, 0 },   { 'W', 32, SPI1 + CTRLR0, 0 },  /* tmod = transmit and receive */
        { 'W', 32, SPI1 + SSIENR, 1 },   { 'W', 32, SPI1 + SER, 2 },
        { 'W', 32, SPI1 + DR0, 0xAB },   { 'W', 32, SPI1 + DR0, 0xCD },
        { 'R', 32, SPI1 + RXFLR, 2 },    { 'R', 32, SPI1 + DR0, 0x12 },  { 'R', 32, SPI1 + DR0, 0x34 },
        { 'W', 32, SPI1 + SER, 0 },      { 'W', 32, SPI1 + SSIENR, 0 },
    };
    EXPECT_EQ(bus.log(), want);
}

TEST(Spi, NothingComesBack_TimesOutAndReleasesTheBus)
{
    nfk::MockBus bus;
    k210_spi_t spi = k210_spi_device(SPI1, false);
    spi.max_polls = 5;
    uint8_t rx[1];
    EXPECT_EQ(k210_spi_transfer(&spi, 0, nullptr, rx, 1), K210_SPI_TIMEOUT);
    auto w = bus.writes();
    EXPECT_EQ(w[w.size() - 2], (Access{ 'W', 32, SPI1 + SER, 0 }));
    EXPECT_EQ(w.back(), (Access{ 'W', 32, SPI1 + SSIENR, 0 }));
}

TEST(Spi, Write_WaitsUntilTheShifterIsIdle)
{
    nfk::MockBus bus;
    bus.answer_sequence(SPI1 + SR, { 0x1, 0x5, 0x4 }); /* busy, busy + empty, empty */
    k210_spi_t spi = k210_spi_device(SPI1, false);
    const uint8_t tx[1] = { 0x2C };
    ASSERT_EQ(k210_spi_write(&spi, 3, tx, 1), K210_SPI_OK);
    int sr_reads = 0;
    for (const Access &a : bus.log())
        sr_reads += a.kind == 'R' && a.addr == SPI1 + SR;
    EXPECT_EQ(sr_reads, 3);
}

TEST(W25q, Probe_ReadsTheJedecIdInEepromMode)
{
    nfk::MockBus bus;
    bus.answer(SPI3 + RXFLR, 3);
    bus.answer_sequence(SPI3 + DR0, { 0xEF, 0x40, 0x18 });
    k210_w25q_t flash = { k210_spi_device(SPI3, true), 0, 0 };
    uint32_t id = 0;
    ASSERT_EQ(k210_w25q_probe(&flash, 26000000, 13000000, &id), K210_W25Q_OK);
    EXPECT_EQ(id, 0xEF4018u);
    EXPECT_EQ(flash.size, 16u << 20);
    auto w = bus.writes();
    /* tmod = EEPROM (bits 11:10 on SPI3; the mock reads ctrlr0 as 0), 3 frames to receive,
     * the command, slave select last, then release */
    std::vector<Access> want = { { 'W', 32, SPI3 + CTRLR0, 3u << 10 }, { 'W', 32, SPI3 + CTRLR1, 2 },
                                 { 'W', 32, SPI3 + SSIENR, 1 },         { 'W', 32, SPI3 + DR0, 0x9F },
                                 { 'W', 32, SPI3 + SER, 1 },            { 'W', 32, SPI3 + SER, 0 },
                                 { 'W', 32, SPI3 + SSIENR, 0 } };
    ASSERT_GE(w.size(), want.size());
    EXPECT_EQ(std::vector<Access>(w.end() - 7, w.end()), want);
}

TEST(W25q, ReadAtOffset_SendsCommand03AndA24BitAddress)
{
    nfk::MockBus bus;
    bus.answer(SPI3 + RXFLR, 4);
    bus.answer(SPI3 + DR0, 0x5A);
    k210_w25q_t flash = { k210_spi_device(SPI3, true), 0, 16u << 20 };
    uint8_t out[4] = {};
    ASSERT_EQ(k210_w25q_read(&flash, 0x300000, out, sizeof out), K210_W25Q_OK);
    EXPECT_EQ(out[3], 0x5A);
    std::vector<uint64_t> cmd;
    for (const Access &a : bus.writes())
        if (a.addr == SPI3 + DR0)
            cmd.push_back(a.value);
    EXPECT_EQ(cmd, (std::vector<uint64_t>{ 0x03, 0x30, 0x00, 0x00 }));
    bus.clear();
    EXPECT_EQ(k210_w25q_read(&flash, (16u << 20) - 2, out, 4), K210_W25Q_OUT_OF_RANGE);
    EXPECT_TRUE(bus.log().empty());
}

TEST(W25q, BlankBus_IsNoFlash)
{
    nfk::MockBus bus;
    bus.answer(SPI3 + RXFLR, 3);
    bus.answer(SPI3 + DR0, 0xFF);
    k210_w25q_t flash = { k210_spi_device(SPI3, true), 0, 0 };
    EXPECT_EQ(k210_w25q_probe(&flash, 26000000, 13000000, nullptr), K210_W25Q_NO_FLASH);
    EXPECT_EQ(flash.size, 0u);
}
