using System.Buffers.Binary;
using System.Diagnostics;
using NfK210.Flasher.Protocol;

namespace NfK210.Flasher.Flashing;

/// <summary>
/// Stage 2 (spec §8 steps 7–10): the flash program's greeting, baud change, flash init and writes, plus nf-k210's
/// extensions (flash info, hash, read) which other stage-2 programs answer with "invalid command".
/// </summary>
public sealed class StubStage
{
    public const int ReadChunk = 4096;

    private readonly IspChannel _channel;
    private readonly FlashOptions _options;
    private readonly IFlashObserver _observer;

    public StubStage(IspChannel channel, FlashOptions options, IFlashObserver observer)
    {
        _channel = channel;
        _options = options;
        _observer = observer;
    }

    private FlashTiming Timing => _options.Timing;

    private int Baud => _channel.Link.BaudRate;

    /// <summary>0xD2 until it answers <c>D2 E0</c>, <paramref name="attempts"/> times.</summary>
    public bool Greet(int attempts, TimeSpan timeout)
    {
        for (int i = 0; i < attempts; i++)
        {
            if (i > 0)
            {
                Thread.Sleep(Timing.StubGreetingInterval);
            }

            ReplyOutcome outcome = _channel.Transact(IspRequest.Greeting(IspOpcode.FlashGreeting), timeout);
            if (outcome.Reply is { Op: (byte)IspOpcode.FlashGreeting, IsOk: true })
            {
                return true;
            }
        }

        return false;
    }

    public void Connect()
    {
        if (!Greet(Timing.StubGreetingAttempts, Timing.ReplyTimeout))
        {
            string text = _channel.DebugText.Count > 0 ? $" (it said: \"{_channel.DebugText[^1]}\")" : string.Empty;
            throw new FlashException(FlashErrorKind.StubNoAnswer,
                $"failed to connect to the stage-2 flash program after it was started{text}: the upload may have been " +
                "corrupted or the board reset; run again (and check the cable)");
        }
    }

    /// <summary>
    /// 0xD6 to <paramref name="baud"/> and a greeting at it. When the link fails there, waits for our stub's
    /// probation to expire and greets at 115200. Returns true on success at the new rate, false when back at 115200;
    /// throws when the stage-2 program answers at neither rate.
    /// </summary>
    public bool TryBaud(int baud)
    {
        _channel.Flush();
        _channel.Send(IspRequest.BaudRate(IspOpcode.FlashBaudRate, (uint)baud));
        var sinceCommand = Stopwatch.StartNew();
        Thread.Sleep(Timing.BaudSwitchDelay);
        _channel.Link.BaudRate = baud;
        if (Greet(Timing.BaudGreetingAttempts, Timing.BaudGreetingTimeout))
        {
            return true;
        }

        _channel.Link.BaudRate = FlashOptions.IspBaudRate;
        TimeSpan wait = Timing.StubBaudProbation - sinceCommand.Elapsed;
        if (wait > TimeSpan.Zero)
        {
            Thread.Sleep(wait);
        }

        if (Greet(Timing.BaudGreetingAttempts, Timing.BaudGreetingTimeout))
        {
            return false;
        }

        throw new FlashException(FlashErrorKind.BaudRateFailed,
            $"after switching to {baud} baud the stage-2 program stopped answering, and it did not come back at " +
            $"{FlashOptions.IspBaudRate} (only nf-k210's stub does): the USB-serial bridge probably cannot run at " +
            $"{baud} baud (CH340/CH552 bridges often fail at 1 Mbit/s and above). Reset the board and retry with a " +
            "lower --baud (115200 always works)");
    }

    /// <summary>0xD7: initialise the flash (same retry policy as the greeting).</summary>
    public void InitFlash(uint selector)
    {
        ReplyOutcome last = ReplyOutcome.Timeout;
        for (int i = 0; i < Timing.StubGreetingAttempts; i++)
        {
            if (i > 0)
            {
                Thread.Sleep(Timing.StubGreetingInterval);
            }

            last = _channel.Transact(IspRequest.Command(IspOpcode.FlashInit, selector, 0), Timing.ReplyTimeout);
            if (last.Reply is { Op: (byte)IspOpcode.FlashInit } reply)
            {
                if (reply.IsOk)
                {
                    return;
                }

                if (reply.Reason is (byte)IspReason.BadInitialization or (byte)IspReason.InvalidCommand or
                    (byte)IspReason.BadExec)
                {
                    throw new FlashException(FlashErrorKind.CommandFailed,
                        $"the stage-2 program could not initialise the flash (selector {selector}): " +
                        $"{IspNames.Reason(reply.Reason)}{DebugSuffix()}; the flash chip may be missing or damaged");
                }
            }
        }

        throw new FlashException(FlashErrorKind.CommandFailed,
            $"flash init (0xD7) got no good reply after {Timing.StubGreetingAttempts} tries (last: {last}){DebugSuffix()}");
    }

