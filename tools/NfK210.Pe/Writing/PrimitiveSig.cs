using System.Reflection.Metadata;

namespace NfK210.Pe.Writing;

internal sealed record PrimitiveSig(PrimitiveTypeCode Code, string Name) : SigType
{
    public override string FullName => Name;
}
