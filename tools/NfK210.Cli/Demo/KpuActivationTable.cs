using ActivationRegs = NfK210.Registers.KpuActivationSegment;

namespace NfK210.Cli.Demo;

/// <summary>
/// Activation tables (spec/kpu.md §5.3): <see cref="ActivationRegs.SegmentCount"/> segment words, then the bias
/// words from <see cref="ActivationRegs.BiasFirstWord"/> on (<see cref="ActivationRegs.TableWords"/> words in all).
/// </summary>
public static class KpuActivationTable
{
    /// <summary>Segment whose start is 0: the identity part of the rc5 table.</summary>
    public const int Rc5IdentitySegment = 10;

    /// <summary>
    /// x_start of the segments of nncase v0.1.0-rc5's standard table (spec/kpu.md §7.4, as 36-bit patterns):
    /// −2^35, nine negative starts, 0, then five unreachable starts.
    /// </summary>
    private static readonly long[] Rc5Starts =
    [
        0x800000000, 0xF7D4CF4B8, 0xF8ED5A20C, 0xFA05E4F60, 0xFB2E05BAA, 0xFC46908FE, 0xFD5F1B652, 0xFE77A63A6,
        0xFF9FC6FF0, 0xFFFD4A9B7, 0, 0x7FFFFFFF0, 0x7FFFFFFF1, 0x7FFFFFFF2, 0x7FFFFFFF3, 0x7FFFFFFF4,
    ];

    /// <summary>
    /// The standard table of nncase v0.1.0-rc5 (for ReLU, ReLU6 and linear alike): segment
    /// <see cref="Rc5IdentitySegment"/> starts at 0 with y_mul 1024, shift 20 (output = round(bn / 1024)); every
    /// other segment is flat 0; all biases 0.
    /// </summary>
    public static ulong[] Rc5Standard()
    {
        var words = new ulong[ActivationRegs.TableWords];
        for (int i = 0; i < ActivationRegs.SegmentCount; i++)
        {
            long start = SignExtend(Rc5Starts[i], ActivationRegs.XStartWidth);
            (int mul, int shift) = i == Rc5IdentitySegment ? (1024, 20) : (0, 0);
            Span<ulong> segment = words.AsSpan(i, ActivationRegs.WordCount);
            KpuPayload.Put(segment, ActivationRegs.XStartWord, ActivationRegs.XStartShift, ActivationRegs.XStartWidth,
                ActivationRegs.XStartSigned, start);
            KpuPayload.Put(segment, ActivationRegs.YMulWord, ActivationRegs.YMulShift, ActivationRegs.YMulWidth,
                ActivationRegs.YMulSigned, mul);
            KpuPayload.Put(segment, ActivationRegs.ShiftNumberWord, ActivationRegs.ShiftNumberShift,
                ActivationRegs.ShiftNumberWidth, ActivationRegs.ShiftNumberSigned, shift);
        }

        return words; // the bias words stay 0
    }

    private static long SignExtend(long pattern, int width) => (pattern << (64 - width)) >> (64 - width);
}
