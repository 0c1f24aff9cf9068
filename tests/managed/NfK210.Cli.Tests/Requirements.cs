using NfK210.Cli.Native;

namespace NfK210.Cli.Tests;

/// <summary>What tests need beyond the repository, and the skip messages when it is absent.</summary>
public static class Requirements
{
    public static string NativeMissing =>
        $"needs the native library {NativeLibraryLocator.FileName}, not found ({NativeLibraryLocator.EnvironmentVariable}, " +
        "next to the test assembly, or <repo>/build/host/**): build it with CMake first";

    public static string SharedMissing =>
        "needs the shared data folder ../shared beside the repository (models/, vectors/), which is absent";

    /// <summary>The skip message for a test that needs libnfk210 and/or ../shared, or null when they are there.</summary>
    public static string? Missing(bool native, bool shared) =>
        native && NativeLibraryLocator.Find() is null ? NativeMissing
        : shared && TestPaths.SharedDirectory is null ? SharedMissing
        : null;
}
