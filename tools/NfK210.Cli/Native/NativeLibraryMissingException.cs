namespace NfK210.Cli.Native;

/// <summary>The host native library could not be found or loaded.</summary>
public sealed class NativeLibraryMissingException : Exception
{
    public NativeLibraryMissingException(string message)
        : base(message)
    {
    }

    public NativeLibraryMissingException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
