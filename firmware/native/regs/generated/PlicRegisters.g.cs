// PlicRegisters.g.cs -- PLIC (platform-level interrupt controller), hart 0 machine mode
// GENERATED FILE - DO NOT EDIT. Source: firmware/native/regs/plic.regs.json
// Regenerate with: python3 tools/reggen/reggen.py

namespace NfK210.Registers
{
    /// <summary>
    /// PLIC (platform-level interrupt controller), hart 0 machine mode. Routes the 65 peripheral
    /// interrupt lines to the harts' external interrupt. Only the registers of hart 0 in machine
    /// mode (target 0) are described; the firmware's other hart is parked. 32-bit registers. [S1
    /// lib/drivers/include/plic.h plic_t]; [S1 lib/bsp/include/platform.h PLIC_BASE_ADDR]
    /// </summary>
    public static class PlicRegisters
    {
        /// <summary>Physical base address of the plic block.</summary>
        public const ulong Base = 0x0C000000UL;

        /// <summary>Register width in bits.</summary>
        public const int RegisterWidth = 32;

        /// <summary>priority offset (rw): Priority of source 0 (reserved); source n's priority (0 = never, 1-7) is at 4 * n.</summary>
        public const ulong PriorityOffset = 0x00UL;

        /// <summary>priority reset value.</summary>
        public const ulong PriorityReset = 0x0UL;

        /// <summary>pending offset (ro): Pending bits of sources 0-31; word k at 0x1000 + 4k.</summary>
        public const ulong PendingOffset = 0x1000UL;

        /// <summary>pending reset value.</summary>
        public const ulong PendingReset = 0x0UL;

        /// <summary>enable offset (rw): Hart 0 machine-mode enables of sources 0-31; word k at 0x2000 + 4k.</summary>
        public const ulong EnableOffset = 0x2000UL;

        /// <summary>enable reset value.</summary>
        public const ulong EnableReset = 0x0UL;

        /// <summary>threshold offset (rw): Hart 0 priority threshold: sources at or below it are not delivered.</summary>
        public const ulong ThresholdOffset = 0x200000UL;

        /// <summary>threshold reset value.</summary>
        public const ulong ThresholdReset = 0x0UL;

        /// <summary>claim offset (rw): Hart 0 claim (read: the highest pending source, now in service) and complete (write the source back).</summary>
        public const ulong ClaimOffset = 0x200004UL;

        /// <summary>claim reset value.</summary>
        public const ulong ClaimReset = 0x0UL;

        /// <summary>irq = spi0: SPI0.</summary>
        public const ulong IrqSpi0 = 1;

        /// <summary>irq = spi1: SPI1.</summary>
        public const ulong IrqSpi1 = 2;

        /// <summary>irq = spi3: SPI3.</summary>
        public const ulong IrqSpi3 = 4;

        /// <summary>irq = dvp: DVP frame start / finish.</summary>
        public const ulong IrqDvp = 24;

        /// <summary>irq = ai: KPU (AI accelerator).</summary>
        public const ulong IrqAi = 25;

        /// <summary>irq = dma5: DMAC channel 5 (the KPU output channel).</summary>
        public const ulong IrqDma5 = 32;

        /// <summary>irq = uarths: UARTHS.</summary>
        public const ulong IrqUarths = 33;
    }
}
