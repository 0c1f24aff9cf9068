using System.Buffers.Binary;
using System.Text;

namespace NfK210.Pe.Reading;

/// <summary>
/// A parsed nanoFramework .pe (the format nanoCLR loads in place; nanoCLR_Types.h CLR_RECORD_*). <see cref="Read"/>
/// checks only what parsing needs (size, marker, table bounds, whole records) and refuses the file otherwise;
/// <see cref="Verify"/> then checks the CRCs and cross-checks every index, signature and method body.
/// </summary>
public sealed class PeFile
{
    private PeFile(byte[] image, PeHeader header)
    {
        Image = image;
        Header = header;
    }

    /// <summary>The assembly's bytes, header included (exactly <see cref="PeHeader.TotalSize"/> long).</summary>
    public byte[] Image { get; }

    /// <summary>Bytes the input had after the assembly's end (a .pe file should have none).</summary>
    public int TrailingBytes { get; private init; }

    public PeHeader Header { get; }

    public IReadOnlyList<AssemblyRefRow> AssemblyRefs { get; private set; } = [];
    public IReadOnlyList<TypeRefRow> TypeRefs { get; private set; } = [];
    public IReadOnlyList<MemberRefRow> FieldRefs { get; private set; } = [];
    public IReadOnlyList<MemberRefRow> MethodRefs { get; private set; } = [];
    public IReadOnlyList<TypeDefRow> TypeDefs { get; private set; } = [];
    public IReadOnlyList<FieldDefRow> FieldDefs { get; private set; } = [];
    public IReadOnlyList<MethodDefRow> MethodDefs { get; private set; } = [];
    public IReadOnlyList<AttributeRow> Attributes { get; private set; } = [];
    public IReadOnlyList<TypeSpecRow> TypeSpecs { get; private set; } = [];
    public IReadOnlyList<ResourceRow> Resources { get; private set; } = [];
    public IReadOnlyList<ResourceFileRow> ResourceFiles { get; private set; } = [];

    /// <summary>The blob tables, without their padding.</summary>
    public ReadOnlyMemory<byte> ResourcesData => TableBytes(PeTable.ResourcesData);
    public ReadOnlyMemory<byte> Strings => TableBytes(PeTable.Strings);
    public ReadOnlyMemory<byte> Signatures => TableBytes(PeTable.Signatures);
    public ReadOnlyMemory<byte> ByteCode => TableBytes(PeTable.ByteCode);

    /// <summary>The assembly name (a placeholder if its string index is invalid).</summary>
    public string Name => GetString(Header.AssemblyName) ?? $"<string 0x{Header.AssemblyName:X4}>";

    public ReadOnlyMemory<byte> TableBytes(PeTable table) =>
        Image.AsMemory((int)Header.StartOfTables[(int)table], (int)Header.SizeOfTable(table));

    /// <summary>Parses a .pe; throws <see cref="PeFormatException"/> naming what prevents parsing.</summary>
    public static PeFile Read(byte[] bytes) => Read(bytes.AsSpan());

    /// <summary>Parses the .pe at the start of <paramref name="bytes"/> (bytes after its end are counted in
    /// <see cref="TrailingBytes"/>, so a deployment image can be read one assembly at a time).</summary>
    public static PeFile Read(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length < PeHeader.Size)
        {
            throw new PeFormatException(
                $"truncated: {bytes.Length} bytes is shorter than the {PeHeader.Size}-byte .pe header");
        }

        PeHeader header = ReadHeader(bytes);
        if (header.Marker != PeHeader.ExpectedMarker)
        {
            throw new PeFormatException(
                $"header.marker: '{Printable(header.Marker)}' is not '{PeHeader.ExpectedMarker}' (not a nanoFramework .pe)");
        }

