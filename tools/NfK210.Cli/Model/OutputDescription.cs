using System.Text.Json;

namespace NfK210.Cli.Model;

/// <summary>One model output ("outputs" of the describe JSON).</summary>
public sealed record OutputDescription(int Index, long Address, long Bytes, string DType)
{
    public bool IsFloat32 => DType == TensorDescription.Float32;

    internal static OutputDescription FromJson(JsonElement e) => new(
        (int)JsonFields.Int64(e, "index"),
        JsonFields.Int64(e, "address"),
        JsonFields.Int64(e, "bytes"),
        JsonFields.String(e, "dtype", TensorDescription.UInt8));
}
