namespace NfK210.Flasher.Flashing;

/// <summary>Where a run reports what it does (the CLI prints it; tests record it).</summary>
public interface IFlashObserver
{
    void Info(string message);

    void Warning(string message);

    /// <summary><paramref name="done"/> of <paramref name="total"/> bytes of <paramref name="label"/>.</summary>
    void Progress(FlashPhase phase, string label, long done, long total);
}
