using NfK210.Cli.Native;

namespace NfK210.Cli.Tests;

/// <summary>Skip messages.</summary>
public static class Requirements
{
    public static string NativeMissing =>
        $"needs the native library {NativeLibraryLocator.FileName}, not found ({NativeLibraryLocator.EnvironmentVariable}, " +
        "next to the test assembly, or <repo>/build/host/**): build it with CMake first";

    public static string SharedMissing =>
        "needs the shared data folder ../shared beside the repository (models/, vectors/), which is absent";
}
