namespace NfK210.Flasher;

/// <summary>A flashing failure meant for the user: the message says what happened and what to try.</summary>
public sealed class FlashException : Exception
{
    public FlashException(FlashErrorKind kind, string message, Exception? inner = null)
        : base(message, inner)
    {
        Kind = kind;
    }

    public FlashErrorKind Kind { get; }
}
