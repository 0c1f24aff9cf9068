namespace NfK210.Cli.WireProtocol;

/// <summary>What the receiver made of the bytes it was given.</summary>
public abstract record WpReceived;
