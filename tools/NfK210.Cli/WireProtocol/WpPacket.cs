namespace NfK210.Cli.WireProtocol;

/// <summary>One wire-protocol packet: a header and its payload.</summary>
public sealed record WpPacket(WpPacketHeader Header, byte[] Payload)
{
    public uint Command => Header.Command;

    public bool IsReply => (Header.Flags & WpFlags.Reply) != 0;

    public bool IsAck => (Header.Flags & WpFlags.Ack) != 0;

    public bool IsNack => (Header.Flags & WpFlags.Nack) != 0;

    /// <summary>
    /// A packet with both CRCs filled in as WP_Message_PrepareRequest/PrepareReply do: crcData over the payload
    /// first, then crcHeader over the header holding that crcData and a zero crcHeader.
    /// </summary>
    public static WpPacket Create(uint command, ushort seq, ushort seqReply, WpFlags flags, byte[] payload)
    {
        var header = new WpPacketHeader(0, WpCrc32.Compute(payload), command, seq, seqReply, flags, (uint)payload.Length);
        return new WpPacket(header with { CrcHeader = header.ComputeHeaderCrc() }, payload);
    }

    public byte[] Encode()
    {
        var bytes = new byte[WpPacketHeader.Length + Payload.Length];
        Header.Write(bytes);
        Payload.CopyTo(bytes, WpPacketHeader.Length);
        return bytes;
    }

    public override string ToString() =>
        $"{WpCommand.Name(Header.Command)} seq {Header.Seq} reply-to {Header.SeqReply} flags {Header.Flags} size {Header.Size}";
}
