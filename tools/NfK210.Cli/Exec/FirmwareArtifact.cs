using NfK210.Cli.Native;

namespace NfK210.Cli.Exec;

/// <summary>
/// A program built by one of the CMake presets (the host nanoCLR, the QEMU images, the model runner): found in the
/// build tree, and built first when it is missing or older than the firmware sources.
/// </summary>
public sealed record FirmwareArtifact(string Preset, string Target, string RelativePath, string Purpose)
{
    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(30);

    /// <summary>The nf-k210 source tree this CLI belongs to (or the one around the current folder).</summary>
    public static string RepositoryRoot(string what) =>
        NativeLibraryLocator.FindRepositoryRoot(AppContext.BaseDirectory)
        ?? NativeLibraryLocator.FindRepositoryRoot(Directory.GetCurrentDirectory())
        ?? throw new CliException($"{what} needs the nf-k210 source tree (nf-k210.sln not found)");

    /// <summary>The artifact's path, after building it if needed; progress goes to <paramref name="log"/>.</summary>
    public string Ensure(TextWriter log)
    {
        string repo = RepositoryRoot(Purpose);
        string path = Path.Combine(repo, RelativePath);
        if (File.Exists(path) && !SourcesNewerThan(Path.Combine(repo, "firmware", "native"), File.GetLastWriteTimeUtc(path)))
        {
            return path;
        }

        string buildDir = Path.Combine(repo, "build", Preset);
        log.WriteLine($"building {Target} (cmake --preset {Preset}) ...");
        if (!File.Exists(Path.Combine(buildDir, "build.ninja")))
        {
            Execute("cmake", ["--preset", Preset], repo, $"configuring the {Preset} build" +
                (Preset == "host" ? "" : " (is gcc-riscv64-unknown-elf with picolibc-riscv64-unknown-elf installed?)"));
        }

        Execute("cmake", ["--build", buildDir, "--target", Target], repo, $"building {Target}");
        if (!File.Exists(path))
        {
            throw new CliException($"building {Target} left no {RelativePath}");
        }

        return path;
    }

    private static bool SourcesNewerThan(string directory, DateTime stamp) =>
        Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .Any(f => File.GetLastWriteTimeUtc(f) > stamp);

    /// <summary>Runs a program to its end and returns its output; a failure becomes a message saying <paramref name="what"/> failed.</summary>
    internal static string Execute(string program, IReadOnlyList<string> arguments, string directory, string what,
        TimeSpan? timeout = null)
    {
        TimeSpan limit = timeout ?? BuildTimeout;
        int exitCode;
        string output, error;
        try
        {
            (exitCode, output, error) = ExternalProgram.Run(program, arguments, directory, limit);
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new CliException($"{what}: {program} not found ({e.Message})");
        }
        catch (TimeoutException)
        {
            throw new CliException($"{what}: no result after {limit.TotalMinutes} minutes");
        }

        if (exitCode != 0)
        {
            throw new CliException($"{what} failed (exit {exitCode}): {error.Trim()} {output.Trim()}".Trim());
        }

        return output;
    }
}
