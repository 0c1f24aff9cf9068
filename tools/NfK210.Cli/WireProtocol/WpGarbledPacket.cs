namespace NfK210.Cli.WireProtocol;

/// <summary>Something that started with the packet signature but failed a check (CRC, size, time).</summary>
public sealed record WpGarbledPacket(string Problem) : WpReceived;
