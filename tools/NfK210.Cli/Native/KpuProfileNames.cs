namespace NfK210.Cli.Native;

/// <summary>The command-line spellings of <see cref="KpuProfile"/> (DESIGN.md, "--kpu-profile").</summary>
public static class KpuProfileNames
{
    public const string Auto = "auto";
    public const string Nncase01 = "nncase-0.1";
    public const string Nncase02 = "nncase-0.2";
    public const string Truncate = "truncate";

    public static IReadOnlyList<string> All { get; } = [Auto, Nncase01, Nncase02, Truncate];

    public static KpuProfile Parse(string name) => name switch
    {
        Auto => KpuProfile.Auto,
        Nncase01 => KpuProfile.Nncase01,
        Nncase02 => KpuProfile.Nncase02,
        Truncate => KpuProfile.Truncate,
        _ => throw new ArgumentException(
            $"unknown KPU profile '{name}': use one of {string.Join(", ", All)}", nameof(name)),
    };

    public static string ToName(KpuProfile profile) => profile switch
    {
        KpuProfile.Auto => Auto,
        KpuProfile.Nncase01 => Nncase01,
        KpuProfile.Nncase02 => Nncase02,
        KpuProfile.Truncate => Truncate,
        _ => throw new ArgumentOutOfRangeException(nameof(profile), profile, "unknown KPU profile"),
    };
}
