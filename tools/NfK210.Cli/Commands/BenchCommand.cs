using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NfK210.Cli.Inputs;
using NfK210.Cli.Model;
using NfK210.Cli.Native;
using NfK210.Cli.Rendering;
using Spectre.Console;

namespace NfK210.Cli.Commands;

/// <summary>`nfk210 bench MODEL [--input FILE] [--runs N]`: per-layer times on the host emulator.</summary>
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
        var command = new Command("bench", "time a model layer by layer (host: emulator time)")
        {
            model, input, runs, profile,
        };
        command.SetAction(parseResult => CommandRunner.Guard(parseResult, context => Execute(
            parseResult.GetRequiredValue(model),
            parseResult.GetValue(input),
            parseResult.GetValue(runs),
            KpuProfileNames.Parse(parseResult.GetValue(profile) ?? KpuProfileNames.Auto),
            context)));
        return command;
    }

    public static int Execute(string modelPath, string? inputPath, int runs, KpuProfile profile, CommandContext context)
    {
        using ModelSession session = ModelSession.Open(modelPath, profile, context.Error);
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
        var totalNs = new double[layerCount];
        var macs = new ulong[layerCount];
        var onKpu = new bool[layerCount];
        double wallMs = 0;
        for (int r = 0; r < runs; r++)
        {
            var clock = Stopwatch.StartNew();
            session.Model.Run(input);
            clock.Stop();
            wallMs += clock.Elapsed.TotalMilliseconds;
            for (int i = 0; i < layerCount; i++)
            {
                LayerStats s = session.Model.GetLayerStats(i);
                totalNs[i] += s.Nanoseconds;
                macs[i] = s.Macs;
                onKpu[i] = s.OnKpu;
            }
        }

        TextWriter o = context.Output;
        o.WriteLine($"Host emulator times (the KPU is emulated in software on this PC; these are not K210 times): " +
                    $"{modelPath}, {runs} run(s), {origin}");
        double sumUs = totalNs.Sum() / runs / 1000.0;
        Table table = TableText.NewTable("#", "type", "unit", "avg us", "share", "MACs");
        for (int i = 0; i < layerCount; i++)
        {
            double us = totalNs[i] / runs / 1000.0;
            string type = d is not null && i < d.Layers.Count ? d.Layers[i].Type : "?";
            TableText.AddRow(table, N(i), type, onKpu[i] ? "KPU" : "CPU", F(us), Percent(us, sumUs), N((long)macs[i]));
        }

        context.Console.Write(TableText.RightAlign(table, 0, 3, 4, 5));
        double kpuUs = Enumerable.Range(0, layerCount).Where(i => onKpu[i]).Sum(i => totalNs[i]) / runs / 1000.0;
        double cpuUs = sumUs - kpuUs;
        ulong kpuMacs = Enumerable.Range(0, layerCount).Where(i => onKpu[i]).Aggregate(0UL, (s, i) => s + macs[i]);
        ulong allMacs = macs.Aggregate(0UL, (s, m) => s + m);
        o.WriteLine($"total per run: {F(sumUs)} us in layers ({F(wallMs / runs * 1000.0)} us wall-clock per run)");
        o.WriteLine($"KPU: {F(kpuUs)} us ({Percent(kpuUs, sumUs)}), {N((long)kpuMacs)} MACs; " +
                    $"CPU: {F(cpuUs)} us ({Percent(cpuUs, sumUs)}), {N((long)(allMacs - kpuMacs))} MACs; " +
                    $"total {N((long)allMacs)} MACs");
        return ExitCodes.Ok;
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string F(double value) => value.ToString("F1", CultureInfo.InvariantCulture);

    private static string Percent(double part, double whole) =>
        whole > 0 ? (part / whole).ToString("P1", CultureInfo.InvariantCulture) : "-";
}
