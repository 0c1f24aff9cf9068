namespace NfK210.Pe.Tests.Writing;

/// <summary>A fact about a device assembly; skipped (saying how to build it) when it has not been built.</summary>
public sealed class DeviceAssemblyFactAttribute : FactAttribute
{
    public DeviceAssemblyFactAttribute(string projectDirectory, string assemblyName)
    {
        if (WriterTestFiles.DeviceAssembly(projectDirectory, assemblyName) is null)
        {
            Skip = $"{assemblyName}.dll is not built (bin/ of {projectDirectory}): run `dotnet build nf-k210.sln -c Release`";
        }
    }
}
