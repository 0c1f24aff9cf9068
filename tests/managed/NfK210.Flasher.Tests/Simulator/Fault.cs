namespace NfK210.Flasher.Tests.Simulator;

/// <summary>
/// A fault on the <see cref="From"/>-th (1-based) request with opcode <see cref="Op"/> and the <see cref="Count"/> - 1
/// after it (<see cref="int.MaxValue"/>: every one from then on).
/// </summary>
public sealed record Fault(FaultKind Kind, byte Op, int From = 1, int Count = 1)
{
    public byte Reason { get; init; }

    public string Text { get; init; } = string.Empty;

    public TimeSpan Delay { get; init; }

    public bool Applies(byte op, int occurrence) => op == Op && occurrence >= From && occurrence - From < Count;
}
