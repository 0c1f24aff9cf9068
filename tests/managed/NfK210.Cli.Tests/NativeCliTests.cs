using System.Text.Json;
using NfK210.Cli.Commands;
using NfK210.Cli.Demo;

namespace NfK210.Cli.Tests;

/// <summary>The CLI end to end through libnfk210 (skipped when the library is not built).</summary>
public sealed class NativeCliTests : IDisposable
{
    private readonly string _dir = TestPaths.NewTempDirectory();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [NativeFact]
    public void Demo_RunsOnTheNativeLibraryAndLeavesItsFiles()
    {
        CliResult r = CliRunner.Run("demo", "--out", _dir);

        Assert.True(r.ExitCode == ExitCodes.Ok, r.ToString());
        Assert.Contains("on the host emulator (nncase-0.1)", r.Output);
        Assert.Contains("Laplacian |response|", r.Output);
        Assert.Contains("emboss", r.Output);
        Assert.Equal(DemoModel.Create().Kmodel, File.ReadAllBytes(Path.Combine(_dir, DemoCommand.ModelFileName)));
        Assert.Equal(DemoImage.Create(), File.ReadAllBytes(Path.Combine(_dir, DemoCommand.InputFileName)));
        Assert.Equal(16384, new FileInfo(Path.Combine(_dir, "demo-input.out0.bin")).Length);
    }

    [NativeFact]
    public void Run_WritesOneFilePerInputAndOutput()
    {
        (string model, string input) = WriteDemo();
        string second = Path.Combine(_dir, "second.bin");
        File.Copy(input, second);
        string outDir = Path.Combine(_dir, "out", "nested");

        CliResult r = CliRunner.Run("run", model, "--input", input, "--input", second, "--out", outDir);

        Assert.True(r.ExitCode == ExitCodes.Ok, r.ToString());
        Assert.Equal(16384, new FileInfo(Path.Combine(outDir, "demo-input.out0.bin")).Length);
        Assert.Equal(16384, new FileInfo(Path.Combine(outDir, "second.out0.bin")).Length);
        Assert.Contains("out0: 16384 bytes", r.Output);
    }

    [NativeFact]
    public void Run_ImageInput_IsConvertedToTheModelInput()
    {
        (string model, _) = WriteDemo();
        string image = Path.Combine(_dir, "picture.bmp");
        var rgb = new Imaging.RgbImage(128, 96, Enumerable.Range(0, 128 * 96 * 3).Select(i => (byte)(i % 251)).ToArray());
        File.WriteAllBytes(image, Imaging.BmpDecoder.Encode(rgb));

        CliResult r = CliRunner.Run("run", model, "--input", image, "--out", _dir);

        Assert.True(r.ExitCode == ExitCodes.Ok, r.ToString());
        Assert.Contains("bilinear 128x96 -> 64x64", r.Output);
        Assert.True(File.Exists(Path.Combine(_dir, "picture.out0.bin")));
    }

    [NativeFact]
    public void Run_RawInputOfTheWrongSize_FailsNamingBothSizes()
    {
        (string model, _) = WriteDemo();
        string input = Path.Combine(_dir, "short.bin");
        File.WriteAllBytes(input, new byte[100]);

        CliResult r = CliRunner.Run("run", model, "--input", input, "--out", _dir);

        Assert.Equal(ExitCodes.Failure, r.ExitCode);
        Assert.Contains("is 100 bytes", r.Error);
        Assert.Contains("4096 bytes", r.Error);
        Assert.False(File.Exists(Path.Combine(_dir, "short.out0.bin")));
    }

    [NativeFact]
    public void Run_MalformedModel_ReportsTheNativeError()
    {
        string model = Path.Combine(_dir, "bad.kmodel");
        File.WriteAllBytes(model, [3, 0, 0]);
        string input = Path.Combine(_dir, "x.bin");
        File.WriteAllBytes(input, new byte[4]);

        CliResult r = CliRunner.Run("run", model, "--input", input, "--out", _dir);

        Assert.Equal(ExitCodes.Failure, r.ExitCode);
        Assert.Contains("cannot load model", r.Error);
        Assert.Contains("bad.kmodel", r.Error);
    }

    [NativeFact]
    public void Inspect_ShowsLayersMemoryAndTheConstraintCheck()
    {
        (string model, _) = WriteDemo();

        CliResult r = CliRunner.Run("inspect", model);

        Assert.True(r.ExitCode == ExitCodes.Ok, r.ToString());
        Assert.Contains("K210_CONV", r.Output);
        Assert.Contains("DEQUANTIZE", r.Output);
        Assert.Contains("KPU RAM", r.Output);
        Assert.Contains("KPU constraint check", r.Output);
    }

    [NativeFact]
    public void InspectJson_IsJsonWithTheSchemaKeys()
    {
        (string model, _) = WriteDemo();

        CliResult r = CliRunner.Run("inspect", model, "--json");

        Assert.True(r.ExitCode == ExitCodes.Ok, r.ToString());
        using JsonDocument doc = JsonDocument.Parse(r.Output);
        foreach (string key in new[] { "format", "version", "memory", "inputs", "outputs", "layers", "violations" })
        {
            Assert.True(doc.RootElement.TryGetProperty(key, out _), $"missing key {key}");
        }
    }

    [NativeFact]
    public void Bench_PrintsPerLayerTimesAndTheEmulatorCaveat()
    {
        (string model, _) = WriteDemo();

        CliResult r = CliRunner.Run("bench", model, "--runs", "2");

        Assert.True(r.ExitCode == ExitCodes.Ok, r.ToString());
        Assert.Contains("Host emulator times", r.Output);
        Assert.Contains("KPU:", r.Output);
        Assert.Contains("CPU:", r.Output);
    }

    private (string Model, string Input) WriteDemo()
    {
        string model = Path.Combine(_dir, DemoCommand.ModelFileName);
        string input = Path.Combine(_dir, DemoCommand.InputFileName);
        File.WriteAllBytes(model, DemoModel.Create().Kmodel);
        File.WriteAllBytes(input, DemoImage.Create());
        return (model, input);
    }
}
