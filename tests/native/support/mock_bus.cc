#include "mock_bus.h"

#include <cstdio>
#include <memory>

namespace nfk {

std::string to_string(const Access &a)
{
    char buf[96];
    std::snprintf(buf, sizeof buf, "%c%d 0x%08llx = 0x%llx", a.kind, a.width, static_cast<unsigned long long>(a.addr),
                  static_cast<unsigned long long>(a.value));
    return buf;
}

MockBus::MockBus()
{
    bus_ = k210_bus_t{ read64, write64, read32, write32, window, bus_address, this };
    previous_ = k210_bus_install(&bus_);
}

MockBus::~MockBus() { k210_bus_install(previous_); }

uint64_t MockBus::read(uint64_t addr, int width)
{
    auto it = answers_.find(addr);
    uint64_t v = it == answers_.end() ? 0 : it->second();
    log_.push_back(Access{ 'R', width, addr, v });
    return v;
}

uint64_t MockBus::read64(void *ctx, uint64_t addr) { return static_cast<MockBus *>(ctx)->read(addr, 64); }
uint32_t MockBus::read32(void *ctx, uint64_t addr) { return static_cast<uint32_t>(static_cast<MockBus *>(ctx)->read(addr, 32)); }

void MockBus::write64(void *ctx, uint64_t addr, uint64_t value)
{
    static_cast<MockBus *>(ctx)->log_.push_back(Access{ 'W', 64, addr, value });
}

void MockBus::write32(void *ctx, uint64_t addr, uint32_t value)
{
    static_cast<MockBus *>(ctx)->log_.push_back(Access{ 'W', 32, addr, value });
}

void MockBus::answer_sequence(uint64_t addr, std::vector<uint64_t> values)
{
    auto next = std::make_shared<size_t>(0);
    answers_[addr] = [values = std::move(values), next] {
        uint64_t v = values.empty() ? 0 : values[*next < values.size() ? *next : values.size() - 1];
        ++*next;
        return v;
    };
}

std::vector<Access> MockBus::writes() const
{
    std::vector<Access> out;
    for (const Access &a : log_)
        if (a.kind == 'W')
            out.push_back(a);
    return out;
}

void *MockBus::window(void *, uint64_t, size_t) { return nullptr; }
uint64_t MockBus::bus_address(void *, const void *) { return 0; }

}  // namespace nfk
