namespace NfK210.Flasher.Protocol;

/// <summary>ISP opcodes (spec §7). 0xD9, 0xDA, 0xDE are nf-k210 stub extensions, unknown to other stubs.</summary>
public enum IspOpcode : byte
{
    Echo = 0xC1,
    RomGreeting = 0xC2,
    MemoryWrite = 0xC3,
    MemoryRead = 0xC4,
    MemoryBoot = 0xC5,
    RomBaudRate = 0xC6,
    DebugInfo = 0xD1,
    FlashGreeting = 0xD2,
    FlashErase = 0xD3,
    FlashWrite = 0xD4,
    Reboot = 0xD5,
    FlashBaudRate = 0xD6,
    FlashInit = 0xD7,

    /// <summary>Extension: read <c>length</c> (≤ 4096) bytes of flash; reply = op, E0, data.</summary>
    FlashRead = 0xD9,

    /// <summary>Extension: SHA-256 of a flash range; reply = op, E0, 32-byte digest.</summary>
    FlashHash = 0xDA,

    /// <summary>Extension: flash identity; reply = op, E0, JEDEC id (3 bytes), capacity in bytes (u32 LE).</summary>
    FlashInfo = 0xDE,
}
