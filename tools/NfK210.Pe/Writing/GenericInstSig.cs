namespace NfK210.Pe.Writing;

internal sealed record GenericInstSig(SigType Generic, IReadOnlyList<SigType> Arguments) : SigType
{
    public override string FullName =>
        Generic.FullName + "<" + string.Join(",", Arguments.Select(a => a.FullName)) + ">";
    public override SigType ElementType => Generic.ElementType;
}
