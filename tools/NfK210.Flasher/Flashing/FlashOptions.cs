using NfK210.Flasher.Boards;

namespace NfK210.Flasher.Flashing;

/// <summary>What a flashing run may do.</summary>
public sealed record FlashOptions
{
    public const int IspBaudRate = 115200;

    /// <summary>kflash's ROM fast-mode rate: 1.5 M × 38.6/38, the ROM's clock error folded in (spec §8 step 4).</summary>
    public const uint RomFastBaudCommand = 1523684;

    public const int RomFastBaudHost = 1500000;

    public BoardProfile Board { get; init; } = BoardProfiles.Auto;

    /// <summary>Rate for stage 2 (flash writes); 115200 keeps the ISP rate.</summary>
    public int BaudRate { get; init; } = IspBaudRate;

    /// <summary>0xD7 selector; 1 works on every Sipeed board (spec §7.2).</summary>
    public uint FlashSelector { get; init; } = 1;

    /// <summary>The stage-2 program uploaded to SRAM (ours, or any that speaks spec §7.2).</summary>
    public byte[] Stub { get; init; } = [];

    /// <summary>Check what was written with the stub's hash (or read-back) extension when it has one.</summary>
    public bool Verify { get; init; } = true;

    /// <summary>Write raw data even where the board's firmware lies.</summary>
    public bool AllowOverwriteFirmware { get; init; }

    /// <summary>Run the "boot from flash" reset sequence at the end.</summary>
    public bool Reboot { get; init; } = true;

    public FlashTiming Timing { get; init; } = FlashTiming.Default;
}
