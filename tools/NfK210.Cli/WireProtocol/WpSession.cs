using System.Buffers.Binary;
using System.Diagnostics;
using NfK210.Flasher.Transport;

namespace NfK210.Cli.WireProtocol;

/// <summary>
/// Requests and replies over a serial link. Every send takes the next sequence number; a reply is the packet with the
/// Reply flag, the same command and a seqReply equal to one of this request's sends (a late reply to an earlier try
/// counts, a stale reply to an earlier request does not). A request is sent again when no reply comes in time, when a
/// garbled packet arrives while waiting, or when the device reports our packet as bad; after
/// <see cref="WpTiming.Attempts"/> sends it fails with a message naming the command. Packets the device sends on its
/// own (Message, Ping, ProgramExit) go to <see cref="DevicePacket"/>; a device Ping is answered so nanoCLR knows a
/// debugger is there and sends its console as Message packets.
/// </summary>
public sealed class WpSession
{
    private const uint PingSourceHost = 0x00010002;

    private readonly ISerialLink _link;
    private readonly WpReceiver _receiver = new(WpDevice.DefaultPacketSize);
    private readonly Queue<WpReceived> _pending = new();
    private readonly byte[] _readBuffer = new byte[4096];
    private readonly Stopwatch _sinceLastByte = Stopwatch.StartNew();
    private ushort _nextSeq;

    public WpSession(ISerialLink link, WpTiming timing, TextWriter? trace = null)
    {
        _link = link;
        Timing = timing;
        Trace = trace ?? TextWriter.Null;
    }

    public WpTiming Timing { get; }

    public TextWriter Trace { get; }

    /// <summary>The largest payload either side may send (the device's WP_PACKET_SIZE).</summary>
    public int MaxPayload
    {
        get => _receiver.MaxPayload;
        set => _receiver.MaxPayload = value;
    }

    public WpCrcPolicy CrcPolicy
    {
        get => _receiver.CrcPolicy;
        set => _receiver.CrcPolicy = value;
    }

    /// <summary>Packets the device sent on its own (not replies to our requests).</summary>
    public Action<WpPacket>? DevicePacket { get; set; }

    /// <summary>Bytes outside packets (nanoCLR's plain-text console before a debugger answers).</summary>
    public Action<byte[]>? Noise { get; set; }

    /// <summary>Sends <paramref name="command"/> and returns the device's reply (ACK or NACK; the caller judges).</summary>
    public WpPacket Request(uint command, byte[] payload, TimeSpan? timeout = null, int? attempts = null)
    {
        if (payload.Length > MaxPayload)
        {
            throw new ArgumentException(
                $"{WpCommand.Name(command)}: payload of {payload.Length} bytes exceeds the packet size {MaxPayload}", nameof(payload));
        }

        int tries = attempts ?? Timing.Attempts;
        var sent = new List<ushort>();
        var problems = new List<string>();
        for (int attempt = 1; attempt <= tries; attempt++)
        {
            ushort seq = _nextSeq++;
            sent.Add(seq);
            Transmit(WpPacket.Create(command, seq, 0, WpFlags.None, payload));
            WpPacket? reply = AwaitReply(command, sent, timeout ?? Timing.ReplyTimeout, out string? problem);
            if (reply is not null)
            {
                return reply;
            }

            problems.Add(problem!);
            Trace.WriteLine($"wp: {WpCommand.Name(command)} try {attempt}/{tries}: {problem}");
        }

        throw new WireProtocolException(
            $"{WpCommand.Name(command)}: no valid reply after {tries} tries ({string.Join("; ", problems.Distinct())})");
    }

    /// <summary>Reads and dispatches device packets for <paramref name="duration"/> or until <paramref name="stop"/> says so.</summary>
    public void Pump(TimeSpan duration, Func<bool> stop, CancellationToken cancel)
    {
        var clock = Stopwatch.StartNew();
        while (!stop() && !cancel.IsCancellationRequested && clock.Elapsed < duration)
        {
            WpReceived? item = Next(TimeSpan.FromMilliseconds(100));
            if (item is not null)
            {
                Dispatch(item);
            }
        }
    }

