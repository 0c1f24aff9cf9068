using System.Buffers.Binary;

namespace NfK210.Cli.Demo;

/// <summary>Bodies of V3 CPU layers (spec/kmodel-v3.md §3).</summary>
public static class CpuLayerBodies
{
    /// <summary>DEQUANTIZE (12), 24 bytes: out[i] = (f32)in[i] · scale + bias.</summary>
    public static byte[] Dequantize(uint input, uint output, uint count, float scale, float bias, uint flags = 1)
    {
        byte[] body = new byte[24];
        Span<byte> s = body;
        BinaryPrimitives.WriteUInt32LittleEndian(s, flags);
        BinaryPrimitives.WriteUInt32LittleEndian(s[4..], input);
        BinaryPrimitives.WriteUInt32LittleEndian(s[8..], output);
        BinaryPrimitives.WriteUInt32LittleEndian(s[12..], count);
        BinaryPrimitives.WriteSingleLittleEndian(s[16..], scale);
        BinaryPrimitives.WriteSingleLittleEndian(s[20..], bias);
        return body;
    }
}
