// KpuActivationSegment.g.cs -- KPU activation segment word
// GENERATED FILE - DO NOT EDIT. Source: firmware/native/regs/kpu_layer.regs.json
// Regenerate with: python3 tools/reggen/reggen.py

namespace NfK210.Registers
{
    /// <summary>
    /// KPU activation segment word. Words 0..15 of the activation table at active_addr, one per
    /// segment; words 16 and 17 hold the 16 uint8 segment biases (bias i in byte i % 8 of word 16 +
    /// i / 8). [S1 lib/drivers/include/kpu.h kpu_activate_table_t]; [SPEC 5.3]
    /// </summary>
    public static class KpuActivationSegment
    {
        /// <summary>Number of words in the record.</summary>
        public const int WordCount = 1;

        /// <summary>Word width in bits.</summary>
        public const int WordWidth = 64;

        /// <summary>Segments (and segment words) per activation table.</summary>
        public const int SegmentCount = 16;

        /// <summary>64-bit words per activation table (16 segment words + 2 bias words).</summary>
        public const int TableWords = 18;

        /// <summary>Bytes per activation table.</summary>
        public const int TableBytes = 144;

        /// <summary>Index of the first of the two bias words in the table.</summary>
        public const int BiasFirstWord = 16;

        /// <summary>Index of word segment: One piecewise-linear segment (spec/kpu.md section 7.4).</summary>
        public const int WordSegment = 0;

        /// <summary>Word index of shift_number (word 0, bits 7:0): Right shift applied to the product.</summary>
        public const int ShiftNumberWord = 0;

        /// <summary>Bit position of shift_number in its word.</summary>
        public const int ShiftNumberShift = 0;

        /// <summary>Width in bits of shift_number.</summary>
        public const int ShiftNumberWidth = 8;

        /// <summary>Unshifted mask of shift_number.</summary>
        public const ulong ShiftNumberMask = 0xFFUL;

        /// <summary>True when shift_number is two's complement.</summary>
        public const bool ShiftNumberSigned = false;

        /// <summary>Word index of y_mul (word 0, bits 23:8, signed): Slope multiplier; decoded as signed by both nncase simulators (Sipeed treats it as unsigned; no rc5 table has bit 15 set).</summary>
        public const int YMulWord = 0;

        /// <summary>Bit position of y_mul in its word.</summary>
        public const int YMulShift = 8;

        /// <summary>Width in bits of y_mul.</summary>
        public const int YMulWidth = 16;

        /// <summary>Unshifted mask of y_mul.</summary>
        public const ulong YMulMask = 0xFFFFUL;

        /// <summary>True when y_mul is two's complement.</summary>
        public const bool YMulSigned = true;

        /// <summary>Word index of x_start (word 0, bits 59:24, signed): Segment start on the input axis.</summary>
        public const int XStartWord = 0;

        /// <summary>Bit position of x_start in its word.</summary>
        public const int XStartShift = 24;

        /// <summary>Width in bits of x_start.</summary>
        public const int XStartWidth = 36;

        /// <summary>Unshifted mask of x_start.</summary>
        public const ulong XStartMask = 0xFFFFFFFFFUL;

        /// <summary>True when x_start is two's complement.</summary>
        public const bool XStartSigned = true;
    }
}
