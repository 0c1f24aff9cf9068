using NfK210.Pe.Building;

namespace NfK210.Pe.Tests.Reading;

/// <summary>Files the reader and build tests use: NuGet's mscorlib.pe (made by nanoFramework's MetadataProcessor) and
/// the nf-k210 source tree.</summary>
internal static class PeTestFiles
{
    public static string CoreLibraryPe =>
        Path.ChangeExtension(NanoFrameworkPaths.CoreLibraryAssembly(NanoFrameworkPaths.CoreLibraryVersion), ".pe");

    public static byte[] CoreLibrary() => File.ReadAllBytes(CoreLibraryPe);

    /// <summary>The directory holding nf-k210.sln above the test assembly.</summary>
    public static string RepositoryRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "nf-k210.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("nf-k210.sln not found above " + AppContext.BaseDirectory);
    }
}
