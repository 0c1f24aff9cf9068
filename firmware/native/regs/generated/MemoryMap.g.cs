// MemoryMap.g.cs -- K210 memory map
// GENERATED FILE - DO NOT EDIT. Source: firmware/native/regs/memory_map.json
// Regenerate with: python3 tools/reggen/reggen.py

namespace NfK210.Registers
{
    /// <summary>
    /// K210 memory map. Physical address ranges used by the firmware. The general SRAM and the KPU
    /// RAM are each reachable through a cached alias (0x80xxxxxx) and a non-cached alias
    /// (0x40xxxxxx) of the same bytes. Register block bases are listed for reference and
    /// cross-checked against the block specs; the block headers own the K210_&lt;BLOCK&gt;_BASE
    /// macros. Register block bases live in the block classes.
    /// </summary>
    public static class MemoryMap
    {
        /// <summary>sram: General SRAM, 6 MiB, cached alias; the non-cached alias maps the same bytes.</summary>
        public const ulong SramBase = 0x80000000UL;

        /// <summary>Size in bytes of sram.</summary>
        public const ulong SramSize = 0x600000UL;

        /// <summary>Non-cached alias of sram.</summary>
        public const ulong SramUncachedBase = 0x40000000UL;

        /// <summary>kpu_ram: KPU RAM (AI SRAM), 2 MiB = 32768 lines of 64 bytes; usable only while PLL1 runs, and by the CPU only while the KPU is idle.</summary>
        public const ulong KpuRamBase = 0x80600000UL;

        /// <summary>Size in bytes of kpu_ram.</summary>
        public const ulong KpuRamSize = 0x200000UL;

        /// <summary>Non-cached alias of kpu_ram.</summary>
        public const ulong KpuRamUncachedBase = 0x40600000UL;

        /// <summary>Bytes per KPU RAM line; layer arguments address KPU RAM in lines.</summary>
        public const int KpuRamLineBytes = 64;

        /// <summary>Lines in KPU RAM (K210_KPU_RAM_SIZE / K210_KPU_RAM_LINE_BYTES).</summary>
        public const int KpuRamLines = 32768;
    }
}
