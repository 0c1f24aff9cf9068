using System.Buffers.Binary;

namespace NfK210.Cli.WireProtocol;

/// <summary>
/// The Monitor and Debugging commands a deployment needs, with their payloads as nanoCLR lays them out
/// (WireProtocol_MonitorCommands.h, nanoCLR_Debugging.h; all fields little-endian u32).
/// </summary>
public sealed class WpDevice
{
    /// <summary>WP_PACKET_SIZE's default (WireProtocol.h).</summary>
    public const int DefaultPacketSize = 1024;

    /// <summary>Monitor_Reboot options (nanoCLR_Debugging.h).</summary>
    public const uint RebootNormal = 0;
    public const uint RebootClrOnly = 2;

    private const uint PingSourceHost = 0x00010002;
    private const int AddressAndLength = 8;

    public WpDevice(WpSession session)
    {
        Session = session;
    }

    public WpSession Session { get; }

    /// <summary>The largest data length of one WriteMemory: the packet minus address and length, a multiple of 4.</summary>
    public int MaxWriteChunk => (Session.MaxPayload - AddressAndLength) & ~3;

    /// <summary>Pings, then adopts the device's packet size and CRC use.</summary>
    public WpPingReply Ping()
    {
        WpPacket reply;
        try
        {
            reply = Session.Request(WpCommand.Ping, Words(PingSourceHost, 0));
        }
        catch (WireProtocolException e)
        {
            throw new DeviceNotAnsweringException(e.Message);
        }

        if (!reply.IsAck || reply.Payload.Length < 8)
        {
            throw new WireProtocolException(
                $"Ping: unexpected reply ({reply.Header.Flags}, {reply.Payload.Length}-byte payload, Monitor_Ping_Reply has 8)");
        }

        var ping = new WpPingReply(Word(reply.Payload, 0), Word(reply.Payload, 4));
        Session.MaxPayload = ping.PacketSize ?? DefaultPacketSize;
        Session.CrcPolicy = ping.SupportsCrc32 ? WpCrcPolicy.Required : WpCrcPolicy.Absent;
        return ping;
    }

    public IReadOnlyList<FlashSectorRange> FlashSectorMap()
    {
        WpPacket reply = Session.Request(WpCommand.FlashSectorMap, []);
        if (!reply.IsAck)
        {
            return [];
        }

        if (reply.Payload.Length % FlashSectorRange.EncodedLength != 0)
        {
            throw new WireProtocolException(
                $"FlashSectorMap: reply of {reply.Payload.Length} bytes is not a whole number of 16-byte ranges");
        }

        var ranges = new List<FlashSectorRange>();
        for (int offset = 0; offset < reply.Payload.Length; offset += FlashSectorRange.EncodedLength)
        {
            ranges.Add(new FlashSectorRange(Word(reply.Payload, offset), Word(reply.Payload, offset + 4),
                Word(reply.Payload, offset + 8), Word(reply.Payload, offset + 12)));
        }

        return ranges;
    }

    /// <summary>Debugging_Deployment_Status: (StorageStart, StorageLength), or null when the device has none.</summary>
    public (uint Start, uint Length)? DeploymentStatus()
    {
        WpPacket reply = Session.Request(WpCommand.DeploymentStatus, []);
        if (!reply.IsAck || reply.Payload.Length < 12)
        {
            return null;
        }

        return (Word(reply.Payload, 4), Word(reply.Payload, 8));
    }

    public void Erase(uint address, uint length) =>
        CheckAccess("EraseMemory", address, length,
            Session.Request(WpCommand.EraseMemory, Words(address, length), Session.Timing.EraseTimeout(length)));

    public void Write(uint address, ReadOnlySpan<byte> data)
    {
        if (data.Length > MaxWriteChunk || data.Length % 4 != 0)
        {
            throw new ArgumentException(
                $"WriteMemory takes at most {MaxWriteChunk} bytes, a multiple of 4 (got {data.Length})", nameof(data));
        }

        byte[] payload = [.. Words(address, (uint)data.Length), .. data];
        CheckAccess("WriteMemory", address, (uint)data.Length, Session.Request(WpCommand.WriteMemory, payload));
    }

    /// <summary>Monitor_CheckMemory: the device's CRC (seed 0) of the range, or null when it refuses.</summary>
    public uint? CheckMemory(uint address, uint length)
    {
        WpPacket reply = Session.Request(WpCommand.CheckMemory, Words(address, length));
        return reply.IsAck && reply.Payload.Length >= 4 ? Word(reply.Payload, 0) : null;
    }

    /// <summary>Monitor_ReadMemory: the reply is a u32 error field, then the data.</summary>
    public byte[] Read(uint address, uint length)
    {
        WpPacket reply = Session.Request(WpCommand.ReadMemory, Words(address, length));
        if (!reply.IsAck || reply.Payload.Length < 4 + length)
        {
            throw new WireProtocolException(
                $"ReadMemory at 0x{address:X8}: {(reply.IsAck ? $"{reply.Payload.Length}-byte reply for {length} bytes" : "refused")}");
        }

        return reply.Payload[4..(4 + (int)length)];
    }

    /// <summary>
    /// Monitor_Reboot. The device may restart before its reply gets out, so one send and no retry: a second Reboot
    /// could reach the freshly started app.
    /// </summary>
    public bool Reboot(uint options)
    {
        try
        {
            return Session.Request(WpCommand.Reboot, Words(options), attempts: 1).IsAck;
        }
        catch (WireProtocolException)
        {
            return false;
        }
    }

    private static void CheckAccess(string what, uint address, uint length, WpPacket reply)
    {
        if (!reply.IsAck)
        {
            throw new WireProtocolException($"{what} of {length} bytes at 0x{address:X8}: the device refused (NACK)");
        }

        uint code = reply.Payload.Length >= 4 ? Word(reply.Payload, 0) : 0;
        if (code != AccessMemoryError.NoError)
        {
            throw new WireProtocolException(
                $"{what} of {length} bytes at 0x{address:X8}: {AccessMemoryError.Describe(code)}");
        }
    }

    private static uint Word(byte[] data, int offset) => BinaryPrimitives.ReadUInt32LittleEndian(data.AsSpan(offset));

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
