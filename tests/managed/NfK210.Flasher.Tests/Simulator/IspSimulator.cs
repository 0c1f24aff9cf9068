using System.Buffers.Binary;
using System.Diagnostics;
using System.Security.Cryptography;
using NfK210.Flasher.Protocol;

namespace NfK210.Flasher.Tests.Simulator;

/// <summary>
/// The K210 boot ROM (stage 1) and a stage-2 flash program behind a pseudo-terminal (spec §12), decoding with the
/// flasher's own SLIP and packet code. It follows the line rate the host sets and garbles everything while the
/// two sides disagree, or while the host runs faster than the simulated bridge can.
/// </summary>
public sealed class IspSimulator : IDisposable
{
    public const int FlashSize = 16 << 20;
    public const uint SramBase = 0x80000000;
    public const int SramSize = 8 << 20;
    private const uint EraseAll = 0xFFFFFFEE;

    private readonly PseudoTerminal _pty = new();
    private readonly Thread _thread;
    private readonly Dictionary<byte, int> _occurrences = [];
    private readonly List<string> _log = [];
    private readonly Stopwatch _probation = new();
    private volatile bool _stop;
    private State _state = State.Rom;
    private int _lineBaud = 115200;
    private Exception? _crash;

    public IspSimulator(SimulatedStub stub = SimulatedStub.NfK210)
    {
        Stub = stub;
        Array.Fill(Flash, (byte)0xFF);
        _thread = new Thread(Loop) { IsBackground = true, Name = "isp-simulator" };
        _thread.Start();
    }

    private enum State
    {
        Rom,
        Stub,
        UserProgram,
    }

    public string Port => _pty.SlavePath;

    public SimulatedStub Stub { get; }

    public byte[] Flash { get; } = new byte[FlashSize];

    public byte[] Sram { get; } = new byte[SramSize];

    public List<Fault> Faults { get; } = [];

    /// <summary>The fastest rate the simulated USB bridge can carry.</summary>
    public int MaxBridgeBaud { get; set; } = int.MaxValue;

