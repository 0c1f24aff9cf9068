namespace NfK210.Cli.Outputs;

/// <summary>
/// Names of the files `run` writes (DESIGN.md contract): DIR/&lt;input file name without extension&gt;.out&lt;i&gt;.bin.
/// </summary>
public static class OutputNaming
{
    public static string FileName(string inputPath, int outputIndex)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(outputIndex);
        return $"{Stem(inputPath)}.out{outputIndex}.bin";
    }

    public static string FilePath(string outputDirectory, string inputPath, int outputIndex) =>
        Path.Combine(outputDirectory, FileName(inputPath, outputIndex));

    /// <summary>The input's file name without its (last) extension.</summary>
    public static string Stem(string inputPath) => Path.GetFileNameWithoutExtension(inputPath);

    /// <summary>
    /// Fails when two different inputs would write the same output files (same name without extension), e.g.
    /// a/x.bin and b/x.png.
    /// </summary>
    /// <exception cref="CliException">Names collide.</exception>
    public static void CheckDistinct(IReadOnlyList<string> inputPaths)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string path in inputPaths)
        {
            string stem = Stem(path);
            if (seen.TryGetValue(stem, out string? other) &&
                !string.Equals(Path.GetFullPath(other), Path.GetFullPath(path), StringComparison.Ordinal))
            {
                throw new CliException(
                    $"inputs '{other}' and '{path}' would both write {stem}.out<i>.bin: rename one of them");
            }

            seen[stem] = path;
        }
    }
}
