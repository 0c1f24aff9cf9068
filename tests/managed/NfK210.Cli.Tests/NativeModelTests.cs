using NfK210.Cli.Outputs;

namespace NfK210.Cli.Tests;

/// <summary>Real V3 models of ../shared/models through `nfk210 run` (oracle bytes, or the documented labels).</summary>
[Trait("Category", "Conformance")]
public sealed class NativeModelTests : IDisposable
{
    private readonly string _dir = TestPaths.NewTempDirectory();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [NativeSharedFact]
    public void Run_Yolo20Demo_ReproducesTheRc5Oracle() =>
        CheckOracle("v3-yolo20-demo", "input_dog_rgb_chw_3x240x320_u8.bin", "dog.rc5emu.out.bin");

    [NativeSharedFact]
    public void Run_FaceMask5_ReproducesTheRc5Oracle() =>
        CheckOracle("v3-face-mask5", "input_22_rgb_chw_3x256x320_u8.bin", "22.rc5emu.out.bin");

    [NativeSharedFact]
    public void Run_Yolo20Demo_DogBmpGivesTheSameBytesAsTheStoredTensor()
    {
        string model = TestPaths.Shared("models", "v3-yolo20-demo", "yolo.kmodel");

        CliResult r = CliRunner.Run("run", model, "--input", TestPaths.Shared("models", "v3-yolo20-demo", "dog.bmp"),
            "--out", _dir);

        Assert.True(r.ExitCode == ExitCodes.Ok, r.ToString());
        Assert.Equal(File.ReadAllBytes(TestPaths.Shared("models", "v3-yolo20-demo", "oracle", "dog.rc5emu.out.bin")),
            File.ReadAllBytes(Path.Combine(_dir, "dog.out0.bin")));
    }

    [NativeSharedFact]
    public void Run_MaixMnist_ClassifiesEachSampleDigit()
    {
        string folder = TestPaths.Shared("models", "v3-maix-mnist");
        string[] inputs = Enumerable.Range(0, 10)
            .Select(n => Path.Combine(folder, "inputs", $"digit{n}_1x28x28_u8.bin")).ToArray();

        CliResult r = CliRunner.Run(["run", Path.Combine(folder, "mnist.kmodel"), .. inputs.SelectMany(i => new[] { "--input", i }), "--out", _dir]);

        Assert.True(r.ExitCode == ExitCodes.Ok, r.ToString());
        for (int n = 0; n < 10; n++)
        {
            float[] p = OutputSummary.ToFloats(File.ReadAllBytes(Path.Combine(_dir, $"digit{n}_1x28x28_u8.out0.bin")));
            Assert.Equal(10, p.Length);
            Assert.Equal(n, OutputSummary.ArgMax(p));
        }
    }

    private void CheckOracle(string modelFolder, string input, string oracle)
    {
        string folder = TestPaths.Shared("models", modelFolder);
        string model = Directory.EnumerateFiles(folder, "*.kmodel").Single();

        CliResult r = CliRunner.Run("run", model, "--input", Path.Combine(folder, input), "--out", _dir,
            "--kpu-profile", "nncase-0.1");

        Assert.True(r.ExitCode == ExitCodes.Ok, r.ToString());
        byte[] expected = File.ReadAllBytes(Path.Combine(folder, "oracle", oracle));
        byte[] actual = File.ReadAllBytes(Path.Combine(_dir, Path.GetFileNameWithoutExtension(input) + ".out0.bin"));
        Assert.Equal(expected.Length, actual.Length);
        Assert.True(expected.AsSpan().SequenceEqual(actual),
            $"{actual.Zip(expected).Count(p => p.First != p.Second)} of {expected.Length} bytes differ from the oracle");
    }
}
