namespace NfK210.Cli.Tests;

/// <summary>
/// `nfk210 exec`: an app built from source runs on nanoCLR (the host virtual device) and on .NET with the same
/// printed lines and status (0 when Main returns, 1 on an unhandled exception, whose type, message and managed stack
/// go to standard error).
/// </summary>
public sealed class ExecCommandTests : IDisposable
{
    private const string Thrower = """
        using System;

        namespace Thrower
        {
            public static class Program
            {
                public static void Main()
                {
                    Console.WriteLine("before " + Twice(21));
                    Fail(2);
                }

                private static int Twice(int x) => 2 * x;

                private static void Fail(int depth)
                {
                    if (depth == 0)
                    {
                        throw new InvalidOperationException("no more depth");
                    }

                    Fail(depth - 1);
                }
            }
        }
        """;

    private readonly string _work = Directory.CreateTempSubdirectory("nfk210-cli-exec-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [NanoFrameworkBuildFact]
    public void HelloRunsOnNanoClrAndDotnetWithTheSameLines()
    {
        string app = Path.Combine(TestPaths.RepoRoot!, "samples", "nf", "HelloNano");

        CliResult clr = CliRunner.Run("exec", app, "--target", "host");
        CliResult dotnet = CliRunner.Run("exec", app, "--target", "dotnet");

        Assert.True(clr.ExitCode == 0, clr.ToString());
        Assert.Equal("Hello from nanoCLR: 4 squared is 16\ndone\n", clr.Output);
        Assert.True(dotnet.ExitCode == 0, dotnet.ToString());
        Assert.Equal(clr.Output, dotnet.Output);
    }

    [NanoFrameworkBuildFact]
    public void UnhandledExceptionEndsWithStatus1AndItsStackOnBothRuntimes()
    {
        string app = Path.Combine(_work, "Thrower.cs");
        File.WriteAllText(app, Thrower);

        CliResult clr = CliRunner.Run("exec", app);
        CliResult dotnet = CliRunner.Run("exec", app, "--target", "dotnet");

        Assert.True(clr.ExitCode == 1, clr.ToString());
        Assert.Equal("before 42\n", clr.Output);
        Assert.Contains("Unhandled exception. System.InvalidOperationException: no more depth", clr.Error);
        Assert.Equal(3, clr.Error.Split('\n').Count(l => l.Contains("Thrower.Program::Fail", StringComparison.Ordinal)));
        Assert.True(dotnet.ExitCode == 1, dotnet.ToString());
        Assert.Equal(clr.Output, dotnet.Output);
        Assert.Contains("Unhandled exception. System.InvalidOperationException: no more depth", dotnet.Error);
    }

    [Fact]
    public void AMissingImageIsNamed()
    {
        string image = Path.Combine(_work, "none.bin");

        CliResult result = CliRunner.Run("exec", image);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"deployment image '{image}' not found", result.Error);
    }

    [Fact]
    public void AnUnknownTargetIsRefusedByTheParser()
    {
        CliResult result = CliRunner.Run("exec", "app.cs", "--target", "esp32");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("esp32", result.Error);
    }

    [Fact]
    public void BoardWithoutAPortIsAnErrorSayingWhatToAdd()
    {
        CliResult result = CliRunner.Run("exec", "app.cs", "--target", "board");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--target board needs --port PORT", result.Error);
    }

    [Fact]
    public void APortWithoutTheBoardTargetIsRefused()
    {
        CliResult result = CliRunner.Run("exec", "app.cs", "--port", "/dev/ttyUSB9");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--port is for --target board only", result.Error);
    }

    [Fact]
    public void DotnetTargetNeedsTheSourceNotAnImage()
    {
        CliResult result = CliRunner.Run("exec", Path.Combine(_work, "App.bin"), "--target", "dotnet");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--target dotnet runs the app's source", result.Error);
    }
}
