namespace NfK210.Pe.Tests.Reading;

/// <summary>A fact that needs nanoFramework.CoreLibrary 1.17.11 in the NuGet package cache (restored with the solution).</summary>
public sealed class CoreLibraryFactAttribute : FactAttribute
{
    public CoreLibraryFactAttribute()
    {
        if (!File.Exists(PeTestFiles.CoreLibraryPe))
        {
            Skip = $"'{PeTestFiles.CoreLibraryPe}' is missing: run `dotnet restore nf-k210.sln`";
        }
    }
}
