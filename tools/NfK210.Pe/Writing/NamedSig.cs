using System.Reflection.Metadata;

namespace NfK210.Pe.Writing;

/// <summary>A named class or value type: a TypeDef or TypeRef handle.</summary>
internal sealed record NamedSig(EntityHandle Handle, bool IsValueType, string Name) : SigType
{
    public override string FullName => Name;
}
