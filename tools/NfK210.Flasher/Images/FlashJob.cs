namespace NfK210.Flasher.Images;

/// <summary>One run's work: regions for flash, or an image for SRAM; plus warnings about the input.</summary>
public sealed record FlashJob(string Description, FlashPlan? Plan, SramImage? Sram, IReadOnlyList<string> Warnings)
{
    /// <summary>True when only raw data is written (no firmware at 0), so a firmware on the board must survive.</summary>
    public bool WritesOnlyData => Plan is not null && Plan.Regions.All(r => !r.IsFirmware && r.Address != 0);
}
