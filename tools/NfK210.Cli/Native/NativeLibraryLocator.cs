namespace NfK210.Cli.Native;

/// <summary>
/// Finds the host native library (libnfk210.so, built by CMake). Order:
/// 1. the environment variable <c>NFK210_NATIVE_LIB</c> (full path of the library file);
/// 2. the directory of the CLI assembly (<see cref="AppContext.BaseDirectory"/>);
/// 3. <c>&lt;repo&gt;/build/host/**/libnfk210.so</c>, where &lt;repo&gt; is the first directory containing
///    <c>nf-k210.sln</c> above the CLI assembly or above the current directory (newest file wins when several exist).
/// </summary>
public static class NativeLibraryLocator
{
    public const string EnvironmentVariable = "NFK210_NATIVE_LIB";
    public const string SolutionFileName = "nf-k210.sln";

    public static string FileName { get; } =
        OperatingSystem.IsWindows() ? "nfk210.dll" : OperatingSystem.IsMacOS() ? "libnfk210.dylib" : "libnfk210.so";

    /// <summary>Full path of the library, or null when none of the places holds it.</summary>
    public static string? Find() => Find(Environment.GetEnvironmentVariable(EnvironmentVariable),
        AppContext.BaseDirectory, Directory.GetCurrentDirectory());

    /// <summary>Testable core of <see cref="Find()"/>.</summary>
    public static string? Find(string? environmentValue, string assemblyDirectory, string currentDirectory)
    {
        if (!string.IsNullOrWhiteSpace(environmentValue))
        {
            // An explicit setting wins, even when wrong: the caller reports it (see Describe).
            return File.Exists(environmentValue) ? Path.GetFullPath(environmentValue) : null;
        }

        string besideAssembly = Path.Combine(assemblyDirectory, FileName);
        if (File.Exists(besideAssembly))
        {
            return besideAssembly;
        }

        foreach (string start in new[] { assemblyDirectory, currentDirectory })
        {
            string? root = FindRepositoryRoot(start);
            if (root is null)
            {
                continue;
            }

            string buildHost = Path.Combine(root, "build", "host");
            if (!Directory.Exists(buildHost))
            {
                continue;
            }

            string? newest = Directory.EnumerateFiles(buildHost, FileName, SearchOption.AllDirectories)
                .OrderByDescending(File.GetLastWriteTimeUtc)
                .FirstOrDefault();
            if (newest is not null)
            {
                return newest;
            }
        }

        return null;
    }

    /// <summary>The first directory at or above <paramref name="start"/> that contains nf-k210.sln.</summary>
    public static string? FindRepositoryRoot(string start)
    {
        DirectoryInfo? dir = new(Path.GetFullPath(start));
        while (dir is not null)
        {
            if (File.Exists(Path.Combine(dir.FullName, SolutionFileName)))
            {
                return dir.FullName;
            }

            dir = dir.Parent;
        }

        return null;
    }

    /// <summary>A message saying where the library was looked for and how to get it.</summary>
    public static string DescribeMissing()
    {
        string? env = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(env))
        {
            return $"native library not found: {EnvironmentVariable} is set to '{env}', which is not a file";
        }

        return $"native library {FileName} not found: set {EnvironmentVariable} to its full path, put it next to " +
               $"the CLI ({AppContext.BaseDirectory}), or build it in the repository " +
               "(cmake --preset host && cmake --build --preset host, output under build/host/)";
    }
}
