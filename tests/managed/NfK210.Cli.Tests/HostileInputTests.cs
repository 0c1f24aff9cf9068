using System.Buffers.Binary;
using System.CommandLine;
using NfK210.Cli.Imaging;
using NfK210.Flasher.Files;
using SkiaSharp;

namespace NfK210.Cli.Tests;

/// <summary>Issue 12: hostile command-line values, files and images end in one named error, never a trace.</summary>
public sealed class HostileInputTests : IDisposable
{
    private readonly string _dir = TestPaths.NewTempDirectory();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static void AssertNoTrace(CliResult r)
    {
        Assert.DoesNotContain("   at ", r.Error);
        Assert.DoesNotContain("Unhandled exception", r.Error);
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("-3")]
    [InlineData("0")]
    [InlineData("99999999999")]
    [InlineData("100001")]
    public void Bench_BadRuns_IsAParseErrorNamingTheValue(string value)
    {
        CliResult r = CliRunner.Run("bench", "m.kmodel", "--runs", value);

        Assert.Equal(ExitCodes.Failure, r.ExitCode);
        Assert.Contains($"--runs takes a whole number between 1 and 100000, not '{value}'", r.Error);
        AssertNoTrace(r);
    }

    [Fact]
    public void Flash_BadBaud_IsAParseErrorNamingTheValue()
    {
        CliResult r = CliRunner.Run("flash", "x.bin", "--baud", "fast");

        Assert.Equal(ExitCodes.Failure, r.ExitCode);
        Assert.Contains("--baud takes a whole number between 9600 and 8000000, not 'fast'", r.Error);
    }

    [Theory]
    [InlineData("inspect", "", "MODEL needs a value, not an empty string")]
    [InlineData("bench", " ", "MODEL needs a value, not an empty string")]
    [InlineData("run", "m.kmodel --input x.bin --out ", "--out needs a value, not an empty string")]
    [InlineData("run", "m.kmodel --input  --out o", "--input needs a value, not an empty string")]
    [InlineData("flash", "", "FILE needs a value, not an empty string")]
    public void EmptyValues_AreParseErrorsNamingTheOption(string command, string rest, string expected)
    {
        string[] args = [command, .. rest.Length == 0 ? [""] : rest.Split(' ')];

        CliResult r = CliRunner.Run(args);

        Assert.Equal(ExitCodes.Failure, r.ExitCode);
        Assert.Contains(expected, r.Error);
        AssertNoTrace(r);
    }

    [Fact]
    public void Guard_UnexpectedException_IsOneLineNamingTheCommand_Exit70()
    {
        ParseResult parse = CliApp.CreateRootCommand().Parse(["inspect", "m.kmodel"]);
        var error = new StringWriter();
        parse.InvocationConfiguration.Error = error;

        int code = CommandRunner.Guard(parse, _ => throw new IndexOutOfRangeException("Index was outside\nthe bounds."));

        Assert.Equal(70, code);
        Assert.Equal(ExitCodes.Internal, code);
        string text = error.ToString();
        Assert.Equal(
            "error: inspect: unexpected failure (IndexOutOfRangeException: Index was outside the bounds.); " +
            "this is a defect of nfk210, please report it" + Environment.NewLine, text);
    }

