using System.Text;
using NfK210.Pe.Format;

namespace NfK210.Pe.Writing;

/// <summary>The .pe string table: UTF-8, zero-terminated, indexed by byte offset; the CLR's built-in strings are
/// referenced by their well-known index instead of being stored.</summary>
internal sealed class StringTable
{
    private readonly Dictionary<string, ushort> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _ordered = [];
    private int _next;

    public StringTable() => GetOrCreate(string.Empty);

    public IReadOnlyList<string> Strings => _ordered;

    public ushort GetOrCreate(string value, bool useWellKnown = true)
    {
        if (useWellKnown && WellKnownStrings.TryGetIndex(value, out ushort known))
        {
            return known;
        }

        if (_ids.TryGetValue(value, out ushort id))
        {
            return id;
        }

        int length = Encoding.UTF8.GetByteCount(value) + 1;
        if (_next + length > ushort.MaxValue)
        {
            throw new PeConversionException($"string table overflow: more than 64 KiB of strings (at \"{value}\")");
        }

        id = (ushort)_next;
        _ids.Add(value, id);
        _ordered.Add(value);
        _next += length;
        return id;
    }

    public bool Contains(string value) => _ids.ContainsKey(value);

    public byte[] ToBytes()
    {
        var bytes = new List<byte>(_next);
        foreach (string value in _ordered)
        {
            bytes.AddRange(Encoding.UTF8.GetBytes(value));
            bytes.Add(0);
        }

        return [.. bytes];
    }
}
