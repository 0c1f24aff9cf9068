namespace NfK210.Cli.WireProtocol;

/// <summary>
/// Monitor_Ping_Reply (nf-interpreter WireProtocol.h, Monitor_Ping_Source_Flags): who answered and what its wire
/// protocol does. Packet size sits in bits 8–10: 1 = 1024, 2 = 512, 3 = 256, 4 = 128.
/// </summary>
public sealed record WpPingReply(uint Source, uint Flags)
{
    public const uint SourceNanoClr = 0x00010000;
    public const uint SourceNanoBooter = 0x00010001;
    private const uint SupportsCrc32Flag = 0x10;
    private const uint PacketSizeMask = 0x700;

    public bool IsNanoClr => Source == SourceNanoClr;

    public bool IsNanoBooter => Source == SourceNanoBooter;

    public bool SupportsCrc32 => (Flags & SupportsCrc32Flag) != 0;

    /// <summary>The device's WP_PACKET_SIZE; null when the flags name none (then the default 1024 applies).</summary>
    public int? PacketSize => ((Flags & PacketSizeMask) >> 8) switch
    {
        1 => 1024,
        2 => 512,
        3 => 256,
        4 => 128,
        _ => null,
    };

    public string SourceName => IsNanoClr ? "nanoCLR" : IsNanoBooter ? "nanoBooter" : $"source 0x{Source:X8}";
}
