using System.Buffers.Binary;

namespace NfK210.Pe.Tests.Writing;

/// <summary>The converter must reproduce MetadataProcessor's output byte for byte: nanoFramework.CoreLibrary
/// 1.17.11 ships mscorlib.dll together with the mscorlib.pe MetadataProcessor made from it.</summary>
public class MscorlibExactnessTests
{
    private static readonly string[] TableNames =
    [
        "AssemblyRef", "TypeRef", "FieldRef", "MethodRef", "TypeDef", "FieldDef", "MethodDef", "Attributes",
        "TypeSpec", "Resources", "ResourcesData", "Strings", "Signatures", "ByteCode", "ResourcesFiles",
    ];

    [Fact]
    public void ConvertingCoreLibrary_GivesThePackagesPeByteForByte()
    {
        Assert.True(File.Exists(WriterTestFiles.CoreLibraryDll),
            $"{WriterTestFiles.CoreLibraryDll} is missing: run `dotnet restore` (this project references the package)");
        byte[] expected = File.ReadAllBytes(WriterTestFiles.CoreLibraryPe);

        PeImage image = PeConverter.Convert(WriterTestFiles.CoreLibraryDll);

        Assert.Equal("mscorlib", image.AssemblyName);
        Assert.Equal(new Version(1, 17, 11, 0), image.Version);
        Assert.Equal(BinaryPrimitives.ReadUInt32LittleEndian(expected.AsSpan(0x14)), image.NativeMethodsChecksum);
        string differences = DescribeDifferences(image.Bytes, expected);
        Assert.True(differences.Length == 0, differences);
        Assert.Equal(expected, image.Bytes);
    }

    /// <summary>Names the header fields and tables that differ, so a failure says where to look.</summary>
    private static string DescribeDifferences(byte[] actual, byte[] expected)
    {
        var lines = new List<string>();
        if (actual.Length != expected.Length)
        {
            lines.Add($"length {actual.Length} instead of {expected.Length}");
        }

        for (int i = 0; i < Math.Min(0x7C, Math.Min(actual.Length, expected.Length)); i++)
        {
            if (actual[i] != expected[i])
            {
                lines.Add($"header byte 0x{i:X2}: 0x{actual[i]:X2} instead of 0x{expected[i]:X2}");
            }
        }

        if (actual.Length < 0x7C || expected.Length < 0x7C)
        {
            return string.Join(Environment.NewLine, lines);
        }

        for (int t = 0; t < TableNames.Length; t++)
        {
            ReadOnlySpan<byte> a = Table(actual, t);
            ReadOnlySpan<byte> e = Table(expected, t);
            if (!a.SequenceEqual(e))
            {
                int first = 0;
                while (first < Math.Min(a.Length, e.Length) && a[first] == e[first])
                {
                    first++;
                }

                lines.Add($"table {TableNames[t]}: {a.Length} bytes instead of {e.Length}, first difference at +{first}");
            }
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static ReadOnlySpan<byte> Table(byte[] image, int table)
    {
        int start = (int)BinaryPrimitives.ReadUInt32LittleEndian(image.AsSpan(0x28 + 4 * table));
        int end = (int)BinaryPrimitives.ReadUInt32LittleEndian(image.AsSpan(0x28 + 4 * table + 4));
        return start <= end && end <= image.Length ? image.AsSpan(start, end - start) : [];
    }
}
