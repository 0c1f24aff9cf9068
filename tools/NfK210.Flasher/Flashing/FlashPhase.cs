namespace NfK210.Flasher.Flashing;

/// <summary>The stretches of a run that have progress.</summary>
public enum FlashPhase
{
    StubUpload,
    SramUpload,
    FlashWrite,
    Verify,
}