    /// <summary>How long our stub waits at a new rate for a valid packet before returning to 115200.</summary>
    public TimeSpan BaudProbation { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>When set, 0xC5 starts the stage-2 program only if SRAM holds these bytes at the entry point.</summary>
    public byte[]? KnownStub { get; set; }

    public uint? BootedAt { get; private set; }

    public bool InUserProgram => _state == State.UserProgram;

    /// <summary>Requests seen, as "C3 0x80000000 1024 ok" lines.</summary>
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

    /// <summary>The user holds BOOT and presses RESET: back to the boot ROM at 115200 (flash is kept).</summary>
    public void PressReset()
    {
        lock (_log)
        {
            _state = State.Rom;
            _lineBaud = 115200;
            _probation.Reset();
            _occurrences.Clear();
        }
    }

    /// <summary>A reset with BOOT high: the firmware in flash runs, and nothing answers on the line.</summary>
    public void BootFromFlash()
    {
        lock (_log)
        {
            _state = State.UserProgram;
            _lineBaud = 115200;
            _probation.Reset();
            Resets++;
        }
    }

    /// <summary>Resets with BOOT high seen so far.</summary>
    public int Resets { get; private set; }

    public int Count(IspOpcode op) => Log.Count(l => l.StartsWith($"{(byte)op:X2} ", StringComparison.Ordinal));

    public void Dispose()
    {
        _stop = true;
        _thread.Join(TimeSpan.FromSeconds(5));
        _pty.Dispose();
        if (_crash is not null)
        {
            throw new InvalidOperationException("the simulator crashed", _crash);
        }
    }

    private void Loop()
    {
        var reader = new SlipReader();
        var buffer = new byte[65536];
        try
        {
            while (!_stop)
            {
                int n = _pty.Read(buffer, 5);
                if (_state == State.Stub && _probation.IsRunning && _probation.Elapsed > BaudProbation)
                {
                    _probation.Reset();
                    _lineBaud = 115200;
                    reader.Reset();
                }

                if (n == 0)
                {
                    continue;
                }

                bool garbled = !LineWorks();
                for (int i = 0; i < n; i++)
                {
                    SlipFrame? frame = reader.Push(garbled ? (byte)(buffer[i] ^ 0x55) : buffer[i]);
                    if (frame is { IsValid: true, Payload.Length: > 0 })
                    {
                        Handle(frame.Payload);
                    }
                }
            }
        }
        catch (Exception e)
        {
            _crash = e;
        }
    }

    private bool LineWorks()
    {
        int host = _pty.SlaveBaud;
        return host <= MaxBridgeBaud && Math.Abs(host - _lineBaud) <= _lineBaud * 3 / 100;
    }

    private void Handle(byte[] packet)
    {
        if (_state == State.UserProgram)
        {
            return;
        }

        lock (_log)
        {
            HandleLocked(packet);
        }
    }

    private void HandleLocked(byte[] packet)
    {
        byte op = packet[0];
        int occurrence = _occurrences[op] = _occurrences.GetValueOrDefault(op) + 1;
        List<Fault> faults = [.. Faults.Where(f => f.Applies(op, occurrence))];
        bool Has(FaultKind k) => faults.Any(f => f.Kind == k);

        if (Has(FaultKind.CorruptRequest) && packet.Length > IspRequest.HeaderSize)
        {
            packet[^1] ^= 0x01;
        }

        IspRequest request = IspRequest.Decode(packet, out bool checksumOk);
        Fault? reasonFault = faults.FirstOrDefault(f => f.Kind == FaultKind.Reason);
        IspReason? forced = reasonFault is null ? null : (IspReason)reasonFault.Reason;
        (IspReason reason, byte[] data, bool reply) = forced is IspReason r
            ? (r, [], true)
            : _state == State.Rom ? Rom(request, checksumOk) : Stage2(request, checksumOk, Has(FaultKind.SilentFlashCorruption));
        Record($"{op:X2} 0x{request.Address:X8} {request.Length} {reason}");
        if (!reply || Has(FaultKind.DropReply))
        {
            return;
        }

        if (faults.FirstOrDefault(f => f.Kind == FaultKind.DebugText) is Fault text)
        {
            Send(new IspReply((byte)IspOpcode.DebugInfo, 0, System.Text.Encoding.ASCII.GetBytes(text.Text)).Encode());
        }

        if (faults.FirstOrDefault(f => f.Kind == FaultKind.DelayReply) is Fault delay)
        {
            Thread.Sleep(delay.Delay);
        }

        byte replyOp = Has(FaultKind.ForeignReply) ? (byte)0xFA : op;
        byte[] replyBytes = new IspReply(replyOp, (byte)reason, data).Encode();
        if (Has(FaultKind.GarbleReply))
        {
            _pty.Write([Slip.End, replyBytes[0], Slip.Esc, 0x42, replyBytes[1], Slip.End]);
            return;
        }

        Send(replyBytes);
        if (Has(FaultKind.DuplicateReply))
        {
            Send(replyBytes);
        }
    }

    private void Send(byte[] reply)
    {
        byte[] frame = Slip.Encode(reply);
        if (!LineWorks())
        {
            for (int i = 0; i < frame.Length; i++)
            {
                frame[i] ^= 0x55;
            }
        }

        _pty.Write(frame);
    }

    private (IspReason, byte[], bool) Rom(IspRequest q, bool checksumOk)
    {
        switch ((IspOpcode)q.Op)
        {
            case IspOpcode.RomGreeting:
                return (IspReason.Ok, [], true);
            case IspOpcode.MemoryWrite:
                if (!checksumOk)
                {
                    return (IspReason.BadDataChecksum, [], true);
                }

                if (q.Length != q.Data.Length || q.Address < SramBase || q.Address - SramBase + q.Length > SramSize)
                {
                    return (IspReason.BadDataLength, [], true);
                }

                q.Data.CopyTo(Sram, (int)(q.Address - SramBase));
                return (IspReason.Ok, [], true);
            case IspOpcode.RomBaudRate:
                if (checksumOk && q.Data.Length == 4)
                {
                    // kflash sends 1 523 684 for 1.5 M (the ROM's clock error, spec §8 step 4).
                    _lineBaud = (int)Math.Round(BinaryPrimitives.ReadUInt32LittleEndian(q.Data) * 38 / 38.6);
                }

                return (IspReason.Ok, [], false);
            case IspOpcode.MemoryBoot:
                BootedAt = q.Address;
                bool isStub = KnownStub is null ||
                              Sram.AsSpan((int)(q.Address - SramBase), KnownStub.Length).SequenceEqual(KnownStub);
                _state = isStub ? State.Stub : State.UserProgram;
                _lineBaud = 115200;
                return (IspReason.Ok, [], false);
            default:
                return (IspReason.InvalidCommand, [], true);
        }
    }

    private (IspReason, byte[], bool) Stage2(IspRequest q, bool checksumOk, bool corrupt)
    {
        _probation.Reset(); // a valid frame at the current rate ends the probation
        bool greeting = q.Op is (byte)IspOpcode.FlashGreeting;
        if (!greeting && !checksumOk)
        {
            return (IspReason.BadDataChecksum, [], true);
        }

        bool ours = Stub == SimulatedStub.NfK210;
        switch ((IspOpcode)q.Op)
        {
            case IspOpcode.FlashGreeting:
            case IspOpcode.FlashInit:
                return (IspReason.Ok, [], true);
            case IspOpcode.FlashBaudRate:
                _lineBaud = (int)BinaryPrimitives.ReadUInt32LittleEndian(q.Data);
                if (ours)
                {
                    _probation.Restart();
                }

                return (IspReason.Ok, [], false);
            case IspOpcode.FlashWrite:
                if (q.Length != q.Data.Length || q.Length == 0 || q.Address + (long)q.Length > FlashSize)
                {
                    return (IspReason.BadDataLength, [], true);
                }

                long first = q.Address / 4096 * 4096, end = (q.Address + q.Length + 4095L) / 4096 * 4096;
                Array.Fill(Flash, (byte)0xFF, (int)first, (int)(end - first));
                q.Data.CopyTo(Flash, (int)q.Address);
                if (corrupt)
                {
                    Flash[q.Address + q.Length / 2] ^= 0x10;
                }

                return (IspReason.Ok, [], true);
            case IspOpcode.FlashErase:
                if (q.Address == 0 && q.Length == EraseAll)
                {
                    Array.Fill(Flash, (byte)0xFF);
                    return (IspReason.Ok, [], true);
                }

                if (q.Address % 4096 != 0 || q.Length % 4096 != 0 || q.Address + (long)q.Length > FlashSize)
                {
                    return (IspReason.BadDataLength, [], true);
                }

                Array.Fill(Flash, (byte)0xFF, (int)q.Address, (int)q.Length);
                return (IspReason.Ok, [], true);
            case IspOpcode.FlashRead when ours:
                return q.Length is 0 or > 4096 || q.Address + (long)q.Length > FlashSize
                    ? (IspReason.BadDataLength, [], true)
                    : (IspReason.Ok, Flash.AsSpan((int)q.Address, (int)q.Length).ToArray(), true);
            case IspOpcode.FlashHash when ours:
                return q.Address + (long)q.Length > FlashSize
                    ? (IspReason.BadDataLength, [], true)
                    : (IspReason.Ok, SHA256.HashData(Flash.AsSpan((int)q.Address, (int)q.Length)), true);
            case IspOpcode.FlashInfo when ours:
                return (IspReason.Ok, [0xEF, 0x40, 0x18, 0x00, 0x00, 0x00, 0x01], true);
            default:
                return (IspReason.InvalidCommand, [], true);
        }
    }

    private void Record(string line) => _log.Add(line);
}
