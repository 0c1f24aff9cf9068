using NfK210.Pe.Tests.Writing;

namespace NfK210.Pe.Tests.NativeTables;

/// <summary>A fact that compares a device assembly with the pinned nf-interpreter sources: skipped (saying why) when
/// the assembly is not built or ../shared/deps/nf-interpreter-a3e8139.tar.gz is absent.</summary>
public sealed class NfInterpreterFactAttribute : FactAttribute
{
    public NfInterpreterFactAttribute(string projectDirectory, string assemblyName)
    {
        if (WriterTestFiles.DeviceAssembly(projectDirectory, assemblyName) is null)
        {
            Skip = $"{assemblyName}.dll is not built (bin/ of {projectDirectory}): run `dotnet build nf-k210.sln -c Release`";
        }
        else if (Tarball() is null)
        {
            Skip = "../shared/deps/nf-interpreter-a3e8139.tar.gz is absent: nothing to compare with";
        }
    }

    /// <summary>The pinned nf-interpreter archive beside the checkout, or null.</summary>
    public static string? Tarball()
    {
        string path = Path.GetFullPath(Path.Combine(WriterTestFiles.RepositoryRoot(), "..", "shared", "deps",
            "nf-interpreter-a3e8139.tar.gz"));
        return File.Exists(path) ? path : null;
    }
}
