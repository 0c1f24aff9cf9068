namespace NfK210.Pe.Writing;

internal sealed record ModifiedSig(SigType Unmodified, SigType Modifier, bool IsRequired) : SigType
{
    public override string FullName =>
        Unmodified.FullName + (IsRequired ? " modreq(" : " modopt(") + Modifier.FullName + ")";
    public override SigType ElementType => Unmodified.ElementType;
}
