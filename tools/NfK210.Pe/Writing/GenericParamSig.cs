namespace NfK210.Pe.Writing;

internal sealed record GenericParamSig(bool IsMethodParameter, int Index) : SigType
{
    public override string FullName => (IsMethodParameter ? "!!" : "!") + Index;
}
