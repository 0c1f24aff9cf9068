namespace NfK210.Pe.Writing;

internal sealed record PointerSig(SigType Element) : SigType
{
    public override string FullName => Element.FullName + "*";
    public override SigType ElementType => Element.ElementType;
}
