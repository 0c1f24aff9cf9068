namespace NfK210.Flasher.Protocol;

/// <summary>Human names of opcodes and reasons for messages.</summary>
public static class IspNames
{
    public static bool IsKnownOpcode(byte op) => Enum.IsDefined((IspOpcode)op);

    public static string Opcode(byte op) => IsKnownOpcode(op) ? $"0x{op:X2} ({(IspOpcode)op})" : $"0x{op:X2}";

    public static string Reason(byte reason) => (IspReason)reason switch
    {
        IspReason.Default => "default (0x00)",
        IspReason.Ok => "OK (0xE0)",
        IspReason.BadDataLength => "bad data length (0xE1)",
        IspReason.BadDataChecksum => "bad data checksum (0xE2)",
        IspReason.InvalidCommand => "invalid command (0xE3)",
        IspReason.BadInitialization => "bad initialization (0xE4)",
        IspReason.BadExec => "execute command error (0xE5)",
        _ => $"unknown status 0x{reason:X2}",
    };
}
