namespace NfK210.Cli.Demo;

/// <summary>The 16-segment activation table: 16 segment words then two words of 8 biases (144 bytes).</summary>
public sealed class KpuActivationTable
{
    public const int SegmentCount = 16;
    public const int Bytes = 18 * 8;

    public KpuActivationTable(IReadOnlyList<KpuActivationSegment> segments, IReadOnlyList<byte> biases)
    {
        if (segments.Count != SegmentCount || biases.Count != SegmentCount)
        {
            throw new ArgumentException("an activation table has 16 segments and 16 biases");
        }

        Segments = segments.ToArray();
        Biases = biases.ToArray();
    }

    public IReadOnlyList<KpuActivationSegment> Segments { get; }

    public IReadOnlyList<byte> Biases { get; }

    /// <summary>
    /// The standard table of nncase v0.1.0-rc5 (spec/kpu.md §7.4): segment 10 starts at 0 with mul 1024, shift 20
    /// (output = round(bn / 1024)); every other segment is flat 0; all biases 0.
    /// </summary>
    public static KpuActivationTable Rc5Standard()
    {
        long[] starts =
        [
            0x800000000, 0xF7D4CF4B8, 0xF8ED5A20C, 0xFA05E4F60, 0xFB2E05BAA, 0xFC46908FE, 0xFD5F1B652,
            0xFE77A63A6, 0xFF9FC6FF0, 0xFFFD4A9B7, 0, 0x7FFFFFFF0, 0x7FFFFFFF1, 0x7FFFFFFF2, 0x7FFFFFFF3,
            0x7FFFFFFF4,
        ];
        var segments = new KpuActivationSegment[SegmentCount];
        for (int i = 0; i < SegmentCount; i++)
        {
            segments[i] = i == 10
                ? new KpuActivationSegment(0, 1024, 20)
                : new KpuActivationSegment(SignExtend36(starts[i]), 0, 0);
        }

        return new KpuActivationTable(segments, new byte[SegmentCount]);
    }

    public ulong[] ToWords()
    {
        var words = new ulong[18];
        for (int i = 0; i < SegmentCount; i++)
        {
            KpuActivationSegment s = Segments[i];
            if (s.Start < -(1L << 35) || s.Start >= 1L << 35)
            {
                throw new ArgumentOutOfRangeException(nameof(Segments), s.Start, "x_start is a signed 36-bit value");
            }

            words[i] = s.Shift | ((ulong)(ushort)s.Mul << 8) | (((ulong)s.Start & 0xFFFFFFFFF) << 24);
        }

        for (int i = 0; i < SegmentCount; i++)
        {
            words[16 + i / 8] |= (ulong)Biases[i] << (8 * (i % 8));
        }

        return words;
    }

    public static KpuActivationTable FromWords(ReadOnlySpan<ulong> words)
    {
        if (words.Length != 18)
        {
            throw new ArgumentException($"an activation table has 18 words, got {words.Length}", nameof(words));
        }

        var segments = new KpuActivationSegment[SegmentCount];
        var biases = new byte[SegmentCount];
        for (int i = 0; i < SegmentCount; i++)
        {
            ulong w = words[i];
            segments[i] = new KpuActivationSegment(
                SignExtend36((long)((w >> 24) & 0xFFFFFFFFF)), (short)(ushort)(w >> 8), (byte)w);
            biases[i] = (byte)(words[16 + i / 8] >> (8 * (i % 8)));
        }

        return new KpuActivationTable(segments, biases);
    }

    private static long SignExtend36(long v) => (v << 28) >> 28;
}
