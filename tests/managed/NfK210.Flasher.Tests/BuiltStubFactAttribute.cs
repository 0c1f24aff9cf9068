using NfK210.Cli.Flash;
using NfK210.Cli.Native;

namespace NfK210.Flasher.Tests;

/// <summary>A fact that needs nf-k210's flash stub built by the k210 preset: skipped, with the reason, without it.</summary>
public sealed class BuiltStubFactAttribute : FactAttribute
{
    public BuiltStubFactAttribute()
    {
        if (Path is null)
        {
            Skip = $"{StubLocator.BuildPath} is not built (cmake --preset k210 && cmake --build build/k210 --target flash_stub)";
        }
    }

    /// <summary>The built stub of this checkout, or null.</summary>
    public static string? Path
    {
        get
        {
            string? root = NativeLibraryLocator.FindRepositoryRoot(AppContext.BaseDirectory);
            string? path = root is null ? null : System.IO.Path.Combine(root, StubLocator.BuildPath);
            return path is not null && File.Exists(path) ? path : null;
        }
    }
}
