namespace NfK210.Pe.Reading;

/// <summary>CLR_RECORD_TYPEDEF (24 bytes). Extends is a TypeDef index, a TypeRef index with bit 15 set, or 0xFFFF;
/// EnclosingType a TypeDef index or 0xFFFF; Interfaces a signature offset or 0xFFFF. The type's methods are
/// FirstMethod .. + virtual + instance + static counts; its fields likewise.</summary>
public sealed record TypeDefRow(
    ushort Name,
    ushort Namespace,
    ushort Extends,
    ushort EnclosingType,
    ushort Interfaces,
    ushort FirstMethod,
    byte VirtualMethodCount,
    byte InstanceMethodCount,
    byte StaticMethodCount,
    byte DataType,
    ushort FirstStaticField,
    ushort FirstInstanceField,
    byte StaticFieldCount,
    byte InstanceFieldCount,
    ushort Flags)
{
    public const int Size = 24;

    public int MethodCount => VirtualMethodCount + InstanceMethodCount + StaticMethodCount;
}
