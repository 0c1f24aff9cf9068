namespace NfK210.Cli.WireProtocol;

/// <summary>Packet flags (nf-interpreter src/CLR/Include/WireProtocol.h, WP_Flags).</summary>
[Flags]
public enum WpFlags : uint
{
    None = 0,

    /// <summary>The sender wants no reply.</summary>
    NonCritical = 0x0001,
    Reply = 0x0002,
    BadHeader = 0x0004,
    BadPayload = 0x0008,
    NoCaching = 0x2000,
    Nack = 0x4000,
    Ack = 0x8000,
}
