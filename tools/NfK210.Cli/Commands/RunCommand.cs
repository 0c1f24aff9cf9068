using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using NfK210.Cli.Inputs;
using NfK210.Cli.Model;
using NfK210.Cli.Native;
using NfK210.Cli.Outputs;

namespace NfK210.Cli.Commands;

/// <summary>
/// `nfk210 run MODEL --input FILE [--input FILE …] --out DIR [--target host|qemu|board [--port PORT]]
/// [--kpu-profile …]`: writes DIR/&lt;input name without extension&gt;.out&lt;i&gt;.bin for every input and output.
/// </summary>
public static class RunCommand
{
    public const string TargetHost = "host";
    public const string TargetQemu = "qemu";
    public const string TargetBoard = "board";

    public static Command Create()
    {
        Argument<string> model = CommonOptions.ModelArgument();
        var inputs = new Option<string[]>("--input", "-i")
        {
            Description = "input file: a raw tensor (exactly the model's input bytes, CHW uint8 for KPU inputs) or " +
                          "an image (.bmp .ppm .pgm .pnm .png .jpg .jpeg), resized and converted as the model needs; " +
                          "repeat for several inputs",
            Required = true,
            Arity = ArgumentArity.OneOrMore,
            HelpName = "FILE",
        };
        var output = new Option<string>("--out", "-o")
        {
            Description = "directory for <input name>.out<i>.bin (created if missing)",
            Required = true,
            HelpName = "DIR",
        };
        var target = new Option<string>("--target")
        {
            Description = "where to run: host (the emulator in libnfk210), qemu or board",
            DefaultValueFactory = _ => TargetHost,
        };
        target.AcceptOnlyFromAmong(TargetHost, TargetQemu, TargetBoard);
        var port = new Option<string?>("--port")
        {
            Description = "serial port of the board (--target board)",
            HelpName = "PORT",
        };
        Option<string> profile = CommonOptions.KpuProfile();
        Option<int> threads = ThreadsOption.Create();
        Option<string> floatRules = CommonOptions.FloatRules();
        CommonOptions.RefuseEmpty(inputs);
        CommonOptions.RefuseEmpty(output);
        CommonOptions.RefuseEmpty(port);

        var command = new Command("run", "run a kmodel on inputs and write its raw outputs")
        {
            model, inputs, output, target, port, profile, threads, floatRules,
        };
        command.SetAction(parseResult => CommandRunner.Guard(parseResult, context => Execute(
            new RunOptions(
                parseResult.GetRequiredValue(model),
                parseResult.GetRequiredValue(inputs),
                parseResult.GetRequiredValue(output),
                parseResult.GetValue(target) ?? TargetHost,
                parseResult.GetValue(port),
                KpuProfileNames.Parse(parseResult.GetValue(profile) ?? KpuProfileNames.Auto),
                ThreadsOption.ToSetting(parseResult.GetValue(threads)),
                parseResult.GetValue(floatRules) == CommonOptions.FloatRulesFma),
            context)));
        return command;
    }

    public static int Execute(RunOptions options, CommandContext context)
    {
        if (options.Target == TargetBoard && options.Port is null)
        {
            throw new CliException("--target board needs --port PORT (the board's serial port, e.g. /dev/ttyUSB0)");
        }

        if (options.Port is not null && options.Target != TargetBoard)
        {
            context.Error.WriteLine("warning: --port is only used with --target board; ignored");
        }

        if (options.Threads is not null && options.Target != TargetHost)
        {
            context.Error.WriteLine("warning: --threads is only used with --target host; ignored");
        }

        OutputNaming.CheckDistinct(options.Inputs);
        byte[] modelBytes = ModelSession.ReadModelFile(options.ModelPath); // reported before anything else
        foreach (string input in options.Inputs)
        {
            if (Directory.Exists(input))
            {
                throw new CliException($"input '{input}' is a directory");
            }

            if (!File.Exists(input))
            {
                throw new CliException($"input '{input}' does not exist");
            }
        }

        using ModelSession session = ModelSession.Open(options.ModelPath, modelBytes, options.Profile, context.Error);
        if (options.FusedMultiplyAdd)
        {
            if (options.Target != TargetHost)
            {
                throw new CliException("--float-rules fma is available with --target host only");
            }

            try
            {
                session.Model.SetFusedMultiplyAdd(true);
            }
            catch (NativeException e)
            {
                throw new CliException($"--float-rules fma: {e.NativeMessage}", e);
            }
        }

        ModelDescription? description = session.Description;
        long inputBytes = session.Model.InputSize;
        int outputCount = session.Model.OutputCount;
        if (description is not null)
        {
            context.Output.WriteLine(
                $"{options.ModelPath}: {description.Format}, profile {description.Profile}, " +
                $"{InputLoader.Describe(description.Input0)} {inputBytes} bytes, {outputCount} output(s)");
        }

        OutputFiles.CreateDirectory(options.OutputDirectory);
        if (options.Target == TargetHost)
        {
            Native.KernelSettings.SetThreads(options.Threads);
        }

        if (options.Target == TargetQemu)
        {
            RunOnQemu(modelBytes, description, options, inputBytes, context);
            return ExitCodes.Ok;
        }

        if (options.Target == TargetBoard)
        {
            using Targets.BoardTarget board = Targets.BoardTarget.Open(options.Port!);
            RunOnBoard(board, modelBytes, description, options, inputBytes, context);
            return ExitCodes.Ok;
        }

        int failures = 0;
        foreach (string inputPath in options.Inputs)
        {
            try
            {
                RunOne(session, description, inputPath, inputBytes, outputCount, options.OutputDirectory, context);
            }
            catch (CliException e)
            {
                context.Error.WriteLine($"error: {e.Message}");
                failures++;
            }
            catch (NativeException e)
            {
                context.Error.WriteLine($"error: {inputPath}: {e.NativeMessage} ({e.Operation})");
                failures++;
            }
        }

        if (failures > 0)
        {
            context.Error.WriteLine($"{failures} of {options.Inputs.Count} input(s) failed");
            return ExitCodes.Failure;
        }

        return ExitCodes.Ok;
    }

