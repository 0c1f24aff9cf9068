namespace NfK210.Flasher.Boards;

/// <summary>
/// How a board wires DTR/RTS to RESET and IO16 (BOOT), as the sequences of spec §3 table: one sequence enters the
/// boot ROM's ISP mode, the other boots from flash. Each step lasts 100 ms.
/// </summary>
public sealed record ResetWiring(string Name, IReadOnlyList<ModemState> EnterIsp, IReadOnlyList<ModemState> BootFlash)
{
    private static readonly ModemState FF = new(false, false);
    private static readonly ModemState TF = new(true, false);
    private static readonly ModemState FT = new(false, true);
    private static readonly ModemState TT = new(true, true);

    /// <summary>kflash <c>kd233</c> (and <c>goE</c>): DTR→RESET, RTS→IO16.</summary>
    public static ResetWiring Kd233 { get; } = new("kd233", [FF, TF, FT], [FF, TF, FF]);

    /// <summary>kflash <c>dan</c>/<c>bit</c>/<c>trainer</c>: RTS→RESET, DTR→IO16.</summary>
    public static ResetWiring Dan { get; } = new("dan", [FF, FT, TF], [FF, FT, FF]);

    /// <summary>kflash <c>goD</c> (Maix Go with the old CMSIS-DAP firmware).</summary>
    public static ResetWiring GoD { get; } = new("goD", [TT, TF, TF], [FF, TF, TT]);
}
