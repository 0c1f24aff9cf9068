using System.Text.Json;
using NfK210.Cli.Demo;

namespace NfK210.Cli.Tests;

/// <summary>
/// One V3 case of ../shared/vectors/kpu: its kmodel, and for every layer the argument that case.json's geometry
/// describes (kernel, channels, sizes, pool, weight width, pad value, conv offsets, KPU lines) with the output shape
/// case.json states.
/// </summary>
public sealed record V3VectorCase(string Name, KmodelV3TestReader Model, KpuLayerArgument[] Arguments, (int C, int H, int W)[] OutputChw)
{
    public static IEnumerable<V3VectorCase> All()
    {
        foreach (string dir in Directory.EnumerateDirectories(TestPaths.Shared("vectors", "kpu"), "v3-*")
                     .Order(StringComparer.Ordinal))
        {
            using JsonDocument json = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "case.json")));
            JsonElement[] layers = json.RootElement.GetProperty("layers").EnumerateArray().ToArray();
            yield return new V3VectorCase(
                Path.GetFileName(dir),
                new KmodelV3TestReader(File.ReadAllBytes(Path.Combine(dir, "model.kmodel"))),
                layers.Select(Argument).ToArray(),
                layers.Select(l => Ints(l, "out_chw")).Select(s => (s[0], s[1], s[2])).ToArray());
        }
    }

    private static KpuLayerArgument Argument(JsonElement layer)
    {
        int[] inChw = Ints(layer, "in_chw");
        return new KpuLayerArgument
        {
            InputChannels = inChw[0],
            Height = inChw[1],
            Width = inChw[2],
            OutputChannels = Ints(layer, "out_chw")[0],
            Kernel3x3 = layer.GetProperty("kernel").GetString() == "3x3",
            Depthwise = layer.GetProperty("depthwise").GetBoolean(),
            PoolType = layer.GetProperty("pool_type").GetInt32(),
            EightBitWeights = layer.GetProperty("weights_bits").GetInt32() == 8,
            PadValue = layer.GetProperty("pad_value").GetByte(),
            ArgX = layer.GetProperty("arg_x").GetInt32(),
            ShrX = layer.GetProperty("shr_x").GetInt32(),
            ArgW = layer.GetProperty("arg_w").GetInt32(),
            ShrW = layer.GetProperty("shr_w").GetInt32(),
            ArgAdd = layer.GetProperty("arg_add").GetInt64(),
            SourceLine = layer.GetProperty("kpu_src_line").GetInt32(),
            DestinationLine = layer.GetProperty("kpu_dst_line").GetInt32(),
        };
    }

    private static int[] Ints(JsonElement layer, string name) =>
        layer.GetProperty(name).EnumerateArray().Select(e => e.GetInt32()).ToArray();
}
