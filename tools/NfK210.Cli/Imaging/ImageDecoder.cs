using NfK210.Flasher.Files;

namespace NfK210.Cli.Imaging;

/// <summary>Chooses the decoder of an image file by its extension.</summary>
public static class ImageDecoder
{
    private static readonly string[] Extensions = [".bmp", ".ppm", ".pgm", ".pnm", ".png", ".jpg", ".jpeg"];

    /// <summary>True when <paramref name="path"/> names an image (by extension); other files are raw tensors.</summary>
    public static bool IsImagePath(string path) =>
        Extensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    /// <summary>Reads (at most the 16 MiB any input may be) and decodes a file.</summary>
    public static RgbImage Decode(string path) =>
        Decode(BoundedFile.Read(path, "image", BoundedFile.FlashBytes), Path.GetExtension(path));

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
