using NfK210.Cli.Commands;
using NfK210.Cli.Native;

namespace NfK210.Cli.Tests;

/// <summary>Command-line parsing and the failures that happen before the native library is needed.</summary>
public sealed class ArgumentHandlingTests : IDisposable
{
    private readonly string _dir = TestPaths.NewTempDirectory();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Run_WithoutInput_FailsNamingTheOption()
    {
        CliResult r = CliRunner.Run("run", "model.kmodel", "--out", _dir);

        Assert.NotEqual(ExitCodes.Ok, r.ExitCode);
        Assert.Contains("--input", r.Error);
    }

    [Fact]
    public void Run_WithoutOut_FailsNamingTheOption()
    {
        CliResult r = CliRunner.Run("run", "model.kmodel", "--input", "x.bin");

        Assert.NotEqual(ExitCodes.Ok, r.ExitCode);
        Assert.Contains("--out", r.Error);
    }

    [Fact]
    public void Run_TargetBoardWithoutPort_AsksForThePort()
    {
        CliResult r = CliRunner.Run("run", "model.kmodel", "--input", "x.bin", "--out", _dir, "--target", "board");

        Assert.NotEqual(ExitCodes.Ok, r.ExitCode);
        Assert.Contains("--port", r.Error);
    }

    [Theory]
    [InlineData("--target", "fpga")]
    [InlineData("--kpu-profile", "nncase-9")]
    public void Run_UnknownOptionValue_IsAParseErrorNamingIt(string option, string value)
    {
        CliResult r = CliRunner.Run("run", "m.kmodel", "--input", "x.bin", "--out", _dir, option, value);

        Assert.Equal(ExitCodes.Failure, r.ExitCode);
        Assert.Contains(value, r.Error);
    }

    [Fact]
    public void Run_MissingModel_Exits1WithClearMessage()
    {
        string input = Path.Combine(_dir, "x.bin");
        File.WriteAllBytes(input, new byte[4]);

        CliResult r = CliRunner.Run("run", Path.Combine(_dir, "nope.kmodel"), "--input", input, "--out", _dir);

        Assert.Equal(ExitCodes.Failure, r.ExitCode);
        Assert.Contains("model file", r.Error);
        Assert.Contains("nope.kmodel", r.Error);
        Assert.Contains("does not exist", r.Error);
    }

    [Fact]
    public void Run_ModelIsADirectory_Exits1()
    {
        CliResult r = CliRunner.Run("run", _dir, "--input", "x.bin", "--out", _dir);

        Assert.Equal(ExitCodes.Failure, r.ExitCode);
        Assert.Contains($"model file '{_dir}' is a directory", r.Error);
    }

    [Fact]
    public void Run_MissingInput_Exits1NamingIt()
    {
        string model = Path.Combine(_dir, "m.kmodel");
        File.WriteAllBytes(model, new byte[64]);

        CliResult r = CliRunner.Run("run", model, "--input", Path.Combine(_dir, "absent.bin"), "--out", _dir);

        Assert.Equal(ExitCodes.Failure, r.ExitCode);
        Assert.Contains("absent.bin", r.Error);
    }

    [Fact]
    public void Run_TwoInputsWithTheSameStem_AreRefused()
    {
        string model = Path.Combine(_dir, "m.kmodel");
        File.WriteAllBytes(model, new byte[64]);
        Directory.CreateDirectory(Path.Combine(_dir, "a"));
        Directory.CreateDirectory(Path.Combine(_dir, "b"));

        CliResult r = CliRunner.Run("run", model, "--input", Path.Combine(_dir, "a", "x.bin"),
            "--input", Path.Combine(_dir, "b", "x.bmp"), "--out", _dir);

        Assert.Equal(ExitCodes.Failure, r.ExitCode);
        Assert.Contains("x.out<i>.bin", r.Error);
    }

    [Theory]
    [InlineData("inspect")]
    [InlineData("bench")]
    public void MissingModel_Exits1(string command)
    {
        CliResult r = CliRunner.Run(command, Path.Combine(_dir, "nope.kmodel"));

        Assert.Equal(ExitCodes.Failure, r.ExitCode);
        Assert.Contains("does not exist", r.Error);
    }

    [Fact]
    public void Bench_ZeroRuns_IsRefused()
    {
        CliResult r = CliRunner.Run("bench", "m.kmodel", "--runs", "0");

        Assert.Equal(ExitCodes.Failure, r.ExitCode);
        Assert.Contains("--runs", r.Error);
    }

    [Fact]
    public void UnknownCommand_Fails()
    {
        CliResult r = CliRunner.Run("frobnicate");

        Assert.NotEqual(ExitCodes.Ok, r.ExitCode);
    }

    [Fact]
    public void Help_ListsTheCommands()
    {
        CliResult r = CliRunner.Run("--help");

        Assert.Equal(ExitCodes.Ok, r.ExitCode);
        foreach (string command in new[] { "run", "inspect", "bench", "demo" })
        {
            Assert.Contains(command, r.Output);
        }
    }

    [Theory]
    [InlineData("auto", KpuProfile.Auto)]
    [InlineData("nncase-0.1", KpuProfile.Nncase01)]
    [InlineData("nncase-0.2", KpuProfile.Nncase02)]
    [InlineData("truncate", KpuProfile.Truncate)]
    public void KpuProfileNames_ParseAndFormat_RoundTrip(string name, KpuProfile profile)
    {
        Assert.Equal(profile, KpuProfileNames.Parse(name));
        Assert.Equal(name, KpuProfileNames.ToName(profile));
        Assert.Equal((int)profile, name switch { "auto" => 0, "nncase-0.1" => 1, "nncase-0.2" => 2, _ => 3 });
    }
}
