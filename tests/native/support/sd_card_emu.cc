#include "sd_card_emu.h"

extern "C" {
#include "k210_gpiohs_regs.h"
#include "k210_sdcard.h"
#include "k210_spi_regs.h"
}

namespace nfk {

namespace {
constexpr uint32_t kBlock = 512;
constexpr uint8_t kR1Idle = 0x01, kR1IllegalCommand = 0x04, kR1ComCrc = 0x08, kR1AddressError = 0x20,
                  kR1ParameterError = 0x40;
constexpr uint8_t kTokenStart = 0xFE, kErrorTokenOutOfRange = 0x08;
}  // namespace

SdCardEmu::SdCardEmu(std::vector<uint8_t> image, uint64_t spi_base, uint64_t gpiohs_base, unsigned cs_line)
    : image_(std::move(image)), spi_(spi_base), gpiohs_(gpiohs_base), cs_line_(cs_line)
{
    image_.resize((image_.size() + kBlock - 1) / kBlock * kBlock);
    gpiohs_regs_[K210_GPIOHS_OUTPUT_VAL_OFFSET / 4] = 1u << cs_line; /* CS idles high */
    bus_ = k210_bus_t{ read64, write64, read32, write32, window, bus_address, this };
    previous_ = k210_bus_install(&bus_);
}

SdCardEmu::~SdCardEmu() { k210_bus_install(previous_); }

bool SdCardEmu::selected() const
{
    return ((gpiohs_regs_[K210_GPIOHS_OUTPUT_VAL_OFFSET / 4] >> cs_line_) & 1u) == 0;
}

void SdCardEmu::r1(uint8_t v)
{
    out_.push_back(0xFF); /* NCR: one byte before the response */
    out_.push_back(v);
}

void SdCardEmu::queue_block(uint32_t lba)
{
    out_.push_back(0xFF);
    if (bad_blocks.count(lba) != 0 || (uint64_t)(lba + 1) * kBlock > image_.size()) {
        out_.push_back(kErrorTokenOutOfRange);
        streaming_ = false;
        return;
    }
    out_.push_back(kTokenStart);
    const uint8_t *data = image_.data() + (size_t)lba * kBlock;
    out_.insert(out_.end(), data, data + kBlock);
    uint16_t crc = k210_sd_crc16(data, kBlock);
    if (corrupt_every_block || corrupt_crc_blocks > 0) {
        crc ^= 0x1234;
        if (corrupt_crc_blocks > 0)
            corrupt_crc_blocks--;
    }
    out_.push_back(static_cast<uint8_t>(crc >> 8));
    out_.push_back(static_cast<uint8_t>(crc));
}

void SdCardEmu::command(uint8_t cmd, uint32_t arg)
{
    commands_.push_back(app_cmd_ ? 100 + cmd : cmd); /* ACMDn recorded as 100 + n */
    bool app = app_cmd_;
    app_cmd_ = false;
    uint32_t lba = high_capacity ? arg : arg / kBlock;
    bool aligned = high_capacity || arg % kBlock == 0;
    switch (cmd) {
    case 0:
        idle_ = true;
        streaming_ = false;
        acmd41_seen_ = 0;
        r1(kR1Idle);
        break;
    case 8:
        if (version1) {
            r1(kR1IllegalCommand | kR1Idle);
        } else {
            r1(kR1Idle);
            for (uint8_t b : { uint8_t{ 0x00 }, uint8_t{ 0x00 }, static_cast<uint8_t>((arg >> 8) & 0x0F), static_cast<uint8_t>(arg) })
                out_.push_back(b);
        }
        break;
    case 55:
        app_cmd_ = true;
        r1(idle_ ? kR1Idle : 0);
        break;
    case 41:
        if (!app) {
            r1(kR1IllegalCommand | (idle_ ? kR1Idle : 0));
            break;
        }
        if (++acmd41_seen_ > idle_rounds)
            idle_ = false;
        r1(idle_ ? kR1Idle : 0);
        break;
    case 58:
        r1(idle_ ? kR1Idle : 0);
        for (uint8_t b : { static_cast<uint8_t>(0x80 | (high_capacity && !version1 ? 0x40 : 0)), uint8_t{ 0xFF },
                           uint8_t{ 0x80 }, uint8_t{ 0x00 } })
            out_.push_back(b);
        break;
    case 16: r1(arg == kBlock ? 0 : kR1ParameterError); break;
    case 17:
    case 18:
        if (idle_ || !aligned) {
            r1(idle_ ? kR1IllegalCommand | kR1Idle : kR1AddressError);
            break;
        }
        if ((uint64_t)lba * kBlock >= image_.size()) {
            r1(kR1ParameterError);
            break;
        }
        r1(0);
        if (never_send_data)
            break;
        queue_block(lba);
        streaming_ = cmd == 18;
        next_lba_ = lba + 1;
        break;
    case 24:
        if (idle_ || !aligned || (uint64_t)lba * kBlock >= image_.size()) {
            r1(idle_ ? kR1IllegalCommand | kR1Idle : !aligned ? kR1AddressError : kR1ParameterError);
            break;
        }
        r1(0);
        receiving_ = true;
        received_.clear();
        write_lba_ = lba;
        break;
    case 12:
        streaming_ = false;
        out_.clear();
        for (uint8_t b : { uint8_t{ 0xFF }, uint8_t{ 0x00 }, uint8_t{ 0x00 }, uint8_t{ 0x00 } })
            out_.push_back(b); /* stuff byte, R1, then busy */
        break;
    default: r1(kR1IllegalCommand | (idle_ ? kR1Idle : 0)); break;
    }
}

/* A byte of a written block: the start token first, then 512 data bytes and the CRC16; then the data response
 * (0xE5 accepted, 0xEB CRC error, 0xED write error) and the busy time. */
void SdCardEmu::receive(uint8_t in)
{
    if (received_.empty() && in != kTokenStart) {
        return; /* gap bytes before the token */
    }
    received_.push_back(in);
    if (received_.size() < 1 + kBlock + 2) {
        return;
    }
    receiving_ = false;
    const uint8_t *data = received_.data() + 1;
    uint16_t crc = static_cast<uint16_t>(received_[1 + kBlock] << 8 | received_[2 + kBlock]);
    out_.clear();
    if (refuse_write_crc > 0 || crc != k210_sd_crc16(data, kBlock)) {
        refuse_write_crc = refuse_write_crc > 0 ? refuse_write_crc - 1 : 0;
        out_.push_back(0xEB);
    } else if (bad_blocks.count(write_lba_) != 0) {
        out_.push_back(0xED);
    } else {
        std::copy(data, data + kBlock, image_.begin() + static_cast<std::ptrdiff_t>(write_lba_) * kBlock);
        out_.push_back(0xE5);
    }
    for (int i = 0; i < busy_bytes; i++)
        out_.push_back(0x00);
}

uint8_t SdCardEmu::exchange(uint8_t in)
{
    if (!present || !selected()) {
        frame_len_ = 0;
        receiving_ = false;
        return 0xFF;
    }
    uint8_t out = 0xFF;
    if (!out_.empty()) {
        out = out_.front();
        out_.pop_front();
    }
    if (receiving_) {
        receive(in);
        return out;
    }
    if (out_.empty() && streaming_)
        queue_block(next_lba_++);
    if (frame_len_ == 0 && (in & 0xC0) != 0x40)
        return out; /* idle bytes between commands */
    frame_[frame_len_++] = in;
    if (frame_len_ == 6) {
        frame_len_ = 0;
        uint8_t cmd = frame_[0] & 0x3F;
        uint32_t arg = (uint32_t)frame_[1] << 24 | (uint32_t)frame_[2] << 16 | (uint32_t)frame_[3] << 8 | frame_[4];
        if (k210_sd_crc7(frame_, 5) != frame_[5]) {
            crc_errors_++;
            out_.clear();
            r1(kR1ComCrc | (idle_ ? kR1Idle : 0));
        } else {
            if (cmd != 12)
                out_.clear();
            command(cmd, arg);
        }
    }
    return out;
}

uint32_t SdCardEmu::read32(void *ctx, uint64_t addr)
{
    auto *self = static_cast<SdCardEmu *>(ctx);
    if (addr >= self->spi_ && addr < self->spi_ + sizeof self->spi_regs_) {
        uint64_t off = addr - self->spi_;
        if (off == K210_SPI_DR0_OFFSET) {
            if (self->rx_fifo_.empty())
                return 0;
            uint8_t b = self->rx_fifo_.front();
            self->rx_fifo_.pop_front();
            return b;
        }
        if (off == K210_SPI_RXFLR_OFFSET)
            return static_cast<uint32_t>(self->rx_fifo_.size());
        if (off == K210_SPI_TXFLR_OFFSET)
            return 0;
        if (off == K210_SPI_SR_OFFSET)
            return (1u << K210_SPI_SR_TFE_SHIFT) | (self->rx_fifo_.empty() ? 0 : 1u << K210_SPI_SR_RFNE_SHIFT);
        return self->spi_regs_[off / 4];
    }
    if (addr >= self->gpiohs_ && addr < self->gpiohs_ + sizeof self->gpiohs_regs_)
        return self->gpiohs_regs_[(addr - self->gpiohs_) / 4];
    return 0;
}

void SdCardEmu::write32(void *ctx, uint64_t addr, uint32_t value)
{
    auto *self = static_cast<SdCardEmu *>(ctx);
    if (addr >= self->spi_ && addr < self->spi_ + sizeof self->spi_regs_) {
        uint64_t off = addr - self->spi_;
        if (off == K210_SPI_DR0_OFFSET) {
            self->rx_fifo_.push_back(self->exchange(static_cast<uint8_t>(value)));
            return;
        }
        if (off == K210_SPI_SSIENR_OFFSET && value == 0)
            self->rx_fifo_.clear(); /* disabling the controller flushes its FIFOs */
        self->spi_regs_[off / 4] = value;
        return;
    }
    if (addr >= self->gpiohs_ && addr < self->gpiohs_ + sizeof self->gpiohs_regs_)
        self->gpiohs_regs_[(addr - self->gpiohs_) / 4] = value;
}

uint64_t SdCardEmu::read64(void *ctx, uint64_t addr) { return read32(ctx, addr); }
void SdCardEmu::write64(void *ctx, uint64_t addr, uint64_t value) { write32(ctx, addr, static_cast<uint32_t>(value)); }
void *SdCardEmu::window(void *, uint64_t, size_t) { return nullptr; }
uint64_t SdCardEmu::bus_address(void *, const void *) { return 0; }

}  // namespace nfk
