using System.Buffers.Binary;
using System.Text;
using NfK210.Cli.WireProtocol;

namespace NfK210.Cli.Tests.WireProtocol;

/// <summary>Packet encoding, nanoCLR's CRC and the receiver's resync and bounds.</summary>
public sealed class WireProtocolCodecTests
{
    [Fact]
    public void TheCrcIsNanoClrsMsbFirstCrcWithoutFinalInversion()
    {
        // CRC-32/POSIX (poly 0x04C11DB7, init 0, not reflected) ends with xorout 0xFFFFFFFF and checks to 0x765E7680
        // for "123456789"; SUPPORT_ComputeCRC stops before the inversion.
        Assert.Equal(~0x765E7680u, WpCrc32.Compute("123456789"u8));
        Assert.Equal(0u, WpCrc32.Compute([]));
        Assert.Equal(BitwiseCrc(Encoding.ASCII.GetBytes("nanoFramework"), 0x1234), WpCrc32.Compute("nanoFramework"u8, 0x1234));
    }

    [Fact]
    public void APacketIsLaidOutAsWpPacketWithBothCrcs()
    {
        byte[] payload = [1, 2, 3, 4, 5];
        byte[] bytes = WpPacket.Create(0x000200B0, 0x1234, 0xBEEF, WpFlags.Reply | WpFlags.Ack, payload).Encode();

        Assert.Equal(37, bytes.Length);
        Assert.Equal("NFPKTV1\0"u8.ToArray(), bytes[..8]);
        Assert.Equal(BitwiseCrc(payload, 0), BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(12)));
        Assert.Equal(0x000200B0u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(16)));
        Assert.Equal(0x1234, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(20)));
        Assert.Equal(0xBEEF, BinaryPrimitives.ReadUInt16LittleEndian(bytes.AsSpan(22)));
        Assert.Equal(0x8002u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(24)));
        Assert.Equal(5u, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(28)));
        // crcHeader: over the 32 header bytes with its own field zero (WP_Message_PrepareReply).
        byte[] header = bytes[..32];
        uint crcHeader = BinaryPrimitives.ReadUInt32LittleEndian(header.AsSpan(8));
        header.AsSpan(8, 4).Clear();
        Assert.Equal(BitwiseCrc(header, 0), crcHeader);
        Assert.Equal(payload, bytes[32..]);
        // The same packet made by nanoCLR's own SUPPORT_ComputeCRC over its WP_Packet struct (nanoSupport_CRC32.c of
        // the pinned nf-interpreter, compiled on the host once, 2026-12-07).
        Assert.Equal(0xA59FF01Fu, BinaryPrimitives.ReadUInt32LittleEndian(bytes.AsSpan(12)));
        Assert.Equal(0x99E814BEu, crcHeader);
    }

    [Fact]
    public void TheReceiverFindsAPacketAfterGarbageFedOneByteAtATime()
    {
        byte[] packet = WpPacket.Create(WpCommand.Message, 7, 0, WpFlags.NonCritical, "hi\n"u8.ToArray()).Encode();
        byte[] stream = [.. "NFPxx garbage N"u8, .. packet];
        var receiver = new WpReceiver(1024) { CrcPolicy = WpCrcPolicy.Required };
        var output = new List<WpReceived>();

        foreach (byte b in stream)
        {
            receiver.Push([b], output);
        }

        Assert.Equal("NFPxx garbage N", Encoding.ASCII.GetString(output.OfType<WpNoise>().SelectMany(n => n.Bytes).ToArray()));
        WpPacket received = Assert.Single(output.OfType<WpPacketReceived>()).Packet;
        Assert.Equal("hi\n"u8.ToArray(), received.Payload);
        Assert.Equal((ushort)7, received.Header.Seq);
        Assert.False(receiver.InPacket);
    }

    [Fact]
    public void APacketWithABadHeaderCrcIsDroppedAndTheNextOneFound()
    {
        byte[] bad = WpPacket.Create(WpCommand.Ping, 1, 0, WpFlags.None, [9, 9, 9, 9]).Encode();
        bad[16] ^= 0xFF; // cmd changed after the CRC
        byte[] good = WpPacket.Create(WpCommand.Ping, 2, 0, WpFlags.None, [1, 2, 3, 4]).Encode();
        var receiver = new WpReceiver(1024) { CrcPolicy = WpCrcPolicy.Required };
        var output = new List<WpReceived>();

        receiver.Push([.. bad, .. good], output);

        Assert.Contains("header CRC", Assert.Single(output.OfType<WpGarbledPacket>()).Problem);
        Assert.Equal((ushort)2, Assert.Single(output.OfType<WpPacketReceived>()).Packet.Header.Seq);
    }

    [Fact]
    public void APayloadWithABadCrcIsReportedNotDelivered()
    {
        byte[] bytes = WpPacket.Create(WpCommand.Message, 1, 0, WpFlags.None, [1, 2, 3, 4]).Encode();
        bytes[33] ^= 1;
        var receiver = new WpReceiver(1024) { CrcPolicy = WpCrcPolicy.Required };
        var output = new List<WpReceived>();

        receiver.Push(bytes, output);

        Assert.Contains("payload CRC", Assert.Single(output.OfType<WpGarbledPacket>()).Problem);
        Assert.Empty(output.OfType<WpPacketReceived>());
    }

    [Fact]
    public void ASizeAboveThePacketSizeIsRefusedBeforeWaitingForThePayload()
    {
        var header = new WpPacketHeader(0, 0, WpCommand.Message, 1, 0, WpFlags.None, 0x7FFFFFFF);
        header = header with { CrcHeader = header.ComputeHeaderCrc() };
        var bytes = new byte[32];
        header.Write(bytes);
        var receiver = new WpReceiver(1024) { CrcPolicy = WpCrcPolicy.Required };
        var output = new List<WpReceived>();

        receiver.Push(bytes, output);

        Assert.Contains("payload size 2147483647 exceeds the packet size 1024", Assert.Single(output.OfType<WpGarbledPacket>()).Problem);
        Assert.False(receiver.InPacket);
    }

    [Fact]
    public void ACutShortPacketIsAbandonedAndTheSearchGoesOn()
    {
        byte[] cut = WpPacket.Create(WpCommand.Message, 1, 0, WpFlags.None, new byte[100]).Encode()[..60];
        var receiver = new WpReceiver(1024) { CrcPolicy = WpCrcPolicy.Required };
        var output = new List<WpReceived>();

        receiver.Push(cut, output);
        Assert.True(receiver.InPacket);
        receiver.Abandon(output);

        Assert.Contains("payload cut short: 28 of 100", Assert.Single(output.OfType<WpGarbledPacket>()).Problem);
        Assert.False(receiver.InPacket);
        byte[] next = WpPacket.Create(WpCommand.Message, 2, 0, WpFlags.None, [7, 7, 7, 7]).Encode();
        receiver.Push(next, output);
        Assert.Equal((ushort)2, Assert.Single(output.OfType<WpPacketReceived>()).Packet.Header.Seq);
    }

    [Fact]
    public void TextEndingLikeASignatureStartIsNoiseOnceNothingFollows()
    {
        var receiver = new WpReceiver(1024) { CrcPolicy = WpCrcPolicy.Required };
        var output = new List<WpReceived>();

        receiver.Push("Hello NF"u8, output);
        Assert.True(receiver.InPacket);
        while (receiver.InPacket)
        {
            receiver.Abandon(output);
        }

        Assert.Equal("Hello NF", Encoding.ASCII.GetString(output.OfType<WpNoise>().SelectMany(n => n.Bytes).ToArray()));
        Assert.Empty(output.OfType<WpGarbledPacket>());
    }

    [Fact]
    public void BeforeThePingZeroCrcsPassButWrongOnesDoNot()
    {
        var plain = new WpPacketHeader(0, 0, WpCommand.Ping, 3, 1, WpFlags.Reply, 0);
        var wrong = plain with { CrcHeader = 0x12345678 };
        var receiver = new WpReceiver(1024);
        var output = new List<WpReceived>();
        var bytes = new byte[64];
        plain.Write(bytes);
        wrong.Write(bytes.AsSpan(32));

        receiver.Push(bytes, output);

        Assert.Equal((ushort)3, Assert.Single(output.OfType<WpPacketReceived>()).Packet.Header.Seq);
        Assert.Single(output.OfType<WpGarbledPacket>());
    }

    /// <summary>The CRC bit by bit, straight from its definition (no table).</summary>
    private static uint BitwiseCrc(byte[] data, uint crc)
    {
        foreach (byte b in data)
        {
            crc ^= (uint)b << 24;
            for (int i = 0; i < 8; i++)
            {
                crc = (crc & 0x80000000) != 0 ? (crc << 1) ^ 0x04C11DB7 : crc << 1;
            }
        }

        return crc;
    }
}
