namespace NfK210.Pe.Reading;

/// <summary>CLR_RECORD_RESOURCE (8 bytes): id, kind, flags (low 2 bits: padding of the data), offset into
/// ResourcesData. Sorted on id; the list ends with a sentinel whose id is 0x7FFF.</summary>
public sealed record ResourceRow(short Id, byte Kind, byte Flags, uint Offset)
{
    public const int Size = 8;
}
