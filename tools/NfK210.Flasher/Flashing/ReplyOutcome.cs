using NfK210.Flasher.Protocol;

namespace NfK210.Flasher.Flashing;

/// <summary>What came back for a request: a reply, or why there is none.</summary>
public sealed record ReplyOutcome(IspReply? Reply, string? Problem)
{
    public bool TimedOut => Reply is null && Problem is null;

    public static ReplyOutcome Timeout { get; } = new(null, null);

    public override string ToString() => Reply?.ToString() ?? Problem ?? "no reply (timeout)";
}
