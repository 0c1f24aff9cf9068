using NfK210.Cli.WireProtocol;

namespace NfK210.Cli.Exec;

/// <summary>How `nfk210 deploy` (and `exec --target board`) reach the device and how long they listen to it.</summary>
public sealed record BoardDeployOptions(string Port, int Baud, bool Console, TimeSpan ConsoleTimeout, bool Verbose)
{
    public WpTiming Timing { get; init; } = new();

    /// <summary>`exec` treats an app still running at the timeout as a failure; `deploy` just stops listening.</summary>
    public bool TimeoutIsFailure { get; init; }
}
