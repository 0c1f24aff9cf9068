using NfK210.Cli.Native;

namespace NfK210.Cli.Tests;

/// <summary>
/// A fact that needs libnfk210, ../shared and a library that reads kmodel V<see cref="Version"/>: skipped, naming
/// the library's own refusal, while that format is not implemented (load error NOT_KMODEL or UNSUPPORTED_VERSION
/// on the first conformance vector of the format).
/// </summary>
public sealed class NativeFormatFactAttribute : FactAttribute
{
    private const int NotKmodel = 3;
    private const int UnsupportedVersion = 4;

    public NativeFormatFactAttribute(int version)
    {
        Version = version;
        Skip = Requirements.Missing(native: true, shared: true);
        if (Skip is not null)
        {
            return;
        }

        string? probe = Directory.EnumerateDirectories(TestPaths.Shared("vectors", "kpu"), $"v{version}-*")
            .Order(StringComparer.Ordinal).FirstOrDefault();
        if (probe is null)
        {
            Skip = $"no kmodel V{version} vectors in ../shared/vectors/kpu";
            return;
        }

        try
        {
            using NfkModel model = NfkModel.Load(File.ReadAllBytes(Path.Combine(probe, "model.kmodel")), KpuProfile.Auto);
        }
        catch (NativeException e) when (e.ErrorCode is NotKmodel or UnsupportedVersion)
        {
            Skip = $"this build of libnfk210 does not read kmodel V{version} yet: {e.NativeMessage}";
        }
        catch (NativeException)
        {
            // Another refusal is a real failure: let the test run and report it.
        }
    }

    public int Version { get; }
}
