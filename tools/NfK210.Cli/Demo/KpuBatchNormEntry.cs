namespace NfK210.Cli.Demo;

/// <summary>
/// One batch-norm word (spec/kpu.md §5.2): bn = floor_shr(conv · Mul, Shift) + Add, with Mul signed 24-bit,
/// Add signed 32-bit, Shift 0…15.
/// </summary>
public readonly record struct KpuBatchNormEntry(int Mul, int Add, int Shift)
{
    public const int MaxShift = 15;
    public const int MaxMul = (1 << 23) - 1;

    public ulong ToWord()
    {
        if (Mul is < -(1 << 23) or > MaxMul)
        {
            throw new ArgumentOutOfRangeException(nameof(Mul), Mul, "norm_mul is a signed 24-bit value");
        }

        if (Shift is < 0 or > MaxShift)
        {
            throw new ArgumentOutOfRangeException(nameof(Shift), Shift, "norm_shift is 0..15");
        }

        return ((ulong)Mul & 0xFFFFFF) | ((ulong)(uint)Add << 24) | ((ulong)Shift << 56);
    }

    public static KpuBatchNormEntry FromWord(ulong word) => new(
        (int)((long)(word << 40) >> 40),
        (int)(uint)(word >> 24),
        (int)((word >> 56) & 0xF));

    /// <summary>
    /// The entry closest to bn = conv · <paramref name="scale"/> + <paramref name="add"/>: the largest shift ≤ 15
    /// whose multiplier round(scale · 2^shift) still fits in 24 signed bits.
    /// </summary>
    public static KpuBatchNormEntry FromScale(double scale, int add)
    {
        for (int shift = MaxShift; shift >= 0; shift--)
        {
            double mul = Math.Round(scale * (1 << shift), MidpointRounding.ToEven);
            if (Math.Abs(mul) <= MaxMul)
            {
                return new KpuBatchNormEntry((int)mul, add, shift);
            }
        }

        throw new ArgumentOutOfRangeException(nameof(scale), scale, "too large for a 24-bit multiplier");
    }

    /// <summary>bn for a convolution value (64-bit product, arithmetic shift).</summary>
    public long Apply(long conv) => ((conv * Mul) >> Shift) + Add;
}
