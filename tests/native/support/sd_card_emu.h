// An SD card in SPI mode behind the seam, for the SD driver and the FAT code:
// the SPI controller's registers (DW SSI: DR0, RXFLR, SR...), the GPIOHS
// chip-select line and the card's command/response state machine (CMD0, 8,
// 55/41, 58, 16, 17, 18, 12, and CMD24 writing one block into the image),
// answering from a disk image. Faults can be switched on: no card, data CRC
// errors, a card that never sends data, bad sectors, wrong command CRCs, a
// written block's CRC refused. It records commands.
#pragma once

#include <cstdint>
#include <deque>
#include <set>
#include <vector>

extern "C" {
#include "k210_mmio.h"
}

namespace nfk {

class SdCardEmu {
public:
    SdCardEmu(std::vector<uint8_t> image, uint64_t spi_base, uint64_t gpiohs_base, unsigned cs_line);
    ~SdCardEmu();
    SdCardEmu(const SdCardEmu &) = delete;
    SdCardEmu &operator=(const SdCardEmu &) = delete;

    // Card kind and faults.
    bool present = true;
    bool high_capacity = true;        // SDHC (block addresses) or SDSC v2 (byte addresses)
    bool version1 = false;            // SDSC v1: CMD8 is an illegal command
    int idle_rounds = 3;              // ACMD41 answers "idle" this many times first
    int corrupt_crc_blocks = 0;       // the next N data blocks go out with a wrong CRC16
    bool corrupt_every_block = false; // every data block has a wrong CRC16
    bool never_send_data = false;     // R1 ok, then no data token ever (timeout)
    std::set<uint32_t> bad_blocks;    // these blocks answer with a data error token (reads) or write error (writes)
    int refuse_write_crc = 0;         // the next N written blocks are answered "CRC error" and not stored
    int busy_bytes = 3;               // MISO low this long after a written block

    const std::vector<uint8_t> &image() const { return image_; }
    const std::vector<int> &commands() const { return commands_; }
    int command_crc_errors() const { return crc_errors_; }

private:
    static uint64_t read64(void *ctx, uint64_t addr);
    static void write64(void *ctx, uint64_t addr, uint64_t value);
    static uint32_t read32(void *ctx, uint64_t addr);
    static void write32(void *ctx, uint64_t addr, uint32_t value);
    static void *window(void *ctx, uint64_t addr, size_t len);
    static uint64_t bus_address(void *ctx, const void *ptr);

    bool selected() const;
    uint8_t exchange(uint8_t in);
    void command(uint8_t cmd, uint32_t arg);
    void queue_block(uint32_t lba);
    void r1(uint8_t v);

    std::vector<uint8_t> image_;
    uint64_t spi_, gpiohs_;
    unsigned cs_line_;
    k210_bus_t bus_;
    const k210_bus_t *previous_;
    uint32_t spi_regs_[0x120 / 4] = {};
    uint32_t gpiohs_regs_[0x44 / 4] = {};
    std::deque<uint8_t> rx_fifo_, out_;
    uint8_t frame_[6] = {};
    int frame_len_ = 0;
    bool app_cmd_ = false, idle_ = true, streaming_ = false;
    bool receiving_ = false;          // after CMD24: waiting for the start token, then the block
    std::vector<uint8_t> received_;   // the block and its CRC as they come
    uint32_t write_lba_ = 0;
    void receive(uint8_t in);
    uint32_t next_lba_ = 0;
    int acmd41_seen_ = 0, crc_errors_ = 0;
    std::vector<int> commands_;
};

}  // namespace nfk
