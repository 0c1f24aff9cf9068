namespace NfK210.Cli.Exec;

/// <summary>Where `nfk210 exec` runs an app.</summary>
public enum ExecTarget
{
    /// <summary>nanoCLR on the PC (the virtual device, linked with the KPU emulator).</summary>
    Host,

    /// <summary>nanoCLR for RV64 under qemu-system-riscv64 -M virt.</summary>
    Qemu,

    /// <summary>nanoCLR on a K210 board running our image, the app deployed over the wire protocol.</summary>
    Board,

    /// <summary>The same source on .NET, through the host build of the library (the reference the others must equal).</summary>
    Dotnet,
}
