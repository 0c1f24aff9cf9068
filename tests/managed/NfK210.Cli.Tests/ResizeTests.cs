using NfK210.Cli.Imaging;

namespace NfK210.Cli.Tests;

public sealed class ResizeTests
{
    [Fact]
    public void Resize_SameSize_IsAnExactCopy()
    {
        var image = new RgbImage(2, 2, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);

        RgbImage r = BilinearResizer.Resize(image, 2, 2);

        Assert.Equal(image.Rgb, r.Rgb);
        Assert.NotSame(image.Rgb, r.Rgb);
    }

    [Fact]
    public void Resize_Uniform_StaysUniform()
    {
        var image = RgbImage.FromGray(7, 5, Enumerable.Repeat((byte)77, 35).ToArray());

        RgbImage r = BilinearResizer.Resize(image, 3, 11);

        Assert.All(r.Rgb, b => Assert.Equal(77, b));
    }

    [Fact]
    public void Resize_Upscale2x_UsesPixelCentres()
    {
        // 2x1 grey [0, 100] -> 4x1: sample points -0.25, 0.25, 0.75, 1.25 -> clamp -> 0, 25, 75, 100.
        var image = RgbImage.FromGray(2, 1, [0, 100]);

        RgbImage r = BilinearResizer.Resize(image, 4, 1);

        Assert.Equal(new byte[] { 0, 25, 75, 100 }, r.Rgb.Where((_, i) => i % 3 == 0).ToArray());
    }

    [Fact]
    public void Resize_Downscale2x_AveragesPairs()
    {
        // 4x1 [0, 100, 200, 50] -> 2x1: sample points 0.5 and 2.5 -> 50 and 125.
        var image = RgbImage.FromGray(4, 1, [0, 100, 200, 50]);

        RgbImage r = BilinearResizer.Resize(image, 2, 1);

        Assert.Equal(new byte[] { 50, 125 }, r.Rgb.Where((_, i) => i % 3 == 0).ToArray());
    }

    [Theory]
    [InlineData(255, 255, 255, 255)]
    [InlineData(0, 0, 0, 0)]
    [InlineData(255, 0, 0, 76)]
    [InlineData(0, 255, 0, 149)]
    [InlineData(0, 0, 255, 28)]
    public void Luminance_Is77R150G29BShifted(byte r, byte g, byte b, byte expected)
    {
        Assert.Equal(expected, TensorConverter.Luminance(r, g, b));
    }

    [Fact]
    public void ToChw_ThreeChannels_IsPlanarRgb()
    {
        var image = new RgbImage(2, 1, [1, 2, 3, 4, 5, 6]);

        Assert.Equal(new byte[] { 1, 4, 2, 5, 3, 6 }, TensorConverter.ToChw(image, 3, 1, 2));
    }

    [Fact]
    public void ToChw_OneChannel_IsLuminance()
    {
        var image = new RgbImage(2, 1, [255, 0, 0, 0, 0, 255]);

        Assert.Equal(new byte[] { 76, 28 }, TensorConverter.ToChw(image, 1, 1, 2));
    }

    [Fact]
    public void ToChw_OtherChannelCounts_AreRefused()
    {
        var image = new RgbImage(1, 1, [0, 0, 0]);

        Assert.Throws<ArgumentOutOfRangeException>(() => TensorConverter.ToChw(image, 4, 1, 1));
    }
}
