using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NfK210.Cli.Inputs;
using NfK210.Cli.Model;
using NfK210.Cli.Native;
using NfK210.Cli.Rendering;
using Spectre.Console;

namespace NfK210.Cli.Commands;

/// <summary>`nfk210 bench MODEL [--input FILE] [--runs N] [--threads N]`: per-layer times on the host emulator.</summary>
public static class BenchCommand
{
    public const int DefaultRuns = 5;

    /// <summary>Enough for stable averages; a larger count is a typo more likely than a wish.</summary>
    public const int MaxRuns = 100_000;

    public static Command Create()
    {
        Argument<string> model = CommonOptions.ModelArgument();
        var input = new Option<string?>("--input", "-i")
        {
            Description = "input (raw tensor or image); default: deterministic pseudo-random bytes of the right size",
            HelpName = "FILE",
        };
        CommonOptions.RefuseEmpty(input);
        var runs = new Option<int>("--runs", "-n")
        {
            Description = "number of timed runs",
            HelpName = "N",
            DefaultValueFactory = _ => DefaultRuns,
        };
        CommonOptions.AcceptWholeNumber(runs, 1, MaxRuns);
        Option<string> profile = CommonOptions.KpuProfile();
        Option<int> threads = ThreadsOption.Create();
        var command = new Command("bench", "time a model layer by layer (host: emulator time)")
        {
            model, input, runs, profile, threads,
        };
        command.SetAction(parseResult => CommandRunner.Guard(parseResult, context => Execute(
            parseResult.GetRequiredValue(model),
            parseResult.GetValue(input),
            parseResult.GetValue(runs),
            KpuProfileNames.Parse(parseResult.GetValue(profile) ?? KpuProfileNames.Auto),
            context,
            ThreadsOption.ToSetting(parseResult.GetValue(threads)))));
        return command;
    }

