using System.CommandLine;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using NfK210.Cli.Model;
using NfK210.Cli.Native;
using NfK210.Cli.Rendering;
using Spectre.Console;

namespace NfK210.Cli.Commands;

/// <summary>`nfk210 inspect MODEL [--json]`: what the native library says about a model.</summary>
public static class InspectCommand
{
    public static Command Create()
    {
        Argument<string> model = CommonOptions.ModelArgument();
        var json = new Option<bool>("--json") { Description = "print the native library's JSON description" };
        Option<string> profile = CommonOptions.KpuProfile();
        var command = new Command("inspect", "show a model's format, tensors, layers, memory needs and KPU checks")
        {
            model, json, profile,
        };
        command.SetAction(parseResult => CommandRunner.Guard(parseResult, context => Execute(
            parseResult.GetRequiredValue(model),
            parseResult.GetValue(json),
            KpuProfileNames.Parse(parseResult.GetValue(profile) ?? KpuProfileNames.Auto),
            context)));
        return command;
    }

    public static int Execute(string modelPath, bool asJson, KpuProfile profile, CommandContext context)
    {
        using ModelSession session = ModelSession.Open(modelPath, profile, context.Error);
        if (asJson)
        {
            context.Output.WriteLine(Pretty(session.DescribeJson));
            return ExitCodes.Ok;
        }

        ModelDescription d = session.Description
            ?? throw new CliException("the native library's description could not be parsed; try --json");
        Print(modelPath, d, context);
        ModuleListing.Print(session.DescribeJson, context.Output, context.Console); // kmodel V5: modules and code
        return ExitCodes.Ok;
    }

    /// <summary>Indented JSON, or the text unchanged when it does not parse.</summary>
    public static string Pretty(string json)
    {
        try
        {
            using JsonDocument doc = JsonDocument.Parse(json);
            return JsonSerializer.Serialize(doc.RootElement, new JsonSerializerOptions
            {
                WriteIndented = true,
                Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            });
        }
        catch (JsonException)
        {
            return json;
        }
    }

    public static void Print(string modelPath, ModelDescription d, CommandContext context)
    {
        TextWriter o = context.Output;
        IAnsiConsole console = context.Console;
        string weights = d.WeightsBits > 0 ? $", {d.WeightsBits}-bit weights" : string.Empty;
        o.WriteLine($"{modelPath}: {d.Format} (version {d.Version}), profile {d.Profile}{weights}");
        o.WriteLine();

        o.WriteLine("Inputs");
        Table inputs = TableText.NewTable("#", "shape", "dtype", "bytes", "location");
        foreach (TensorDescription t in d.Inputs)
        {
            TableText.AddRow(inputs, N(t.Index), t.ShapeText, t.DType, N(t.Bytes), t.Location);
        }

        console.Write(TableText.RightAlign(inputs, 0, 3));

        o.WriteLine("Outputs");
        Table outputs = TableText.NewTable("#", "dtype", "bytes", "elements", "main address");
        foreach (OutputDescription t in d.Outputs)
        {
            long elements = t.IsFloat32 ? t.Bytes / 4 : t.Bytes;
            TableText.AddRow(outputs, N(t.Index), t.DType, N(t.Bytes), N(elements), N(t.Address));
        }

        console.Write(TableText.RightAlign(outputs, 0, 2, 3, 4));

        o.WriteLine("Layers");
        Table layers = TableText.NewTable(
            "#", "type", "unit", "input -> output", "kernel", "pool", "weights", "MACs", "detail");
        foreach (LayerDescription l in d.Layers)
        {
            string kernel = l.Kernel.Length == 0 ? string.Empty : l.Depthwise ? $"{l.Kernel} dw" : l.Kernel;
            string pool = l.Pool.Length > 0 ? l.Pool : l.PoolType >= 0 ? $"type {l.PoolType}" : string.Empty;
            string detail = l.MainMemOut ? JoinNonEmpty("main-mem out", l.Detail) : l.Detail;
            TableText.AddRow(layers, N(l.Index), l.Type, l.Unit, $"{Shape(l.InputShape)} -> {Shape(l.OutputShape)}",
                kernel, pool, N(l.WeightsBytes), N((long)l.Macs), detail);
        }

        console.Write(TableText.RightAlign(layers, 0, 6, 7));
        ulong totalMacs = d.Layers.Aggregate(0UL, (s, l) => s + l.Macs);
        int kpuLayers = d.Layers.Count(l => l.OnKpu);
        o.WriteLine($"{d.Layers.Count} layers ({kpuLayers} on the KPU, {d.Layers.Count - kpuLayers} on the CPU), " +
                    $"{N((long)totalMacs)} MACs, {N(d.Layers.Sum(l => l.WeightsBytes))} weight bytes");
        o.WriteLine();

        MemoryDescription m = d.Memory;
        o.WriteLine("Memory");
        Table memory = TableText.NewTable("what", "value");
        TableText.AddRow(memory, "file", $"{N(m.FileBytes)} bytes");
        TableText.AddRow(memory, "main buffer", $"{N(m.MainBytes)} bytes");
        TableText.AddRow(memory, "KPU RAM", $"{N(m.KpuRamLines)} lines = {N(m.KpuRamBytes)} bytes of 2 MiB " +
                                            $"(lowest line used {N(m.MaxStartLine)})");
        string fits = m.SramAvailableBytes > 0 && m.SramNeededBytes > m.SramAvailableBytes ? "DOES NOT FIT" : "fits";
        TableText.AddRow(memory, "SRAM", $"{N(m.SramNeededBytes)} needed of {N(m.SramAvailableBytes)} available: {fits}");
        console.Write(memory);

        o.WriteLine("KPU constraint check");
        if (d.Violations.Count == 0)
        {
            o.WriteLine("  all layers within KPU limits");
        }
        else
        {
            foreach (string v in d.Violations)
            {
                o.WriteLine($"  violation: {v}");
            }
        }
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Shape(IReadOnlyList<long> shape) => shape.Count == 0 ? "?" : string.Join("x", shape);

    private static string JoinNonEmpty(string a, string b) => b.Length == 0 ? a : $"{a}; {b}";
}
