using NfK210.Cli.Native;

namespace NfK210.Cli.Demo;

/// <summary>
/// A small C# model of one KPU layer (spec/kpu.md §7), used by the demo to check the native emulator's answer.
/// Covers 8-bit weights, 1×1/3×3, normal and depthwise convolution and pool types 0–5; the three profiles differ
/// in the activation segment choice at equality and in the rounding (§7.4); the nncase-0.2 negative-product
/// quirk is not modelled (the rc5 standard table never produces a negative product).
/// </summary>
public static class KpuReference
{
    /// <summary>The dense CHW uint8 output (OC·OH·OW) of <paramref name="conv"/> on a dense CHW input.</summary>
    public static byte[] Run(K210ConvLayer conv, ReadOnlySpan<byte> input, KpuProfile profile)
    {
        KpuLayerArgument a = conv.Argument;
        int ic = a.InputChannels;
        int oc = a.OutputChannels;
        int w = a.InputWidth;
        int h = a.InputHeight;
        int k = a.KernelSize;
        if (input.Length != ic * h * w)
        {
            throw new ArgumentException($"expected {ic * h * w} input bytes, got {input.Length}", nameof(input));
        }

        if (conv.Weights.Length != a.WeightCount)
        {
            throw new NotSupportedException("the reference handles 8-bit weights only");
        }

        var activated = new byte[oc * h * w];
        int taps = a.Depthwise ? 1 : ic;
        for (int o = 0; o < oc; o++)
        {
            long sumW = 0;
            int weightBase = o * taps * k * k;
            for (int i = 0; i < taps * k * k; i++)
            {
                sumW += conv.Weights[weightBase + i];
            }

            for (int y = 0; y < h; y++)
            {
                for (int x = 0; x < w; x++)
                {
                    long acc = 0;
                    long sumX = 0;
                    for (int t = 0; t < taps; t++)
                    {
                        int c = a.Depthwise ? o : t;
                        for (int ky = 0; ky < k; ky++)
                        {
                            for (int kx = 0; kx < k; kx++)
                            {
                                int yy = y + ky - k / 2;
                                int xx = x + kx - k / 2;
                                long xv = yy < 0 || yy >= h || xx < 0 || xx >= w ? a.PadValue : input[(c * h + yy) * w + xx];
                                long wv = conv.Weights[weightBase + (t * k + ky) * k + kx];
                                acc += xv * wv;
                                sumX += xv;
                            }
                        }
                    }

                    long value = acc + ((a.ArgX * sumX) >> a.ShrX) + ((a.ArgW * sumW) >> a.ShrW) + a.ArgAdd * taps;
                    long bn = conv.BatchNorm[o].Apply(value);
                    activated[(o * h + y) * w + x] = Activate(conv.Activation, bn, profile);
                }
            }
        }

        return Pool(activated, oc, h, w, a.PoolType, a.OutputHeight, a.OutputWidth);
    }

    /// <summary>Activation and clamp (§7.4). Auto is taken as nncase-0.1 (the V3 default).</summary>
    public static byte Activate(KpuActivationTable table, long bn, KpuProfile profile)
    {
        bool strict = profile == KpuProfile.Nncase02;
        int segment = 0;
        for (int i = KpuActivationTable.SegmentCount - 1; i >= 0; i--)
        {
            long start = table.Segments[i].Start;
            if (strict ? start < bn : start <= bn)
            {
                segment = i;
                break;
            }
        }

        KpuActivationSegment s = table.Segments[segment];
        long p = (bn - s.Start) * s.Mul;
        long y = RoundShift(p, s.Shift, profile) + table.Biases[segment];
        return (byte)Math.Clamp(y, 0, 255);
    }

    /// <summary>round_shift of §7.4: rc5 CarryShift (half up), half-to-even (0.2), or a floor shift (truncate).</summary>
    public static long RoundShift(long p, int shift, KpuProfile profile)
    {
        if (shift == 0)
        {
            return p;
        }

        switch (profile)
        {
            case KpuProfile.Truncate:
                return p >> shift;
            case KpuProfile.Nncase02:
            {
                long integer = p >> shift;
                long fraction = p - (integer << shift);
                long half = 1L << (shift - 1);
                if (fraction > half || (fraction == half && (integer & 1) != 0))
                {
                    integer++;
                }

                return integer;
            }

            default:
            {
                long t = p >> (shift - 1);
                if ((t & 1) == 0)
                {
                    return t >> 1;
                }

                return t >= 0 ? (t >> 1) + 1 : (t >> 1) - 1;
            }
        }
    }

    private static byte[] Pool(byte[] a, int channels, int h, int w, int poolType, int oh, int ow)
    {
        if (poolType == 0)
        {
            return a;
        }

        int stride = KpuPool.Stride(poolType);
        var result = new byte[channels * oh * ow];
        for (int c = 0; c < channels; c++)
        {
            for (int y = 0; y < oh; y++)
            {
                for (int x = 0; x < ow; x++)
                {
                    int max = 0;
                    int sum = 0;
                    for (int dy = 0; dy < stride; dy++)
                    {
                        for (int dx = 0; dx < stride; dx++)
                        {
                            int v = a[(c * h + y * stride + dy) * w + x * stride + dx];
                            max = Math.Max(max, v);
                            sum += v;
                        }
                    }

                    result[(c * oh + y) * ow + x] = poolType switch
                    {
                        1 or 3 => (byte)max,
                        2 or 4 => (byte)(sum / (stride * stride)),
                        5 => a[(c * h + y * stride) * w + x * stride],
                        _ => throw new NotSupportedException($"the reference does not model pool type {poolType}"),
                    };
                }
            }
        }

        return result;
    }
}
