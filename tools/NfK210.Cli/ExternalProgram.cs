using System.ComponentModel;
using System.Diagnostics;

namespace NfK210.Cli;

/// <summary>Runs another program to its end, reading its standard output and error (`test`: dotnet; `--target qemu`).</summary>
internal static class ExternalProgram
{
    /// <summary>Runs <paramref name="program"/> with <paramref name="arguments"/> (each passed as one argument).</summary>
    /// <param name="timeout">Null waits as long as it takes; else the process tree is killed at the end of it.</param>
    /// <exception cref="Win32Exception">The program cannot be started (usually: not found).</exception>
    /// <exception cref="TimeoutException">It ran longer than <paramref name="timeout"/>.</exception>
    public static (int ExitCode, string Output, string Error) Run(
        string program, IEnumerable<string> arguments, string? directory = null, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (directory is not null)
        {
            start.WorkingDirectory = directory;
        }

        foreach (string a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using Process process = Process.Start(start) ?? throw new CliException($"{program} did not start");
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? Timeout.InfiniteTimeSpan))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} did not end within {timeout}");
        }

        return (process.ExitCode, output.Result, error.Result);
    }
}
