namespace NfK210.Cli.Imaging;

/// <summary>
/// Bilinear resize with pixel-centre alignment (as OpenCV's INTER_LINEAR and TensorFlow's
/// <c>half_pixel_centers</c>): destination pixel (x, y) samples the source at
/// ((x + 0.5)·sw/dw − 0.5, (y + 0.5)·sh/dh − 0.5), clamped to the image, and rounds to nearest (ties away from
/// zero). No anti-aliasing when shrinking. Equal sizes give an exact copy.
/// </summary>
public static class BilinearResizer
{
    public static RgbImage Resize(RgbImage source, int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        if (source.Width == width && source.Height == height)
        {
            return new RgbImage(width, height, (byte[])source.Rgb.Clone());
        }

        (int[] x0, int[] x1, double[] fx) = Axis(source.Width, width);
        (int[] y0, int[] y1, double[] fy) = Axis(source.Height, height);
        byte[] src = source.Rgb;
        int sw = source.Width;
        byte[] dst = new byte[width * height * 3];
        for (int y = 0; y < height; y++)
        {
            int r0 = y0[y] * sw;
            int r1 = y1[y] * sw;
            double wy = fy[y];
            for (int x = 0; x < width; x++)
            {
                double wx = fx[x];
                for (int c = 0; c < 3; c++)
                {
                    double a = src[(r0 + x0[x]) * 3 + c];
                    double b = src[(r0 + x1[x]) * 3 + c];
                    double d = src[(r1 + x0[x]) * 3 + c];
                    double e = src[(r1 + x1[x]) * 3 + c];
                    double top = a + (b - a) * wx;
                    double bottom = d + (e - d) * wx;
                    double v = top + (bottom - top) * wy;
                    dst[(y * width + x) * 3 + c] = (byte)Math.Clamp(Math.Round(v, MidpointRounding.AwayFromZero), 0, 255);
                }
            }
        }

        return new RgbImage(width, height, dst);
    }

    private static (int[] Lo, int[] Hi, double[] Frac) Axis(int sourceSize, int destSize)
    {
        int[] lo = new int[destSize];
        int[] hi = new int[destSize];
        double[] frac = new double[destSize];
        double scale = (double)sourceSize / destSize;
        for (int i = 0; i < destSize; i++)
        {
            double s = Math.Clamp((i + 0.5) * scale - 0.5, 0, sourceSize - 1);
            int l = (int)Math.Floor(s);
            lo[i] = l;
            hi[i] = Math.Min(l + 1, sourceSize - 1);
            frac[i] = s - l;
        }

        return (lo, hi, frac);
    }
}
