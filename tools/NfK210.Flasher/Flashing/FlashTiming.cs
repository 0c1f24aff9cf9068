namespace NfK210.Flasher.Flashing;

/// <summary>Delays, timeouts and retry counts (spec §11). Tests shorten them; the defaults are kflash's.</summary>
public sealed record FlashTiming
{
    public static FlashTiming Default { get; } = new();

    /// <summary>Each DTR/RTS step of a reset sequence.</summary>
    public TimeSpan ResetStep { get; init; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan RomGreetingTimeout { get; init; } = TimeSpan.FromMilliseconds(500);

    public int RomGreetingAttempts { get; init; } = 15;

    /// <summary>Every other reply (plus the time the packet takes on the line).</summary>
    public TimeSpan ReplyTimeout { get; init; } = TimeSpan.FromSeconds(3);

    public TimeSpan EraseTimeout { get; init; } = TimeSpan.FromSeconds(90);

    /// <summary>After 0xC6/0xD6, before the host changes its own rate.</summary>
    public TimeSpan BaudSwitchDelay { get; init; } = TimeSpan.FromMilliseconds(50);

    /// <summary>After 0xC5 before the first stage-2 greeting.</summary>
    public TimeSpan BootDelay { get; init; } = TimeSpan.FromMilliseconds(100);

    public int StubGreetingAttempts { get; init; } = 11;

    public TimeSpan StubGreetingInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Greetings tried at a new baud rate before it counts as failed.</summary>
    public int BaudGreetingAttempts { get; init; } = 3;

    public TimeSpan BaudGreetingTimeout { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How long after a 0xD6 our stub waits for a valid packet at the new rate before it returns to 115200 (the
    /// stub's own constant, firmware/native/apps/flash_stub/stub_protocol.h); the host greets at 115200 after it.
    /// </summary>
    public TimeSpan StubBaudProbation { get; init; } = TimeSpan.FromMilliseconds(2000);

    /// <summary>
    /// Bytes that may still be queued in the kernel and the bridge when a write returns; the reply timeout is extended
    /// by twice their time on the line.
    /// </summary>
    public int TransmitQueueBytes { get; init; } = 8192;

    /// <summary>After a retried packet succeeds, how long to wait for a late reply to the first try before flushing it.</summary>
    public TimeSpan LateReplySettle { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>Resends of one stub-upload or flash-write packet after a timeout, a garbled reply, E1 or E2.</summary>
    public int PacketRetries { get; init; } = 10;
}