    private WpPacket? AwaitReply(uint command, List<ushort> sent, TimeSpan timeout, out string? problem)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            WpReceived? item = Next(timeout - clock.Elapsed);
            switch (item)
            {
                case null:
                    continue;
                case WpPacketReceived { Packet: var packet } when packet.IsReply && packet.Command == command
                                                                  && sent.Contains(packet.Header.SeqReply):
                    problem = null;
                    return packet;
                case WpPacketReceived { Packet: var packet } when !packet.IsReply && packet.IsNack
                    && (packet.Header.Flags & (WpFlags.BadHeader | WpFlags.BadPayload)) != 0:
                    problem = $"the device reported our packet as bad ({packet.Header.Flags})";
                    return null;
                case WpGarbledPacket garbled:
                    Trace.WriteLine($"wp: garbled packet: {garbled.Problem}");
                    problem = $"garbled reply: {garbled.Problem}";
                    return null;
                default:
                    Dispatch(item);
                    break;
            }
        }

        problem = $"no reply within {timeout.TotalMilliseconds:0} ms";
        return null;
    }

    private void Dispatch(WpReceived item)
    {
        switch (item)
        {
            case WpNoise noise:
                Noise?.Invoke(noise.Bytes);
                break;
            case WpGarbledPacket garbled:
                Trace.WriteLine($"wp: garbled packet ignored: {garbled.Problem}");
                break;
            case WpPacketReceived { Packet: var packet } when packet.IsReply:
                Trace.WriteLine($"wp: stale reply ignored: {packet}");
                break;
            case WpPacketReceived { Packet: var packet }:
                if (packet.Command == WpCommand.Ping && (packet.Header.Flags & WpFlags.Nack) == 0)
                {
                    AnswerDevicePing(packet);
                }

                DevicePacket?.Invoke(packet);
                break;
        }
    }

    /// <summary>nanoCLR's boot-time Ping: the reply says "a host, do not stop" (Monitor_Ping_Reply, flags 0).</summary>
    private void AnswerDevicePing(WpPacket ping)
    {
        var payload = new byte[8];
        BinaryPrimitives.WriteUInt32LittleEndian(payload, PingSourceHost);
        Transmit(WpPacket.Create(WpCommand.Ping, _nextSeq++, ping.Header.Seq, WpFlags.Reply | WpFlags.NonCritical, payload));
    }

    private void Transmit(WpPacket packet)
    {
        Trace.WriteLine($"wp: -> {packet}");
        _link.Write(packet.Encode());
    }

    /// <summary>The next received item, waiting at most <paramref name="wait"/>; a stalled partial packet is abandoned.</summary>
    private WpReceived? Next(TimeSpan wait)
    {
        var clock = Stopwatch.StartNew();
        while (_pending.Count == 0)
        {
            TimeSpan left = wait - clock.Elapsed;
            if (left <= TimeSpan.Zero)
            {
                return null;
            }

            TimeSpan slice = _receiver.InPacket && Timing.PacketTimeout < left ? Timing.PacketTimeout : left;
            int n = _link.Read(_readBuffer, slice);
            var output = new List<WpReceived>();
            if (n > 0)
            {
                _sinceLastByte.Restart();
                _receiver.Push(_readBuffer.AsSpan(0, n), output);
            }
            else if (_receiver.InPacket && _sinceLastByte.Elapsed >= Timing.PacketTimeout)
            {
                _receiver.Abandon(output);
            }

            foreach (WpReceived item in output)
            {
                if (item is WpPacketReceived received)
                {
                    Trace.WriteLine($"wp: <- {received.Packet}");
                }

                _pending.Enqueue(item);
            }
        }

        return _pending.Dequeue();
    }
}
