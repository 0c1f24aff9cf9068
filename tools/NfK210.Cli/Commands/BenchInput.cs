using NfK210.Cli.Model;

namespace NfK210.Cli.Commands;

/// <summary>The deterministic pseudo-random input `bench` uses when no --input is given.</summary>
public static class BenchInput
{
    public const ulong Seed = 0x6E666B3231304243; // "nfk210BC"

    /// <summary>
    /// <paramref name="bytes"/> bytes from xorshift64* with <see cref="Seed"/>: uniform bytes for uint8 inputs;
    /// for float32 inputs, little-endian floats uniform in [0, 1).
    /// </summary>
    public static byte[] Create(long bytes, TensorDescription? input)
    {
        byte[] data = new byte[bytes];
        ulong state = Seed;
        bool isFloat = input?.DType == TensorDescription.Float32 && bytes % 4 == 0;
        if (isFloat)
        {
            for (int i = 0; i < data.Length; i += 4)
            {
                float v = (Next(ref state) >> 40) / (float)(1 << 24);
                BitConverter.TryWriteBytes(data.AsSpan(i), v);
            }
        }
        else
        {
            for (int i = 0; i < data.Length; i++)
            {
                data[i] = (byte)(Next(ref state) >> 56);
            }
        }

        return data;
    }

    private static ulong Next(ref ulong state)
    {
        state ^= state >> 12;
        state ^= state << 25;
        state ^= state >> 27;
        return state * 0x2545F4914F6CDD1DUL;
    }
}
