namespace NfK210.Cli.Tests;

/// <summary>Exit code and captured text of one CLI run.</summary>
public sealed record CliResult(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