    /// <summary>All inputs in one QEMU run of the RISC-V build; same files as the host target.</summary>
    private static void RunOnQemu(
        byte[] modelBytes, ModelDescription? description, RunOptions options, long inputBytes, CommandContext context)
    {
        var tensors = options.Inputs.Select(p => InputLoader.Load(p, description?.Input0, inputBytes).Bytes).ToList();
        string runner = Targets.QemuTarget.EnsureRunner(context.Error);
        var clock = Stopwatch.StartNew();
        var results = Targets.QemuTarget.Run(runner, modelBytes, tensors, (int)options.Profile, TextWriter.Null);
        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{options.Inputs.Count} input(s) ran on qemu-system-riscv64 in {clock.Elapsed.TotalSeconds:F2} s"));
        for (int n = 0; n < options.Inputs.Count; n++)
        {
            WriteOutputs(results[n], options.Inputs[n], description, options.OutputDirectory, context);
        }
    }

    /// <summary>Every input on the board's model runner; same files as the host target.</summary>
    internal static void RunOnBoard(
        Targets.BoardTarget board, byte[] modelBytes, ModelDescription? description, RunOptions options, long inputBytes,
        CommandContext context)
    {
        string name = board.Hello();
        board.LoadModel(modelBytes);
        context.Output.WriteLine($"model uploaded to {name} ({modelBytes.Length} bytes)");
        foreach (string inputPath in options.Inputs)
        {
            InputTensor tensor = InputLoader.Load(inputPath, description?.Input0, inputBytes);
            var clock = Stopwatch.StartNew();
            IReadOnlyList<byte[]> outputs = board.Run(tensor.Bytes);
            context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{inputPath} ({tensor.Origin}, {tensor.Bytes.Length} bytes): ran on {name} in {clock.Elapsed.TotalSeconds:F2} s"));
            WriteOutputs(outputs, inputPath, description, options.OutputDirectory, context);
        }
    }

    private static void RunOne(
        ModelSession session,
        ModelDescription? description,
        string inputPath,
        long inputBytes,
        int outputCount,
        string outputDirectory,
        CommandContext context)
    {
        InputTensor tensor = InputLoader.Load(inputPath, description?.Input0, inputBytes);
        var clock = Stopwatch.StartNew();
        session.Model.Run(tensor.Bytes);
        clock.Stop();
        context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{inputPath} ({tensor.Origin}, {tensor.Bytes.Length} bytes): ran in {clock.Elapsed.TotalMilliseconds:F2} ms (host emulator)"));
        WriteOutputs(Enumerable.Range(0, outputCount).Select(session.Model.GetOutput), inputPath, description,
            outputDirectory, context);
    }

    /// <summary>
    /// Writes output i of one input to DIR/&lt;input name&gt;.out&lt;i&gt;.bin and prints its summary line, output by
    /// output (every target).
    /// </summary>
    private static void WriteOutputs(
        IEnumerable<byte[]> outputs,
        string inputPath,
        ModelDescription? description,
        string outputDirectory,
        CommandContext context)
    {
        int i = 0;
        foreach (byte[] bytes in outputs)
        {
            string file = OutputNaming.FilePath(outputDirectory, inputPath, i);
            OutputFiles.Write(file, bytes);
            context.Output.WriteLine($"  {OutputSummary.Describe(i, bytes, description?.Output(i))} -> {file}");
            i++;
        }
    }
}
