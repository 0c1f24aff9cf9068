namespace NfK210.Cli.Demo;

/// <summary>
/// Writes fields of the KPU payloads (layer argument, batch-norm word, activation table). Callers pass the word
/// index, bit position, width and signedness of the generated register description (NfK210.Registers, from
/// firmware/native/regs/kpu_layer.regs.json), never numbers of their own.
/// </summary>
internal static class KpuPayload
{
    /// <summary>ORs <paramref name="value"/> into its field; a value the field cannot hold is an error.</summary>
    public static void Put(Span<ulong> words, int word, int shift, int width, bool signed, long value)
    {
        long min = signed ? -(1L << (width - 1)) : 0;
        long max = signed ? (1L << (width - 1)) - 1 : (long)((1UL << width) - 1);
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value,
                $"does not fit the {(signed ? "signed " : "")}{width}-bit field at word {word}, bit {shift}");
        }

        words[word] |= ((ulong)value & ((1UL << width) - 1)) << shift;
    }
}
