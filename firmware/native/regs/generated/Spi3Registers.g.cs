// Spi3Registers.g.cs -- SPI3 ctrlr0 (the one register SPI3 lays out differently)
// GENERATED FILE - DO NOT EDIT. Source: firmware/native/regs/spi3.regs.json
// Regenerate with: python3 tools/reggen/reggen.py

namespace NfK210.Registers
{
    /// <summary>
    /// SPI3 ctrlr0 (the one register SPI3 lays out differently). SPI3 is the same DW SSI as
    /// SPI0/SPI1 (every other register: spi.regs.json, at this base) but its ctrlr0 puts the frame
    /// size at bits 4:0, the mode at 9:8, the transfer mode at 11:10 and the frame format at 23:22.
    /// The W25Q boot flash sits on its dedicated pins. [S1 lib/bsp/include/platform.h
    /// SPI3_BASE_ADDR]; [S1 lib/drivers/spi.c spi_init]; [S1 lib/drivers/spi.c spi_set_tmod]
    /// </summary>
    public static class Spi3Registers
    {
        /// <summary>Physical base address of the spi3 block.</summary>
        public const ulong Base = 0x54000000UL;

        /// <summary>Register width in bits.</summary>
        public const int RegisterWidth = 32;

        /// <summary>ctrlr0 offset (rw): Control 0, SPI3 layout. Written only while ssienr is 0.</summary>
        public const ulong Ctrlr0Offset = 0x00UL;

        /// <summary>ctrlr0 reset value.</summary>
        public const ulong Ctrlr0Reset = 0x0UL;

        /// <summary>Bit position of ctrlr0.dfs [4:0] (rw): Data frame size in bits, minus one.</summary>
        public const int Ctrlr0DfsShift = 0;

        /// <summary>Width in bits of ctrlr0.dfs.</summary>
        public const int Ctrlr0DfsWidth = 5;

        /// <summary>Unshifted mask of ctrlr0.dfs.</summary>
        public const ulong Ctrlr0DfsMask = 0x1FUL;

        /// <summary>Bit position of ctrlr0.work_mode [9:8] (rw): SPI mode 0-3.</summary>
        public const int Ctrlr0WorkModeShift = 8;

        /// <summary>Width in bits of ctrlr0.work_mode.</summary>
        public const int Ctrlr0WorkModeWidth = 2;

        /// <summary>Unshifted mask of ctrlr0.work_mode.</summary>
        public const ulong Ctrlr0WorkModeMask = 0x3UL;

        /// <summary>Bit position of ctrlr0.tmod [11:10] (rw): Transfer mode (values as spi.regs.json tmod).</summary>
        public const int Ctrlr0TmodShift = 10;

        /// <summary>Width in bits of ctrlr0.tmod.</summary>
        public const int Ctrlr0TmodWidth = 2;

        /// <summary>Unshifted mask of ctrlr0.tmod.</summary>
        public const ulong Ctrlr0TmodMask = 0x3UL;

        /// <summary>Bit position of ctrlr0.frf [23:22] (rw): Frame format (values as spi.regs.json frame_format).</summary>
        public const int Ctrlr0FrfShift = 22;

        /// <summary>Width in bits of ctrlr0.frf.</summary>
        public const int Ctrlr0FrfWidth = 2;

        /// <summary>Unshifted mask of ctrlr0.frf.</summary>
        public const ulong Ctrlr0FrfMask = 0x3UL;
    }
}
