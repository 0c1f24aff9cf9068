namespace NfK210.Pe.Reading;

/// <summary>CLR_RECORD_TYPEREF (8 bytes): name, namespace, scope (an AssemblyRef index, or a TypeRef index with bit 15
/// set for a nested type), pad.</summary>
public sealed record TypeRefRow(ushort Name, ushort Namespace, ushort Scope)
{
    public const int Size = 8;
}
