namespace NfK210.Flasher.Images;

/// <summary>What SRAM mode loads (spec §8): pieces at SRAM addresses and where to start.</summary>
public sealed record SramImage(IReadOnlyList<(uint Address, byte[] Data)> Pieces, uint Entry)
{
    public const uint SramBase = 0x80000000;

    /// <summary>6 MiB general SRAM + 2 MiB AI SRAM.</summary>
    public const uint SramSize = 8u << 20;

    public long TotalBytes => Pieces.Sum(p => (long)p.Data.Length);
}
