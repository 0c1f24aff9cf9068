using System.CommandLine;
using NfK210.Cli.Native;

namespace NfK210.Cli;

/// <summary>Options shared by several commands.</summary>
public static class CommonOptions
{
    public static Option<string> KpuProfile()
    {
        var option = new Option<string>("--kpu-profile")
        {
            Description = "KPU rounding/segment/pool-edge rules (spec/kpu.md §10): auto = the rules of the nncase " +
                          "release that made the file (V3 -> nncase-0.1, V4 -> nncase-0.2)",
            DefaultValueFactory = _ => KpuProfileNames.Auto,
            HelpName = "auto|nncase-0.1|nncase-0.2|truncate",
        };
        option.AcceptOnlyFromAmong([.. KpuProfileNames.All]);
        return option;
    }

    public static Argument<string> ModelArgument() => new("MODEL")
    {
        Description = "kmodel file (V3, V4)",
    };
}
