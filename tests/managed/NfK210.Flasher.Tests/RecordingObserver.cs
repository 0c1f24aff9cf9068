using NfK210.Flasher.Flashing;

namespace NfK210.Flasher.Tests;

/// <summary>Keeps what a run reports.</summary>
public sealed class RecordingObserver : IFlashObserver
{
    public List<string> Infos { get; } = [];

    public List<string> Warnings { get; } = [];

    public Dictionary<FlashPhase, long> LastProgress { get; } = [];

    public void Info(string message)
    {
        lock (Infos)
        {
            Infos.Add(message);
        }
    }

    public void Warning(string message)
    {
        lock (Warnings)
        {
            Warnings.Add(message);
        }
    }

    public void Progress(FlashPhase phase, string label, long done, long total)
    {
        lock (LastProgress)
        {
            LastProgress[phase] = done;
        }
    }
}
