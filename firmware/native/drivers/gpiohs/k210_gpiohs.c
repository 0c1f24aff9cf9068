#include "k210_gpiohs.h"

#include "k210_gpiohs_regs.h"
#include "k210_mmio.h"

static void set_bit(uint64_t base, uint64_t offset, unsigned line, bool on)
{
    uint32_t v = k210_mmio_read32(base, offset);
    k210_mmio_write32(base, offset, on ? v | (1u << line) : v & ~(1u << line));
}

void k210_gpiohs_set_output(uint64_t base, unsigned line, bool output)
{
    if (line >= 32)
        return;
    /* Disable the side being left first, so the line never drives and samples at once. */
    set_bit(base, output ? K210_GPIOHS_INPUT_EN_OFFSET : K210_GPIOHS_OUTPUT_EN_OFFSET, line, false);
    set_bit(base, output ? K210_GPIOHS_OUTPUT_EN_OFFSET : K210_GPIOHS_INPUT_EN_OFFSET, line, true);
}

void k210_gpiohs_write(uint64_t base, unsigned line, bool high)
{
    if (line < 32)
        set_bit(base, K210_GPIOHS_OUTPUT_VAL_OFFSET, line, high);
}

bool k210_gpiohs_read(uint64_t base, unsigned line)
{
    return line < 32 && ((k210_mmio_read32(base, K210_GPIOHS_INPUT_VAL_OFFSET) >> line) & 1u) != 0;
}
