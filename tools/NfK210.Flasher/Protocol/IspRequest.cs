using System.Buffers.Binary;
using System.IO.Hashing;

namespace NfK210.Flasher.Protocol;

/// <summary>
/// A request packet (spec §5): <c>u16 op, u16 0, u32 crc32(bytes 8..end), u32 address, u32 length, data</c>,
/// little-endian. The two greetings are the fixed 13-byte form <c>op 00×12</c>.
/// </summary>
public sealed class IspRequest
{
    public const int HeaderSize = 16;
    public const int GreetingSize = 13;

    private IspRequest(byte op, uint address, uint length, byte[] data, bool isGreeting)
    {
        Op = op;
        Address = address;
        Length = length;
        Data = data;
        IsGreeting = isGreeting;
    }

    public byte Op { get; }

    public uint Address { get; }

    /// <summary>The length field: the data size for write ops, an argument otherwise.</summary>
    public uint Length { get; }

    public byte[] Data { get; }

    public bool IsGreeting { get; }

    public static IspRequest Greeting(IspOpcode op) => new((byte)op, 0, 0, [], true);

    public static IspRequest Command(IspOpcode op, uint address, uint length) => new((byte)op, address, length, [], false);

    public static IspRequest WithData(IspOpcode op, uint address, byte[] data) =>
        new((byte)op, address, (uint)data.Length, data, false);

    /// <summary>ROM (0xC6) or stub (0xD6) baud change: address 0, length 4, data = u32 baud.</summary>
    public static IspRequest BaudRate(IspOpcode op, uint baud)
    {
        var data = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(data, baud);
        return WithData(op, 0, data);
    }

    /// <summary>The packet bytes before SLIP framing.</summary>
    public byte[] Encode()
    {
        if (IsGreeting)
        {
            var greeting = new byte[GreetingSize];
            greeting[0] = Op;
            return greeting;
        }

        var packet = new byte[HeaderSize + Data.Length];
        packet[0] = Op;
        BinaryPrimitives.WriteUInt32LittleEndian(packet.AsSpan(8), Address);
        BinaryPrimitives.WriteUInt32LittleEndian(packet.AsSpan(12), Length);
        Data.CopyTo(packet.AsSpan(HeaderSize));
        BinaryPrimitives.WriteUInt32LittleEndian(packet.AsSpan(4), Checksum(packet.AsSpan(8)));
        return packet;
    }

    public byte[] EncodeFrame() => Slip.Encode(Encode());

    /// <summary>CRC-32 (zlib) of the covered bytes.</summary>
    public static uint Checksum(ReadOnlySpan<byte> covered) => Crc32.HashToUInt32(covered);

    /// <summary>
    /// Parses a packet as a receiver does: short packets are zero-extended (the 13-byte greetings), the data is
    /// what follows the header. <paramref name="checksumOk"/> tells whether the CRC field matches.
    /// </summary>
    public static IspRequest Decode(ReadOnlySpan<byte> packet, out bool checksumOk)
    {
        if (packet.Length == 0)
        {
            throw new ArgumentException("empty packet", nameof(packet));
        }

        Span<byte> header = stackalloc byte[HeaderSize];
        header.Clear();
        packet[..Math.Min(packet.Length, HeaderSize)].CopyTo(header);
        byte[] data = packet.Length > HeaderSize ? packet[HeaderSize..].ToArray() : [];
        uint crc = BinaryPrimitives.ReadUInt32LittleEndian(header[4..]);
        uint address = BinaryPrimitives.ReadUInt32LittleEndian(header[8..]);
        uint length = BinaryPrimitives.ReadUInt32LittleEndian(header[12..]);
        checksumOk = packet.Length >= HeaderSize && crc == Checksum(packet[8..]);
        bool greeting = packet.Length <= GreetingSize;
        return new IspRequest(header[0], address, length, data, greeting);
    }

    public override string ToString() =>
        $"{IspNames.Opcode(Op)} address 0x{Address:X8} length {Length}{(Data.Length > 0 ? $" + {Data.Length} data bytes" : string.Empty)}";
}
