namespace NfK210.Pe.Building;

/// <summary>What `nfk210 build` needs: the app (a .cs file, a folder or a .csproj), the output folder, the nf-k210
/// source tree (for the device library and the firmware's native assembly list), and the converter to .pe.</summary>
public sealed record AppBuildOptions(string App, string OutputDirectory, string RepositoryRoot)
{
    public AssemblyConverter Converter { get; init; } = MetadataConverter.Convert;

    /// <summary>The firmware's native assembly list; defaults to the one in the source tree.</summary>
    public string? NativeAssemblyList { get; init; }

    /// <summary>Assemblies the app loads by name (no reference names them), deployed before it: a test launcher's
    /// NFUnitTest.</summary>
    public IReadOnlyList<string> AlsoLoaded { get; init; } = [];
}
