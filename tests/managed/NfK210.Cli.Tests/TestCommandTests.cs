namespace NfK210.Cli.Tests;

/// <summary>
/// `nfk210 test` on nanoCLR (our launcher on the real interpreter) and on .NET: the same outcomes, in the same order,
/// for a test assembly with one test of each kind (tests/clr/LauncherSamples), and exit status 1 when a test fails.
/// </summary>
public sealed class TestCommandTests
{
    private static readonly string[] Expected =
    [
        "Test passed,LauncherSamples.Outcomes.Doubles.0",
        "Test failed,LauncherSamples.Outcomes.Doubles.1,expected 7, got 6",
        "Test failed,LauncherSamples.Outcomes.Fails,expected 1, got 2",
        "Test passed,LauncherSamples.Outcomes.Passes",
        "Test passed,LauncherSamples.Outcomes.SetupRanFirst",
        "Test skipped,LauncherSamples.Outcomes.Skips,not today",
        "Test skipped,LauncherSamples.SkippedClass.NeverRuns,no device here",
        "3 passed, 2 failed, 2 skipped",
    ];

    [NanoFrameworkBuildFact]
    public void EveryOutcomeIsReportedAlikeOnNanoClrAndDotnet()
    {
        string project = Path.Combine(TestPaths.RepoRoot!, "tests", "clr", "LauncherSamples", "LauncherSamples.csproj");

        CliResult clr = CliRunner.Run("test", project);
        CliResult dotnet = CliRunner.Run("test", project, "--runtime", "dotnet");

        Assert.True(clr.ExitCode == 1, clr.ToString());
        Assert.Equal(Expected, Lines(clr.Output));
        Assert.True(dotnet.ExitCode == 1, dotnet.ToString());
        Assert.Equal(Expected, Lines(dotnet.Output));
    }

    /// <summary>The printed lines without the milliseconds a passed test ends with.</summary>
    private static string[] Lines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(l => l.StartsWith("Test passed,", StringComparison.Ordinal) ? l[..l.LastIndexOf(',')] : l)
            .ToArray();
}
