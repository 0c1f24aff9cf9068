using System.Text.Json;

namespace NfK210.Cli.Model;

/// <summary>Tolerant readers for the describe JSON: a missing or mistyped key gives the default.</summary>
internal static class JsonFields
{
    public static string String(JsonElement obj, string name, string fallback = "") =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out JsonElement v) &&
        v.ValueKind == JsonValueKind.String
            ? v.GetString() ?? fallback
            : fallback;

    public static long Int64(JsonElement obj, string name, long fallback = 0) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out JsonElement v) &&
        v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out long n)
            ? n
            : fallback;

    public static ulong UInt64(JsonElement obj, string name, ulong fallback = 0)
    {
        if (obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out JsonElement v) &&
            v.ValueKind == JsonValueKind.Number)
        {
            if (v.TryGetUInt64(out ulong u))
            {
                return u;
            }

            if (v.TryGetDouble(out double d) && d >= 0)
            {
                return (ulong)d;
            }
        }

        return fallback;
    }

    public static bool Bool(JsonElement obj, string name, bool fallback = false) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out JsonElement v) &&
        v.ValueKind is JsonValueKind.True or JsonValueKind.False
            ? v.GetBoolean()
            : fallback;

    public static IReadOnlyList<long> Int64Array(JsonElement obj, string name)
    {
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out JsonElement v) ||
            v.ValueKind != JsonValueKind.Array)
        {
            return [];
        }

        var list = new List<long>();
        foreach (JsonElement e in v.EnumerateArray())
        {
            if (e.ValueKind == JsonValueKind.Number && e.TryGetInt64(out long n))
            {
                list.Add(n);
            }
        }

        return list;
    }

    public static IEnumerable<JsonElement> Array(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out JsonElement v) &&
        v.ValueKind == JsonValueKind.Array
            ? v.EnumerateArray()
            : [];

    public static JsonElement Object(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out JsonElement v) &&
        v.ValueKind == JsonValueKind.Object
            ? v
            : default;
}
