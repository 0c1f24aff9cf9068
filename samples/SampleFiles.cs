namespace NfK210.Samples;

/// <summary>Paths the samples share: ../shared beside the repository, and output folders.</summary>
internal static class SampleFiles
{
    /// <summary>A file under ../shared/models, or null when the shared folder is absent.</summary>
    public static string? SharedModel(string relative)
    {
        for (DirectoryInfo? d = new(AppContext.BaseDirectory); d != null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "nf-k210.sln")))
            {
                string path = Path.GetFullPath(Path.Combine(d.FullName, "..", "shared", "models", relative));
                return File.Exists(path) ? path : null;
            }
        }

        return null;
    }

    /// <summary>The argument at index, else the shared default; exits with a message when neither exists.</summary>
    public static string Argument(string[] args, int index, string sharedDefault, string what)
    {
        string? path = args.Length > index ? args[index] : SharedModel(sharedDefault);
        if (path is null || !(File.Exists(path) || Directory.Exists(path)))
        {
            Console.Error.WriteLine($"{what} not found: pass it as argument {index + 1} (default ../shared/models/{sharedDefault})");
            Environment.Exit(2);
        }

        return path;
    }
}
