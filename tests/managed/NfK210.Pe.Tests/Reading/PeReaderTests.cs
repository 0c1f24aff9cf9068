using System.Buffers.Binary;
using NfK210.Pe.Reading;
using NfK210.Pe.Format;
using NfK210.Pe.Tests.Writing;

namespace NfK210.Pe.Tests.Reading;

public sealed class PeReaderTests
{
    [CoreLibraryFact]
    public void CoreLibraryHeaderHasTheValuesNanoClrChecks()
    {
        PeFile pe = PeFile.Read(PeTestFiles.CoreLibrary());

        Assert.Equal("NFMRK1", pe.Header.Marker);
        Assert.Equal(new PeVersion(1, 17, 11, 0), pe.Header.Version);
        // The checksum nanoCLR's native mscorlib record holds (deps/README.md: 0x1549C856).
        Assert.Equal(0x1549C856u, pe.Header.NativeMethodsChecksum);
        Assert.Equal(1, pe.Header.StringTableVersion);
        Assert.Equal(32536u, pe.Header.TotalSize);
        Assert.Equal(0, pe.TrailingBytes);
        // Counts from the header's table offsets read by hand: TypeDef 0x7C..0xDB4 (24-byte rows),
        // MethodDef 0x106C..0x429C (16-byte rows); mscorlib references nothing.
        Assert.Equal(141, pe.TypeDefs.Count);
        Assert.Equal(803, pe.MethodDefs.Count);
        Assert.Empty(pe.AssemblyRefs);
        Assert.Empty(pe.TypeRefs);
        // "mscorlib" is one of the CLR's own strings, so the name is a well-known index.
        Assert.True(WellKnownStringIndex.IsValid(pe.Header.AssemblyName));
        Assert.Equal("mscorlib", pe.Name);
    }

    [CoreLibraryFact]
    public void CoreLibraryWalksCleanWithOnlyMetadataProcessorsStaleAttributeOwners()
    {
        IReadOnlyList<PeProblem> problems = PeFile.Read(PeTestFiles.CoreLibrary()).Verify();

        Assert.DoesNotContain(problems, p => p.Severity == PeSeverity.Error);
        // MetadataProcessor numbers attribute owners before it drops unused types: 30 rows point past the 141 types.
        Assert.Equal(30, problems.Count);
        Assert.All(problems, p => Assert.Equal(("Attributes", "ownerIdx", PeSeverity.Warning), (p.Table, p.Field, p.Severity)));
    }

