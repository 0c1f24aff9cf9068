namespace NfK210.Cli.WireProtocol;

/// <summary>Why streaming the app's console stopped.</summary>
public enum ConsoleEnd
{
    /// <summary>nanoCLR sent Monitor_ProgramExit.</summary>
    ProgramExited,
    TimedOut,
    Cancelled,
}
