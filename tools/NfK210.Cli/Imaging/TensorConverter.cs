namespace NfK210.Cli.Imaging;

/// <summary>Turns an image into the planar CHW uint8 tensor a KPU model takes.</summary>
public static class TensorConverter
{
    /// <summary>Grey level of an RGB pixel: (77·R + 150·G + 29·B) &gt;&gt; 8 (integer BT.601 luma, as MaixPy).</summary>
    public static byte Luminance(byte r, byte g, byte b) => (byte)((77 * r + 150 * g + 29 * b) >> 8);

    /// <summary>
    /// Resizes <paramref name="image"/> to width×height (bilinear, see <see cref="BilinearResizer"/>) and lays it
    /// out as CHW: 3 channels = planar R, G, B; 1 channel = luminance.
    /// </summary>
    public static byte[] ToChw(RgbImage image, int channels, int height, int width)
    {
        if (channels is not (1 or 3))
        {
            throw new ArgumentOutOfRangeException(nameof(channels), channels, "an image converts to 1 or 3 channels");
        }

        RgbImage sized = BilinearResizer.Resize(image, width, height);
        int plane = width * height;
        byte[] chw = new byte[plane * channels];
        byte[] rgb = sized.Rgb;
        for (int i = 0; i < plane; i++)
        {
            byte r = rgb[3 * i];
            byte g = rgb[3 * i + 1];
            byte b = rgb[3 * i + 2];
            if (channels == 1)
            {
                chw[i] = Luminance(r, g, b);
            }
            else
            {
                chw[i] = r;
                chw[plane + i] = g;
                chw[2 * plane + i] = b;
            }
        }

        return chw;
    }
}
