namespace NfK210.Cli.WireProtocol;

/// <summary>The device did not answer as the wire protocol requires, or refused a request.</summary>
public class WireProtocolException : Exception
{
    public WireProtocolException(string message)
        : base(message)
    {
    }
}
