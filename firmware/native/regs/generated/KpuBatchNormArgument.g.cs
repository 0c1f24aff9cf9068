// KpuBatchNormArgument.g.cs -- KPU batch-norm word
// GENERATED FILE - DO NOT EDIT. Source: firmware/native/regs/kpu_layer.regs.json
// Regenerate with: python3 tools/reggen/reggen.py

namespace NfK210.Registers
{
    /// <summary>
    /// KPU batch-norm word. One 64-bit word per output channel in the table at bwsx_base_addr. [S1
    /// lib/drivers/include/kpu.h kpu_batchnorm_argument_t]; [SPEC 5.2]
    /// </summary>
    public static class KpuBatchNormArgument
    {
        /// <summary>Number of words in the record.</summary>
        public const int WordCount = 1;

        /// <summary>Word width in bits.</summary>
        public const int WordWidth = 64;

        /// <summary>Index of word batchnorm: Per-channel scale and offset (spec/kpu.md section 7.3).</summary>
        public const int WordBatchnorm = 0;

        /// <summary>Word index of norm_mul (word 0, bits 23:0, signed): Fixed-point multiplier.</summary>
        public const int NormMulWord = 0;

        /// <summary>Bit position of norm_mul in its word.</summary>
        public const int NormMulShift = 0;

        /// <summary>Width in bits of norm_mul.</summary>
        public const int NormMulWidth = 24;

        /// <summary>Unshifted mask of norm_mul.</summary>
        public const ulong NormMulMask = 0xFFFFFFUL;

        /// <summary>True when norm_mul is two's complement.</summary>
        public const bool NormMulSigned = true;

        /// <summary>Word index of norm_add (word 0, bits 55:24, signed): Offset added after the multiplication.</summary>
        public const int NormAddWord = 0;

        /// <summary>Bit position of norm_add in its word.</summary>
        public const int NormAddShift = 24;

        /// <summary>Width in bits of norm_add.</summary>
        public const int NormAddWidth = 32;

        /// <summary>Unshifted mask of norm_add.</summary>
        public const ulong NormAddMask = 0xFFFFFFFFUL;

        /// <summary>True when norm_add is two's complement.</summary>
        public const bool NormAddSigned = true;

        /// <summary>Word index of norm_shift (word 0, bits 59:56): Right shift (0..15).</summary>
        public const int NormShiftWord = 0;

        /// <summary>Bit position of norm_shift in its word.</summary>
        public const int NormShiftShift = 56;

        /// <summary>Width in bits of norm_shift.</summary>
        public const int NormShiftWidth = 4;

        /// <summary>Unshifted mask of norm_shift.</summary>
        public const ulong NormShiftMask = 0xFUL;

        /// <summary>True when norm_shift is two's complement.</summary>
        public const bool NormShiftSigned = false;
    }
}
