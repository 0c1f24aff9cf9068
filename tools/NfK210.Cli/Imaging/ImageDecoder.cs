namespace NfK210.Cli.Imaging;

/// <summary>Chooses the decoder of an image file by its extension.</summary>
public static class ImageDecoder
{
    private static readonly string[] Extensions = [".bmp", ".ppm", ".pgm", ".pnm", ".png", ".jpg", ".jpeg"];

    /// <summary>True when <paramref name="path"/> names an image (by extension); other files are raw tensors.</summary>
    public static bool IsImagePath(string path) =>
        Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    public static RgbImage Decode(string path) => Decode(File.ReadAllBytes(path), Path.GetExtension(path));

    public static RgbImage Decode(byte[] file, string extension) => extension.ToLowerInvariant() switch
    {
        ".bmp" => BmpDecoder.Decode(file),
        ".ppm" or ".pgm" or ".pnm" => PnmDecoder.Decode(file),
        ".png" => SkiaImageDecoder.Decode(file, "PNG"),
        ".jpg" or ".jpeg" => SkiaImageDecoder.Decode(file, "JPEG"),
        _ => throw new NotSupportedException(
            $"'{extension}' is not a supported image type (use {string.Join(", ", Extensions)})"),
    };
}
