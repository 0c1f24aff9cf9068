namespace NfK210.Pe.Reading;

/// <summary>The fixed 124-byte header of a .pe (nanoCLR's CLR_RECORD_ASSEMBLY), little-endian:
/// marker[8], headerCRC, assemblyCRC, flags, nativeMethodsChecksum, patchEntryOffset (4 bytes each), version (4 × u16),
/// assemblyName (string index), stringTableVersion (u16), startOfTables[16] (u32), numOfPatchedMethods (u32),
/// paddingOfTables[16] (u8).</summary>
public sealed record PeHeader(
    string Marker,
    uint HeaderCrc,
    uint AssemblyCrc,
    uint Flags,
    uint NativeMethodsChecksum,
    uint PatchEntryOffset,
    PeVersion Version,
    ushort AssemblyName,
    ushort StringTableVersion,
    IReadOnlyList<uint> StartOfTables,
    uint NumberOfPatchedMethods,
    IReadOnlyList<byte> PaddingOfTables)
{
    public const int Size = 124;

    /// <summary>Offset of headerCRC, which is taken as zero when the header CRC is computed.</summary>
    public const int HeaderCrcOffset = 8;

    /// <summary>The marker of the format nanoCLR loads ("NFMRK1", NUL-padded to 8 bytes).</summary>
    public const string ExpectedMarker = "NFMRK1";

    /// <summary>The only string table version this nanoCLR accepts (c_CLR_StringTable_Version).</summary>
    public const ushort ExpectedStringTableVersion = 1;

    /// <summary>Total size of the assembly: the start of the (empty) EndOfAssembly table.</summary>
    public uint TotalSize => StartOfTables[(int)PeTable.EndOfAssembly];

    /// <summary>Size of a table in bytes, without its padding.</summary>
    public uint SizeOfTable(PeTable table) =>
        StartOfTables[(int)table + 1] - StartOfTables[(int)table] - PaddingOfTables[(int)table];
}
