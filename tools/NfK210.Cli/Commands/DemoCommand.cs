using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NfK210.Cli.Demo;
using NfK210.Cli.Imaging;
using NfK210.Cli.Native;
using NfK210.Cli.Outputs;
using NfK210.Cli.Rendering;
using Spectre.Console;

namespace NfK210.Cli.Commands;

/// <summary>
/// `nfk210 demo [--out DIR]` (also what `nfk210` alone does): builds the demo kmodel in C#, makes a synthetic
/// image, runs it through the native library (the emulated KPU), shows input and one output channel as text with a
/// per-filter summary, and leaves the model, the input and the outputs in DIR.
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
        CommonOptions.RefuseEmpty(output);
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
        string modelFile = Path.Combine(dir, ModelFileName);
        OutputFiles.CreateDirectory(dir);
        OutputFiles.Write(modelFile, model.Kmodel);
        OutputFiles.Write(Path.Combine(dir, InputFileName), image);
        OutputFiles.Write(Path.Combine(dir, InputImageFileName),
            PnmDecoder.EncodePgm(DemoModel.InputSize, DemoModel.InputSize, image));

        TextWriter o = context.Output;
        o.WriteLine($"nfk210 demo: a {model.Kmodel.Length}-byte kmodel V3 built in C# (K210_CONV 3x3, " +
                    $"{DemoModel.Channels} filters, max-pool 2x2 -> DEQUANTIZE), on a synthetic " +
                    $"{DemoModel.InputSize}x{DemoModel.InputSize} grey image");

        NativeResult native;
        try
        {
            using ModelSession session = ModelSession.Open(modelFile, model.Kmodel, profile, context.Error);
            native = RunNative(session, image);
        }
        catch (NativeLibraryMissingException e)
        {
            context.Error.WriteLine($"error: {e.Message}");
            o.WriteLine($"demo: the native emulator did not run; model and input are in {dir}");
            return ExitCodes.NativeLibraryMissing;
        }

        string outputFile = OutputNaming.FilePath(dir, InputFileName, 0);
        OutputFiles.Write(outputFile, native.Output);
        float[] values = OutputSummary.ToFloats(native.Output);
        Render(o, image, values);
        WriteChannelSummary(context, values);
        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"demo: 1x64x64 u8 -> 4x32x32 f32 ({native.Output.Length} bytes) in {native.Milliseconds:F2} ms on the " +
            $"host emulator ({native.Profile}); files in {dir}"));
        o.WriteLine($"  library: {native.LibraryPath}");
        o.WriteLine($"  again:   nfk210 run {modelFile} --input {Path.Combine(dir, InputFileName)} " +
                    $"--out {dir}");
        o.WriteLine();
        return RunOnNanoClr(dir, outputFile, context);
    }

    /// <summary>
    /// The same model and input from C#, on nanoFramework's own interpreter (the host virtual device): the app
    /// (Demo/DemoAppTemplate.txt, the demo's folder filled in) is built with `nfk210 build` and run with `nfk210 exec`.
    /// </summary>
    private static int RunOnNanoClr(string dir, string outputFile, CommandContext context)
    {
        string appFolder = Path.Combine(Path.GetFullPath(dir), "csharp");
        string folder = Path.GetFullPath(dir) + Path.DirectorySeparatorChar;
        using (Stream template = typeof(DemoCommand).Assembly.GetManifestResourceStream("NfK210.Cli.DemoApp.cs")
                                 ?? throw new CliException("the C# demo app is missing from the CLI"))
        using (var reader = new StreamReader(template))
        {
            // the folder goes into a C# string literal
            string literal = folder.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
            string source = reader.ReadToEnd()
                .Replace("@FOLDER@", literal, StringComparison.Ordinal)
                .Replace("@MODEL@", ModelFileName, StringComparison.Ordinal)
                .Replace("@INPUT@", InputFileName, StringComparison.Ordinal)
                .Replace("@OUTPUT@", Path.GetFileName(outputFile), StringComparison.Ordinal);
            OutputFiles.CreateDirectory(appFolder);
            string program = Path.Combine(appFolder, "Program.cs");
            if (!File.Exists(program) || File.ReadAllText(program) != source)
            {
                OutputFiles.Write(program, System.Text.Encoding.UTF8.GetBytes(source));
            }
        }

        context.Output.WriteLine($"C# on nanoCLR (building {Path.Combine(appFolder, "Program.cs")} on first use) ...");
        context.Output.Flush();
        int status;
        try
        {
            status = ExecCommand.Execute(appFolder, Exec.ExecTarget.Host, TimeSpan.FromMinutes(5), verbose: false, context);
        }
        catch (CliException e)
        {
            // e.g. no nanoCLR sources on this machine (cmake/NanoClr.cmake): the native part above still stands
            context.Error.WriteLine($"C# on nanoCLR did not run: {e.Message}");
            return ExitCodes.NotAvailable;
        }

        context.Output.WriteLine($"  again:   nfk210 exec {appFolder}   (or --target qemu, --target dotnet)");
        return status;
    }

    /// <summary>Prints the input and the Laplacian channel of the output side by side.</summary>
    private static void Render(TextWriter o, byte[] image, float[] values)
    {
        int plane = DemoModel.OutputSize * DemoModel.OutputSize;
        byte[] edges = new byte[plane];
        for (int i = 0; i < plane; i++)
        {
            // Laplacian response: |q - 128|, stretched for visibility.
            double q = values[ShownChannel * plane + i] * 255.0;
            edges[i] = (byte)Math.Clamp(Math.Abs(q - 128) * 4, 0, 255);
        }

        string[] left = AsciiArt.Render(image, DemoModel.InputSize, DemoModel.InputSize, 32, 16);
        string[] right = AsciiArt.Render(edges, DemoModel.OutputSize, DemoModel.OutputSize, 32, 16, useMax: true);
        o.WriteLine();
        o.WriteLine($"  {"input 64x64",-32}    {DemoModel.Filters[ShownChannel].Name} |response|, 32x32");
        for (int i = 0; i < left.Length; i++)
        {
            o.WriteLine($"  {left[i]}    {right[i]}");
        }

        o.WriteLine();
    }

    /// <summary>Per filter: the range and mean of q = 255 · output (128 = no response).</summary>
    private static void WriteChannelSummary(CommandContext context, float[] values)
    {
        int plane = DemoModel.OutputSize * DemoModel.OutputSize;
        Table table = TableText.NewTable("filter", "min q", "mean q", "max q", "q != 128");
        for (int c = 0; c < DemoModel.Channels; c++)
        {
            double[] q = values.Skip(c * plane).Take(plane).Select(v => Math.Round(v * 255.0)).ToArray();
            TableText.AddRow(table, DemoModel.Filters[c].Name, Text(q.Min()), Text(q.Average()), Text(q.Max()),
                Text(q.Count(v => v != 128)));
        }

        context.Console.Write(TableText.RightAlign(table, 1, 2, 3, 4));
        context.Output.WriteLine("  q = 255 x output value; 128 = no response (emboss adds a quarter of the pixel)");
    }

    private static NativeResult RunNative(ModelSession session, byte[] image)
    {
        NfkModel model = session.Model;
        var clock = Stopwatch.StartNew();
        model.Run(image);
        clock.Stop();
        if (model.OutputCount != 1)
        {
            throw new CliException($"the native library reports {model.OutputCount} outputs for the demo model, expected 1");
        }

        byte[] output = model.GetOutput(0);
        if (output.Length != DemoModel.OutputBytes * 4)
        {
            throw new CliException(
                $"the native library returned {output.Length} output bytes for the demo model, expected " +
                $"{DemoModel.OutputBytes * 4}");
        }

        string profile = session.Description?.Profile ?? "profile unknown";
        return new NativeResult(output, clock.Elapsed.TotalMilliseconds, profile, NfkModel.LibraryPath);
    }

    private static string Text(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