    public static int Execute(
        string modelPath, string? inputPath, int runs, KpuProfile profile, CommandContext context, int? threads = null)
    {
        using ModelSession session = ModelSession.Open(modelPath, profile, context.Error);
        KernelSettings.SetThreads(threads);
        ModelDescription? d = session.Description;
        long inputBytes = session.Model.InputSize;
        byte[] input;
        string origin;
        if (inputPath is null)
        {
            input = BenchInput.Create(inputBytes, d?.Input0);
            origin = $"pseudo-random input (seed 0x{BenchInput.Seed:X16}), {inputBytes} bytes";
        }
        else
        {
            InputTensor t = InputLoader.Load(inputPath, d?.Input0, inputBytes);
            input = t.Bytes;
            origin = $"{inputPath} ({t.Origin})";
        }

        int layerCount = session.Model.LayerCount;
        string variant = KernelSettings.Variant;
        WarmUp(session, input);
        BenchLayerTimes times = BenchLayerTimes.Measure(session, input, runs);

        // The reference kernels in the same process and on the same input, for the speed-up column.
        BenchLayerTimes? reference = null;
        if (variant != "ref")
        {
            KernelSettings.SetVariant("ref");
            try
            {
                session.Model.Run(input);
                reference = BenchLayerTimes.Measure(session, input, Math.Min(runs, ReferenceRuns));
            }
            finally
            {
                KernelSettings.SetVariant(variant);
            }
        }

        TextWriter o = context.Output;
        o.WriteLine($"Host emulator times (the KPU is emulated in software on this PC; these are not K210 times): " +
                    $"{modelPath}, {runs} run(s) after a warm-up, {origin}");
        string threadText = variant == "ref" ? "1 thread (the reference kernel runs on one)"
                                             : $"{KernelSettings.Threads} thread(s) (a layer timed faster on one runs on one)";
        o.WriteLine($"KPU kernels: {variant} (NFK210_KERNELS=ref|opt|avx2|avx512 chooses), {threadText}" +
                    (reference is null ? "" : $"; ref measured in the same run ({reference.Runs} run(s))"));
        double sumUs = times.Microseconds(_ => true);
        Table table = TableText.NewTable("#", "type", "unit", "kernels", "avg us", "share", "MACs", "GMAC/s", "ref us",
                                         "vs ref");
        for (int i = 0; i < layerCount; i++)
        {
            double us = times.Microseconds(i);
            string type = d is not null && i < d.Layers.Count ? d.Layers[i].Type : "?";
            string refUs = reference is null ? "-" : F(reference.Microseconds(i));
            string ratio = reference is null ? "-" : Ratio(reference.Microseconds(i), us);
            TableText.AddRow(table, N(i), type, times.OnKpu[i] ? "KPU" : "CPU", times.OnKpu[i] ? variant : "-", F(us),
                             Percent(us, sumUs), N((long)times.Macs[i]), GigaMacs(times.Macs[i], us), refUs, ratio);
        }

        context.Console.Write(TableText.RightAlign(table, 0, 4, 5, 6, 7, 8, 9));
        double kpuUs = times.Microseconds(i => times.OnKpu[i]);
        double cpuUs = sumUs - kpuUs;
        ulong kpuMacs = Enumerable.Range(0, layerCount).Where(i => times.OnKpu[i]).Aggregate(0UL, (s, i) => s + times.Macs[i]);
        ulong allMacs = times.Macs.Aggregate(0UL, (s, m) => s + m);
        o.WriteLine($"total per run: {F(sumUs)} us in layers ({F(times.WallMilliseconds / runs * 1000.0)} us wall-clock per run)");
        o.WriteLine($"KPU: {F(kpuUs)} us ({Percent(kpuUs, sumUs)}), {N((long)kpuMacs)} MACs, " +
                    $"{GigaMacs(kpuMacs, kpuUs)} GMAC/s; " +
                    $"CPU: {F(cpuUs)} us ({Percent(cpuUs, sumUs)}), {N((long)(allMacs - kpuMacs))} MACs; " +
                    $"total {N((long)allMacs)} MACs");
        if (reference is not null)
        {
            double refKpuUs = reference.Microseconds(i => reference.OnKpu[i]);
            double refSumUs = reference.Microseconds(_ => true);
            o.WriteLine($"speed-up over the ref kernels: KPU layers {Ratio(refKpuUs, kpuUs)}, all layers " +
                        $"{Ratio(refSumUs, sumUs)} ({F(refSumUs)} us with ref)");
        }

        return ExitCodes.Ok;
    }

    /// <summary>The reference kernels are slow: a few runs give their average.</summary>
    private const int ReferenceRuns = 3;

    /// <summary>
    /// Runs the model until <see cref="WarmUpTime"/> has passed (at most <see cref="WarmUpRuns"/> runs, at least
    /// one): first-use allocations, caches and the kernels' threads settle, and .NET finishes recompiling the
    /// program's hot methods in the background, which would otherwise take a core from the kernels' threads
    /// during the first timed runs (on 2 cores that doubled a 2-thread run's time now and then).
    /// </summary>
    private static void WarmUp(ModelSession session, byte[] input)
    {
        var clock = Stopwatch.StartNew();
        int done = 0;
        do
        {
            session.Model.Run(input);
            done++;
        } while (clock.Elapsed < WarmUpTime && done < WarmUpRuns);
    }

    private static readonly TimeSpan WarmUpTime = TimeSpan.FromMilliseconds(300);

    private const int WarmUpRuns = 100;

    private static string GigaMacs(ulong macs, double us) =>
        macs == 0 || us <= 0 ? "-" : (macs / (us * 1000.0)).ToString("F2", CultureInfo.InvariantCulture);

    private static string Ratio(double reference, double measured) =>
        measured > 0 ? (reference / measured).ToString("F1", CultureInfo.InvariantCulture) + "x" : "-";

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double value) => value.ToString("F1", CultureInfo.InvariantCulture);

    private static string Percent(double part, double whole) =>
        whole > 0 ? (part / whole).ToString("P1", CultureInfo.InvariantCulture) : "-";
}
