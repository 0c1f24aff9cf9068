namespace NfK210.Cli.Imaging;

/// <summary>An 8-bit RGB image, rows top to bottom, pixels interleaved R, G, B.</summary>
public sealed class RgbImage
{
    public RgbImage(int width, int height, byte[] rgb)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(width);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(height);
        ArgumentNullException.ThrowIfNull(rgb);
        if (rgb.Length != checked(width * height * 3))
        {
            throw new ArgumentException($"expected {width * height * 3} bytes for {width}x{height} RGB, got {rgb.Length}",
                nameof(rgb));
        }

        Width = width;
        Height = height;
        Rgb = rgb;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>Width·Height·3 bytes.</summary>
    public byte[] Rgb { get; }

    /// <summary>A grey image (R = G = B = value).</summary>
    public static RgbImage FromGray(int width, int height, ReadOnlySpan<byte> gray)
    {
        if (gray.Length != width * height)
        {
            throw new ArgumentException($"expected {width * height} grey bytes, got {gray.Length}", nameof(gray));
        }

        byte[] rgb = new byte[gray.Length * 3];
        for (int i = 0; i < gray.Length; i++)
        {
            rgb[3 * i] = rgb[3 * i + 1] = rgb[3 * i + 2] = gray[i];
        }

        return new RgbImage(width, height, rgb);
    }
}
