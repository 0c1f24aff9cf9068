using NfK210.Flasher.Transport;

namespace NfK210.Flasher.Boards;

/// <summary>
/// Picks the interface of a dual-port bridge that reaches the K210 (spec §2: the second FT2232 interface on the Maix
/// Go, the first on the trainer), or the one port when no port is given.
/// </summary>
public static class BridgeSelector
{
    /// <summary>
    /// The port to open: <paramref name="requested"/>, or its sibling interface when the board wants another
    /// interface of the same bridge (<paramref name="note"/> says so); with no request, the only candidate.
    /// </summary>
    public static string Choose(string? requested, BoardProfile board, IReadOnlyList<PortInfo> ports, out string? note)
    {
        note = null;
        if (requested is not null)
        {
            PortInfo? given = ports.FirstOrDefault(p => SamePath(p.Path, requested));
            if (given is null || !WantsOtherInterface(board, given))
            {
                return requested;
            }

            PortInfo? sibling = ports.FirstOrDefault(p => p.UsbDevice == given.UsbDevice &&
                                                          p.InterfaceNumber == board.BridgeInterface);
            if (sibling is null)
            {
                return requested;
            }

            note = $"{requested} is interface {given.InterfaceNumber} of the {given.Bridge} bridge; the {board.Name} " +
                   $"board's K210 is on interface {board.BridgeInterface}: using {sibling.Path}";
            return sibling.Path;
        }

        List<PortInfo> candidates = [.. ports.Where(p => !WantsOtherInterface(board, p))];
        if (candidates.Count == 1)
        {
            note = $"using {candidates[0]}, the only candidate serial port";
            return candidates[0].Path;
        }

        string found = candidates.Count == 0
            ? "no USB serial port was found (is the board plugged in?)"
            : "several serial ports were found: " + string.Join(", ", candidates);
        throw new FlashException(FlashErrorKind.NoPort, $"no --port given and {found}; name one with --port");
    }

    private static bool WantsOtherInterface(BoardProfile board, PortInfo port) =>
        board.BridgeInterface is int wanted && port.VendorId == board.BridgeVendorId &&
        port.InterfaceNumber is int actual && actual != wanted;

    private static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
}
