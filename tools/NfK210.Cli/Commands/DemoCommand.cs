using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NfK210.Cli.Demo;
using NfK210.Cli.Imaging;
using NfK210.Cli.Native;
using NfK210.Cli.Outputs;
using NfK210.Cli.Rendering;

namespace NfK210.Cli.Commands;

/// <summary>
/// `nfk210 demo [--out DIR]` (also what `nfk210` alone does): builds the demo kmodel in C#, makes a synthetic
/// image, runs it through the native library, shows input and one output channel as text, checks the result
/// against the C# reference and leaves the model, the input and the outputs in DIR.
/// </summary>
public static class DemoCommand
{
    public const string ModelFileName = "demo.kmodel";
    public const string InputFileName = "demo-input.bin";
    public const string InputImageFileName = "demo-input.pgm";
    public const int ShownChannel = 2; // Laplacian

    public static string DefaultOutputDirectory => Path.Combine(Path.GetTempPath(), "nfk210-demo");

    public static Command Create()
    {
        var output = new Option<string?>("--out", "-o")
        {
            Description = $"directory for {ModelFileName}, the input and the outputs (default: {DefaultOutputDirectory})",
            HelpName = "DIR",
        };
        Option<string> profile = CommonOptions.KpuProfile();
        var command = new Command("demo", "run the built-in demo model on a synthetic image (no download)")
        {
            output, profile,
        };
        command.SetAction(parseResult => CommandRunner.Guard(parseResult, context => Execute(
            parseResult.GetValue(output),
            KpuProfileNames.Parse(parseResult.GetValue(profile) ?? KpuProfileNames.Auto),
            context)));
        return command;
    }

    public static int Execute(string? outputDirectory, KpuProfile profile, CommandContext context)
    {
        string dir = outputDirectory ?? DefaultOutputDirectory;
        DemoModel model = DemoModel.Create();
        byte[] image = DemoImage.Create();
        try
        {
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path.Combine(dir, ModelFileName), model.Kmodel);
            File.WriteAllBytes(Path.Combine(dir, InputFileName), image);
            File.WriteAllBytes(Path.Combine(dir, InputImageFileName),
                PnmDecoder.EncodePgm(DemoModel.InputSize, DemoModel.InputSize, image));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write the demo files to '{dir}': {e.Message}", e);
        }

        TextWriter o = context.Output;
        o.WriteLine($"nfk210 demo: a {model.Kmodel.Length}-byte kmodel V3 built in C# (K210_CONV 3x3, " +
                    $"{DemoModel.Channels} filters, max-pool 2x2 -> DEQUANTIZE), on a synthetic " +
                    $"{DemoModel.InputSize}x{DemoModel.InputSize} grey image");

        KpuProfile effective = profile == KpuProfile.Auto ? KpuProfile.Nncase01 : profile;
        byte[] expected = DemoRun.ExpectedOutput(model, image, effective);
        NativeResult? native;
        try
        {
            native = RunNative(model, image, profile);
        }
        catch (NativeLibraryMissingException e)
        {
            Render(o, image, expected, "C# reference");
            context.Error.WriteLine($"error: {e.Message}");
            o.WriteLine($"demo: shown above is the C# reference result; the native emulator did not run. Model and " +
                        $"input are in {dir}");
            return ExitCodes.NativeLibraryMissing;
        }

        byte[] output = native.Output;
        string outputFile = OutputNaming.FilePath(dir, InputFileName, 0);
        try
        {
            File.WriteAllBytes(outputFile, output);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write '{outputFile}': {e.Message}", e);
        }

        int differing = CountDifferentFloats(expected, output);
        bool same = output.Length == expected.Length && differing == 0;
        Render(o, image, output, "native emulator");
        string verdict = same
            ? "matches the C# reference"
            : $"DIFFERS from the C# reference in {differing} of {expected.Length / 4} values";
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"demo: 1x64x64 u8 -> 4x32x32 f32 ({output.Length} bytes) in {native.Milliseconds:F2} ms on the host " +
            $"emulator ({KpuProfileNames.ToName(effective)}), {verdict}; files in {dir}"));
        o.WriteLine($"  library: {native.LibraryPath}");
        o.WriteLine($"  again:   nfk210 run {Path.Combine(dir, ModelFileName)} --input {Path.Combine(dir, InputFileName)} " +
                    $"--out {dir}");
        return same ? ExitCodes.Ok : ExitCodes.Failure;
    }

    /// <summary>Prints the input and the Laplacian channel of <paramref name="output"/> side by side.</summary>
    private static void Render(TextWriter o, byte[] image, byte[] output, string source)
    {
        float[] values = OutputSummary.ToFloats(output);
        int plane = DemoModel.OutputSize * DemoModel.OutputSize;
        byte[] edges = new byte[plane];
        for (int i = 0; i < plane && ShownChannel * plane + i < values.Length; i++)
        {
            // Laplacian response: |q - 128|, stretched for visibility.
            double q = values[ShownChannel * plane + i] * 255.0;
            edges[i] = (byte)Math.Clamp(Math.Abs(q - 128) * 4, 0, 255);
        }

        string[] left = AsciiArt.Render(image, DemoModel.InputSize, DemoModel.InputSize, 32, 16);
        string[] right = AsciiArt.Render(edges, DemoModel.OutputSize, DemoModel.OutputSize, 32, 16, useMax: true);
        o.WriteLine();
        o.WriteLine($"  {"input 64x64",-32}    {DemoModel.Filters[ShownChannel].Name} |response| ({source}), 32x32");
        for (int i = 0; i < left.Length; i++)
        {
            o.WriteLine($"  {left[i]}    {right[i]}");
        }

        o.WriteLine();
    }

    private static NativeResult RunNative(DemoModel model, byte[] image, KpuProfile profile)
    {
        using NfkModel native = LoadNative(model, profile);
        var clock = Stopwatch.StartNew();
        native.Run(image);
        clock.Stop();
        if (native.OutputCount != 1)
        {
            throw new CliException(
                $"the native library reports {native.OutputCount} outputs for the demo model, expected 1");
        }

        return new NativeResult(native.GetOutput(0), clock.Elapsed.TotalMilliseconds, NfkModel.LibraryPath);
    }

    private static NfkModel LoadNative(DemoModel model, KpuProfile profile)
    {
        try
        {
            return NfkModel.Load(model.Kmodel, profile);
        }
        catch (NativeException e)
        {
            throw new CliException($"the native library refused the demo model: {e.NativeMessage}", e);
        }
    }

    /// <summary>Number of float32 values whose bytes differ (all values when the sizes differ).</summary>
    public static int CountDifferentFloats(ReadOnlySpan<byte> expected, ReadOnlySpan<byte> actual)
    {
        if (expected.Length != actual.Length)
        {
            return Math.Max(expected.Length, actual.Length) / 4;
        }

        int count = 0;
        for (int i = 0; i + 4 <= expected.Length; i += 4)
        {
            if (!expected.Slice(i, 4).SequenceEqual(actual.Slice(i, 4)))
            {
                count++;
            }
        }

        return count;
    }
}