    [CoreLibraryFact]
    public void CrcMatchesWhatMetadataProcessorStored()
    {
        byte[] bytes = PeTestFiles.CoreLibrary();
        byte[] header = bytes[..PeHeader.Size];
        Array.Clear(header, PeHeader.HeaderCrcOffset, 4);

        Assert.Equal(BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(8)), PeCrc32.Compute(header));
        Assert.Equal(BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(12)), PeCrc32.Compute(bytes.AsSpan(PeHeader.Size)));
    }

    [Fact]
    public void WellKnownIndicesCountDownFromTheTopAndStopBeforeTheTablesEnd()
    {
        // c_CLR_StringTable_Size of string table version 1 is 860; its string 0 is ".cctor", string 1 ".ctor".
        Assert.Equal(860, WellKnownStringIndex.Count);
        Assert.Equal(".cctor", WellKnownStringIndex.Text(0xFFFF));
        Assert.Equal(".ctor", WellKnownStringIndex.Text(0xFFFE));
        Assert.True(WellKnownStringIndex.IsWellKnown(0xFFFF - 860));
        Assert.Null(WellKnownStringIndex.Text(0xFFFF - 860)); // nanoCLR would read one past its lookup table
        Assert.False(WellKnownStringIndex.IsWellKnown(0xFFFF - 861));
    }

    [Fact]
    public void CrcIsTheNonReflectedPolynomialWithZeroSeed()
    {
        // CRC-32/MPEG-2's parameters without its 0xFFFFFFFF seed: one 0x01 byte gives the polynomial itself.
        Assert.Equal(0x04C11DB7u, PeCrc32.Compute([0x01]));
        Assert.Equal(0u, PeCrc32.Compute([]));
        Assert.Equal(0x89A1897Fu, PeCrc32.Compute("123456789"u8));
    }

    [CoreLibraryFact]
    public void CorruptedBodyByteIsCaughtByTheAssemblyCrc()
    {
        byte[] bytes = PeTestFiles.CoreLibrary();
        int stringsStart = (int)PeFile.Read(bytes).Header.StartOfTables[(int)PeTable.Strings];
        bytes[stringsStart + 1] ^= 0x20; // a letter's case: still a well-formed table

        IReadOnlyList<PeProblem> problems = PeFile.Read(bytes).Verify();

        PeProblem crc = Assert.Single(problems, p => p.Severity == PeSeverity.Error);
        Assert.Equal(("Header", "assemblyCRC"), (crc.Table, crc.Field));
    }

    [CoreLibraryFact]
    public void CorruptedHeaderByteIsCaughtByTheHeaderCrc()
    {
        byte[] bytes = PeTestFiles.CoreLibrary();
        bytes[16] ^= 0x01; // flags

        IReadOnlyList<PeProblem> problems = PeFile.Read(bytes).Verify();

        PeProblem crc = Assert.Single(problems, p => p.Severity == PeSeverity.Error);
        Assert.Equal("Header.headerCRC", $"{crc.Table}.{crc.Field}");
    }

    [CoreLibraryFact]
    public void TruncatedFileIsRefusedWithTheSizes()
    {
        byte[] bytes = PeTestFiles.CoreLibrary();

        var cut = Assert.Throws<PeFormatException>(() => PeFile.Read(bytes[..^10]));
        Assert.Equal("truncated: the header says the assembly is 32536 bytes, the input has 32526", cut.Message);

        var shortHeader = Assert.Throws<PeFormatException>(() => PeFile.Read(bytes[..100]));
        Assert.Contains("100 bytes is shorter than the 124-byte .pe header", shortHeader.Message);
    }

    [Fact]
    public void WrongMarkerIsRefused()
    {
        byte[] bytes = new byte[PeHeader.Size];
        "MZ"u8.CopyTo(bytes);

        var e = Assert.Throws<PeFormatException>(() => PeFile.Read(bytes));
        Assert.Contains("header.marker", e.Message);
    }

    [CoreLibraryFact]
    public void OutOfRangeIndicesAreNamedByTableRowAndField()
    {
        byte[] bytes = PeTestFiles.CoreLibrary();
        PeFile original = PeFile.Read(bytes);
        int typeDefs = (int)original.Header.StartOfTables[(int)PeTable.TypeDef];
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(typeDefs + (3 * TypeDefRow.Size)), 0x7000); // TypeDef[3].name
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(typeDefs + (5 * TypeDefRow.Size) + 4), 0x0200); // TypeDef[5].extends
        Resign(bytes);

        List<string> errors = PeFile.Read(bytes).Verify()
            .Where(p => p.Severity == PeSeverity.Error).Select(p => p.ToString()).ToList();

        string[] expected =
        [
            "TypeDef[3].name: string 0x7000 is outside the Strings table (2769 bytes)",
            "TypeDef[5].extends: TypeDef index 512 is out of range (141 rows)",
        ];
        Assert.Equal(expected, errors);
    }

    [CoreLibraryFact]
    public void OutOfRangeTokenInAMethodBodyIsNamedByMethodAndIlOffset()
    {
        byte[] bytes = PeTestFiles.CoreLibrary();
        PeFile original = PeFile.Read(bytes);
        // A constructor body `ldarg.0; call <method>; ret` (02 28 tk tk 2A) at a method's RVA.
        byte[] code = original.ByteCode.ToArray();
        int method = Enumerable.Range(0, original.MethodDefs.Count).First(m =>
        {
            int rva = original.MethodDefs[m].Rva;
            return rva != 0xFFFF && rva + 5 <= code.Length && code[rva] == 0x02 && code[rva + 1] == 0x28 &&
                   code[rva + 4] == 0x2A;
        });
        int at = (int)original.Header.StartOfTables[(int)PeTable.ByteCode] + original.MethodDefs[method].Rva + 2;
        BinaryPrimitives.WriteUInt16LittleEndian(bytes.AsSpan(at), 0x7FFF); // MethodDef 32767
        Resign(bytes);

        PeProblem error = Assert.Single(PeFile.Read(bytes).Verify(), p => p.Severity == PeSeverity.Error);

        Assert.Equal($"ByteCode[{method}].IL_0001: call: MethodDef index 32767 is out of range (803 rows)", error.ToString());
    }

    [CoreLibraryFact]
    public void RandomDamageIsReportedNeverThrownOrReadOutOfBounds()
    {
        AssertRandomDamageIsReported(PeTestFiles.CoreLibrary());
    }

    [DeviceAssemblyFact(WriterTestFiles.K210Project, WriterTestFiles.K210Assembly)]
    public void RandomDamageOfOurDeviceLibraryIsReportedNeverThrownOrReadOutOfBounds()
    {
        // A .pe written by our writer (a third of mscorlib's size, so long runs by hand go three times as far)
        AssertRandomDamageIsReported(PeConverter.Convert(WriterTestFiles.DeviceAssembly(WriterTestFiles.K210Project, WriterTestFiles.K210Assembly)!).Bytes);
    }

    /// <summary>Seeded random damage with valid CRCs: each input is refused or verified, never thrown at otherwise.
    /// NFK210_PE_MUTATIONS runs more rounds and NFK210_PE_SEED other mutations (long fuzzing runs by hand); CI keeps
    /// 400 rounds of seed 210.</summary>
    private static void AssertRandomDamageIsReported(byte[] pristine)
    {
        int rounds = int.TryParse(Environment.GetEnvironmentVariable("NFK210_PE_MUTATIONS"), out int n) && n > 0 ? n : 400;
        int seed = int.TryParse(Environment.GetEnvironmentVariable("NFK210_PE_SEED"), out int s) ? s : 210;
        var random = new Random(seed);
        int refused = 0;
        int flagged = 0;
        for (int round = 0; round < rounds; round++)
        {
            byte[] bytes = random.Next(4) == 0 ? pristine[..random.Next(pristine.Length)] : (byte[])pristine.Clone();
            for (int k = random.Next(1, 6); k > 0 && bytes.Length > 0; k--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            Resign(bytes);
            try
            {
                if (PeFile.Read(bytes).Verify().Any(p => p.Severity == PeSeverity.Error))
                {
                    flagged++;
                }
            }
            catch (PeFormatException)
            {
                refused++;
            }
        }

        // Every truncation is refused; most byte changes in tables and bodies are found even with valid CRCs.
        Assert.True(refused >= rounds / 5, $"only {refused} of {rounds} inputs refused");
        Assert.True(flagged >= rounds / 4, $"only {flagged} of {rounds} inputs flagged");
    }

    /// <summary>Recomputes both CRCs so that only the planted problem remains.</summary>
    private static void Resign(byte[] bytes)
    {
        if (bytes.Length < PeHeader.Size)
        {
            return;
        }

        uint total = BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(40 + (4 * (int)PeTable.EndOfAssembly)));
        if (total < PeHeader.Size || total > bytes.Length)
        {
            return;
        }

        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(12), PeCrc32.Compute(bytes.AsSpan(PeHeader.Size, (int)total - PeHeader.Size)));
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(8), 0);
        BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(8), PeCrc32.Compute(bytes.AsSpan(0, PeHeader.Size)));
    }
}
