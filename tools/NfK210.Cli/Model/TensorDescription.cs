using System.Text.Json;

namespace NfK210.Cli.Model;

/// <summary>One model input ("inputs" of the describe JSON).</summary>
public sealed record TensorDescription(int Index, IReadOnlyList<long> Shape, string DType, long Bytes, string Location)
{
    public const string UInt8 = "u8";
    public const string Float32 = "f32";

    /// <summary>True when the tensor is an image-like CHW uint8 map with 1 or 3 channels.</summary>
    public bool IsImageLike => DType == UInt8 && Shape.Count == 3 && Shape[0] is 1 or 3 && Shape[1] > 0 && Shape[2] > 0;

    public string ShapeText => Shape.Count == 0 ? "?" : string.Join("x", Shape);

    internal static TensorDescription FromJson(JsonElement e) => new(
        (int)JsonFields.Int64(e, "index"),
        JsonFields.Int64Array(e, "shape"),
        JsonFields.String(e, "dtype", UInt8),
        JsonFields.Int64(e, "bytes"),
        JsonFields.String(e, "location"));
}
