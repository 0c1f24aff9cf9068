namespace NfK210.Cli.Commands;

/// <summary>What one native run of the demo produced.</summary>
public sealed record NativeResult(byte[] Output, double Milliseconds, string LibraryPath);
