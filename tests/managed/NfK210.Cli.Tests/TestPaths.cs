using NfK210.Cli.Native;

namespace NfK210.Cli.Tests;

/// <summary>Where the repository and the shared data (../shared beside the repository) are.</summary>
public static class TestPaths
{
    private static readonly Lazy<string?> Root = new(() => NativeLibraryLocator.FindRepositoryRoot(AppContext.BaseDirectory));

    /// <summary>The directory holding nf-k210.sln above the test assembly, or null.</summary>
    public static string? RepoRoot => Root.Value;

    /// <summary>&lt;repo&gt;/../shared when it exists, else null.</summary>
    public static string? SharedDirectory
    {
        get
        {
            if (RepoRoot is null)
            {
                return null;
            }

            string shared = Path.GetFullPath(Path.Combine(RepoRoot, "..", "shared"));
            return Directory.Exists(shared) ? shared : null;
        }
    }

    public static string Shared(params string[] parts) =>
        Path.Combine([SharedDirectory ?? throw new InvalidOperationException("../shared is absent"), .. parts]);

    /// <summary>A fresh empty directory under the system temp folder.</summary>
    public static string NewTempDirectory()
    {
        string dir = Path.Combine(Path.GetTempPath(), "nfk210-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        return dir;
    }
}
