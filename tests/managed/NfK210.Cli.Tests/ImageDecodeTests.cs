using System.Buffers.Binary;
using System.Text;
using NfK210.Cli.Imaging;
using SkiaSharp;

namespace NfK210.Cli.Tests;

public sealed class ImageDecodeTests
{
    private static RgbImage Sample(int w, int h)
    {
        byte[] rgb = new byte[w * h * 3];
        for (int i = 0; i < rgb.Length; i++)
        {
            rgb[i] = (byte)(i * 7 + 3);
        }

        return new RgbImage(w, h, rgb);
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(3, 2)]
    [InlineData(5, 7)]
    [InlineData(64, 3)]
    public void Bmp24_EncodeThenDecode_IsIdentity(int w, int h)
    {
        RgbImage image = Sample(w, h);

        RgbImage decoded = BmpDecoder.Decode(BmpDecoder.Encode(image));

        Assert.Equal(w, decoded.Width);
        Assert.Equal(h, decoded.Height);
        Assert.Equal(image.Rgb, decoded.Rgb);
    }

    [Fact]
    public void Bmp24_TopDown_IsNotFlipped()
    {
        RgbImage image = Sample(3, 2);
        byte[] file = BmpDecoder.Encode(image);
        // Make it top-down: negative height and rows in top-to-bottom order.
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(22), -2);
        int stride = 12;
        byte[] rows = file.AsSpan(54, 2 * stride).ToArray();
        rows.AsSpan(stride, stride).CopyTo(file.AsSpan(54));
        rows.AsSpan(0, stride).CopyTo(file.AsSpan(54 + stride));

