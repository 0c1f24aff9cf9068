using System.ComponentModel;
using System.Diagnostics;

namespace NfK210.Cli.Exec;

/// <summary>
/// Runs a program and passes its standard output and error on as they come (an app's console must appear while it
/// runs, not when it ends); returns its exit code.
/// </summary>
internal static class StreamingProcess
{
    /// <exception cref="CliException">The program cannot be started, or it ran past <paramref name="timeout"/>.</exception>
    public static int Run(string program, IEnumerable<string> arguments, string directory, TimeSpan timeout,
        TextWriter output, TextWriter error)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = directory,
        };
        foreach (string a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        Process process;
        try
        {
            process = Process.Start(start) ?? throw new CliException($"{program} did not start");
        }
        catch (Win32Exception e)
        {
            throw new CliException($"cannot start {program}: {e.Message}");
        }

        using (process)
        {
            Task copyOut = Copy(process.StandardOutput, output);
            Task copyErr = Copy(process.StandardError, error);
            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
                Task.WaitAll(copyOut, copyErr);
                throw new CliException($"{Path.GetFileName(program)} did not end within {timeout.TotalSeconds:0} s; stopped");
            }

            Task.WaitAll(copyOut, copyErr);
            return process.ExitCode;
        }
    }

    private static async Task Copy(StreamReader from, TextWriter to)
    {
        var buffer = new char[4096];
        int n;
        while ((n = await from.ReadAsync(buffer, 0, buffer.Length).ConfigureAwait(false)) > 0)
        {
            lock (to)
            {
                to.Write(buffer, 0, n);
                to.Flush();
            }
        }
    }
}
