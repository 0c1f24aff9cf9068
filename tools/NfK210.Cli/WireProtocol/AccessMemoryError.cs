namespace NfK210.Cli.WireProtocol;

/// <summary>The error code of Write/EraseMemory replies (nf-interpreter src/CLR/Debugger/Debugger.h, AccessMemoryErrorCodes).</summary>
public static class AccessMemoryError
{
    public const uint NoError = 0x0001;

    public static string Describe(uint code) => code switch
    {
        NoError => "no error",
        0x0010 => "permission denied (not a deployment or writable range)",
        0x0020 => "the device could not allocate a read buffer",
        0x0030 => "the requested operation failed",
        _ => $"error code 0x{code:X}",
    };
}
