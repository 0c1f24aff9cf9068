namespace NfK210.Cli.Commands;

/// <summary>What one native run of the demo produced, and under which KPU profile (as the library names it).</summary>
public sealed record NativeResult(byte[] Output, double Milliseconds, string Profile, string LibraryPath);
