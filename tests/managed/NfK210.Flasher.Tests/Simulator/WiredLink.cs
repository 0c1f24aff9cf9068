using NfK210.Flasher.Transport;

namespace NfK210.Flasher.Tests.Simulator;

/// <summary>
/// A serial link whose DTR/RTS lines reach the simulated chip through a board's wiring (spec §3): asserted = pin
/// low. <c>kd233</c>: DTR→RESET, RTS→IO16 (BOOT); <c>dan</c>: RTS→RESET, DTR→IO16. When RESET is released the chip
/// starts in the boot ROM's ISP mode if BOOT is low, else from flash.
/// </summary>
public sealed class WiredLink : ISerialLink
{
    private readonly ISerialLink _inner;
    private readonly IspSimulator _chip;
    private readonly bool _dtrIsReset;
    private bool _inReset;

    public WiredLink(ISerialLink inner, IspSimulator chip, string wiring)
    {
        _inner = inner;
        _chip = chip;
        _dtrIsReset = wiring switch
        {
            "kd233" => true,
            "dan" => false,
            _ => throw new ArgumentException($"no model of the {wiring} wiring", nameof(wiring)),
        };
    }

    /// <summary>Every DTR/RTS state set, as "TF" strings.</summary>
    public List<string> Lines { get; } = [];

    public string Name => _inner.Name;

    public int BaudRate
    {
        get => _inner.BaudRate;
        set => _inner.BaudRate = value;
    }

    public void Write(ReadOnlySpan<byte> data) => _inner.Write(data);

    public int Read(Span<byte> buffer, TimeSpan timeout) => _inner.Read(buffer, timeout);

    public void DiscardBuffers() => _inner.DiscardBuffers();

    public string? TrySetModemLines(bool dtr, bool rts)
    {
        Lines.Add($"{(dtr ? 'T' : 'F')}{(rts ? 'T' : 'F')}");
        bool resetLow = _dtrIsReset ? dtr : rts;
        bool bootLow = _dtrIsReset ? rts : dtr;
        if (_inReset && !resetLow)
        {
            if (bootLow)
            {
                _chip.PressReset();
            }
            else
            {
                _chip.BootFromFlash();
            }
        }

        _inReset = resetLow;
        return null;
    }

    public void Dispose() => _inner.Dispose();
}
