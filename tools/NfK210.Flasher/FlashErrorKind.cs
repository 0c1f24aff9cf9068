namespace NfK210.Flasher;

/// <summary>What went wrong, so the CLI can pick an exit code and tests can assert the class of failure.</summary>
public enum FlashErrorKind
{
    /// <summary>The input file or the arguments are unusable (bad kfpkg, overlap, alignment, ELF for flash …).</summary>
    BadInput,

    /// <summary>The serial port does not exist, is busy, or none was given and none could be chosen.</summary>
    NoPort,

    /// <summary>The serial port exists but may not be opened (Linux: not in the dialout group).</summary>
    PermissionDenied,

    /// <summary>Nothing answered the boot ROM greeting.</summary>
    NoAnswer,

    /// <summary>Something answered, but not as a K210 boot ROM (wrong port, wrong device).</summary>
    NotAK210,

    /// <summary>The stage-2 program did not answer after it was started.</summary>
    StubNoAnswer,

    /// <summary>The link stopped working after a baud-rate change and could not be recovered.</summary>
    BaudRateFailed,

    /// <summary>A command failed after the allowed retries, or was refused (E3/E4/E5).</summary>
    CommandFailed,

    /// <summary>Read-back or hash verification found different bytes in flash.</summary>
    VerifyFailed,
}
