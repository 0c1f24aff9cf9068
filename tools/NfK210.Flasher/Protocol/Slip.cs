namespace NfK210.Flasher.Protocol;

/// <summary>SLIP framing of ISP packets (spec kflash-isp.md §4): 0xC0 delimits, 0xDB escapes.</summary>
public static class Slip
{
    public const byte End = 0xC0;
    public const byte Esc = 0xDB;
    public const byte EscEnd = 0xDC;
    public const byte EscEsc = 0xDD;

    /// <summary><c>C0 &lt;escaped payload&gt; C0</c>.</summary>
    public static byte[] Encode(ReadOnlySpan<byte> payload)
    {
        var frame = new List<byte>(payload.Length + payload.Length / 32 + 2) { End };
        foreach (byte b in payload)
        {
            switch (b)
            {
                case Esc:
                    frame.Add(Esc);
                    frame.Add(EscEsc);
                    break;
                case End:
                    frame.Add(Esc);
                    frame.Add(EscEnd);
                    break;
                default:
                    frame.Add(b);
                    break;
            }
        }

        frame.Add(End);
        return [.. frame];
    }
}
