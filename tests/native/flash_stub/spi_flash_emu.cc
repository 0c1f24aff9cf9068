#include "spi_flash_emu.h"

#include <algorithm>

extern "C" {
#include "k210_field.h"
#include "k210_spi3_regs.h"
#include "k210_spi_regs.h"
}

namespace nfk {

W25qEmu::W25qEmu(uint32_t size, uint32_t jedec_id) : memory(size, 0xFF), jedec(jedec_id) {}

void W25qEmu::select() { command_.clear(); }

uint32_t W25qEmu::address() const
{
    return (uint32_t{ command_[1] } << 16 | uint32_t{ command_[2] } << 8 | command_[3]) % memory.size();
}

uint8_t W25qEmu::exchange(uint8_t in)
{
    command_.push_back(in);
    size_t n = command_.size();
    switch (command_[0]) {
    case 0x9F:
        return n >= 2 && n <= 4 ? static_cast<uint8_t>(jedec >> (8 * (4 - n))) : 0xFF;
    case 0x05: {
        if (n < 2)
            return 0xFF;
        busy_polls++;
        bool busy = busy_left_ > 0;
        if (busy)
            busy_left_--;
        return static_cast<uint8_t>((busy ? 0x01 : 0) | (wel_ ? 0x02 : 0));
    }
    case 0x03:
        return n > 4 ? memory[(address() + n - 5) % memory.size()] : 0xFF;
    default:
        return 0xFF;
    }
}

void W25qEmu::deselect()
{
    if (command_.empty() || busy_left_ > 0)
        return;
    uint8_t op = command_[0];
    if (op == 0x06) {
        wel_ = !write_protected;
        return;
    }
    if (!wel_)
        return;
    if (op == 0x02 && command_.size() > 4) {
        uint32_t page = address() & ~0xFFu;
        for (size_t i = 4; i < command_.size(); i++)
            memory[page + ((address() + i - 4) & 0xFFu)] &= command_[i];
        programs++;
    } else if (op == 0x20 && command_.size() == 4) {
        std::fill_n(memory.begin() + (address() & ~0xFFFu), 4096, 0xFF);
        erases++;
    } else if ((op == 0xC7 || op == 0x60) && command_.size() == 1) {
        std::fill(memory.begin(), memory.end(), 0xFF);
        erases++;
    } else {
        return;
    }
    wel_ = false;
    busy_left_ = busy_reads;
}

SpiFlashBus::SpiFlashBus(W25qEmu &flash, uint64_t base) : flash_(flash), base_(base)
{
    bus_ = k210_bus_t{ read64, write64, read32, write32, window, bus_address, this };
    previous_ = k210_bus_install(&bus_);
}

SpiFlashBus::~SpiFlashBus() { k210_bus_install(previous_); }

unsigned SpiFlashBus::tmod() const
{
    return static_cast<unsigned>(K210_FIELD_GET(ctrlr0_, K210_SPI3_CTRLR0_TMOD));
}

void SpiFlashBus::set_select(uint32_t ser)
{
    bool was = ser_ != 0 && ssienr_ != 0;
    ser_ = ser;
    bool now = ser_ != 0 && ssienr_ != 0;
    if (now && !was) {
        flash_.select();
        if (tmod() == K210_SPI_TMOD_EEPROM) {  // queued command out, then ndf + 1 frames in
            for (; !tx_.empty(); tx_.pop_front())
                flash_.exchange(tx_.front());
            uint32_t frames = static_cast<uint32_t>(K210_FIELD_GET(ctrlr1_, K210_SPI_CTRLR1_NDF)) + 1;
            for (uint32_t i = 0; i < frames; i++)
                rx_.push_back(flash_.exchange(0xFF));
        } else {  // frames queued before the select go out now
            for (; !tx_.empty(); tx_.pop_front()) {
                uint8_t in = flash_.exchange(tx_.front());
                if (tmod() == K210_SPI_TMOD_TRANS_RECV)
                    rx_.push_back(in);
            }
        }
    } else if (!now && was) {
        flash_.deselect();
        tx_.clear();
    }
}

uint32_t SpiFlashBus::read32(void *ctx, uint64_t addr)
{
    auto *self = static_cast<SpiFlashBus *>(ctx);
    if (addr < self->base_ || addr >= self->base_ + 0x200)
        return 0;
    switch (addr - self->base_) {
    case K210_SPI_CTRLR0_OFFSET:
        return self->ctrlr0_;
    case K210_SPI_RXFLR_OFFSET:
        return static_cast<uint32_t>(self->rx_.size() < 32 ? self->rx_.size() : 32);
    case K210_SPI_TXFLR_OFFSET:
        return 0;
    case K210_SPI_SR_OFFSET:
        return static_cast<uint32_t>(K210_FIELD_PUT(K210_SPI_SR_TFE, 1));
    case K210_SPI_DR0_OFFSET: {
        if (self->rx_.empty())
            return 0;
        uint8_t b = self->rx_.front();
        self->rx_.pop_front();
        return b;
    }
    default:
        return 0;
    }
}

void SpiFlashBus::write32(void *ctx, uint64_t addr, uint32_t value)
{
    auto *self = static_cast<SpiFlashBus *>(ctx);
    if (addr < self->base_ || addr >= self->base_ + 0x200)
        return;
    switch (addr - self->base_) {
    case K210_SPI_CTRLR0_OFFSET:
        self->ctrlr0_ = value;
        break;
    case K210_SPI_CTRLR1_OFFSET:
        self->ctrlr1_ = value;
        break;
    case K210_SPI_SSIENR_OFFSET:
        if ((value & 1u) == 0) {  // disabling ends any transfer and empties the FIFOs
            uint32_t ser = self->ser_;
            self->set_select(0);
            self->ser_ = ser;
            self->rx_.clear();
            self->tx_.clear();
        }
        self->ssienr_ = value & 1u;
        break;
    case K210_SPI_SER_OFFSET:
        self->set_select(value);
        break;
    case K210_SPI_DR0_OFFSET: {
        uint8_t b = static_cast<uint8_t>(value);
        bool selected = self->ser_ != 0 && self->ssienr_ != 0;
        if (!selected || self->tmod() == K210_SPI_TMOD_EEPROM)
            self->tx_.push_back(b);  // sent when the slave is selected
        else if (self->tmod() == K210_SPI_TMOD_TRANS_RECV)
            self->rx_.push_back(self->flash_.exchange(b));
        else
            self->flash_.exchange(b);
        break;
    }
    default:
        break;
    }
}

}  // namespace nfk
