namespace NfK210.Cli.WireProtocol;

/// <summary>Nothing on the port answered a Ping: no nanoCLR (or nanoBooter) image is running there.</summary>
public sealed class DeviceNotAnsweringException : WireProtocolException
{
    public DeviceNotAnsweringException(string message)
        : base(message)
    {
    }
}
