using System.Buffers.Binary;

namespace NfK210.Cli.WireProtocol;

/// <summary>
/// The 32-byte packet header (nf-interpreter WireProtocol.h, WP_Packet), little-endian: signature "NFPKTV1\0",
/// crcHeader, crcData, cmd, seq (u16), seqReply (u16), flags, size.
/// </summary>
public readonly record struct WpPacketHeader(
    uint CrcHeader, uint CrcData, uint Command, ushort Seq, ushort SeqReply, WpFlags Flags, uint Size)
{
    public const int Length = 32;
    public const int SignatureLength = 8;

    /// <summary>"NFPKTV1" and its terminating zero.</summary>
    public static ReadOnlySpan<byte> PacketSignature => "NFPKTV1\0"u8;

    /// <summary>The marker nanoCLR's receiver also syncs on ("NFDBGV1").</summary>
    public static ReadOnlySpan<byte> DebuggerSignature => "NFDBGV1\0"u8;

    public void Write(Span<byte> destination)
    {
        PacketSignature.CopyTo(destination);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[8..], CrcHeader);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[12..], CrcData);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[16..], Command);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[20..], Seq);
        BinaryPrimitives.WriteUInt16LittleEndian(destination[22..], SeqReply);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[24..], (uint)Flags);
        BinaryPrimitives.WriteUInt32LittleEndian(destination[28..], Size);
    }

    /// <summary>Reads the fields after the signature (the caller has matched it).</summary>
    public static WpPacketHeader Read(ReadOnlySpan<byte> source) => new(
        BinaryPrimitives.ReadUInt32LittleEndian(source[8..]),
        BinaryPrimitives.ReadUInt32LittleEndian(source[12..]),
        BinaryPrimitives.ReadUInt32LittleEndian(source[16..]),
        BinaryPrimitives.ReadUInt16LittleEndian(source[20..]),
        BinaryPrimitives.ReadUInt16LittleEndian(source[22..]),
        (WpFlags)BinaryPrimitives.ReadUInt32LittleEndian(source[24..]),
        BinaryPrimitives.ReadUInt32LittleEndian(source[28..]));

    /// <summary>The header CRC as nanoCLR computes it: over all 32 bytes with the crcHeader field zero.</summary>
    public uint ComputeHeaderCrc()
    {
        Span<byte> bytes = stackalloc byte[Length];
        (this with { CrcHeader = 0 }).Write(bytes);
        return WpCrc32.Compute(bytes);
    }
}
