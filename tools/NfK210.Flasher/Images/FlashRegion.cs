namespace NfK210.Flasher.Images;

/// <summary>Bytes to be written at a flash address, exactly (a firmware region already carries its §9.1 header).</summary>
public sealed record FlashRegion(string Name, uint Address, byte[] Bytes, bool IsFirmware)
{
    public const int SectorSize = 4096;

    /// <summary>End of the last 4 KiB sector the region touches (what a write erases).</summary>
    public long SectorEnd => RoundUp(Address + (long)Bytes.Length, SectorSize);

    public long End => Address + (long)Bytes.Length;

    public static long RoundUp(long value, long multiple) => (value + multiple - 1) / multiple * multiple;

    public override string ToString() =>
        $"{Name} at 0x{Address:X6}–0x{End - 1:X6} ({Bytes.Length} bytes{(IsFirmware ? ", bootable firmware" : string.Empty)})";
}
