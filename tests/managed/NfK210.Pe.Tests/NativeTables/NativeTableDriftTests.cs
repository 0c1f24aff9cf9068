using NfK210.Pe.NativeTables;
using NfK210.Pe.Tests.Writing;

namespace NfK210.Pe.Tests.NativeTables;

/// <summary>The committed native table (firmware/native/clr/generated) must be what the generator makes from the
/// freshly built device library; regenerate with
/// `./nfk210 pe firmware/managed/nanoFramework.Hardware.K210/bin/Release/netstandard2.0/nanoFramework.Hardware.K210.dll
/// --native-tables firmware/native/clr/generated`.</summary>
public class NativeTableDriftTests
{
    private const string GeneratedDirectory = "firmware/native/clr/generated";

    [DeviceAssemblyFact(WriterTestFiles.K210Project, WriterTestFiles.K210Assembly)]
    public void CommittedNativeTable_MatchesTheBuiltLibrary()
    {
        string dll = WriterTestFiles.DeviceAssembly(WriterTestFiles.K210Project, WriterTestFiles.K210Assembly)!;
        PeImage image = PeConverter.Convert(dll);
        string directory = Directory.CreateTempSubdirectory("nfk210-tables-").FullName;
        try
        {
            NativeTableFiles files = NativeTableGenerator.Generate(image, WriterTestFiles.K210Assembly);
            files.WriteTo(directory);
            foreach (string name in new[] { files.HeaderFileName, files.SourceFileName })
            {
                string committed = Path.Combine(WriterTestFiles.RepositoryRoot(), GeneratedDirectory, name);
                Assert.True(File.Exists(committed), $"{committed} is missing");
                Assert.True(File.ReadAllText(committed) == File.ReadAllText(Path.Combine(directory, name)),
                    $"{GeneratedDirectory}/{name} is stale: the device library's native surface changed; regenerate it " +
                    "with `./nfk210 pe <nanoFramework.Hardware.K210.dll> --native-tables firmware/native/clr/generated`");
            }
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [DeviceAssemblyFact(WriterTestFiles.K210Project, WriterTestFiles.K210Assembly)]
    public void LookupTable_HasOneEntryPerMethodAndTheHeadersChecksum()
    {
        string dll = WriterTestFiles.DeviceAssembly(WriterTestFiles.K210Project, WriterTestFiles.K210Assembly)!;
        PeImage image = PeConverter.Convert(dll);

        NativeTableFiles files = NativeTableGenerator.Generate(image, WriterTestFiles.K210Assembly);

        string[] entries = files.Source.Split('\n').Where(l => l.StartsWith("    NULL,") || l.StartsWith("    Library_")).ToArray();
        Assert.Equal(PeHeaderCheck.MethodCount(image.Bytes), entries.Length);
        Assert.Contains($"0x{BitConverter.ToUInt32(image.Bytes, 0x14):X8},", files.Source);
        Assert.Contains("\"nanoFramework.Hardware.K210\",", files.Source);
        int natives = entries.Count(e => e.Contains("Library_nanoFramework_Hardware_K210_"));
        Assert.Equal(natives, files.Header.Split('\n').Count(l => l.Contains("NANOCLR_NATIVE_DECLARE(")));
        Assert.Contains("extern const CLR_RT_NativeAssemblyData g_CLR_AssemblyNative_nanoFramework_Hardware_K210;", files.Header);
    }
}
