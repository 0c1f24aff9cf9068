namespace NfK210.Pe.Building;

/// <summary>Where the build finds nanoFramework.CoreLibrary (the NuGet global packages folder) and our device library
/// and the firmware's native assembly list (the nf-k210 source tree).</summary>
public static class NanoFrameworkPaths
{
    /// <summary>The CoreLibrary version whose mscorlib matches our nanoCLR's native mscorlib (deps/README.md).</summary>
    public const string CoreLibraryVersion = "1.17.11";

    public const string LibraryName = "nanoFramework.Hardware.K210";

    /// <summary>Our device libraries an app may use (firmware/managed/NAME), each with natives in our firmware.</summary>
    public static readonly IReadOnlyList<string> DeviceLibraries = [LibraryName, "System.IO.FileSystem"];

    /// <summary>The NuGet global packages folder: $NUGET_PACKAGES, else ~/.nuget/packages.</summary>
    public static string NuGetPackagesRoot()
    {
        string? fromEnvironment = Environment.GetEnvironmentVariable("NUGET_PACKAGES");
        return string.IsNullOrEmpty(fromEnvironment)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages")
            : fromEnvironment;
    }

    /// <summary>lib/mscorlib.dll of a nanoFramework.CoreLibrary version (e.g. "1.17.11").</summary>
    public static string CoreLibraryAssembly(string version) =>
        Path.Combine(NuGetPackagesRoot(), "nanoframework.corelibrary", version, "lib", "mscorlib.dll");

    public static string LibraryProject(string repositoryRoot, string name = LibraryName) =>
        Path.Combine(repositoryRoot, "firmware", "managed", name, name + ".csproj");

    /// <summary>The device build of one of our libraries (netstandard2.0, Release).</summary>
    public static string LibraryAssembly(string repositoryRoot, string name = LibraryName) =>
        Path.Combine(repositoryRoot, "firmware", "managed", name, "bin", "Release", "netstandard2.0", name + ".dll");

    /// <summary>The firmware's native assembly records (name, version, checksum), beside the generated native tables.</summary>
    public static string NativeAssemblyList(string repositoryRoot) =>
        Path.Combine(repositoryRoot, "firmware", "native", "clr", "generated", "native_assemblies.csv");
}
