namespace NfK210.Pe.Writing;

internal sealed record MultiArraySig(SigType Element, int Rank) : SigType
{
    public override string FullName => Element.FullName + "[" + new string(',', Rank - 1) + "]";
    public override SigType ElementType => Element.ElementType;
}
