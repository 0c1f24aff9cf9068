namespace NfK210.Pe.Reading;

/// <summary>CLR_RECORD_FIELDREF and CLR_RECORD_METHODREF (8 bytes each): name, container (a TypeRef index),
/// signature offset, pad.</summary>
public sealed record MemberRefRow(ushort Name, ushort Container, ushort Signature)
{
    public const int Size = 8;
}