    /// <summary>0xD4 with retries at the same address; E3/E4/E5 abort at once.</summary>
    public void WriteFrame(uint address, byte[] data)
    {
        IspRequest request = IspRequest.WithData(IspOpcode.FlashWrite, address, data);
        TimeSpan timeout = Timing.ReplyTimeout + LineTime.Of(data.Length, Baud, Timing);
        ReplyOutcome last = ReplyOutcome.Timeout;
        for (int attempt = 0; attempt <= Timing.PacketRetries; attempt++)
        {
            last = _channel.Transact(request, timeout);
            if (last.Reply is IspReply reply && IspNames.IsKnownOpcode(reply.Op))
            {
                if (reply.IsOk)
                {
                    _channel.SettleAfterRetry(attempt, Timing.LateReplySettle);
                    return;
                }

                if (reply.Reason is not ((byte)IspReason.BadDataChecksum or (byte)IspReason.BadDataLength))
                {
                    throw new FlashException(FlashErrorKind.CommandFailed,
                        $"writing flash at 0x{address:X6}: the stage-2 program refused: " +
                        $"{IspNames.Reason(reply.Reason)}{DebugSuffix()}");
                }
            }
        }

        throw new FlashException(FlashErrorKind.CommandFailed,
            $"writing flash at 0x{address:X6}: no good reply after {Timing.PacketRetries + 1} tries (last: {last}); " +
            "the line is unreliable: check the cable, or use a lower --baud");
    }

    /// <summary>Extension 0xDE: JEDEC id and capacity.</summary>
    public ExtensionCall Info() => Extension(IspRequest.Command(IspOpcode.FlashInfo, 0, 0), 7, Timing.ReplyTimeout);

    /// <summary>Extension 0xDA: SHA-256 of flash [address, address + length).</summary>
    public ExtensionCall Hash(uint address, uint length) =>
        Extension(IspRequest.Command(IspOpcode.FlashHash, address, length), 32,
            Timing.ReplyTimeout + TimeSpan.FromSeconds(length / 200_000.0));

    /// <summary>Extension 0xD9: read flash [address, address + length), length ≤ 4096.</summary>
    public ExtensionCall Read(uint address, int length) =>
        Extension(IspRequest.Command(IspOpcode.FlashRead, address, (uint)length), length,
            Timing.ReplyTimeout + LineTime.Of(2L * length, Baud, Timing));

    public static FlashInfo ParseInfo(byte[] data) =>
        new((uint)(data[0] << 16 | data[1] << 8 | data[2]), BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(3)));

    private ExtensionCall Extension(IspRequest request, int replyBytes, TimeSpan timeout)
    {
        ReplyOutcome last = ReplyOutcome.Timeout;
        int silent = 0;
        for (int attempt = 0; attempt <= Timing.PacketRetries; attempt++)
        {
            last = _channel.Transact(request, timeout);
            if (last.Reply is IspReply reply)
            {
                if (reply.Reason == (byte)IspReason.InvalidCommand)
                {
                    return ExtensionCall.NotKnown;
                }

                if (reply.Op == request.Op && reply.IsOk && reply.Payload.Length == replyBytes)
                {
                    _channel.SettleAfterRetry(attempt, Timing.LateReplySettle);
                    return new ExtensionCall(reply.Payload, false);
                }
            }
            else if (last.TimedOut)
            {
                if (!Greet(1, Timing.ReplyTimeout))
                {
                    break; // silence, and no greeting either: the program is gone
                }

                // It greets but did not answer: a lost reply, or a program that ignores unknown opcodes.
                if (++silent == 2)
                {
                    return ExtensionCall.NotKnown;
                }
            }
        }

        throw new FlashException(FlashErrorKind.CommandFailed,
            $"{IspNames.Opcode(request.Op)} got no good reply after {Timing.PacketRetries + 1} tries (last: {last})");
    }

    private string DebugSuffix() =>
        _channel.DebugText.Count > 0 ? $" (it said: \"{_channel.DebugText[^1]}\")" : string.Empty;
}
