namespace NfK210.Cli.Outputs;

/// <summary>Writing what the commands leave on disk; a failure is a <see cref="CliException"/> naming the path.</summary>
public static class OutputFiles
{
    public static void CreateDirectory(string directory)
    {
        try
        {
            Directory.CreateDirectory(directory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot create output directory '{directory}': {e.Message}", e);
        }
    }

    public static void Write(string path, byte[] bytes)
    {
        try
        {
            File.WriteAllBytes(path, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot write '{path}': {e.Message}", e);
        }
    }
}
