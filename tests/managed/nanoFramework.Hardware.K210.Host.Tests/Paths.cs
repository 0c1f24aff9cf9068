using NfK210.Cli.Native;

namespace nanoFramework.Hardware.K210.Host.Tests;

/// <summary>The repository, ../shared beside it, and the build outputs the tests read.</summary>
public static class Paths
{
    public static string Repo { get; } = NativeLibraryLocator.FindRepositoryRoot(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("the test assembly is not inside the nf-k210 repository");

    public static string? Shared
    {
        get
        {
            string shared = Path.GetFullPath(Path.Combine(Repo, "..", "shared"));
            return Directory.Exists(shared) ? shared : null;
        }
    }

    public static string Model(string relative) =>
        Path.Combine(Shared ?? throw new InvalidOperationException("../shared is absent"), "models", relative);

    /// <summary>The Release or Debug build (whichever this test run uses) of a project's output.</summary>
    public static string Output(string projectFolder, string framework, string file)
    {
        string configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}")
            ? "Release"
            : "Debug";
        return Path.Combine(Repo, projectFolder, "bin", configuration, framework, file);
    }

    public static string NewTempFolder()
    {
        string dir = Path.Combine(Path.GetTempPath(), "nfk210-host-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
