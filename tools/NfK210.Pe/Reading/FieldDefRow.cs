namespace NfK210.Pe.Reading;

/// <summary>CLR_RECORD_FIELDDEF (8 bytes): name, signature, default value (a signature offset of a u16 length and the
/// bytes, or 0xFFFF), flags.</summary>
public sealed record FieldDefRow(ushort Name, ushort Signature, ushort DefaultValue, ushort Flags)
{
    public const int Size = 8;
}
