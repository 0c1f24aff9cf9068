namespace NfK210.Cli.WireProtocol;

/// <summary>
/// Bytes outside any packet. nanoCLR writes its console as plain text when no debugger has answered its Ping, so
/// this is also how the app's output can arrive.
/// </summary>
public sealed record WpNoise(byte[] Bytes) : WpReceived;
