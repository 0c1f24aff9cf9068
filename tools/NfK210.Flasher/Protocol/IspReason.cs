namespace NfK210.Flasher.Protocol;

/// <summary>Reply status codes (spec §6).</summary>
public enum IspReason : byte
{
    Default = 0x00,
    Ok = 0xE0,
    BadDataLength = 0xE1,
    BadDataChecksum = 0xE2,
    InvalidCommand = 0xE3,
    BadInitialization = 0xE4,
    BadExec = 0xE5,
}
