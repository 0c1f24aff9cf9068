namespace NfK210.Cli.Imaging;

/// <summary>
/// The largest image the host tools decode. An input is resized to a K210 model's input (at most a camera frame:
/// the DVP takes 640x480 and models are smaller), so 4096 on a side is generous; the cap is checked against the
/// declared size before any pixel buffer is allocated, which bounds a decode at 4096*4096*4 = 64 MiB.
/// </summary>
public static class ImageLimits
{
    public const int MaxSide = 4096;

    /// <exception cref="InvalidDataException">The declared size is zero, negative or beyond <see cref="MaxSide"/>.</exception>
    public static void CheckDeclaredSize(string format, long width, long height)
    {
        if (width <= 0 || height <= 0 || width > MaxSide || height > MaxSide)
        {
            throw new InvalidDataException(
                $"{format} declares {width}x{height} pixels; accepted are 1 to {MaxSide} on each side " +
                "(a K210 model input is far smaller)");
        }
    }
}
