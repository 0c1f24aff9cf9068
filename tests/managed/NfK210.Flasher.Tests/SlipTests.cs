using NfK210.Flasher.Protocol;

namespace NfK210.Flasher.Tests;

public class SlipTests
{
    [Fact]
    public void Encode_SpecMemoryWriteExample_EscapesC0AndDbOnTheWire()
    {
        byte[] packet = Hex.Parse("c3 00 00 00 51 14 1a 54 00 00 00 80 04 00 00 00 de ad c0 db");
        Assert.Equal(Hex.Format(Hex.Parse("c0 c3 00 00 00 51 14 1a 54 00 00 00 80 04 00 00 00 de ad db dc db dd c0")),
            Hex.Format(Slip.Encode(packet)));
    }

    [Fact]
    public void Reader_WireBytesOfSpecExample_GiveBackThePacket()
    {
        SlipFrame frame = Assert.Single(Frames(new SlipReader(),
            "c0 c3 00 00 00 51 14 1a 54 00 00 00 80 04 00 00 00 de ad db dc db dd c0"));
        Assert.True(frame.IsValid);
        Assert.Equal(Hex.Format(Hex.Parse("c3 00 00 00 51 14 1a 54 00 00 00 80 04 00 00 00 de ad c0 db")), Hex.Format(frame.Payload));
    }

    private static List<SlipFrame> Frames(SlipReader reader, string wire)
    {
        var frames = new List<SlipFrame>();
        foreach (byte b in Hex.Parse(wire))
        {
            if (reader.Push(b) is SlipFrame f)
            {
                frames.Add(f);
            }
        }

        return frames;
    }

    [Fact]
    public void Reader_NoiseBeforeFrameAndDoubledDelimiters_AreSkipped()
    {
        var reader = new SlipReader();
        List<SlipFrame> frames = Frames(reader, "12 34 c0 c0 d4 e0 c0 c0 d4 e2 c0");
        Assert.Equal(2, reader.NoiseBytes);
        Assert.Equal(["d4e0", "d4e2"], frames.Select(f => Hex.Format(f.Payload)));
    }

    [Fact]
    public void Reader_InvalidEscape_SpoilsOnlyItsFrame()
    {
        List<SlipFrame> frames = Frames(new SlipReader(), "c0 d4 db 42 e0 c0 c0 d4 e0 c0");
        Assert.Equal(2, frames.Count);
        Assert.False(frames[0].IsValid);
        Assert.Contains("DB 42", frames[0].Error);
        Assert.True(frames[1].IsValid);
        Assert.Equal("d4e0", Hex.Format(frames[1].Payload));
    }
}
