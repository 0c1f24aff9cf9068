namespace NfK210.Flasher.Tests.Simulator;

/// <summary>Faults the simulator can inject (spec §12 "Fault injection").</summary>
public enum FaultKind
{
    /// <summary>A byte of the request is damaged on the line: the CRC check fails, the reply is E2.</summary>
    CorruptRequest,

    /// <summary>The reply is damaged on the line (an invalid SLIP escape).</summary>
    GarbleReply,

    /// <summary>No reply at all.</summary>
    DropReply,

    /// <summary>The reply comes after <see cref="Fault.Delay"/> (past the host's timeout).</summary>
    DelayReply,

    /// <summary>The reply carries <see cref="Fault.Reason"/> instead of OK (and the command is not carried out).</summary>
    Reason,

    /// <summary>A 0xD1 text frame (<see cref="Fault.Text"/>) comes before the reply.</summary>
    DebugText,

    /// <summary>The reply is sent twice.</summary>
    DuplicateReply,

    /// <summary>A flash write flips a bit in flash and still answers OK (a bad flash cell, a buggy stub).</summary>
    SilentFlashCorruption,

    /// <summary>The reply's op is 0xFA (another device on the port).</summary>
    ForeignReply,
}
