using NfK210.Flasher.Boards;
using NfK210.Flasher.Transport;

namespace NfK210.Flasher.Flashing;

/// <summary>
/// Plays DTR/RTS sequences. When the port has no modem lines (a pseudo-terminal, some bridges) it warns once and
/// from then on does nothing: the chip is assumed to be in ISP mode already (spec addendum A1).
/// </summary>
public sealed class ResetController
{
    private readonly ISerialLink _link;
    private readonly TimeSpan _step;
    private readonly IFlashObserver _observer;

    public ResetController(ISerialLink link, TimeSpan step, IFlashObserver observer)
    {
        _link = link;
        _step = step;
        _observer = observer;
    }

    /// <summary>False once setting the lines has failed.</summary>
    public bool CanReset { get; private set; } = true;

    /// <summary>Plays <paramref name="sequence"/>; false when the lines cannot be set.</summary>
    public bool Play(IReadOnlyList<ModemState> sequence)
    {
        if (!CanReset)
        {
            return false;
        }

        foreach (ModemState state in sequence)
        {
            string? error = _link.TrySetModemLines(state.Dtr, state.Rts);
            if (error is not null)
            {
                CanReset = false;
                _observer.Warning($"cannot set DTR/RTS on {_link.Name} ({error}): the board cannot be reset from " +
                                  "here, so it must already be in ISP mode (hold BOOT, press and release RESET, " +
                                  "release BOOT); going on without reset");
                return false;
            }

            Thread.Sleep(_step);
        }

        return true;
    }
}
