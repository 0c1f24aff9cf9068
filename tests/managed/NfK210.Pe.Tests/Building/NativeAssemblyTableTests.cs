using System.Globalization;
using System.Text.RegularExpressions;
using NfK210.Pe.Building;
using NfK210.Pe.Reading;
using NfK210.Pe.Tests.Reading;

namespace NfK210.Pe.Tests.Building;

public sealed class NativeAssemblyTableTests
{
    private static readonly NativeAssemblyTable Firmware = NativeAssemblyTable.Parse(
        ["# comment", "name,version,checksum", "mscorlib,100.5.0.24,0x1549C856", "Demo,1.0.0.0,0x0000ABCD"], "test");

    [Fact]
    public void MatchingChecksumOrNoNativesIsFine()
    {
        Assert.Null(Firmware.Problem("mscorlib", 0x1549C856));
        Assert.Null(Firmware.Problem("App", 0));
    }

    [Fact]
    public void MismatchNamesTheAssemblyAndBothChecksums() =>
        Assert.Equal(
            "Demo: native checksum 0x0000ABCE does not match the firmware's 0x0000ABCD (Demo 1.0.0.0); nanoCLR would refuse to load it",
            Firmware.Problem("Demo", 0xABCE));

    [Fact]
    public void NativeMethodsWithoutAFirmwareRecordAreNamed() =>
        Assert.Equal(
            "Other has native methods (checksum 0x00000007) that the firmware does not provide",
            Firmware.Problem("Other", 7));

    [Fact]
    public void MalformedLineIsRefusedWithItsNumber()
    {
        var e = Assert.Throws<AppBuildException>(() => NativeAssemblyTable.Parse(["name,version,checksum", "mscorlib,1549C856"], "f.csv"));
        Assert.Equal("f.csv:2: 'mscorlib,1549C856' is not 'name,version,0xCHECKSUM'", e.Message);
    }

    [CoreLibraryFact]
    public void CommittedListAcceptsNuGetsMscorlib()
    {
        NativeAssemblyTable committed = NativeAssemblyTable.Load(NanoFrameworkPaths.NativeAssemblyList(PeTestFiles.RepositoryRoot()));
        PeFile corlib = PeFile.Read(PeTestFiles.CoreLibrary());

        Assert.Null(committed.Problem("mscorlib", corlib.Header.NativeMethodsChecksum));
        Assert.Contains(committed.Records, r => r.Name == "mscorlib" && r.Version == "100.5.0.24");
    }

    [Fact]
    public void CommittedListHasEveryGeneratedNativeRecord()
    {
        string root = PeTestFiles.RepositoryRoot();
        string list = NanoFrameworkPaths.NativeAssemblyList(root);
        NativeAssemblyTable committed = NativeAssemblyTable.Load(list);
        // The records the native-table generator wrote: { "Name", 0xCHECKSUM, method_lookup, {a, b, c, d} }.
        var record = new Regex(
            @"CLR_RT_NativeAssemblyData\s+g_CLR_AssemblyNative_\w+\s*=\s*\{\s*""([^""]+)"",\s*0x([0-9A-Fa-f]+),\s*\w+,\s*\{\s*(\d+),\s*(\d+),\s*(\d+),\s*(\d+)\s*\}");
        int seen = 0;
        foreach (string file in Directory.GetFiles(Path.GetDirectoryName(list)!, "*.cpp"))
        {
            foreach (Match m in record.Matches(File.ReadAllText(file)))
            {
                seen++;
                string name = m.Groups[1].Value;
                uint checksum = uint.Parse(m.Groups[2].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                string version = $"{m.Groups[3].Value}.{m.Groups[4].Value}.{m.Groups[5].Value}.{m.Groups[6].Value}";
                Assert.Contains(new NativeAssemblyRecord(name, version, checksum), committed.Records);
            }
        }

        Assert.True(seen > 0, $"no native assembly record found beside {list}");
    }
}
