using NfK210.Flasher.Boards;
using NfK210.Flasher.Protocol;

namespace NfK210.Flasher.Flashing;

/// <summary>Stage 1 (spec §8 steps 1–6): the mask ROM's greeting, optional fast mode, SRAM upload and boot.</summary>
public sealed class RomStage
{
    public const int UploadChunk = 1024;

    private readonly IspChannel _channel;
    private readonly ResetController _reset;
    private readonly FlashOptions _options;
    private readonly IFlashObserver _observer;

    public RomStage(IspChannel channel, ResetController reset, FlashOptions options, IFlashObserver observer)
    {
        _channel = channel;
        _reset = reset;
        _options = options;
        _observer = observer;
    }

    private FlashTiming Timing => _options.Timing;

    /// <summary>
    /// Resets into ISP mode and greets, up to the configured number of attempts (auto: cycling the wirings); then,
    /// for an explicit board that never answered, tries the other wirings once each to name the right profile.
    /// Returns the wiring that worked (null when the board could not be reset).
    /// </summary>
    public ResetWiring? EnterIsp()
    {
        var seen = new List<string>();
        BoardProfile board = _options.Board;
        for (int attempt = 0; attempt < Timing.RomGreetingAttempts; attempt++)
        {
            ResetWiring wiring = board.Wiring ?? BoardProfiles.AutoOrder[attempt % BoardProfiles.AutoOrder.Count];
            if (TryGreet(wiring, seen))
            {
                if (board.IsAuto && _reset.CanReset)
                {
                    _observer.Info($"the board answered to the {wiring.Name} reset sequence");
                }

                return _reset.CanReset ? wiring : null;
            }
        }

        if (!board.IsAuto && _reset.CanReset)
        {
            foreach (ResetWiring other in BoardProfiles.AutoOrder.Distinct().Where(w => w != board.Wiring))
            {
                if (TryGreet(other, seen))
                {
                    string names = string.Join(", ", BoardProfiles.All.Where(p => p.Wiring == other).Select(p => p.Name));
                    _observer.Warning($"the board did not answer to the {board.Name} reset sequence but did to " +
                                      $"{other.Name}'s: wrong board profile? (boards with that wiring: {names}); " +
                                      "going on with it");
                    return other;
                }
            }
        }

        string port = _channel.Link.Name;
        if (seen.Count > 0)
        {
            throw new FlashException(FlashErrorKind.NotAK210,
                $"something answers on {port}, but not as a K210 boot ROM ({seen[^1]}): wrong port? On boards with " +
                "a dual-port USB bridge (Maix Go, Maixduino) the K210 is on one of the two ports: try the other one");
        }

        string reset = _reset.CanReset
            ? $"the {(board.IsAuto ? "dan, kd233 and goD" : board.Name)} reset sequence(s) did not put it in ISP mode: " +
              "check --board, or hold BOOT while pressing RESET"
            : "the port cannot reset the board: put it in ISP mode by hand (hold BOOT, press RESET)";
        throw new FlashException(FlashErrorKind.NoAnswer,
            $"no answer from a K210 on {port} after {Timing.RomGreetingAttempts} greetings: is the board connected " +
            $"to this port and powered? {reset}");
    }

    private bool TryGreet(ResetWiring wiring, List<string> seen)
    {
        _reset.Play(wiring.EnterIsp);
        ReplyOutcome outcome = _channel.Transact(IspRequest.Greeting(IspOpcode.RomGreeting), Timing.RomGreetingTimeout);
        if (outcome.Reply is IspReply reply && IspNames.IsKnownOpcode(reply.Op) &&
            reply.Reason is (byte)IspReason.Ok or (byte)IspReason.Default)
        {
            return true;
        }

        if (outcome.Reply is IspReply other)
        {
            seen.Add($"it replied {other}");
        }
        else if (outcome.Problem is string problem)
        {
            seen.Add(problem);
        }

        return false;
    }

    /// <summary>
    /// FT2232 boards: 0xC6 to 1.5 Mbit/s and a greeting at the new rate (spec §8 step 4). False when the ROM stopped
    /// answering (the link is then unusable until a reset).
    /// </summary>
    public bool TryFastMode()
    {
        _channel.Flush();
        _channel.Send(IspRequest.BaudRate(IspOpcode.RomBaudRate, FlashOptions.RomFastBaudCommand));
        Thread.Sleep(Timing.BaudSwitchDelay);
        _channel.Link.BaudRate = FlashOptions.RomFastBaudHost;
        for (int i = 0; i < Timing.BaudGreetingAttempts; i++)
        {
            ReplyOutcome outcome = _channel.Transact(IspRequest.Greeting(IspOpcode.RomGreeting), Timing.BaudGreetingTimeout);
            if (outcome.Reply is IspReply reply && reply.Reason is (byte)IspReason.Ok or (byte)IspReason.Default)
            {
                return true;
            }
        }

        _channel.Link.BaudRate = FlashOptions.IspBaudRate;
        return false;
    }

    /// <summary>Writes <paramref name="data"/> to SRAM with 0xC3 in 1 KiB chunks, each retried at its own address.</summary>
    public void Upload(uint address, byte[] data, FlashPhase phase, string label, long doneBefore, long total)
    {
        _observer.Progress(phase, label, doneBefore, total);
        for (int offset = 0; offset < data.Length; offset += UploadChunk)
        {
            byte[] chunk = data.AsSpan(offset, Math.Min(UploadChunk, data.Length - offset)).ToArray();
            uint at = address + (uint)offset;
            IspRequest request = IspRequest.WithData(IspOpcode.MemoryWrite, at, chunk);
            SendWithRetries(request, $"writing SRAM at 0x{at:X8}");
            _observer.Progress(phase, label, doneBefore + offset + chunk.Length, total);
        }
    }

    /// <summary>0xC5: start the code at <paramref name="entry"/> (no reply).</summary>
    public void Boot(uint entry)
    {
        _channel.Flush();
        _channel.Send(IspRequest.Command(IspOpcode.MemoryBoot, entry, 0));
    }

    private void SendWithRetries(IspRequest request, string what)
    {
        ReplyOutcome last = ReplyOutcome.Timeout;
        for (int attempt = 0; attempt <= Timing.PacketRetries; attempt++)
        {
            last = _channel.Transact(request, Timing.ReplyTimeout + LineTime.Of(request.Data.Length, _channel.Link.BaudRate, Timing));
            if (last.Reply is IspReply reply && IspNames.IsKnownOpcode(reply.Op))
            {
                if (reply.Reason is (byte)IspReason.Ok or (byte)IspReason.Default)
                {
                    _channel.SettleAfterRetry(attempt, Timing.LateReplySettle);
                    return;
                }

                if (reply.Reason is not ((byte)IspReason.BadDataChecksum or (byte)IspReason.BadDataLength))
                {
                    throw new FlashException(FlashErrorKind.CommandFailed,
                        $"{what}: the boot ROM refused the packet: {IspNames.Reason(reply.Reason)}");
                }
            }
        }

        throw new FlashException(FlashErrorKind.CommandFailed,
            $"{what}: no good reply after {Timing.PacketRetries + 1} tries (last: {last}); the line is unreliable: " +
            "check the cable, or use a lower --baud");
    }
}
