using System.Globalization;
using System.IO.Compression;
using System.Text;
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

    /// <summary>Everything a package holds is written to the 16 MiB flash: more, in one entry or in all, is refused.</summary>
    public const long MaxContentBytes = 16L << 20;

    /// <summary>A flash list names a handful of files; a megabyte of JSON is not one.</summary>
    public const long MaxListBytes = 1L << 20;

    public static bool IsZip(ReadOnlySpan<byte> bytes) => bytes.Length >= 2 && bytes[0] == 0x50 && bytes[1] == 0x4B;

    /// <summary>The regions in list order, each already wrapped when sha256Prefix is true.</summary>
    public static IReadOnlyList<FlashRegion> Read(Stream zip, string packageName)
    {
        ZipArchive archive;
        try
        {
            archive = new ZipArchive(zip, ZipArchiveMode.Read, leaveOpen: true);
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
        {
            throw Bad(packageName, $"not a readable ZIP archive ({e.Message})");
        }

        using (archive)
        {
            try
            {
                return ReadList(archive, packageName);
            }
            catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
            {
                // The central directory is read lazily: a damaged one surfaces here, not in the constructor.
                throw Bad(packageName, $"not a readable ZIP archive ({e.Message})");
            }
        }
    }

    private static IReadOnlyList<FlashRegion> ReadList(ZipArchive archive, string packageName)
    {
        ZipArchiveEntry list = archive.GetEntry(ListName) ?? throw Bad(packageName, $"it has no {ListName}");
        string json = Encoding.UTF8.GetString(ReadEntry(list, MaxListBytes, packageName));
        var regions = new List<FlashRegion>();
        using JsonDocument doc = ParseList(json, packageName);
        if (doc.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw Bad(packageName, $"{ListName} must be a JSON object with a \"files\" array, not {Kind(doc.RootElement)}");
        }

        if (!doc.RootElement.TryGetProperty("files", out JsonElement files) || files.ValueKind != JsonValueKind.Array)
        {
            throw Bad(packageName, $"{ListName} has no \"files\" array");
        }

        int index = 0;
        long total = 0;
        foreach (JsonElement file in files.EnumerateArray())
        {
            string where = $"{ListName} files[{index++}]";
            if (file.ValueKind != JsonValueKind.Object)
            {
                throw Bad(packageName, $"{where} must be an object, not {Kind(file)}");
            }

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
            total += entry.Length;
            if (total > MaxContentBytes)
            {
                throw Bad(packageName, $"{where} ({bin}) brings the files to {total} bytes when inflated, more than " +
                                       $"the {MaxContentBytes >> 20} MiB flash holds");
            }

            byte[] bytes = ReadEntry(entry, MaxContentBytes, packageName);
            regions.Add(new FlashRegion(bin, address, prefix ? FirmwareImage.Wrap(bytes) : bytes, prefix));
        }

        if (regions.Count == 0)
        {
            throw Bad(packageName, $"{ListName} lists no file");
        }

        return regions;
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

    /// <summary>
    /// Inflates one entry after checking its declared size against <paramref name="limit"/> (before allocating), then
    /// checks that it inflates to exactly that size and that its CRC-32 is the one the archive records.
    /// </summary>
    private static byte[] ReadEntry(ZipArchiveEntry entry, long limit, string packageName)
    {
        string name = entry.FullName;
        if (entry.Length < 0 || entry.Length > limit)
        {
            throw Bad(packageName, $"{name} declares {entry.Length} bytes when inflated, more than the {limit} allowed");
        }

        byte[] bytes = new byte[entry.Length];
        int filled = 0;
        try
        {
            using Stream s = entry.Open();
            while (filled < bytes.Length)
            {
                int n = s.Read(bytes, filled, bytes.Length - filled);
                if (n == 0)
                {
                    throw Bad(packageName, $"{name} inflates to {filled} bytes, but the archive declares {entry.Length}");
                }

                filled += n;
            }

            if (s.ReadByte() >= 0)
            {
                throw Bad(packageName, $"{name} inflates to more than the {entry.Length} bytes the archive declares");
            }
        }
        catch (Exception e) when (e is InvalidDataException or NotSupportedException)
        {
            throw Bad(packageName, $"{name} is corrupt: {e.Message}");
        }
        catch (IOException e)
        {
            throw Bad(packageName, $"{name} cannot be read: {e.Message}");
        }

        uint crc = System.IO.Hashing.Crc32.HashToUInt32(bytes);
        if (crc != entry.Crc32)
        {
            throw Bad(packageName, $"{name} is corrupt: its CRC-32 is 0x{crc:X8}, the archive records 0x{entry.Crc32:X8}");
        }

        return bytes;
    }

    private static string Kind(JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "an object",
    };

    private static FlashException Bad(string package, string why) => new(FlashErrorKind.BadInput, $"{package}: {why}");

    [GeneratedRegex(@"(""address""\s*:\s*)(0[xX][0-9a-fA-F]+)")]
    private static partial Regex BareHex();
}
