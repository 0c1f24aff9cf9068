using NfK210.Pe.Building;

namespace NfK210.Cli.Tests;

/// <summary>A fact that runs `nfk210 build`: it needs nanoFramework.CoreLibrary in the NuGet cache and the source tree.</summary>
public sealed class NanoFrameworkBuildFactAttribute : FactAttribute
{
    public NanoFrameworkBuildFactAttribute()
    {
        string corlib = NanoFrameworkPaths.CoreLibraryAssembly(NanoFrameworkPaths.CoreLibraryVersion);
        if (TestPaths.RepoRoot is null)
        {
            Skip = "nf-k210.sln not found above the test assembly";
        }
        else if (!File.Exists(corlib))
        {
            Skip = $"'{corlib}' is missing: run `dotnet restore nf-k210.sln`";
        }
    }
}
