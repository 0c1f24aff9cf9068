using System.Globalization;

namespace NfK210.Pe.Building;

/// <summary>
/// The firmware's native assembly records, read from native_assemblies.csv: lines "name,version,checksum" (checksum
/// as 0x-prefixed hex), '#' comments and a "name,version,checksum" header allowed. nanoCLR loads a .pe only when its
/// nativeMethodsChecksum equals the record of the same name; an assembly with native methods and no record loads, but
/// its InternalCalls have nothing to run.
/// </summary>
public sealed class NativeAssemblyTable
{
    private readonly Dictionary<string, NativeAssemblyRecord> _records;

    public NativeAssemblyTable(IEnumerable<NativeAssemblyRecord> records)
    {
        _records = records.ToDictionary(r => r.Name, StringComparer.Ordinal);
    }

    public IReadOnlyCollection<NativeAssemblyRecord> Records => _records.Values;

    public static NativeAssemblyTable Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new AppBuildException($"the firmware's native assembly list '{path}' is missing");
        }

        return Parse(File.ReadAllLines(path), path);
    }

    public static NativeAssemblyTable Parse(IEnumerable<string> lines, string source)
    {
        var records = new List<NativeAssemblyRecord>();
        int number = 0;
        foreach (string raw in lines)
        {
            number++;
            string line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#') || line.Equals("name,version,checksum", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            string[] parts = line.Split(',');
            if (parts.Length != 3 || !parts[2].Trim().StartsWith("0x", StringComparison.OrdinalIgnoreCase) ||
                !uint.TryParse(parts[2].Trim()[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture, out uint checksum))
            {
                throw new AppBuildException($"{source}:{number}: '{line}' is not 'name,version,0xCHECKSUM'");
            }

            records.Add(new NativeAssemblyRecord(parts[0].Trim(), parts[1].Trim(), checksum));
        }

        return new NativeAssemblyTable(records);
    }

    /// <summary>The problem loading an assembly with this native checksum would meet on our firmware, or null.</summary>
    public string? Problem(string assembly, uint nativeChecksum)
    {
        if (_records.TryGetValue(assembly, out NativeAssemblyRecord? record))
        {
            return record.Checksum == nativeChecksum
                ? null
                : $"{assembly}: native checksum 0x{nativeChecksum:X8} does not match the firmware's 0x{record.Checksum:X8} " +
                  $"({assembly} {record.Version}); nanoCLR would refuse to load it";
        }

        return nativeChecksum == 0
            ? null
            : $"{assembly} has native methods (checksum 0x{nativeChecksum:X8}) that the firmware does not provide";
    }
}
