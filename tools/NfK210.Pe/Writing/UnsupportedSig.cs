namespace NfK210.Pe.Writing;

internal sealed record UnsupportedSig(string Description) : SigType
{
    public override string FullName => Description;
}
