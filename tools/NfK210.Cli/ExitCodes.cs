namespace NfK210.Cli;

/// <summary>Process exit codes of nfk210.</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>Any failure: unreadable model or input, wrong sizes, a native error, bad arguments.</summary>
    public const int Failure = 1;

    /// <summary>The requested feature is not available yet (e.g. --target board).</summary>
    public const int NotAvailable = 2;

    /// <summary>The host native library (libnfk210.so) was not found or could not be loaded.</summary>
    public const int NativeLibraryMissing = 3;

    /// <summary>An unexpected failure (a defect of nfk210): one line naming the command, the trace with --verbose.</summary>
    public const int Internal = 70;
}
