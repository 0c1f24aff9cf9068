using System.CommandLine;

namespace NfK210.Cli.Commands;

/// <summary>`--threads N` of run and bench: how many threads the host emulator splits a KPU layer over.</summary>
public static class ThreadsOption
{
    /// <summary>More than any machine this runs on; a larger number is a typo.</summary>
    public const int MaxThreads = 256;

    /// <summary>The value when the option is absent: the library's default, one thread per core.</summary>
    public const int PerCore = 0;

    public static Option<int> Create()
    {
        var threads = new Option<int>("--threads")
        {
            Description = "threads a KPU layer's output channels are split over on the host emulator " +
                          "(default: one per core; a layer that runs faster on one thread, as timed, runs on one; " +
                          "the output bytes are the same for any count)",
            HelpName = "N",
            DefaultValueFactory = _ => PerCore,
        };
        CommonOptions.AcceptWholeNumber(threads, 1, MaxThreads);
        return threads;
    }

    /// <summary>The parsed value as the native setter takes it (null: per core).</summary>
    public static int? ToSetting(int value) => value == PerCore ? null : value;
}