        Assert.Equal(image.Rgb, BmpDecoder.Decode(file).Rgb);
    }

    [Fact]
    public void Bmp32_DecodesBgrx()
    {
        byte[] file = BmpHeader(2, 1, 32, 8);
        new byte[] { 10, 20, 30, 255, 40, 50, 60, 0 }.CopyTo(file.AsSpan(54));

        Assert.Equal(new byte[] { 30, 20, 10, 60, 50, 40 }, BmpDecoder.Decode(file).Rgb);
    }

    [Fact]
    public void Bmp8_UsesThePalette()
    {
        byte[] header = BmpHeader(2, 1, 8, 4, paletteEntries: 2);
        // palette: 0 -> (r1,g2,b3), 1 -> (r4,g5,b6); stored B, G, R, 0
        new byte[] { 3, 2, 1, 0, 6, 5, 4, 0 }.CopyTo(header.AsSpan(54));
        new byte[] { 1, 0, 0, 0 }.CopyTo(header.AsSpan(62));

        Assert.Equal(new byte[] { 4, 5, 6, 1, 2, 3 }, BmpDecoder.Decode(header).Rgb);
    }

    [Fact]
    public void Bmp_Truncated_SaysSo()
    {
        byte[] file = BmpDecoder.Encode(Sample(8, 8));

        InvalidDataException e = Assert.Throws<InvalidDataException>(() => BmpDecoder.Decode(file.AsSpan(0, 100)));

        Assert.Contains("truncated", e.Message);
    }

    [Fact]
    public void Bmp_16Bit_IsRefusedWithTheBitCount()
    {
        byte[] file = BmpHeader(1, 1, 16, 4);

        InvalidDataException e = Assert.Throws<InvalidDataException>(() => BmpDecoder.Decode(file));

        Assert.Contains("16-bit", e.Message);
    }

    [Fact]
    public void Bmp_WrongSignature_IsRefused()
    {
        Assert.Throws<InvalidDataException>(() => BmpDecoder.Decode(new byte[64]));
    }

    [Fact]
    public void Ppm_P6_EncodeThenDecode_IsIdentity()
    {
        RgbImage image = Sample(4, 3);

        Assert.Equal(image.Rgb, PnmDecoder.Decode(PnmDecoder.EncodePpm(image)).Rgb);
    }

    [Fact]
    public void Pgm_P5_ReplicatesGreyIntoRgb()
    {
        RgbImage decoded = PnmDecoder.Decode(PnmDecoder.EncodePgm(2, 1, [7, 200]));

        Assert.Equal(new byte[] { 7, 7, 7, 200, 200, 200 }, decoded.Rgb);
    }

    [Fact]
    public void Pnm_AsciiWithComments_Decodes()
    {
        byte[] p3 = Encoding.ASCII.GetBytes("P3\n# a comment\n2 1 # width height\n255\n1 2 3  4 5 6\n");
        byte[] p2 = Encoding.ASCII.GetBytes("P2 2 1 15 0 15");

        Assert.Equal(new byte[] { 1, 2, 3, 4, 5, 6 }, PnmDecoder.Decode(p3).Rgb);
        Assert.Equal(new byte[] { 0, 0, 0, 255, 255, 255 }, PnmDecoder.Decode(p2).Rgb);
    }

    [Fact]
    public void Pgm_16BitMaxval_IsScaledTo8Bits()
    {
        byte[] header = Encoding.ASCII.GetBytes("P5 2 1 65535\n");
        byte[] file = [.. header, 0xFF, 0xFF, 0x80, 0x00];

        Assert.Equal(new byte[] { 255, 255, 255, 128, 128, 128 }, PnmDecoder.Decode(file).Rgb);
    }

    [Fact]
    public void Pnm_Truncated_SaysSo()
    {
        byte[] file = Encoding.ASCII.GetBytes("P6 4 4 255\nabc");

        InvalidDataException e = Assert.Throws<InvalidDataException>(() => PnmDecoder.Decode(file));

        Assert.Contains("truncated", e.Message);
    }

    [Fact]
    public void Png_DecodedThroughSkia_MatchesThePixels()
    {
        using var bitmap = new SKBitmap(new SKImageInfo(3, 2, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        RgbImage image = Sample(3, 2);
        for (int y = 0; y < 2; y++)
        {
            for (int x = 0; x < 3; x++)
            {
                int i = (y * 3 + x) * 3;
                bitmap.SetPixel(x, y, new SKColor(image.Rgb[i], image.Rgb[i + 1], image.Rgb[i + 2]));
            }
        }

        using SKData png = bitmap.Encode(SKEncodedImageFormat.Png, 100);

        RgbImage decoded = ImageDecoder.Decode(png.ToArray(), ".png");

        Assert.Equal(image.Rgb, decoded.Rgb);
    }

    [SharedFact]
    public void Jpeg_FromSharedModels_DecodesToItsSize()
    {
        RgbImage image = ImageDecoder.Decode(TestPaths.Shared("models", "v3-face-mask5", "22.jpg"));

        Assert.Equal(320, image.Width);
        Assert.Equal(240, image.Height);
    }

    [SharedFact]
    public void Bmp_DogFromSharedModels_EqualsTheStoredPlanarTensor()
    {
        // models/v3-yolo20-demo: dog.bmp (320x240) and its RGB CHW tensor, made without resizing.
        RgbImage image = ImageDecoder.Decode(TestPaths.Shared("models", "v3-yolo20-demo", "dog.bmp"));
        byte[] expected = File.ReadAllBytes(TestPaths.Shared("models", "v3-yolo20-demo", "input_dog_rgb_chw_3x240x320_u8.bin"));

        Assert.Equal(expected, TensorConverter.ToChw(image, 3, 240, 320));
    }

    [Fact]
    public void ImageDecoder_UnknownExtension_IsRefused()
    {
        Assert.Throws<NotSupportedException>(() => ImageDecoder.Decode([1, 2, 3], ".gif"));
        Assert.False(ImageDecoder.IsImagePath("x.bin"));
        Assert.True(ImageDecoder.IsImagePath("X.JPG"));
    }

    private static byte[] BmpHeader(int w, int h, int bits, int pixelBytes, int paletteEntries = 0)
    {
        int offset = 54 + 4 * paletteEntries;
        byte[] file = new byte[offset + pixelBytes];
        file[0] = (byte)'B';
        file[1] = (byte)'M';
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(2), file.Length);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(10), offset);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(14), 40);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(18), w);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(22), h);
        BinaryPrimitives.WriteInt16LittleEndian(file.AsSpan(26), 1);
        BinaryPrimitives.WriteInt16LittleEndian(file.AsSpan(28), (short)bits);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(46), paletteEntries);
        return file;
    }
}
