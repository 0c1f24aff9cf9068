namespace NfK210.Pe.Reading;

/// <summary>CLR_RECORD_ATTRIBUTE (8 bytes): owner table (TypeDef, FieldDef or MethodDef), owner index, constructor (a
/// method token: MethodDef index, or MethodRef index with bit 15 set), data (signature offset of the argument blob).</summary>
public sealed record AttributeRow(ushort OwnerTable, ushort OwnerIndex, ushort Constructor, ushort Data)
{
    public const int Size = 8;
}
