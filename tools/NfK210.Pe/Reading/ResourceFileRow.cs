namespace NfK210.Pe.Reading;

/// <summary>CLR_RECORD_RESOURCE_FILE (24 bytes): version, header sizes, number of resources, name, pad, offset (the
/// index of its first row in the Resources table).</summary>
public sealed record ResourceFileRow(
    uint Version,
    uint SizeOfHeader,
    uint SizeOfResourceHeader,
    uint NumberOfResources,
    ushort Name,
    uint Offset)
{
    public const int Size = 24;
}
