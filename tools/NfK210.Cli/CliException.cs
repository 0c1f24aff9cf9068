namespace NfK210.Cli;

/// <summary>An error meant for the user: its message is printed as is, and the command exits with <see cref="ExitCode"/>.</summary>
public sealed class CliException : Exception
{
    public CliException(string message, int exitCode = ExitCodes.Failure)
        : base(message)
    {
        ExitCode = exitCode;
    }

    public CliException(string message, Exception inner, int exitCode = ExitCodes.Failure)
        : base(message, inner)
    {
        ExitCode = exitCode;
    }

    public int ExitCode { get; }
}
