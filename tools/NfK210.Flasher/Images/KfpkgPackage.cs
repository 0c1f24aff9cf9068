using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace NfK210.Flasher.Images;

/// <summary>
/// A .kfpkg (spec §9.4): a ZIP with <c>flash-list.json</c> naming files, their addresses (decimal or bare hex
/// literals such as <c>0x00A00000</c>) and whether each gets the firmware header (<c>sha256Prefix</c>).
/// </summary>
public static partial class KfpkgPackage
{
    public const string ListName = "flash-list.json";

    public static bool IsZip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x50 && bytes[1] == 0x4B;

    /// <summary>The regions in list order, each already wrapped when sha256Prefix is true.</summary>
    public static IReadOnlyList<FlashRegion> Read(Stream zip, string packageName)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (InvalidDataException e)
        {
            throw Bad(packageName, $"not a readable ZIP archive ({e.Message})");
        }

        using (archive)
        {
            ZipArchiveEntry list = archive.GetEntry(ListName) ?? throw Bad(packageName, $"it has no {ListName}");
            string json = ReadText(list);
            var regions = new List<FlashRegion>();
            using JsonDocument doc = ParseList(json, packageName);
            if (!doc.RootElement.TryGetProperty("files", out JsonElement files) || files.ValueKind != JsonValueKind.Array)
            {
                throw Bad(packageName, $"{ListName} has no \"files\" array");
            }

            int index = 0;
            foreach (JsonElement file in files.EnumerateArray())
            {
                string where = $"{ListName} files[{index++}]";
                uint address = ReadAddress(file, where, packageName);
                string bin = file.TryGetProperty("bin", out JsonElement b) && b.ValueKind == JsonValueKind.String
                    ? b.GetString()!
                    : throw Bad(packageName, $"{where} has no \"bin\" name");
                bool prefix = file.TryGetProperty("sha256Prefix", out JsonElement p) &&
                              p.ValueKind is JsonValueKind.True or JsonValueKind.False
                    ? p.GetBoolean()
                    : throw Bad(packageName, $"{where} ({bin}) has no true/false \"sha256Prefix\"");
                ZipArchiveEntry entry = archive.GetEntry(bin)
                                        ?? throw Bad(packageName, $"{where} names {bin}, which the package does not contain");
                byte[] bytes = ReadBytes(entry);
                regions.Add(new FlashRegion(bin, address, prefix ? FirmwareImage.Wrap(bytes) : bytes, prefix));
            }

            if (regions.Count == 0)
            {
                throw Bad(packageName, $"{ListName} lists no file");
            }

            return regions;
        }
    }

    /// <summary>Parses a hex (0x…) or decimal address.</summary>
    public static bool TryParseAddress(string text, out uint address)
    {
        text = text.Trim();
        return text.StartsWith("0x", StringComparison.OrdinalIgnoreCase)
            ? uint.TryParse(text.AsSpan(2), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out address)
            : uint.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out address);
    }

    private static JsonDocument ParseList(string json, string packageName)
    {
        // Bare hex literals are not JSON: quote them wherever they stand as a value, whatever the layout.
        string quoted = BareHex().Replace(json, m => $"{m.Groups[1].Value}\"{m.Groups[2].Value}\"");
        try
        {
            return JsonDocument.Parse(quoted, new JsonDocumentOptions { AllowTrailingCommas = true });
        }
        catch (JsonException e)
        {
            throw Bad(packageName, $"{ListName} is not valid JSON: {e.Message}");
        }
    }

    private static uint ReadAddress(JsonElement file, string where, string packageName)
    {
        if (!file.TryGetProperty("address", out JsonElement a))
        {
            throw Bad(packageName, $"{where} has no \"address\"");
        }

        if (a.ValueKind == JsonValueKind.Number && a.TryGetUInt32(out uint n))
        {
            return n;
        }

        if (a.ValueKind == JsonValueKind.String && TryParseAddress(a.GetString()!, out uint s))
        {
            return s;
        }

        throw Bad(packageName, $"{where} has an address that is not a 32-bit number: {a.GetRawText()}");
    }

    private static string ReadText(ZipArchiveEntry entry)
    {
        using var reader = new StreamReader(entry.Open());
        return reader.ReadToEnd();
    }

    private static byte[] ReadBytes(ZipArchiveEntry entry)
    {
        using Stream s = entry.Open();
        using var m = new MemoryStream();
        s.CopyTo(m);
        return m.ToArray();
    }

    private static FlashException Bad(string package, string why) => new(FlashErrorKind.BadInput, $"{package}: {why}");

    [GeneratedRegex(@"(""address""\s*:\s*)(0[xX][0-9a-fA-F]+)")]
    private static partial Regex BareHex();
}
