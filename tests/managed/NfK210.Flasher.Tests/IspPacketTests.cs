using NfK210.Flasher.Protocol;

namespace NfK210.Flasher.Tests;

/// <summary>The worked examples of spec kflash-isp.md §5, byte for byte.</summary>
public class IspPacketTests
{
    public static TheoryData<string, string> WorkedExamples => new()
    {
        { "boot", "c5 00 00 00 fb 6f c4 d4 00 00 00 80 00 00 00 00" },
        { "init", "d7 00 00 00 f7 df 88 a9 01 00 00 00 00 00 00 00" },
        { "stubbaud", "d6 00 00 00 2d f2 bb 20 00 00 00 00 04 00 00 00 80 84 1e 00" },
        { "rombaud", "c6 00 00 00 c1 38 36 8c 00 00 00 00 04 00 00 00 e4 3f 17 00" },
        { "eraseall", "d3 00 00 00 70 cf 3c 53 00 00 00 00 ee ff ff ff" },
        { "memwrite", "c3 00 00 00 51 14 1a 54 00 00 00 80 04 00 00 00 de ad c0 db" },
    };

    [Theory]
    [MemberData(nameof(WorkedExamples))]
    public void Encode_WorkedExample_MatchesSpecBytes(string name, string expected)
    {
        IspRequest request = name switch
        {
            "boot" => IspRequest.Command(IspOpcode.MemoryBoot, 0x80000000, 0),
            "init" => IspRequest.Command(IspOpcode.FlashInit, 1, 0),
            "stubbaud" => IspRequest.BaudRate(IspOpcode.FlashBaudRate, 2000000),
            "rombaud" => IspRequest.BaudRate(IspOpcode.RomBaudRate, 1523684),
            "eraseall" => IspRequest.Command(IspOpcode.FlashErase, 0, 0xFFFFFFEE),
            "memwrite" => IspRequest.WithData(IspOpcode.MemoryWrite, 0x80000000, [0xDE, 0xAD, 0xC0, 0xDB]),
            _ => throw new ArgumentException(name),
        };
        Assert.Equal(Hex.Format(Hex.Parse(expected)), Hex.Format(request.Encode()));
    }

    [Theory]
    [MemberData(nameof(WorkedExamples))]
    public void Decode_WorkedExample_ChecksumVerifiesAndFieldsRoundTrip(string name, string bytes)
    {
        byte[] packet = Hex.Parse(bytes);
        IspRequest decoded = IspRequest.Decode(packet, out bool ok);
        Assert.True(ok, name);
        Assert.Equal(packet[0], decoded.Op);
        Assert.Equal(BitConverter.ToUInt32(packet, 8), decoded.Address);
        Assert.Equal(BitConverter.ToUInt32(packet, 12), decoded.Length);
        Assert.Equal(packet.Length - 16, decoded.Data.Length);
    }

    [Fact]
    public void Decode_OneFlippedDataBit_FailsTheChecksum()
    {
        byte[] packet = Hex.Parse("c3 00 00 00 51 14 1a 54 00 00 00 80 04 00 00 00 de ad c0 db");
        packet[17] ^= 0x01;
        IspRequest.Decode(packet, out bool ok);
        Assert.False(ok);
    }

    [Theory]
    [InlineData(IspOpcode.RomGreeting, "c0 c2 00 00 00 00 00 00 00 00 00 00 00 00 c0")]
    [InlineData(IspOpcode.FlashGreeting, "c0 d2 00 00 00 00 00 00 00 00 00 00 00 00 c0")]
    public void Greeting_IsTheFixedThirteenByteFrame(IspOpcode op, string wire)
    {
        Assert.Equal(Hex.Format(Hex.Parse(wire)), Hex.Format(IspRequest.Greeting(op).EncodeFrame()));
        IspRequest decoded = IspRequest.Decode(Hex.Parse(wire)[1..^1], out _);
        Assert.True(decoded.IsGreeting);
        Assert.Equal((byte)op, decoded.Op);
    }

    [Fact]
    public void Reply_DecodesStatusAndDebugText()
    {
        IspReply? status = IspReply.Decode(Hex.Parse("d4 e2"));
        Assert.NotNull(status);
        Assert.Equal((byte)IspReason.BadDataChecksum, status.Reason);
        Assert.Equal("0xD4 (FlashWrite), bad data checksum (0xE2)", status.ToString());
        Assert.Null(IspReply.Decode(Hex.Parse("d4")));
        IspReply? text = IspReply.Decode([0xD1, 0x00, .. "spi timeout"u8]);
        Assert.Equal("spi timeout", text!.Text);
    }
}
