// An emulated W25Q128 behind an emulated SPI3 controller (DesignWare SSI), as a
// bus for the register seam: the flash stub's adapter and drivers/spi run
// unchanged against it. Only what a polled standard-SPI master uses is
// modelled: SSIENR, SER (chip select), CTRLR0.TMOD (SPI3 layout), CTRLR1.NDF,
// DR0, TXFLR/RXFLR, SR. Transfers complete instantly.
#pragma once

#include <cstdint>
#include <deque>
#include <vector>

extern "C" {
#include "k210_mmio.h"
}

namespace nfk {

// Winbond W25Q128: JEDEC id, status 1 (BUSY, WEL), read 0x03, page program 0x02
// (wraps within the page, only clears bits), sector erase 0x20, chip erase
// 0xC7/0x60, write enable 0x06. Erase/program complete when chip select rises
// and stay BUSY for `busy_reads` status reads.
class W25qEmu {
public:
    explicit W25qEmu(uint32_t size = 16u << 20, uint32_t jedec = 0xEF4018);
    void select();
    uint8_t exchange(uint8_t in);
    void deselect();
    std::vector<uint8_t> memory;
    uint32_t jedec;
    unsigned busy_reads = 2;
    bool write_protected = false;
    unsigned erases = 0, programs = 0, busy_polls = 0;

private:
    std::vector<uint8_t> command_;
    unsigned busy_left_ = 0;
    bool wel_ = false;
    uint32_t address() const;
};

class SpiFlashBus {
public:
    SpiFlashBus(W25qEmu &flash, uint64_t base);
    ~SpiFlashBus();

private:
    static uint32_t read32(void *ctx, uint64_t addr);
    static void write32(void *ctx, uint64_t addr, uint32_t value);
    static uint64_t read64(void *ctx, uint64_t addr) { return read32(ctx, addr); }
    static void write64(void *ctx, uint64_t addr, uint64_t value) { write32(ctx, addr, static_cast<uint32_t>(value)); }
    static void *window(void *, uint64_t, size_t) { return nullptr; }
    static uint64_t bus_address(void *, const void *) { return 0; }
    unsigned tmod() const;
    void set_select(uint32_t ser);
    W25qEmu &flash_;
    uint64_t base_;
    k210_bus_t bus_;
    const k210_bus_t *previous_;
    uint32_t ctrlr0_ = 0, ctrlr1_ = 0, ssienr_ = 0, ser_ = 0;
    std::deque<uint8_t> tx_, rx_;
};

}  // namespace nfk
