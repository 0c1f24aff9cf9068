namespace NfK210.Flasher.Images;

/// <summary>
/// The regions one run writes, checked before anything is sent: 4 KiB-aligned starts, inside the flash, and no two
/// regions sharing a 4 KiB sector (a write erases whole sectors, spec §9.3, so a neighbour would be destroyed).
/// </summary>
public sealed class FlashPlan
{
    public const long DefaultFlashSize = 16L << 20;
    public const int MaxFrame = 64 * 1024;

    public FlashPlan(IReadOnlyList<FlashRegion> regions)
    {
        Regions = regions;
    }

    public IReadOnlyList<FlashRegion> Regions { get; }

    /// <summary>Bytes actually sent (each region rounded up to 4 KiB).</summary>
    public long TotalBytes => Regions.Sum(r => r.SectorEnd - r.Address);

    public void Validate(long flashSize)
    {
        foreach (FlashRegion r in Regions)
        {
            if (r.Bytes.Length == 0)
            {
                throw new FlashException(FlashErrorKind.BadInput, $"{r.Name} is empty");
            }

            if (r.Address % FlashRegion.SectorSize != 0)
            {
                throw new FlashException(FlashErrorKind.BadInput,
                    $"{r.Name}: address 0x{r.Address:X} is not a multiple of 4 KiB (0x1000); flash is erased in 4 KiB " +
                    $"sectors, so the start must be aligned (e.g. 0x{r.Address / FlashRegion.SectorSize * FlashRegion.SectorSize:X} " +
                    $"or 0x{FlashRegion.RoundUp(r.Address, FlashRegion.SectorSize):X})");
            }

            if (r.SectorEnd > flashSize)
            {
                throw new FlashException(FlashErrorKind.BadInput,
                    $"{r} ends past the {flashSize >> 20} MiB flash (0x{flashSize:X})");
            }
        }

        var ordered = Regions.OrderBy(r => r.Address).ToList();
        for (int i = 1; i < ordered.Count; i++)
        {
            FlashRegion a = ordered[i - 1], b = ordered[i];
            if (b.Address < a.SectorEnd)
            {
                string what = a.IsFirmware || b.IsFirmware ? "overlaps the firmware" : "overlaps another region";
                throw new FlashException(FlashErrorKind.BadInput,
                    $"{b.Name} at 0x{b.Address:X} {what}: {a} occupies the flash up to 0x{a.SectorEnd:X} " +
                    $"(4 KiB sectors); move {b.Name} to 0x{a.SectorEnd:X} or above");
            }
        }
    }

    /// <summary>
    /// The write packets of a region: at most 64 KiB, never crossing a 64 KiB boundary (kflash's 4 KiB lead-in, spec
    /// §9.3), each a multiple of 4 KiB; the tail is padded with 0xFF, the erased state.
    /// </summary>
    public static IEnumerable<(uint Address, byte[] Data)> Frames(FlashRegion region)
    {
        long offset = 0;
        long total = region.SectorEnd - region.Address;
        while (offset < total)
        {
            long address = region.Address + offset;
            long next = Math.Min(FlashRegion.RoundUp(address + 1, MaxFrame), region.SectorEnd);
            var frame = new byte[next - address];
            Array.Fill(frame, (byte)0xFF);
            int available = (int)Math.Max(0, Math.Min(frame.Length, region.Bytes.Length - offset));
            region.Bytes.AsSpan((int)offset, available).CopyTo(frame);
            yield return ((uint)address, frame);
            offset += frame.Length;
        }
    }
}
