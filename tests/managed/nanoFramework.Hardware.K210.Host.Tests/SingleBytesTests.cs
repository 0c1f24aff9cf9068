using System.Buffers.Binary;

namespace nanoFramework.Hardware.K210.Host.Tests;

/// <summary>
/// SingleBytes (the float[] input of KpuModel.Forward without BitConverter.GetBytes per value) against .NET's own
/// BitConverter.SingleToInt32Bits: zeros, every subnormal boundary, every exponent, infinities, NaNs with payloads,
/// and a sweep over the whole 32-bit space.
/// </summary>
public sealed class SingleBytesTests
{
    private const int Chunk = 1 << 16;

    /// <summary>Compares SingleBytes.Write with the bit patterns' own little-endian bytes, a chunk at a time.</summary>
    private static void AssertExact(IEnumerable<uint> patterns)
    {
        var values = new float[Chunk];
        var expected = new byte[4 * Chunk];
        var actual = new byte[4 * Chunk];
        int n = 0;
        long checkedCount = 0;
        foreach (uint bits in patterns)
        {
            values[n] = BitConverter.Int32BitsToSingle((int)bits);
            // The pattern must survive the round trip into the array, or the test would compare something else.
            Assert.Equal(bits, (uint)BitConverter.SingleToInt32Bits(values[n]));
            BinaryPrimitives.WriteUInt32LittleEndian(expected.AsSpan(4 * n), bits);
            if (++n == Chunk)
            {
                Compare(values, expected, actual, n);
                checkedCount += n;
                n = 0;
            }
        }

        Compare(values, expected, actual, n);
        checkedCount += n;
        Assert.True(checkedCount > 0);
    }

    private static void Compare(float[] values, byte[] expected, byte[] actual, int n)
    {
        if (n == 0)
        {
            return;
        }

        float[] input = n == values.Length ? values : values[..n];
        Array.Fill(actual, (byte)0xA5);
        SingleBytes.Write(input, actual);
        for (int i = 0; i < n; i++)
        {
            uint want = BinaryPrimitives.ReadUInt32LittleEndian(expected.AsSpan(4 * i));
            uint got = BinaryPrimitives.ReadUInt32LittleEndian(actual.AsSpan(4 * i));
            if (want != got)
            {
                Assert.Fail($"0x{want:X8} ({input[i]:R}) was written as 0x{got:X8}");
            }
        }

        // Nothing is written past the last value.
        Assert.All(actual.Skip(4 * n), b => Assert.Equal(0xA5, b));
    }

    private static IEnumerable<uint> WithSigns(IEnumerable<uint> magnitudes) =>
        magnitudes.SelectMany(m => new[] { m, m | 0x80000000u });

    [Fact]
    public void EdgeValues_AreTheirIeeeBits()
    {
        uint[] edges =
        [
            0x00000000, // +0
            0x00000001, // smallest subnormal, 2^-149
            0x00000002, 0x00000003, 0x00000100, 0x00012345,
            0x00200000, 0x003FFFFF, 0x00400000, 0x00400001, // around 2^-127, the top subnormal bit
            0x007FFFFE, 0x007FFFFF, // largest subnormal
            0x00800000, // smallest normal, 2^-126
            0x00800001, 0x00FFFFFF, 0x01000000,
            0x33800000, 0x34000000, // 2^-24, 2^-23
            0x3F7FFFFF, 0x3F800000, 0x3F800001, // around 1
            0x3FC00000, 0x40490FDB, // 1.5, pi
            0x4B7FFFFF, 0x4B800000, // 2^24 - 1, 2^24
            0x7F7FFFFE, 0x7F7FFFFF, // largest finite
            0x7F800000, // infinity
            0x7F800001, 0x7F8ABCDE, 0x7FBFFFFF, // signalling NaNs with payloads
            0x7FC00000, 0x7FC00001, 0x7FD5A5A5, 0x7FFFFFFF, // quiet NaNs
        ];

        AssertExact(WithSigns(edges));
        Assert.Equal([0, 0, 0x80, 0xBF], Written(-1f));
        Assert.Equal(BitConverter.GetBytes(float.Epsilon), Written(float.Epsilon));
        Assert.Equal(BitConverter.GetBytes(float.NegativeInfinity), Written(float.NegativeInfinity));
    }

    private static byte[] Written(float value)
    {
        var bytes = new byte[4];
        SingleBytes.Write([value], bytes);
        return bytes;
    }

    [Fact]
    public void EveryExponent_WithEdgeAndRandomMantissas_IsExact()
    {
        var random = new Random(0x51B7E5);
        var mantissas = new List<uint> { 0, 1, 2, 0x400000, 0x7FFFFE, 0x7FFFFF, 0x555555, 0x2AAAAA };
        for (int i = 0; i < 56; i++)
        {
            mantissas.Add((uint)random.Next(0, 1 << 23));
        }

        AssertExact(WithSigns(
            from exponent in Enumerable.Range(0, 256)
            from mantissa in mantissas
            select ((uint)exponent << 23) | mantissa));
    }

    [Fact]
    public void EverySubnormalPowerOfTwoAndItsNeighbours_IsExact()
    {
        AssertExact(WithSigns(
            from shift in Enumerable.Range(0, 23)
            let p = 1u << shift
            from pattern in new[] { p - 1, p, p + 1, (p << 1) - 1 }
            select pattern & 0x007FFFFF));
    }

    [Fact]
    public void SweepOverAllBitPatterns_IsExact()
    {
        // 16.8 M patterns: a prime stride visits every exponent and every low-bit residue, both signs, NaNs included.
        const uint stride = 257;
        AssertExact(Sweep(stride));
    }

    private static IEnumerable<uint> Sweep(uint stride)
    {
        for (ulong bits = 0; bits <= uint.MaxValue; bits += stride)
        {
            yield return (uint)bits;
        }
    }

    [Fact]
    public void EmptyInput_WritesNothing()
    {
        var bytes = new byte[] { 1, 2, 3 };
        SingleBytes.Write([], bytes);
        Assert.Equal([1, 2, 3], bytes);
    }
}
