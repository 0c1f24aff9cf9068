using NfK210.Flasher.Boards;

namespace NfK210.Flasher.Flashing;

/// <summary>How a run went.</summary>
public sealed record FlashResult(
    ResetWiring? Wiring,
    int BaudRate,
    FlashInfo? Flash,
    bool Verified,
    bool Rebooted,
    long BytesWritten);
