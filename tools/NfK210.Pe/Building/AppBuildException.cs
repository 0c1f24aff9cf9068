namespace NfK210.Pe.Building;

/// <summary>`nfk210 build` failed for a reason the user can act on (compile errors, a missing reference, a native
/// checksum the firmware does not have); the message says what and where.</summary>
public sealed class AppBuildException : Exception
{
    public AppBuildException(string message)
        : base(message)
    {
    }

    public AppBuildException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
