using System.Formats.Tar;
using System.IO.Compression;
using System.Text.RegularExpressions;
using NfK210.Pe.Tests.Writing;

namespace NfK210.Pe.Tests.NativeTables;

/// <summary>
/// Our System.IO.FileSystem (firmware/managed/System.IO.FileSystem) must bind where nanoFramework's does: its .pe
/// checksum is the one of nf-interpreter's native record, and its lookup table (one entry per method, NULL for the
/// managed ones) is upstream's entry for entry, so every native runs at the method index nanoFramework's apps call.
/// </summary>
public class FileSystemNativeRecordTests
{
    private const string Project = "firmware/managed/System.IO.FileSystem";
    private const string Assembly = "System.IO.FileSystem";

    // nf-interpreter a3e8139, src/System.IO.FileSystem/nf_sys_io_filesystem.cpp
    private const uint UpstreamChecksum = 0x1777E2FE;
    private const string UpstreamTable = "src/System.IO.FileSystem/nf_sys_io_filesystem.cpp";
    private const string UpstreamPrefix = "Library_nf_sys_io_filesystem_";

    // our native record for nanoCLR
    private const string OurTable = "firmware/native/clr/System.IO.FileSystem/nf_sys_io_filesystem.cpp";

    [DeviceAssemblyFact(Project, Assembly)]
    public void Checksum_IsTheOneOfNfInterpretersNativeRecord()
    {
        PeImage image = PeConverter.Convert(WriterTestFiles.DeviceAssembly(Project, Assembly)!);

        Assert.Equal(Assembly, image.AssemblyName);
        Assert.Equal($"0x{UpstreamChecksum:X8}", $"0x{image.NativeMethodsChecksum:X8}");
        Assert.Equal(new Version(1, 1, 0, 4), image.NativeVersion);
    }

    [NfInterpreterFact(Project, Assembly)]
    public void LookupTable_EqualsNfInterpretersEntryForEntry()
    {
        string tarball = NfInterpreterFactAttribute.Tarball()!;
        List<string> upstream = TableEntries(ReadFromTarball(tarball, UpstreamTable), UpstreamPrefix);
        List<string> ours = Entries(PeConverter.Convert(WriterTestFiles.DeviceAssembly(Project, Assembly)!));

        Assert.Equal(225, upstream.Count);
        Assert.Equal(28, upstream.Count(e => e != "NULL"));
        AssertSameEntries(upstream, ours, "nf-interpreter's table", "the built assembly");
    }

    [DeviceAssemblyFact(Project, Assembly)]
    public void CommittedNativeRecord_MatchesTheBuiltAssembly()
    {
        string source = File.ReadAllText(Path.Combine(WriterTestFiles.RepositoryRoot(), OurTable));
        List<string> committed = TableEntries(source, UpstreamPrefix);
        List<string> built = Entries(PeConverter.Convert(WriterTestFiles.DeviceAssembly(Project, Assembly)!));

        AssertSameEntries(committed, built, OurTable, "the built assembly");
        Assert.Contains("\"System.IO.FileSystem\",", source);
        Assert.Contains($"0x{UpstreamChecksum:X8},", source);
        Assert.Contains("{1, 1, 0, 4},", source);
    }

    [Fact]
    public void TableEntries_ReadsNullsAndNativesInOrder()
    {
        const string source = """
            static const CLR_RT_MethodHandler method_lookup[] =
            {
                NULL,
                Library_nf_sys_io_filesystem_System_IO_NativeIO::Delete___STATIC__VOID__STRING__BOOLEAN,
                NULL, // 2: a managed method
            };
            const CLR_RT_NativeAssemblyData g_CLR_AssemblyNative_System_IO_FileSystem = { "x", 0x1, method_lookup, {1, 1, 0, 4} };
            """;

        Assert.Equal(["NULL", "System_IO_NativeIO::Delete___STATIC__VOID__STRING__BOOLEAN", "NULL"],
            TableEntries(source, UpstreamPrefix));
        Assert.Throws<InvalidDataException>(() => TableEntries("no table here", UpstreamPrefix));
    }

    // "NULL" or "Class::Method" per method, in table order.
    private static List<string> Entries(PeImage image) =>
        image.NativeClasses
            .SelectMany(type => type.Methods.Select(m => m.IsNative ? $"{type.StubName}::{m.StubName}" : "NULL"))
            .ToList();

    // The entries of a C++ method_lookup[] initializer, with the project prefix taken off the class names.
    internal static List<string> TableEntries(string source, string prefix)
    {
        Match table = Regex.Match(source, @"method_lookup\[\]\s*=\s*\{(?<body>.*?)\};", RegexOptions.Singleline);
        if (!table.Success)
        {
            throw new InvalidDataException("no method_lookup[] table in the source");
        }

        return Regex.Matches(table.Groups["body"].Value, @"^\s*(NULL|Library_\w+::\w+)\s*,", RegexOptions.Multiline)
            .Select(m => m.Groups[1].Value)
            .Select(e => e.StartsWith(prefix, StringComparison.Ordinal) ? e[prefix.Length..] : e)
            .ToList();
    }

    private static void AssertSameEntries(List<string> expected, List<string> actual, string expectedName, string actualName)
    {
        for (int i = 0; i < Math.Min(expected.Count, actual.Count); i++)
        {
            Assert.True(expected[i] == actual[i],
                $"entry {i}: {expectedName} has {expected[i]}, {actualName} has {actual[i]}");
        }

        Assert.True(expected.Count == actual.Count,
            $"{expectedName} has {expected.Count} entries, {actualName} has {actual.Count}");
    }

    private static string ReadFromTarball(string tarball, string pathInTree)
    {
        using FileStream file = File.OpenRead(tarball);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var tar = new TarReader(gzip);
        while (tar.GetNextEntry() is { } entry)
        {
            // entries are "nf-interpreter-a3e8139/<path>"
            int slash = entry.Name.IndexOf('/');
            if (slash >= 0 && entry.Name[(slash + 1)..] == pathInTree && entry.DataStream is not null)
            {
                using var reader = new StreamReader(entry.DataStream);
                return reader.ReadToEnd();
            }
        }

        throw new InvalidDataException($"{pathInTree} is not in {tarball}");
    }
}
