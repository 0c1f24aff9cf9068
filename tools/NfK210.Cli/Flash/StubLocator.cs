using System.Reflection;
using NfK210.Cli.Native;
using NfK210.Flasher.Files;
using NfK210.Flasher.Images;

namespace NfK210.Cli.Flash;

/// <summary>
/// Finds nf-k210's stage-2 flash program (firmware/native/apps/flash_stub, built by `cmake --build build/k210`):
/// --stub, $NFK210_FLASH_STUB, the k210 build of this checkout, the copy embedded when the CLI was built, or
/// flash_stub.bin next to the CLI.
/// </summary>
public static class StubLocator
{
    public const string EnvironmentVariable = "NFK210_FLASH_STUB";
    public const string FileName = "flash_stub.bin";
    public const string ResourceName = "NfK210.Cli.flash_stub.bin";
    public static readonly string BuildPath = Path.Combine("build", "k210", "firmware", "native", "apps", "flash_stub", FileName);

    public static byte[] Load(string? explicitPath, out string source)
    {
        string? path = explicitPath ?? Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(path))
        {
            source = path;
            return ReadFile(path);
        }

        string? root = NativeLibraryLocator.FindRepositoryRoot(AppContext.BaseDirectory);
        if (root is not null && File.Exists(Path.Combine(root, BuildPath)))
        {
            source = Path.Combine(root, BuildPath);
            return ReadFile(source);
        }

        using (Stream? embedded = Assembly.GetExecutingAssembly().GetManifestResourceStream(ResourceName))
        {
            if (embedded is not null)
            {
                using var copy = new MemoryStream();
                embedded.CopyTo(copy);
                source = "the copy built into nfk210";
                return copy.ToArray();
            }
        }

        string beside = Path.Combine(AppContext.BaseDirectory, FileName);
        if (File.Exists(beside))
        {
            source = beside;
            return ReadFile(beside);
        }

        throw new CliException(
            "nf-k210's flash stub is not built: run `cmake --preset k210 && cmake --build build/k210 --target flash_stub` " +
            "(needs Debian's gcc-riscv64-unknown-elf and picolibc-riscv64-unknown-elf), or give any stage-2 program " +
            "that speaks the kflash protocol with --stub FILE");
    }

    private static byte[] ReadFile(string path)
    {
        byte[] bytes;
        try
        {
            // The stub runs from SRAM: it cannot be larger than the K210's 8 MiB.
            bytes = BoundedFile.Read(path, "flash stub", (int)SramImage.SramSize);
        }
        catch (BoundedFileException e)
        {
            throw new CliException(e.Message, e);
        }

        return bytes.Length > 0 ? bytes : throw new CliException($"the flash stub {path} is empty");
    }
}
