namespace NfK210.Cli.Native;

/// <summary>A call into libnfk210 failed; carries the library's own message and status code.</summary>
public sealed class NativeException : Exception
{
    public NativeException(string operation, int status, int errorCode, string nativeMessage)
        : base($"{operation} failed: {nativeMessage} (status {status})")
    {
        Operation = operation;
        Status = status;
        ErrorCode = errorCode;
        NativeMessage = nativeMessage;
    }

    /// <summary>The API function that failed.</summary>
    public string Operation { get; }

    /// <summary>What the function returned.</summary>
    public int Status { get; }

    /// <summary>nfk_last_error_code(): an nn_status value.</summary>
    public int ErrorCode { get; }

    /// <summary>nfk_last_error().</summary>
    public string NativeMessage { get; }
}
