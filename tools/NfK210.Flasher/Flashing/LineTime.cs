namespace NfK210.Flasher.Flashing;

/// <summary>
/// How much longer than the base timeout a reply may take: the tail of the packet still queued in the kernel and the
/// bridge when the write returned (10 bits a byte), doubled for margin.
/// </summary>
public static class LineTime
{
    public static TimeSpan Of(long bytes, int baud, FlashTiming timing) =>
        TimeSpan.FromSeconds(2.0 * Math.Min(bytes, timing.TransmitQueueBytes) * 10 / Math.Max(baud, 1));
}
