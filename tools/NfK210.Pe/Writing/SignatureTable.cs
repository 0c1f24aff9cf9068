namespace NfK210.Pe.Writing;

/// <summary>The .pe signature blob. Like MetadataProcessor it reuses an identical earlier signature, or any earlier
/// byte run equal to the new signature (searching only runs that end before the last byte of the table).</summary>
internal sealed class SignatureTable
{
    private readonly Dictionary<string, ushort> _ids = new(StringComparer.Ordinal);
    private readonly List<byte> _bytes = [];

    public ushort GetOrCreate(byte[] signature)
    {
        string key = Convert.ToHexString(signature);
        if (_ids.TryGetValue(key, out ushort id))
        {
            return id;
        }

        for (int i = 0; i < _bytes.Count - signature.Length; i++)
        {
            bool found = true;
            for (int j = 0; j < signature.Length; j++)
            {
                if (_bytes[i + j] != signature[j])
                {
                    found = false;
                    break;
                }
            }

            if (found)
            {
                _ids.Add(key, (ushort)i);
                return (ushort)i;
            }
        }

        if (_bytes.Count > ushort.MaxValue)
        {
            throw new PeConversionException("signature table overflow: more than 64 KiB of signatures");
        }

        id = (ushort)_bytes.Count;
        _ids.Add(key, id);
        _bytes.AddRange(signature);
        return id;
    }

    public byte[] ToBytes() => [.. _bytes];
}
