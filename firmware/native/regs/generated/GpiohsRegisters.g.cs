// GpiohsRegisters.g.cs -- GPIOHS (high-speed GPIO, 32 lines)
// GENERATED FILE - DO NOT EDIT. Source: firmware/native/regs/gpiohs.regs.json
// Regenerate with: python3 tools/reggen/reggen.py

namespace NfK210.Registers
{
    /// <summary>
    /// GPIOHS (high-speed GPIO, 32 lines). SiFive-style GPIO on the core's TileLink bus: every
    /// register holds one bit per line. A line reaches a pad only through the FPIOA (function
    /// GPIOHS0 + n). 32-bit registers. [S1 lib/drivers/include/gpiohs.h]; [S1
    /// lib/bsp/include/platform.h GPIOHS_BASE_ADDR]
    /// </summary>
    public static class GpiohsRegisters
    {
        /// <summary>Physical base address of the gpiohs block.</summary>
        public const ulong Base = 0x38001000UL;

        /// <summary>Register width in bits.</summary>
        public const int RegisterWidth = 32;

        /// <summary>input_val offset (ro): Pin levels, bit n = GPIOHS n. One bit per GPIOHS line (0-31).</summary>
        public const ulong InputValOffset = 0x00UL;

        /// <summary>input_val reset value.</summary>
        public const ulong InputValReset = 0x0UL;

        /// <summary>input_en offset (rw): 1 = input enabled. One bit per GPIOHS line (0-31).</summary>
        public const ulong InputEnOffset = 0x04UL;

        /// <summary>input_en reset value.</summary>
        public const ulong InputEnReset = 0x0UL;

        /// <summary>output_en offset (rw): 1 = output driver enabled. One bit per GPIOHS line (0-31).</summary>
        public const ulong OutputEnOffset = 0x08UL;

        /// <summary>output_en reset value.</summary>
        public const ulong OutputEnReset = 0x0UL;

        /// <summary>output_val offset (rw): Output levels. One bit per GPIOHS line (0-31).</summary>
        public const ulong OutputValOffset = 0x0CUL;

        /// <summary>output_val reset value.</summary>
        public const ulong OutputValReset = 0x0UL;

        /// <summary>pullup_en offset (rw): Pull-ups (unused on the K210: the FPIOA pad sets pulls). One bit per GPIOHS line (0-31).</summary>
        public const ulong PullupEnOffset = 0x10UL;

        /// <summary>pullup_en reset value.</summary>
        public const ulong PullupEnReset = 0x0UL;

        /// <summary>drive offset (rw): Drive strength. One bit per GPIOHS line (0-31).</summary>
        public const ulong DriveOffset = 0x14UL;

        /// <summary>drive reset value.</summary>
        public const ulong DriveReset = 0x0UL;

        /// <summary>rise_ie offset (rw): Rising-edge interrupt enable. One bit per GPIOHS line (0-31).</summary>
        public const ulong RiseIeOffset = 0x18UL;

        /// <summary>rise_ie reset value.</summary>
        public const ulong RiseIeReset = 0x0UL;

        /// <summary>rise_ip offset (w1c): Rising-edge interrupt pending (write 1 to clear). One bit per GPIOHS line (0-31).</summary>
        public const ulong RiseIpOffset = 0x1CUL;

        /// <summary>rise_ip reset value.</summary>
        public const ulong RiseIpReset = 0x0UL;

        /// <summary>fall_ie offset (rw): Falling-edge interrupt enable. One bit per GPIOHS line (0-31).</summary>
        public const ulong FallIeOffset = 0x20UL;

        /// <summary>fall_ie reset value.</summary>
        public const ulong FallIeReset = 0x0UL;

        /// <summary>fall_ip offset (w1c): Falling-edge interrupt pending (write 1 to clear). One bit per GPIOHS line (0-31).</summary>
        public const ulong FallIpOffset = 0x24UL;

        /// <summary>fall_ip reset value.</summary>
        public const ulong FallIpReset = 0x0UL;

        /// <summary>high_ie offset (rw): High-level interrupt enable. One bit per GPIOHS line (0-31).</summary>
        public const ulong HighIeOffset = 0x28UL;

        /// <summary>high_ie reset value.</summary>
        public const ulong HighIeReset = 0x0UL;

        /// <summary>high_ip offset (w1c): High-level interrupt pending. One bit per GPIOHS line (0-31).</summary>
        public const ulong HighIpOffset = 0x2CUL;

        /// <summary>high_ip reset value.</summary>
        public const ulong HighIpReset = 0x0UL;

        /// <summary>low_ie offset (rw): Low-level interrupt enable. One bit per GPIOHS line (0-31).</summary>
        public const ulong LowIeOffset = 0x30UL;

        /// <summary>low_ie reset value.</summary>
        public const ulong LowIeReset = 0x0UL;

        /// <summary>low_ip offset (w1c): Low-level interrupt pending. One bit per GPIOHS line (0-31).</summary>
        public const ulong LowIpOffset = 0x34UL;

        /// <summary>low_ip reset value.</summary>
        public const ulong LowIpReset = 0x0UL;

        /// <summary>iof_en offset (rw): IO function enable. One bit per GPIOHS line (0-31).</summary>
        public const ulong IofEnOffset = 0x38UL;

        /// <summary>iof_en reset value.</summary>
        public const ulong IofEnReset = 0x0UL;

        /// <summary>iof_sel offset (rw): IO function select. One bit per GPIOHS line (0-31).</summary>
        public const ulong IofSelOffset = 0x3CUL;

        /// <summary>iof_sel reset value.</summary>
        public const ulong IofSelReset = 0x0UL;

        /// <summary>output_xor offset (rw): Output inversion. One bit per GPIOHS line (0-31).</summary>
        public const ulong OutputXorOffset = 0x40UL;

        /// <summary>output_xor reset value.</summary>
        public const ulong OutputXorReset = 0x0UL;
    }
}
