using System.Reflection;

namespace NfK210.Pe.Tests.Writing;

/// <summary>Inputs of the writer tests: the nanoFramework.CoreLibrary package (a PackageReference of this project,
/// so `dotnet restore` brings it) and the device assemblies built by `dotnet build nf-k210.sln -c Release`.</summary>
internal static class WriterTestFiles
{
    public const string CoreLibraryVersion = "1.17.11";

    /// <summary>The package folder: the path MSBuild resolved at build time, else the NuGet global packages folder.</summary>
    public static string CoreLibraryPackage()
    {
        string? built = typeof(WriterTestFiles).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "CoreLibraryPackagePath")?.Value;
        if (!string.IsNullOrEmpty(built) && Directory.Exists(built))
        {
            return built;
        }

        string root = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        return Path.Combine(root, "nanoframework.corelibrary", CoreLibraryVersion);
    }

    public static string CoreLibraryDll => Path.Combine(CoreLibraryPackage(), "lib", "mscorlib.dll");
    public static string CoreLibraryPe => Path.Combine(CoreLibraryPackage(), "lib", "mscorlib.pe");

    public static string RepositoryRoot() => Reading.PeTestFiles.RepositoryRoot();

    /// <summary>The newest built copy of a device assembly (Release preferred), or null when none is built.</summary>
    public static string? DeviceAssembly(string projectDirectory, string assemblyName)
    {
        foreach (string configuration in new[] { "Release", "Debug" })
        {
            string bin = Path.Combine(RepositoryRoot(), projectDirectory, "bin", configuration);
            if (!Directory.Exists(bin))
            {
                continue;
            }

            string? found = Directory.EnumerateFiles(bin, assemblyName + ".dll", SearchOption.AllDirectories)
                .OrderByDescending(File.GetLastWriteTimeUtc).FirstOrDefault();
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    public const string K210Project = "firmware/managed/nanoFramework.Hardware.K210";
    public const string K210Assembly = "nanoFramework.Hardware.K210";
}
