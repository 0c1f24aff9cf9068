using System.Diagnostics;
using System.Text.RegularExpressions;

namespace NfK210.Pe.Building;

/// <summary>Runs `dotnet build` (Release, quiet) as a child process and turns its errors into a readable list.</summary>
public static partial class DotnetBuild
{
    /// <summary>Builds <paramref name="project"/>; throws <see cref="AppBuildException"/> listing the errors
    /// (file(line,col): error CODE: text) when it fails.</summary>
    public static void Build(string project, string what)
    {
        (int code, string output) = Run(["build", project, "-c", "Release", "-nologo", "-v", "q", "-clp:NoSummary"]);
        if (code != 0)
        {
            IReadOnlyList<string> errors = Errors(output);
            string list = errors.Count > 0 ? string.Join(Environment.NewLine, errors) : output.Trim();
            throw new AppBuildException($"building {what} failed:{Environment.NewLine}{list}");
        }
    }

    /// <summary>The value of an MSBuild property of a project after evaluation (Release).</summary>
    public static string Property(string project, string name)
    {
        (int code, string output) = Run(["msbuild", project, $"-getProperty:{name}", "-p:Configuration=Release", "-nologo"]);
        string value = output.Trim();
        if (code != 0 || value.Length == 0)
        {
            throw new AppBuildException($"cannot read {name} of '{project}': {value}");
        }

        return value;
    }

    /// <summary>The distinct error lines of MSBuild output, without the trailing "[project]".</summary>
    public static IReadOnlyList<string> Errors(string output) =>
        output.Split('\n')
            .Select(l => l.Trim())
            .Where(l => ErrorLine().IsMatch(l))
            .Select(l => ProjectSuffix().Replace(l, string.Empty))
            .Distinct(StringComparer.Ordinal)
            .ToList();

    private static (int Code, string Output) Run(IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        // English output, so that error lines can be picked out.
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        using Process process = Process.Start(start) ?? throw new AppBuildException("dotnet did not start");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        return (process.ExitCode, output.Result + error.Result);
    }

    [GeneratedRegex(@":\s*error\s+[A-Z]*[0-9]*\s*:", RegexOptions.CultureInvariant)]
    private static partial Regex ErrorLine();

    [GeneratedRegex(@"\s*\[[^\]]*\.csproj[^\]]*\]$", RegexOptions.CultureInvariant)]
    private static partial Regex ProjectSuffix();
}
