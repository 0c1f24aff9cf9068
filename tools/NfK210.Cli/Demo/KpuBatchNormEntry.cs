using BatchNormRegs = NfK210.Registers.KpuBatchNormArgument;

namespace NfK210.Cli.Demo;

/// <summary>
/// One batch-norm word (spec/kpu.md §5.2, §7.3): the KPU computes bn = (conv · Mul >> Shift) + Add, with Mul
/// signed 24-bit, Add signed 32-bit, Shift 0…15.
/// </summary>
public readonly record struct KpuBatchNormEntry(int Mul, int Add, int Shift)
{
    public const int MaxShift = (1 << BatchNormRegs.NormShiftWidth) - 1;
    public const int MaxMul = (1 << (BatchNormRegs.NormMulWidth - 1)) - 1;

    public ulong ToWord()
    {
        Span<ulong> word = stackalloc ulong[BatchNormRegs.WordCount];
        KpuPayload.Put(word, BatchNormRegs.NormMulWord, BatchNormRegs.NormMulShift, BatchNormRegs.NormMulWidth,
            BatchNormRegs.NormMulSigned, Mul);
        KpuPayload.Put(word, BatchNormRegs.NormAddWord, BatchNormRegs.NormAddShift, BatchNormRegs.NormAddWidth,
            BatchNormRegs.NormAddSigned, Add);
        KpuPayload.Put(word, BatchNormRegs.NormShiftWord, BatchNormRegs.NormShiftShift, BatchNormRegs.NormShiftWidth,
            BatchNormRegs.NormShiftSigned, Shift);
        return word[BatchNormRegs.WordBatchnorm];
    }

    /// <summary>
    /// The entry closest to bn = conv · <paramref name="scale"/> + <paramref name="add"/>: the largest shift whose
    /// multiplier round(scale · 2^shift) still fits in <see cref="MaxMul"/>.
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
}
