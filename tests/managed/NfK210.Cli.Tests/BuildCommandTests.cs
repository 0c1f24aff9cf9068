namespace NfK210.Cli.Tests;

public sealed class BuildCommandTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("nfk210-cli-build-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [NanoFrameworkBuildFact]
    public void BuildPrintsEachAssemblyAndWritesTheImage()
    {
        string app = Directory.CreateDirectory(Path.Combine(_work, "HelloNano")).FullName;
        File.Copy(Path.Combine(TestPaths.RepoRoot!, "samples", "nf", "HelloNano", "Program.cs"), Path.Combine(app, "Program.cs"));
        string output = Path.Combine(_work, "out");

        CliResult result = CliRunner.Run("build", app, "--out", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        string[] lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("  mscorlib ", lines[0]);
        Assert.EndsWith("32,536 bytes  native checksum 0x1549C856", lines[0]);
        Assert.StartsWith("  HelloNano ", lines[1]);
        Assert.EndsWith("no native methods", lines[1]);
        Assert.Equal($"{Path.Combine(output, "HelloNano.bin")}: {new FileInfo(Path.Combine(output, "HelloNano.bin")).Length:N0} bytes, 2 assemblies", lines[2]);
        Assert.True(File.Exists(Path.Combine(output, "mscorlib.pe")));
        Assert.True(File.Exists(Path.Combine(output, "HelloNano.pe")));
    }

    [Fact]
    public void MissingAppIsAnErrorNamingIt()
    {
        string missing = Path.Combine(_work, "Nope.cs");

        CliResult result = CliRunner.Run("build", missing);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"error: '{missing}' not found (give a .cs file, a folder of .cs files or a .csproj)", result.Error);
    }
}
