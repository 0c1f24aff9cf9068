using System.Text.Json;

namespace NfK210.Cli.Tests;

/// <summary>
/// The `run` contract of DESIGN.md on the KPU conformance vectors (../shared/vectors/kpu/README.md, "To check a
/// case"): the outputs concatenated in index order equal the expected bytes under the case's profile.
/// </summary>
[Trait("Category", "Conformance")]
public sealed class NativeVectorTests : IDisposable
{
    private readonly string _dir = TestPaths.NewTempDirectory();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [NativeSharedFact]
    public void Run_EveryV3Vector_ReproducesTheExpectedBytes() => CheckVectors("v3-*", minimum: 20);

    [NativeFormatFact(4)]
    public void Run_EveryV4Vector_ReproducesTheExpectedBytes() => CheckVectors("v4-*", minimum: 25);

    private void CheckVectors(string pattern, int minimum)
    {
        var failures = new List<string>();
        int cases = 0;
        foreach (string caseDir in Directory.EnumerateDirectories(TestPaths.Shared("vectors", "kpu"), pattern)
                     .Order(StringComparer.Ordinal))
        {
            cases++;
            string name = Path.GetFileName(caseDir);
            using JsonDocument caseJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(caseDir, "case.json")));
            string profile = caseJson.RootElement.GetProperty("profile").GetString()!;
            string outDir = Path.Combine(_dir, name);
            CliResult r = CliRunner.Run("run", Path.Combine(caseDir, "model.kmodel"), "--input",
                Path.Combine(caseDir, "input.bin"), "--out", outDir, "--kpu-profile", profile);
            if (r.ExitCode != ExitCodes.Ok)
            {
                failures.Add($"{name}: exit {r.ExitCode}: {r.Error.Trim()}");
                continue;
            }

            byte[] expected = Directory.EnumerateFiles(caseDir, "expected*.bin").Order(StringComparer.Ordinal)
                .SelectMany(File.ReadAllBytes).ToArray();
            byte[] actual = Enumerable.Range(0, 64)
                .Select(i => Path.Combine(outDir, $"input.out{i}.bin"))
                .TakeWhile(File.Exists)
                .SelectMany(File.ReadAllBytes)
                .ToArray();
            if (!actual.AsSpan().SequenceEqual(expected))
            {
                int diff = actual.Length == expected.Length ? actual.Zip(expected).Count(p => p.First != p.Second) : -1;
                failures.Add(diff < 0
                    ? $"{name}: {actual.Length} output bytes, expected {expected.Length}"
                    : $"{name}: {diff} of {expected.Length} bytes differ");
            }
        }

        Assert.True(cases >= minimum, $"only {cases} cases matched {pattern}");
        Assert.Empty(failures);
    }
}
