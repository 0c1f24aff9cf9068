namespace NfK210.Pe.Reading;

/// <summary>A malformed signature or blob; the verifier turns it into a <see cref="PeProblem"/> naming the row.</summary>
internal sealed class SignatureException : Exception
{
    public SignatureException(string message)
        : base(message)
    {
    }
}
