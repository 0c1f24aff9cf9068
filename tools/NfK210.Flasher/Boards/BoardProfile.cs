namespace NfK210.Flasher.Boards;

/// <summary>
/// A board as the flasher needs to know it: its reset wiring, whether its bridge (FTDI FT2232) may run the boot ROM
/// faster (0xC6), and which interface of a dual-port bridge reaches the K210.
/// </summary>
public sealed record BoardProfile(
    string Name,
    string Description,
    IReadOnlyList<string> Aliases,
    ResetWiring? Wiring,
    bool RomFastMode = false,
    int? BridgeVendorId = null,
    int? BridgeInterface = null)
{
    /// <summary>Null wiring: try each wiring in turn (spec §3 auto-detection).</summary>
    public bool IsAuto => Wiring is null;

    public IEnumerable<string> Names => [Name, .. Aliases];
}
