namespace NfK210.Pe.Reading;

/// <summary>Reads one signature (or attribute blob) from the Signatures table, refusing to read past its end.
/// Signatures carry no length: nanoCLR reads them by their grammar, and MetadataProcessor shares bytes between
/// signatures that overlap, so the table's end is the only bound.</summary>
internal sealed class SignatureCursor
{
    private readonly ReadOnlyMemory<byte> _table;

    public SignatureCursor(ReadOnlyMemory<byte> table, int offset)
    {
        _table = table;
        Position = offset;
        if (offset >= table.Length)
        {
            throw new SignatureException($"offset 0x{offset:X4} is outside the Signatures table ({table.Length} bytes)");
        }
    }

    public int Position { get; private set; }

    public bool AtEnd => Position >= _table.Length;

    public byte PeekByte()
    {
        Need(1);
        return _table.Span[Position];
    }

    public byte ReadByte()
    {
        Need(1);
        return _table.Span[Position++];
    }

    public ushort ReadUInt16()
    {
        Need(2);
        ushort value = PeFile.U16(_table.Span, Position);
        Position += 2;
        return value;
    }

    public void Skip(int count)
    {
        Need(count);
        Position += count;
    }

    /// <summary>nanoCLR's CLR_UncompressData: 1, 2 or 4 bytes, big-endian, length in the top bits.</summary>
    public uint ReadCompressed()
    {
        byte first = ReadByte();
        if ((first & 0x80) == 0)
        {
            return first;
        }

        if ((first & 0xC0) == 0x80)
        {
            return ((uint)(first & 0x3F) << 8) | ReadByte();
        }

        if ((first & 0xE0) != 0xC0)
        {
            throw new SignatureException($"0x{first:X2} at 0x{Position - 1:X4} does not start a compressed number");
        }

        uint value = (uint)(first & 0x1F) << 24;
        value |= (uint)ReadByte() << 16;
        value |= (uint)ReadByte() << 8;
        return value | ReadByte();
    }

    private void Need(int count)
    {
        if (Position + count > _table.Length)
        {
            throw new SignatureException(
                $"runs past the end of the Signatures table ({_table.Length} bytes) at 0x{Position:X4}");
        }
    }
}
