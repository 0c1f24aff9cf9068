namespace NfK210.Pe.Writing;

internal sealed record PinnedSig(SigType Element) : SigType
{
    public override string FullName => Element.FullName + " pinned";
    public override SigType ElementType => Element.ElementType;
}
