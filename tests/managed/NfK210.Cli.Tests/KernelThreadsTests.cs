using NfK210.Cli.Commands;
using NfK210.Cli.Demo;

namespace NfK210.Cli.Tests;

/// <summary>Issue 13: `--threads N` of run and bench, and the kernel line of bench.</summary>
public sealed class KernelThreadsTests : IDisposable
{
    private readonly string _dir = TestPaths.NewTempDirectory();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Theory]
    [InlineData("run", "0")]
    [InlineData("run", "-2")]
    [InlineData("bench", "257")]
    [InlineData("bench", "many")]
    public void Threads_OutOfRange_IsAParseErrorNamingTheValue(string command, string value)
    {
        string[] args = command == "run"
            ? ["run", "m.kmodel", "--input", "x.bin", "--out", _dir, "--threads", value]
            : ["bench", "m.kmodel", "--threads", value];

        CliResult r = CliRunner.Run(args);

        Assert.Equal(ExitCodes.Failure, r.ExitCode);
        Assert.Contains($"--threads takes a whole number between 1 and {ThreadsOption.MaxThreads}, not '{value}'",
                        r.Error);
    }

    [NativeFact]
    public void Run_GivesTheSameBytesOnOneTwoAndThreeThreads()
    {
        string model = Path.Combine(_dir, DemoCommand.ModelFileName);
        string input = Path.Combine(_dir, DemoCommand.InputFileName);
        File.WriteAllBytes(model, DemoModel.Create().Kmodel);
        File.WriteAllBytes(input, DemoImage.Create());
        var outputs = new List<byte[]>();
        foreach (string threads in new[] { "1", "2", "3" })
        {
            string outDir = Path.Combine(_dir, "t" + threads);
            CliResult r = CliRunner.Run("run", model, "--input", input, "--out", outDir, "--threads", threads);
            Assert.True(r.ExitCode == ExitCodes.Ok, r.ToString());
            outputs.Add(File.ReadAllBytes(Path.Combine(outDir, "demo-input.out0.bin")));
        }

        Assert.Equal(outputs[0], outputs[1]);
        Assert.Equal(outputs[0], outputs[2]);
    }

    [NativeFact]
    public void Bench_NamesTheKernelsAndTheSpeedUpOverTheReference()
    {
        string model = Path.Combine(_dir, DemoCommand.ModelFileName);
        File.WriteAllBytes(model, DemoModel.Create().Kmodel);

        CliResult r = CliRunner.Run("bench", model, "--runs", "2", "--threads", "2");

        Assert.True(r.ExitCode == ExitCodes.Ok, r.ToString());
        Assert.Contains("KPU kernels: ", r.Output);
        Assert.Contains("GMAC/s", r.Output);
        if (!r.Output.Contains("KPU kernels: ref", StringComparison.Ordinal))
        {
            Assert.Contains("2 thread(s)", r.Output);
            Assert.Contains("speed-up over the ref kernels", r.Output);
        }
    }
}
