namespace NfK210.Cli.Flash;

/// <summary>The flash command's arguments.</summary>
public sealed record FlashRequest(
    string File,
    string? Port,
    string Board,
    int Baud,
    string? Address,
    bool Sram,
    string? Stub,
    bool Verify,
    bool Reboot,
    bool Force);
