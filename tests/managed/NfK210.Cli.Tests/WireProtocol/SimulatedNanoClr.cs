using System.Buffers.Binary;
using System.Text;
using NfK210.Cli.WireProtocol;
using NfK210.Flasher.Tests.Simulator;

namespace NfK210.Cli.Tests.WireProtocol;

/// <summary>
/// nanoCLR's side of the wire protocol behind a pseudo-terminal, as nf-interpreter's Debugger.cpp answers: Ping,
/// FlashSectorMap, Deployment_Status, Erase/Write/Check/ReadMemory on a NOR-like deployment region in memory
/// (erase sets whole blocks to 0xFF, a write can only clear bits), and Reboot, after which the "app" pings the host
/// and prints <see cref="ConsoleLines"/> as Message packets, then reports ProgramExit. Every command is logged; faults
/// drop or garble chosen replies.
/// </summary>
public sealed class SimulatedNanoClr : IDisposable
{
    public const uint CodeStart = 0x00000000;
    public const uint DeploymentStart = 0x00400000;
    public const uint BlockSize = 4096;
    public const int Blocks = 16;

    private const uint SourceNanoClr = 0x00010000;
    private const uint Crc32Flag = 0x10;

    private readonly PseudoTerminal _pty = new();
    private readonly Thread _thread;
    private readonly WpReceiver _receiver;
    private readonly List<string> _log = [];
    private readonly Dictionary<uint, int> _seen = [];
    private volatile bool _stop;
    private ushort _seq = 0x4000;
    private Exception? _crash;

    public SimulatedNanoClr(int packetSize = 1024)
    {
        PacketSize = packetSize;
        _receiver = new WpReceiver(packetSize) { CrcPolicy = WpCrcPolicy.Required };
        Array.Fill(Region, (byte)0xFF);
        _thread = new Thread(Loop) { IsBackground = true, Name = "nanoclr-simulator" };
        _thread.Start();
    }

    public string Port => _pty.SlavePath;

    public int PacketSize { get; }

    public byte[] Region { get; } = new byte[BlockSize * Blocks];

    /// <summary>Faults keyed by (command, occurrence counted from 1).</summary>
    public Dictionary<(uint Command, int Occurrence), SimulatedFault> Faults { get; } = [];

    public List<string> ConsoleLines { get; } = [];

    /// <summary>Plain text the "app" writes before the host answered its Ping (nanoCLR's DebugTextPort).</summary>
    public string? PlainTextBeforePing { get; set; }

    public bool Rebooted { get; private set; }

    public uint? RebootOptions { get; private set; }

    /// <summary>The largest WriteMemory data length received.</summary>
    public int LargestWrite { get; private set; }

    /// <summary>Requests seen, as "WriteMemory 0x00400000 1016" lines.</summary>
    public IReadOnlyList<string> Log
    {
        get
        {
            lock (_log)
            {
                return [.. _log];
            }
        }
    }

    public void Dispose()
    {
        _stop = true;
        _thread.Join(2000);
        _pty.Dispose();
        if (_crash is not null)
        {
            throw new InvalidOperationException("the simulator crashed", _crash);
        }
    }

    private void Loop()
    {
        var buffer = new byte[4096];
        var received = new List<WpReceived>();
        try
        {
            while (!_stop)
            {
                int n = _pty.Read(buffer, 50);
                if (n == 0)
                {
                    continue;
                }

                received.Clear();
                _receiver.Push(buffer.AsSpan(0, n), received);
                foreach (WpReceived item in received)
                {
                    if (item is WpPacketReceived { Packet: var packet })
                    {
                        Handle(packet);
                    }
                    else if (item is WpGarbledPacket)
                    {
                        // WP_ReportBadPacket: cmd 0, NonCritical | NACK | BadHeader.
                        Send(WpPacket.Create(0, _seq++, 0, WpFlags.BadHeader | WpFlags.NonCritical | WpFlags.Nack, []));
                    }
                }
            }
        }
        catch (Exception e)
        {
            _crash = e;
        }
    }

