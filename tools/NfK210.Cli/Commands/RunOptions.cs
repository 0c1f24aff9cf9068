using NfK210.Cli.Native;

namespace NfK210.Cli.Commands;

/// <summary>The parsed arguments of `nfk210 run`.</summary>
public sealed record RunOptions(
    string ModelPath,
    IReadOnlyList<string> Inputs,
    string OutputDirectory,
    string Target,
    string? Port,
    KpuProfile Profile,
    int? Threads = null,
    bool FusedMultiplyAdd = false);