        CheckTableLayout(header, bytes.Length);
        var file = new PeFile(bytes[..(int)header.TotalSize].ToArray(), header)
        {
            TrailingBytes = bytes.Length - (int)header.TotalSize,
        };
        file.ReadTables();
        return file;
    }

    /// <summary>Every problem found: CRCs, string indices, signatures, cross-table references, method bodies.</summary>
    public IReadOnlyList<PeProblem> Verify() => new PeVerifier(this).Run();

    /// <summary>The string at a string index: one of the CLR's well-known strings (<see cref="WellKnownStringIndex"/>)
    /// or a NUL-terminated string of this assembly's Strings table; null when the index names neither.</summary>
    public string? GetString(ushort index)
    {
        if (WellKnownStringIndex.IsWellKnown(index))
        {
            return WellKnownStringIndex.Text(index);
        }

        ReadOnlySpan<byte> strings = Strings.Span;
        if (index >= strings.Length)
        {
            return null;
        }

        int end = strings[index..].IndexOf((byte)0);
        return end < 0 ? null : Encoding.UTF8.GetString(strings.Slice(index, end));
    }

    private static PeHeader ReadHeader(ReadOnlySpan<byte> b)
    {
        string marker = Encoding.ASCII.GetString(b[..8]).TrimEnd('\0');
        var starts = new uint[16];
        for (int i = 0; i < 16; i++)
        {
            starts[i] = U32(b, 40 + (4 * i));
        }

        return new PeHeader(
            marker,
            U32(b, 8),
            U32(b, 12),
            U32(b, 16),
            U32(b, 20),
            U32(b, 24),
            new PeVersion(U16(b, 28), U16(b, 30), U16(b, 32), U16(b, 34)),
            U16(b, 36),
            U16(b, 38),
            starts,
            U32(b, 104),
            b.Slice(108, 16).ToArray());
    }

    private static void CheckTableLayout(PeHeader header, int fileLength)
    {
        uint previous = PeHeader.Size;
        for (int i = 0; i <= (int)PeTable.EndOfAssembly; i++)
        {
            uint start = header.StartOfTables[i];
            if (start < previous)
            {
                string after = i == 0 ? "the header" : ((PeTable)(i - 1)).ToString();
                throw new PeFormatException(
                    $"header.startOfTables[{(PeTable)i}]: 0x{start:X} lies before the end of {after} (0x{previous:X})");
            }

            previous = start;
        }

        if (header.TotalSize > (uint)fileLength)
        {
            throw new PeFormatException(
                $"truncated: the header says the assembly is {header.TotalSize} bytes, the input has {fileLength}");
        }

        for (int i = 0; i < (int)PeTable.EndOfAssembly; i++)
        {
            uint span = header.StartOfTables[i + 1] - header.StartOfTables[i];
            byte padding = header.PaddingOfTables[i];
            if (padding > 3 || padding > span)
            {
                throw new PeFormatException(
                    $"header.paddingOfTables[{(PeTable)i}]: {padding} is not a padding of 0..3 within the table's {span} bytes");
            }
        }

        foreach ((PeTable table, int size) in FixedRecordSizes)
        {
            uint bytes = header.SizeOfTable(table);
            if (bytes % size != 0)
            {
                throw new PeFormatException(
                    $"{table}: {bytes} bytes is not a whole number of {size}-byte records");
            }
        }
    }

    private static readonly (PeTable Table, int Size)[] FixedRecordSizes =
    [
        (PeTable.AssemblyRef, AssemblyRefRow.Size),
        (PeTable.TypeRef, TypeRefRow.Size),
        (PeTable.FieldRef, MemberRefRow.Size),
        (PeTable.MethodRef, MemberRefRow.Size),
        (PeTable.TypeDef, TypeDefRow.Size),
        (PeTable.FieldDef, FieldDefRow.Size),
        (PeTable.MethodDef, MethodDefRow.Size),
        (PeTable.Attributes, AttributeRow.Size),
        (PeTable.TypeSpec, TypeSpecRow.Size),
        (PeTable.Resources, ResourceRow.Size),
        (PeTable.ResourcesFiles, ResourceFileRow.Size),
    ];

    private void ReadTables()
    {
        AssemblyRefs = Rows(PeTable.AssemblyRef, AssemblyRefRow.Size, r =>
            new AssemblyRefRow(U16(r, 0), new PeVersion(U16(r, 4), U16(r, 6), U16(r, 8), U16(r, 10))));
        TypeRefs = Rows(PeTable.TypeRef, TypeRefRow.Size, r => new TypeRefRow(U16(r, 0), U16(r, 2), U16(r, 4)));
        FieldRefs = Rows(PeTable.FieldRef, MemberRefRow.Size, r => new MemberRefRow(U16(r, 0), U16(r, 2), U16(r, 4)));
        MethodRefs = Rows(PeTable.MethodRef, MemberRefRow.Size, r => new MemberRefRow(U16(r, 0), U16(r, 2), U16(r, 4)));
        TypeDefs = Rows(PeTable.TypeDef, TypeDefRow.Size, r => new TypeDefRow(
            U16(r, 0), U16(r, 2), U16(r, 4), U16(r, 6), U16(r, 8), U16(r, 10),
            r[12], r[13], r[14], r[15], U16(r, 16), U16(r, 18), r[20], r[21], U16(r, 22)));
        FieldDefs = Rows(PeTable.FieldDef, FieldDefRow.Size, r =>
            new FieldDefRow(U16(r, 0), U16(r, 2), U16(r, 4), U16(r, 6)));
        MethodDefs = Rows(PeTable.MethodDef, MethodDefRow.Size, r => new MethodDefRow(
            U16(r, 0), U16(r, 2), U32(r, 4), r[8], r[9], r[10], r[11], U16(r, 12), U16(r, 14)));
        Attributes = Rows(PeTable.Attributes, AttributeRow.Size, r =>
            new AttributeRow(U16(r, 0), U16(r, 2), U16(r, 4), U16(r, 6)));
        TypeSpecs = Rows(PeTable.TypeSpec, TypeSpecRow.Size, r => new TypeSpecRow(U16(r, 0)));
        Resources = Rows(PeTable.Resources, ResourceRow.Size, r =>
            new ResourceRow((short)U16(r, 0), r[2], r[3], U32(r, 4)));
        ResourceFiles = Rows(PeTable.ResourcesFiles, ResourceFileRow.Size, r => new ResourceFileRow(
            U32(r, 0), U32(r, 4), U32(r, 8), U32(r, 12), U16(r, 16), U32(r, 20)));
    }

    private delegate T RowParser<out T>(ReadOnlySpan<byte> record);

    private T[] Rows<T>(PeTable table, int size, RowParser<T> parse)
    {
        ReadOnlySpan<byte> bytes = TableBytes(table).Span;
        var rows = new T[bytes.Length / size];
        for (int i = 0; i < rows.Length; i++)
        {
            rows[i] = parse(bytes.Slice(i * size, size));
        }

        return rows;
    }

    internal static ushort U16(ReadOnlySpan<byte> b, int offset) => BinaryPrimitives.ReadUInt16LittleEndian(b[offset..]);

    internal static uint U32(ReadOnlySpan<byte> b, int offset) => BinaryPrimitives.ReadUInt32LittleEndian(b[offset..]);

    private static string Printable(string text) =>
        new(text.Select(c => c is >= ' ' and <= '~' ? c : '?').ToArray());
}
