namespace NfK210.Cli.WireProtocol;

/// <summary>A packet whose header and payload passed their checks.</summary>
public sealed record WpPacketReceived(WpPacket Packet) : WpReceived;
