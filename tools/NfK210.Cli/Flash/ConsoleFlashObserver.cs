using System.Diagnostics;
using System.Globalization;
using NfK210.Flasher.Flashing;
using Spectre.Console;

namespace NfK210.Cli.Flash;

/// <summary>
/// Prints a run: a live progress bar with rate and time left on a terminal, otherwise a line per quarter of each
/// stretch with the same numbers.
/// </summary>
public sealed class ConsoleFlashObserver : IFlashObserver
{
    private readonly TextWriter _output;
    private readonly TextWriter _error;
    private readonly Dictionary<string, (Stopwatch Clock, int Quarter)> _plain = [];
    private readonly Dictionary<string, ProgressTask> _tasks = [];
    private ProgressContext? _live;

    public ConsoleFlashObserver(TextWriter output, TextWriter error)
    {
        _output = output;
        _error = error;
    }

    /// <summary>Set while a Spectre progress display owns the terminal.</summary>
    public void Attach(ProgressContext? live) => _live = live;

    public void Info(string message) => _output.WriteLine(message);

    public void Warning(string message) => _error.WriteLine($"warning: {message}");

    public void Progress(FlashPhase phase, string label, long done, long total)
    {
        string title = phase switch
        {
            FlashPhase.StubUpload => "uploading the flash stub",
            FlashPhase.SramUpload => $"loading {label} to SRAM",
            FlashPhase.Verify => $"verifying {label}",
            _ => "writing flash",
        };
        if (_live is not null)
        {
            if (!_tasks.TryGetValue(title, out ProgressTask? task))
            {
                task = _tasks[title] = _live.AddTask(Markup.Escape(title), maxValue: total);
            }

            task.Value = done;
            return;
        }

        if (!_plain.TryGetValue(title, out (Stopwatch Clock, int Quarter) state))
        {
            state = (Stopwatch.StartNew(), 0);
        }

        int quarter = total == 0 ? 4 : (int)(done * 4 / total);
        if (quarter > state.Quarter)
        {
            _output.WriteLine($"{title}: {Line(done, total, state.Clock.Elapsed)}");
            state.Quarter = quarter;
        }

        _plain[title] = state;
    }

    /// <summary>"50% (153,600 of 307,200 bytes), 10.5 KiB/s, 15 s left".</summary>
    public static string Line(long done, long total, TimeSpan elapsed)
    {
        string percent = string.Create(CultureInfo.InvariantCulture,
            $"{(total == 0 ? 100 : done * 100 / total)}% ({done:N0} of {total:N0} bytes)");
        if (elapsed < TimeSpan.FromMilliseconds(200) || done == 0)
        {
            return percent; // too early for a meaningful rate
        }

        double rate = done / elapsed.TotalSeconds;
        string left = done < total ? $", {Math.Ceiling((total - done) / rate):0} s left" : string.Empty;
        return string.Create(CultureInfo.InvariantCulture, $"{percent}, {rate / 1024:0.0} KiB/s{left}");
    }
}