    [Fact]
    public void Guard_WithVerbose_AddsTheStackTrace()
    {
        ParseResult parse = CliApp.CreateRootCommand().Parse(["bench", "m.kmodel", "--verbose"]);
        Assert.Empty(parse.Errors);
        var error = new StringWriter();
        parse.InvocationConfiguration.Error = error;

        int code = CommandRunner.Guard(parse, _ => Throw());

        Assert.Equal(ExitCodes.Internal, code);
        string[] lines = error.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("error: bench: unexpected failure (InvalidOperationException: deep)", lines[0]);
        Assert.Contains(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal) && l.Contains(nameof(Throw)));
    }

    [Fact]
    public void Verbose_IsAcceptedByEveryCommand()
    {
        RootCommand root = CliApp.CreateRootCommand();
        foreach (Command command in root.Subcommands)
        {
            ParseResult parse = root.Parse([command.Name, "--verbose", "--help"]);
            Assert.True(parse.Errors.Count == 0, $"{command.Name}: {string.Join("; ", parse.Errors.Select(e => e.Message))}");
        }
    }

    private static int Throw() => throw new InvalidOperationException("deep");

    [Fact]
    public void Inspect_DevZero_IsRefusedWithoutReadingItWhole()
    {
        if (!File.Exists("/dev/zero"))
        {
            return; // not a Unix system: nothing to check
        }

        long before = GC.GetTotalAllocatedBytes(precise: true);
        CliResult r = CliRunner.Run("inspect", "/dev/zero");
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(ExitCodes.Failure, r.ExitCode);
        Assert.Contains("model file '/dev/zero' is not a regular file and gives more than the 16777216 bytes (16 MiB)",
            r.Error);
        Assert.True(allocated < 100L << 20, $"{allocated} bytes allocated");
    }

    [Fact]
    public void Inspect_2GiBFile_IsRefusedBySizeBeforeReading()
    {
        string path = Path.Combine(_dir, "huge.kmodel");
        using (var f = new FileStream(path, FileMode.CreateNew))
        {
            f.SetLength(2047L << 20); // sparse: no disk used
        }

        long before = GC.GetTotalAllocatedBytes(precise: true);
        CliResult r = CliRunner.Run("inspect", path);
        long allocated = GC.GetTotalAllocatedBytes(precise: true) - before;

        Assert.Equal(ExitCodes.Failure, r.ExitCode);
        Assert.Contains($"model file '{path}' is 2146435072 bytes, more than the 16777216 bytes (16 MiB) accepted", r.Error);
        Assert.True(allocated < 4L << 20, $"{allocated} bytes allocated");
    }

    [Fact]
    public void BoundedFile_SaysWhatIsTrue()
    {
        Assert.Equal($"input '{_dir}' is a directory",
            Assert.Throws<BoundedFileException>(() => BoundedFile.Read(_dir, "input", 10)).Message);
        string missing = Path.Combine(_dir, "gone.bin");
        Assert.Equal($"input '{missing}' does not exist",
            Assert.Throws<BoundedFileException>(() => BoundedFile.Read(missing, "input", 10)).Message);
        Assert.Equal("input: the path is empty",
            Assert.Throws<BoundedFileException>(() => BoundedFile.Read("", "input", 10)).Message);
        string eleven = Write("eleven.bin", new byte[11]);
        Assert.Equal($"input '{eleven}' is 11 bytes, more than the 10 bytes (0 KiB) accepted",
            Assert.Throws<BoundedFileException>(() => BoundedFile.Read(eleven, "input", 10)).Message);
        Assert.Equal(new byte[10], BoundedFile.Read(Write("ten.bin", new byte[10]), "input", 10));
    }

    [Fact]
    public void Run_InputThatIsADirectory_SaysSo()
    {
        string model = Write("m.kmodel", new byte[64]);

        CliResult r = CliRunner.Run("run", model, "--input", _dir, "--out", Path.Combine(_dir, "o"));

        Assert.Equal(ExitCodes.Failure, r.ExitCode);
        Assert.Contains($"input '{_dir}' is a directory", r.Error);
    }

    [Fact]
    public void Run_BoardPortThatIsARegularFile_IsNotASerialDevice()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // COM names are not paths
        }

        string notAPort = Write("port.txt", [1, 2, 3]);

        CliException e = Assert.Throws<CliException>(() => Targets.BoardTarget.Open(notAPort));
        CliException dir = Assert.Throws<CliException>(() => Targets.BoardTarget.Open(_dir));
        CliException none = Assert.Throws<CliException>(() => Targets.BoardTarget.Open("/dev/ttyNFK210-none"));

        Assert.StartsWith($"--port: {notAPort} is not a serial device (it is a regular file)", e.Message);
        Assert.DoesNotContain("dialout", e.Message);
        Assert.Equal($"--port: serial port {_dir} is a directory, not a serial device", dir.Message);
        Assert.StartsWith("--port: serial port /dev/ttyNFK210-none does not exist", none.Message);
    }

    [Fact]
    public void Bmp_HeaderSizeNear2Pow31_IsRefusedWithoutOverflow()
    {
        byte[] file = BmpDecoder.Encode(new RgbImage(4, 4, new byte[48]));
        BinaryPrimitives.WriteUInt32LittleEndian(file.AsSpan(14), 0x7FFFFFF0);

        InvalidDataException e = Assert.Throws<InvalidDataException>(() => BmpDecoder.Decode(file));

        Assert.Equal($"BMP info header declares {0x7FFFFFF0} bytes, but the file has only {file.Length} bytes", e.Message);
    }

    [Theory]
    [InlineData(4097, 1)]
    [InlineData(1, 4097)]
    [InlineData(27000, 27000)]
    public void Bmp_DeclaredBeyond4096_IsRefusedBeforeAllocating(int width, int height)
    {
        byte[] file = BmpDecoder.Encode(new RgbImage(1, 1, new byte[3]));
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(18), width);
        BinaryPrimitives.WriteInt32LittleEndian(file.AsSpan(22), height);

        InvalidDataException e = Assert.Throws<InvalidDataException>(() => BmpDecoder.Decode(file));

        Assert.StartsWith($"BMP declares {width}x{height} pixels; accepted are 1 to 4096 on each side", e.Message);
    }

    [Fact]
    public void Bmp_4096Wide_IsAccepted()
    {
        RgbImage image = BmpDecoder.Decode(BmpDecoder.Encode(new RgbImage(4096, 1, new byte[4096 * 3])));

        Assert.Equal(4096, image.Width);
    }

    [Fact]
    public void Pnm_DeclaredBeyond4096_IsRefused()
    {
        byte[] file = "P5\n20000 20000\n255\n"u8.ToArray().Concat(new byte[16]).ToArray();

        InvalidDataException e = Assert.Throws<InvalidDataException>(() => PnmDecoder.Decode(file));

        Assert.StartsWith("PNM declares 20000x20000 pixels", e.Message);
    }

    [Theory]
    [InlineData(27000)]
    [InlineData(20000)]
    public void Png_DeclaringAHugeSize_IsRefusedBeforeDecoding(int side)
    {
        byte[] png = Encode(SKEncodedImageFormat.Png, 8, 8);
        // IHDR's width and height follow the 8-byte signature and the chunk's length and type; fix its CRC.
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), side);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), side);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), PngCrc(png.AsSpan(12, 17)));
        long before = GC.GetTotalAllocatedBytes(precise: true);

        InvalidDataException e = Assert.Throws<InvalidDataException>(() => ImageDecoder.Decode(png, ".png"));

        Assert.StartsWith($"PNG declares {side}x{side} pixels", e.Message);
        Assert.True(GC.GetTotalAllocatedBytes(precise: true) - before < 16L << 20);
    }

    [Theory]
    [InlineData(SKEncodedImageFormat.Png, ".png", "PNG")]
    [InlineData(SKEncodedImageFormat.Jpeg, ".jpg", "JPEG")]
    public void TruncatedImage_IsRefusedAsTruncated(SKEncodedImageFormat format, string extension, string name)
    {
        byte[] whole = Encode(format, 64, 64);
        Assert.Equal(64, ImageDecoder.Decode(whole, extension).Width); // the untruncated file decodes

        InvalidDataException e = Assert.Throws<InvalidDataException>(
            () => ImageDecoder.Decode(whole.AsSpan(0, whole.Length / 2).ToArray(), extension));

        Assert.Equal($"{name} data is truncated: the image ends before its last row", e.Message);
    }

    [Fact]
    public void TruncatedPng_ThroughTheInputLoader_NamesTheFile()
    {
        byte[] whole = Encode(SKEncodedImageFormat.Png, 64, 64);
        string half = Write("half.png", whole.AsSpan(0, whole.Length / 2).ToArray());

        InputLoaderResult(half, out string message);

        Assert.Contains($"cannot decode image '{half}': PNG data is truncated", message);
    }

    private static void InputLoaderResult(string path, out string message)
    {
        var input = new Model.TensorDescription(0, [3, 64, 64], "u8", 3 * 64 * 64, "kpu");
        message = Assert.Throws<CliException>(() => Inputs.InputLoader.Load(path, input, 3 * 64 * 64)).Message;
    }

    /// <summary>A noisy image (so that half a file is half the rows) encoded by SkiaSharp.</summary>
    private static byte[] Encode(SKEncodedImageFormat format, int width, int height)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        uint x = 12345;
        for (int py = 0; py < height; py++)
        {
            for (int px = 0; px < width; px++)
            {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                bitmap.SetPixel(px, py, new SKColor((byte)x, (byte)(x >> 8), (byte)(x >> 16)));
            }
        }

        using SKData data = bitmap.Encode(format, 90);
        return data.ToArray();
    }

    private static uint PngCrc(ReadOnlySpan<byte> typeAndData) => System.IO.Hashing.Crc32.HashToUInt32(typeAndData);
}
