namespace NfK210.Cli.WireProtocol;

/// <summary>How long to wait and how often to try (tests shrink these so a lost reply costs milliseconds).</summary>
public sealed record WpTiming
{
    /// <summary>Wait for the reply to one request.</summary>
    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Sends of one request before giving up (the first one included).</summary>
    public int Attempts { get; init; } = 4;

    /// <summary>A packet whose remaining bytes do not come within this time is abandoned.</summary>
    public TimeSpan PacketTimeout { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>Added to <see cref="ReplyTimeout"/> for every 64 KiB an erase covers (SPI NOR: up to ~2 s per 64 KiB block).</summary>
    public TimeSpan EraseTimePer64KiB { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan EraseTimeout(uint length) =>
        ReplyTimeout + (EraseTimePer64KiB * Math.Max(1, (length + 0xFFFF) / 0x10000));
}
