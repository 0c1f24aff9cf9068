using System.Text.Json;

namespace NfK210.Cli.Model;

/// <summary>The parsed result of nfk_model_describe_json (schema: firmware/native/api/nfk210_api.h).</summary>
public sealed record ModelDescription(
    string Format,
    int Version,
    string Profile,
    int WeightsBits,
    MemoryDescription Memory,
    IReadOnlyList<TensorDescription> Inputs,
    IReadOnlyList<OutputDescription> Outputs,
    IReadOnlyList<LayerDescription> Layers,
    IReadOnlyList<string> Violations)
{
    /// <summary>Parses the JSON; unknown keys are ignored and missing ones take defaults.</summary>
    /// <exception cref="JsonException">Not JSON, or not an object.</exception>
    public static ModelDescription Parse(string json)
    {
        using JsonDocument doc = JsonDocument.Parse(json);
        JsonElement root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new JsonException("the model description is not a JSON object");
        }

        return new ModelDescription(
            JsonFields.String(root, "format", "?"),
            (int)JsonFields.Int64(root, "version"),
            JsonFields.String(root, "profile", "?"),
            (int)JsonFields.Int64(root, "weights_bits"),
            MemoryDescription.FromJson(JsonFields.Object(root, "memory")),
            JsonFields.Array(root, "inputs").Select(TensorDescription.FromJson).ToList(),
            JsonFields.Array(root, "outputs").Select(OutputDescription.FromJson).ToList(),
            JsonFields.Array(root, "layers").Select(LayerDescription.FromJson).ToList(),
            JsonFields.Array(root, "violations")
                .Where(v => v.ValueKind == JsonValueKind.String)
                .Select(v => v.GetString() ?? string.Empty)
                .ToList());
    }

    /// <summary>Output <paramref name="index"/>'s description, or null if the JSON does not list it.</summary>
    public OutputDescription? Output(int index) => Outputs.FirstOrDefault(o => o.Index == index);

    /// <summary>Input 0's description, or null.</summary>
    public TensorDescription? Input0 => Inputs.FirstOrDefault(i => i.Index == 0) ?? Inputs.FirstOrDefault();
}
