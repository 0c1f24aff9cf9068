using SkiaSharp;

namespace NfK210.Cli.Imaging;

/// <summary>PNG and JPEG decoding through SkiaSharp (host tools only; the C core decodes BMP/PPM itself).</summary>
public static class SkiaImageDecoder
{
    public static RgbImage Decode(byte[] file, string formatName)
    {
        SKBitmap? bitmap;
        try
        {
            using SKData data = SKData.CreateCopy(file);
            using SKCodec? codec = SKCodec.Create(data);
            if (codec is null)
            {
                throw new InvalidDataException($"not a decodable {formatName} file");
            }

            // The header's size is checked before the pixel buffer exists; the decode's own status then tells a
            // truncated or corrupt stream from a complete one (SKBitmap.Decode would hide it).
            ImageLimits.CheckDeclaredSize(formatName, codec.Info.Width, codec.Info.Height);
            var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
            bitmap = new SKBitmap(info);
            SKCodecResult result = codec.GetPixels(info, bitmap.GetPixels());
            if (result != SKCodecResult.Success)
            {
                bitmap.Dispose();
                throw new InvalidDataException(Describe(result, formatName));
            }
        }
        catch (Exception e) when (e is TypeInitializationException or DllNotFoundException or EntryPointNotFoundException)
        {
            throw new NotSupportedException(
                $"{formatName} decoding needs SkiaSharp's native library, which did not load ({e.GetBaseException().Message}); " +
                "convert the image to BMP or PPM/PGM instead", e);
        }

        if (bitmap is null)
        {
            throw new InvalidDataException($"{formatName} data could not be decoded");
        }

        using (bitmap)
        {
            int w = bitmap.Width;
            int h = bitmap.Height;
            ReadOnlySpan<byte> rgba = bitmap.GetPixelSpan();
            int rowBytes = bitmap.RowBytes;
            byte[] rgb = new byte[w * h * 3];
            for (int y = 0; y < h; y++)
            {
                for (int x = 0; x < w; x++)
                {
                    int s = y * rowBytes + 4 * x;
                    int d = (y * w + x) * 3;
                    rgb[d] = rgba[s];
                    rgb[d + 1] = rgba[s + 1];
                    rgb[d + 2] = rgba[s + 2];
                }
            }

            return new RgbImage(w, h, rgb);
        }
    }

    private static string Describe(SKCodecResult result, string formatName) => result switch
    {
        SKCodecResult.IncompleteInput => $"{formatName} data is truncated: the image ends before its last row",
        SKCodecResult.ErrorInInput => $"{formatName} data is corrupt",
        _ => $"{formatName} data could not be decoded ({result})",
    };
}
