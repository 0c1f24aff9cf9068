namespace NfK210.Cli.Tests.WireProtocol;

/// <summary>What the simulated device does wrong to one reply.</summary>
public enum SimulatedFault
{
    /// <summary>The reply is never sent (lost on the line).</summary>
    DropReply,

    /// <summary>One payload byte flips after the CRCs were computed (the header's crcData no longer matches).</summary>
    CorruptPayload,

    /// <summary>One header byte flips after the CRCs were computed.</summary>
    CorruptHeader,

    /// <summary>The device never answers this command.</summary>
    NeverReply,
}
