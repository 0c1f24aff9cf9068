namespace NfK210.Pe.Reading;

/// <summary>A .pe that cannot be parsed at all (too short, wrong marker, tables outside the file). The message names
/// the part of the file that is wrong.</summary>
public sealed class PeFormatException : Exception
{
    public PeFormatException(string message)
        : base(message)
    {
    }
}
