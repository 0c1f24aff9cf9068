namespace NfK210.Flasher.Files;

/// <summary>A file that <see cref="BoundedFile"/> refused: missing, a directory, unreadable or too large.</summary>
public sealed class BoundedFileException : Exception
{
    public BoundedFileException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
