using System.Text.Json;

namespace NfK210.Cli.Model;

/// <summary>One layer or node ("layers" of the describe JSON).</summary>
public sealed record LayerDescription(
    int Index,
    string Type,
    long Code,
    string Unit,
    IReadOnlyList<long> InputShape,
    IReadOnlyList<long> OutputShape,
    string Kernel,
    bool Depthwise,
    string Pool,
    long PoolType,
    long WeightsBytes,
    ulong Macs,
    bool MainMemOut,
    string Detail)
{
    public bool OnKpu => string.Equals(Unit, "KPU", StringComparison.OrdinalIgnoreCase);

    internal static LayerDescription FromJson(JsonElement e) => new(
        (int)JsonFields.Int64(e, "index"),
        JsonFields.String(e, "type", "?"),
        JsonFields.Int64(e, "code"),
        JsonFields.String(e, "unit", "CPU"),
        JsonFields.Int64Array(e, "input_shape"),
        JsonFields.Int64Array(e, "output_shape"),
        JsonFields.String(e, "kernel"),
        JsonFields.Bool(e, "depthwise"),
        JsonFields.String(e, "pool"),
        JsonFields.Int64(e, "pool_type", -1),
        JsonFields.Int64(e, "weights_bytes"),
        JsonFields.UInt64(e, "macs"),
        JsonFields.Bool(e, "main_mem_out"),
        JsonFields.String(e, "detail"));
}
