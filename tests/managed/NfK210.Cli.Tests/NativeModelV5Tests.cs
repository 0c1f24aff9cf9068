namespace NfK210.Cli.Tests;

/// <summary>
/// The kmodel V5 of ../shared/models (nncase 1.0.0-beta2's YOLOX-nano) through `nfk210 run` and `inspect`: both
/// float rules against their oracle (oracle/README.md), and the V5 parts of the inspection.
/// </summary>
[Trait("Category", "Conformance")]
public sealed class NativeModelV5Tests : IDisposable
{
    private readonly string _dir = TestPaths.NewTempDirectory();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static string Yolox(params string[] parts) =>
        TestPaths.Shared(["models", "v5-yolox-nano", .. parts]);

    [NativeSharedFact]
    public void Run_YoloxNano_PlainFloats_ReproducesThePrimaryOracle() =>
        CheckOracle([], "input.nncase1.out0.bin");

    [NativeSharedFact]
    public void Run_YoloxNano_FloatRulesFma_ReproducesTheBoardLikeOracle() =>
        CheckOracle(["--float-rules", "fma"], "input.nncase1fma.out0.bin");

    [NativeSharedFact]
    public void Run_FloatRulesFmaOnAV3Model_IsRefused()
    {
        string folder = TestPaths.Shared("models", "v3-iris");

        CliResult r = CliRunner.Run("run", Path.Combine(folder, "iris.kmodel"), "--input",
            Path.Combine(folder, "input_features_f32.bin"), "--out", _dir, "--float-rules", "fma");

        Assert.Equal(ExitCodes.Failure, r.ExitCode);
        Assert.Contains("float rules apply to kmodel V5 only", r.Error);
    }

    [NativeSharedFact]
    public void Inspect_YoloxNano_ListsModulesCodeAndKpuCommands()
    {
        CliResult r = CliRunner.Run("inspect", Yolox("yolox_nano_224.kmodel"));

        Assert.True(r.ExitCode == ExitCodes.Ok, r.ToString());
        Assert.Contains("kmodel V5 (version 5), profile nncase-0.2", r.Output);
        Assert.Contains("118 layers (27 on the KPU, 91 on the CPU)", r.Output);
        Assert.Contains("Tensor-function numbering: nncase 1.0.0-beta1/-beta2/-rc1", r.Output);
        Assert.Contains("Module 0: stackvm at byte 32, 15,840 bytes", r.Output);
        Assert.Contains("Module 1: k210 at byte 15,872, 1,049,816 bytes", r.Output);
        Assert.Contains("00093 TENSOR DEQUANTIZE dt_in=u8 dt_out=f32", r.Output);
        Assert.Contains("12x112x112 -> 16x112x112", r.Output);
        Assert.Contains("of 6,291,456 bytes of SRAM (fits)", r.Output);
    }

    private void CheckOracle(string[] options, string oracle)
    {
        CliResult r = CliRunner.Run(["run", Yolox("yolox_nano_224.kmodel"), "--input", Yolox("input.bin"), "--out", _dir,
            .. options]);

        Assert.True(r.ExitCode == ExitCodes.Ok, r.ToString());
        byte[] expected = File.ReadAllBytes(Yolox("oracle", oracle));
        byte[] actual = File.ReadAllBytes(Path.Combine(_dir, "input.out0.bin"));
        Assert.Equal(expected.Length, actual.Length);
        Assert.True(expected.AsSpan().SequenceEqual(actual),
            $"{actual.Zip(expected).Count(p => p.First != p.Second)} of {expected.Length} bytes differ from the oracle");
    }
}
