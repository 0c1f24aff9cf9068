namespace NfK210.Flasher.Boards;

/// <summary>Known boards (spec §3; kflash_gui's board → profile table).</summary>
public static class BoardProfiles
{
    public const int FtdiVendorId = 0x0403;

    public static BoardProfile Auto { get; } = new("auto",
        "try the dan, kd233, goD, kd233 reset sequences in turn (the default)", [], null);

    public static IReadOnlyList<BoardProfile> All { get; } =
    [
        Auto,
        new("bit", "Sipeed Maix Bit (no microphone)", [], ResetWiring.Dan),
        new("bit_mic", "Sipeed Maix Bit with microphone", [], ResetWiring.Kd233),
        new("dock", "Sipeed Maix Dock", ["dan"], ResetWiring.Dan),
        new("go", "Sipeed Maix Go with OpenEC or new CMSIS-DAP firmware (FT2232, second interface)", ["goE"],
            ResetWiring.Kd233, RomFastMode: true, BridgeVendorId: FtdiVendorId, BridgeInterface: 1),
        new("goD", "Sipeed Maix Go with the old CMSIS-DAP firmware", [], ResetWiring.GoD),
        new("maixduino", "Sipeed Maixduino", [], ResetWiring.Kd233),
        new("amigo", "Sipeed Maix Amigo", [], ResetWiring.Kd233),
        new("cube", "Sipeed Maix Cube", [], ResetWiring.Kd233),
        new("nano", "Sipeed Maix Nano", [], ResetWiring.Kd233),
        new("m5stickv", "M5Stack M5StickV", [], ResetWiring.Kd233),
        new("kd233", "Kendryte KD233 (set its auto-download jumper)", [], ResetWiring.Kd233),
        new("trainer", "K210 trainer (FT2232, first interface)", [], ResetWiring.Dan,
            RomFastMode: true, BridgeVendorId: FtdiVendorId, BridgeInterface: 0),
    ];

    /// <summary>The wirings auto-detection tries, in kflash's order.</summary>
    public static IReadOnlyList<ResetWiring> AutoOrder { get; } =
        [ResetWiring.Dan, ResetWiring.Kd233, ResetWiring.GoD, ResetWiring.Kd233];

    public static IEnumerable<string> AllNames => All.SelectMany(p => p.Names);

    /// <summary>The profile of a name or alias (case-insensitive), or null.</summary>
    public static BoardProfile? Find(string name) =>
        All.FirstOrDefault(p => p.Names.Any(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase)));
}
