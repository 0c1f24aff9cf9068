using NfK210.Cli.Imaging;
using NfK210.Cli.Inputs;
using NfK210.Cli.Model;

namespace NfK210.Cli.Tests;

public sealed class InputLoaderTests : IDisposable
{
    private static readonly TensorDescription Mnist = new(0, [1, 28, 28], "u8", 784, "kpu");
    private static readonly TensorDescription Rgb = new(0, [3, 4, 6], "u8", 72, "kpu");
    private static readonly TensorDescription Iris = new(0, [4], "f32", 16, "main");

    private readonly string _dir = TestPaths.NewTempDirectory();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Load_RawOfTheRightSize_ReturnsTheBytesUnchanged()
    {
        byte[] data = Enumerable.Range(0, 784).Select(i => (byte)i).ToArray();
        string path = Write("digit.bin", data);

        InputTensor t = InputLoader.Load(path, Mnist, 784);

        Assert.Equal(data, t.Bytes);
        Assert.Equal("raw tensor", t.Origin);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(783)]
    [InlineData(785)]
    [InlineData(3 * 784)]
    public void Load_RawOfTheWrongSize_NamesExpectedAndActualBytes(int size)
    {
        string path = Write("digit.bin", new byte[size]);

        CliException e = Assert.Throws<CliException>(() => InputLoader.Load(path, Mnist, 784));

        Assert.Contains($"is {size} bytes", e.Message);
        Assert.Contains("needs exactly 784 bytes", e.Message);
        Assert.Contains("1x28x28 u8", e.Message);
        Assert.Equal(ExitCodes.Failure, e.ExitCode);
    }

    [Fact]
    public void Load_RawWithoutDescription_StillChecksTheSize()
    {
        string path = Write("x.raw", new byte[10]);

        CliException e = Assert.Throws<CliException>(() => InputLoader.Load(path, null, 16));

        Assert.Contains("needs exactly 16 bytes", e.Message);
    }

    [Fact]
    public void Load_MissingFile_NamesIt()
    {
        CliException e = Assert.Throws<CliException>(() => InputLoader.Load(Path.Combine(_dir, "gone.bin"), Mnist, 784));

        Assert.Contains("gone.bin", e.Message);
        Assert.Contains("does not exist", e.Message);
    }

    [Fact]
    public void Load_ImageForGreyModel_ResizesAndConvertsToLuminance()
    {
        var image = new RgbImage(56, 56, Enumerable.Repeat(new byte[] { 200, 100, 50 }, 56 * 56).SelectMany(p => p).ToArray());
        string path = Write("digit.bmp", BmpDecoder.Encode(image));

        InputTensor t = InputLoader.Load(path, Mnist, 784);

        Assert.Equal(784, t.Bytes.Length);
        Assert.All(t.Bytes, b => Assert.Equal(TensorConverter.Luminance(200, 100, 50), b));
        Assert.Contains("bilinear 56x56 -> 28x28", t.Origin);
    }

    [Fact]
    public void Load_ImageForRgbModel_GivesPlanarChw()
    {
        var image = new RgbImage(6, 4, Enumerable.Repeat(new byte[] { 1, 2, 3 }, 24).SelectMany(p => p).ToArray());
        string path = Write("rgb.ppm", PnmDecoder.EncodePpm(image));

        InputTensor t = InputLoader.Load(path, Rgb, 72);

        Assert.Equal(Enumerable.Repeat((byte)1, 24).Concat(Enumerable.Repeat((byte)2, 24)).Concat(Enumerable.Repeat((byte)3, 24)),
            t.Bytes);
        Assert.Contains("no resize", t.Origin);
    }

    [Fact]
    public void Load_ImageForFloatModel_IsRefused()
    {
        string path = Write("flower.pgm", PnmDecoder.EncodePgm(2, 2, [1, 2, 3, 4]));

        CliException e = Assert.Throws<CliException>(() => InputLoader.Load(path, Iris, 16));

        Assert.Contains("raw tensor of 16 bytes", e.Message);
    }

    [Fact]
    public void Load_CorruptImage_SaysItCannotDecode()
    {
        string path = Write("broken.bmp", [0x42, 0x4D, 1, 2, 3]);

        CliException e = Assert.Throws<CliException>(() => InputLoader.Load(path, Mnist, 784));

        Assert.Contains("cannot decode image", e.Message);
        Assert.Contains("broken.bmp", e.Message);
    }

    private string Write(string name, byte[] data)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, data);
        return path;
    }
}
