// A bus for driver-sequence tests (OpenTitan's mock MMIO idea): records every
// register access and answers reads from a table, so a test can compare a
// driver's traffic with the programming sequence of the spec.
#pragma once

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <vector>

extern "C" {
#include "k210_mmio.h"
}

namespace nfk {

struct Access {
    char kind;  // 'R' or 'W'
    int width;  // 32 or 64
    uint64_t addr;
    uint64_t value;
    bool operator==(const Access &o) const
    {
        return kind == o.kind && width == o.width && addr == o.addr && value == o.value;
    }
};

std::string to_string(const Access &a);

class MockBus {
public:
    MockBus();
    ~MockBus();
    // Value returned by reads of addr (default 0). A function may decide per read.
    void answer(uint64_t addr, uint64_t value) { answers_[addr] = [value] { return value; }; }
    void answer(uint64_t addr, std::function<uint64_t()> fn) { answers_[addr] = std::move(fn); }
    // Status polling script: reads of addr return the values in order, then the last one forever.
    void answer_sequence(uint64_t addr, std::vector<uint64_t> values);
    // Writes only (reads filtered out), for tests that check what a driver programs.
    std::vector<Access> writes() const;
    const std::vector<Access> &log() const { return log_; }
    void clear() { log_.clear(); }

private:
    static uint64_t read64(void *ctx, uint64_t addr);
    static void write64(void *ctx, uint64_t addr, uint64_t value);
    static uint32_t read32(void *ctx, uint64_t addr);
    static void write32(void *ctx, uint64_t addr, uint32_t value);
    static void *window(void *ctx, uint64_t addr, size_t len);
    static uint64_t bus_address(void *ctx, const void *ptr);
    uint64_t read(uint64_t addr, int width);
    k210_bus_t bus_;
    const k210_bus_t *previous_;
    std::map<uint64_t, std::function<uint64_t()>> answers_;
    std::vector<Access> log_;
};

}  // namespace nfk