    private void Handle(WpPacket request)
    {
        if (request.IsReply)
        {
            lock (_log)
            {
                _log.Add($"reply to {WpCommand.Name(request.Command)}");
            }

            if (request.Command == WpCommand.Ping && Rebooted)
            {
                RunApp();
            }

            return;
        }

        byte[] p = request.Payload;
        uint Arg(int index) => BinaryPrimitives.ReadUInt32LittleEndian(p.AsSpan(index * 4));
        string entry = request.Command switch
        {
            WpCommand.EraseMemory or WpCommand.CheckMemory or WpCommand.ReadMemory => $"{WpCommand.Name(request.Command)} 0x{Arg(0):X8} {Arg(1)}",
            WpCommand.WriteMemory => $"WriteMemory 0x{Arg(0):X8} {Arg(1)}",
            _ => WpCommand.Name(request.Command),
        };
        lock (_log)
        {
            _log.Add(entry);
        }

        int occurrence = _seen[request.Command] = _seen.GetValueOrDefault(request.Command) + 1;
        SimulatedFault? fault = Faults.TryGetValue((request.Command, occurrence), out SimulatedFault f) ? f
            : Faults.TryGetValue((request.Command, 0), out f) ? f : null;
        (bool ack, byte[] payload) = Execute(request.Command, p);
        if (fault is SimulatedFault.DropReply or SimulatedFault.NeverReply)
        {
            return;
        }

        WpPacket reply = WpPacket.Create(request.Command, _seq++, request.Header.Seq,
            WpFlags.Reply | WpFlags.NonCritical | (ack ? WpFlags.Ack : WpFlags.Nack), payload);
        byte[] bytes = reply.Encode();
        if (fault == SimulatedFault.CorruptPayload && payload.Length > 0)
        {
            bytes[WpPacketHeader.Length] ^= 0x5A;
        }
        else if (fault is SimulatedFault.CorruptHeader or SimulatedFault.CorruptPayload)
        {
            bytes[20] ^= 0x01; // seq
        }

        _pty.Write(bytes);
        if (request.Command == WpCommand.Reboot && ack)
        {
            Rebooted = true;
            RebootOptions = Arg(0);
            if (PlainTextBeforePing is not null)
            {
                _pty.Write(Encoding.UTF8.GetBytes(PlainTextBeforePing));
            }

            // Debugger_Discovery: the fresh nanoCLR pings; the app runs once the host answers.
            Send(WpPacket.Create(WpCommand.Ping, _seq++, 0, WpFlags.NonCritical | WpFlags.NoCaching, Words(SourceNanoClr, 0)));
        }
    }

    private void RunApp()
    {
        foreach (string line in ConsoleLines)
        {
            Send(WpPacket.Create(WpCommand.Message, _seq++, 0, WpFlags.NonCritical | WpFlags.NoCaching,
                Encoding.UTF8.GetBytes(line + "\n")));
        }

        Send(WpPacket.Create(WpCommand.ProgramExit, _seq++, 0, WpFlags.NonCritical, []));
    }

    private (bool Ack, byte[] Payload) Execute(uint command, byte[] p)
    {
        uint Arg(int index) => BinaryPrimitives.ReadUInt32LittleEndian(p.AsSpan(index * 4));
        switch (command)
        {
            case WpCommand.Ping:
                uint sizeCode = PacketSize switch { 1024 => 1u, 512 => 2u, 256 => 3u, _ => 4u };
                return (true, Words(SourceNanoClr, Crc32Flag | (sizeCode << 8)));
            case WpCommand.FlashSectorMap:
                // The image's code range (not to be touched), then the deployment range.
                return (true, Words(CodeStart, 64, BlockSize, 0x20, DeploymentStart, Blocks, BlockSize, 0x50));
            case WpCommand.DeploymentStatus:
                return (true, Words(0, DeploymentStart, (uint)Region.Length));
            case WpCommand.EraseMemory:
            {
                if (!InRegion(Arg(0), Arg(1)))
                {
                    return (true, Words(0x10));
                }

                uint first = (Arg(0) - DeploymentStart) / BlockSize;
                uint last = (Arg(0) + Arg(1) - 1 - DeploymentStart) / BlockSize;
                Array.Fill(Region, (byte)0xFF, (int)(first * BlockSize), (int)((last - first + 1) * BlockSize));
                return (true, Words(AccessMemoryError.NoError));
            }

            case WpCommand.WriteMemory:
            {
                uint length = Arg(1);
                if (!InRegion(Arg(0), length) || p.Length != 8 + length)
                {
                    return (true, Words(0x10));
                }

                LargestWrite = Math.Max(LargestWrite, (int)length);
                int offset = (int)(Arg(0) - DeploymentStart);
                for (int i = 0; i < length; i++)
                {
                    Region[offset + i] &= p[8 + i]; // NOR flash: a write only clears bits
                }

                return (true, Words(AccessMemoryError.NoError));
            }

            case WpCommand.CheckMemory:
                return InRegion(Arg(0), Arg(1))
                    ? (true, Words(WpCrc32.Compute(Region.AsSpan((int)(Arg(0) - DeploymentStart), (int)Arg(1)))))
                    : (false, []);
            case WpCommand.ReadMemory:
                return InRegion(Arg(0), Arg(1))
                    ? (true, [.. Words(0), .. Region.AsSpan((int)(Arg(0) - DeploymentStart), (int)Arg(1))])
                    : (false, []);
            case WpCommand.Reboot:
                return (true, []);
            default:
                return (false, []);
        }
    }

    private bool InRegion(uint address, uint length) =>
        address >= DeploymentStart && (ulong)address + length <= DeploymentStart + (ulong)Region.Length;

    private void Send(WpPacket packet) => _pty.Write(packet.Encode());

    private static byte[] Words(params uint[] values)
    {
        var bytes = new byte[values.Length * 4];
        for (int i = 0; i < values.Length; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(bytes.AsSpan(i * 4), values[i]);
        }

        return bytes;
    }
}
