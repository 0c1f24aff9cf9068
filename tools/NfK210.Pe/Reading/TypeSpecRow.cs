namespace NfK210.Pe.Reading;

/// <summary>CLR_RECORD_TYPESPEC (4 bytes): signature offset, pad.</summary>
public sealed record TypeSpecRow(ushort Signature)
{
    public const int Size = 4;
}
