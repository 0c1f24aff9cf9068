using System.Buffers.Binary;

namespace NfK210.Pe.Writing;

/// <summary>A little-endian byte sink.</summary>
internal sealed class ByteWriter
{
    private readonly List<byte> _bytes = [];

    public int Length => _bytes.Count;

    public void U8(byte value) => _bytes.Add(value);
    public void U16(ushort value) { U8((byte)value); U8((byte)(value >> 8)); }
    public void U32(uint value) { U16((ushort)value); U16((ushort)(value >> 16)); }
    public void U64(ulong value) { U32((uint)value); U32((uint)(value >> 32)); }
    public void Bytes(ReadOnlySpan<byte> values) { foreach (byte b in values) _bytes.Add(b); }

    /// <summary>nanoCLR's compressed token/count encoding (1, 2 or 4 bytes, big-endian with a length prefix).</summary>
    public void Compressed(uint value)
    {
        if (value <= 0x7F)
        {
            U8((byte)value);
        }
        else if (value <= 0x3FFF)
        {
            U8((byte)((value >> 8) | 0x80));
            U8((byte)value);
        }
        else
        {
            U8((byte)((value >> 24) | 0xC0));
            U8((byte)(value >> 16));
            U8((byte)(value >> 8));
            U8((byte)value);
        }
    }

    public void PatchU32(int offset, uint value)
    {
        Span<byte> tmp = stackalloc byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(tmp, value);
        for (int i = 0; i < 4; i++)
        {
            _bytes[offset + i] = tmp[i];
        }
    }

    public void PatchU8(int offset, byte value) => _bytes[offset] = value;

    public byte[] ToArray() => [.. _bytes];
}
