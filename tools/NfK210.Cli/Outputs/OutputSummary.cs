using System.Buffers.Binary;
using System.Globalization;
using NfK210.Cli.Model;

namespace NfK210.Cli.Outputs;

/// <summary>The human one-liner printed for one output: size, type, the values when few, the argmax.</summary>
public static class OutputSummary
{
    public const int MaxValuesShown = 20;

    public static string Describe(int index, byte[] bytes, OutputDescription? description)
    {
        bool isFloat = description?.IsFloat32 ?? false;
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"out{index}: {bytes.Length} bytes");
        if (isFloat && bytes.Length % 4 == 0)
        {
            float[] values = ToFloats(bytes);
            text.Append(CultureInfo.InvariantCulture, $", f32 x {values.Length}");
            if (values.Length is > 0 and <= MaxValuesShown)
            {
                text.Append(" [")
                    .Append(string.Join(", ", values.Select(v => v.ToString("G6", CultureInfo.InvariantCulture))))
                    .Append(']');
            }

            int arg = ArgMax(values);
            if (arg >= 0)
            {
                text.Append(CultureInfo.InvariantCulture,
                    $", argmax {arg} ({values[arg].ToString("G6", CultureInfo.InvariantCulture)})");
            }
        }
        else
        {
            text.Append(CultureInfo.InvariantCulture, $", u8 x {bytes.Length}");
            if (bytes.Length is > 0 and <= MaxValuesShown)
            {
                text.Append(" [").Append(string.Join(", ", bytes)).Append(']');
            }

            if (bytes.Length > 0)
            {
                int arg = 0;
                for (int i = 1; i < bytes.Length; i++)
                {
                    if (bytes[i] > bytes[arg])
                    {
                        arg = i;
                    }
                }

                text.Append(CultureInfo.InvariantCulture, $", argmax {arg} ({bytes[arg]})");
            }
        }

        return text.ToString();
    }

    /// <summary>Little-endian float32 values.</summary>
    public static float[] ToFloats(ReadOnlySpan<byte> bytes)
    {
        float[] values = new float[bytes.Length / 4];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = BinaryPrimitives.ReadSingleLittleEndian(bytes[(4 * i)..]);
        }

        return values;
    }

    /// <summary>Index of the largest value (first one on ties; NaN never wins); −1 when empty or all NaN.</summary>
    public static int ArgMax(ReadOnlySpan<float> values)
    {
        int best = -1;
        for (int i = 0; i < values.Length; i++)
        {
            if (!float.IsNaN(values[i]) && (best < 0 || values[i] > values[best]))
            {
                best = i;
            }
        }

        return best;
    }
}
