namespace NfK210.Cli.Exec;

/// <summary>
/// Starts nanoCLR on a deployment image: the host virtual device (nanoclr-k210) or the RV64 image under QEMU
/// (nanoclr-qemu.elf, its command line and files through semihosting). Both print the app's console on standard
/// output and nanoCLR's own messages (load errors, an unhandled exception with its managed stack trace) on standard
/// error, and end with 0 when Main returns, 1 on an unhandled exception, 2 when the assemblies cannot be loaded.
/// Relative paths in the app are relative to the current folder on both, as on .NET.
/// </summary>
public static class NanoClrRunner
{
    public static readonly FirmwareArtifact HostClr = new(
        "host", "nanoclr-k210", "build/host/firmware/native/ports/host/nanoclr/nanoclr-k210", "exec --target host");

    public static readonly FirmwareArtifact QemuClr = new(
        "qemu-virt", "nanoclr-qemu", "build/qemu-virt/firmware/native/ports/qemu-virt/nanoclr/nanoclr-qemu.elf",
        "exec --target qemu");

    private const string QemuProgram = "qemu-system-riscv64";

    public static int Run(ExecTarget target, string image, bool verbose, TimeSpan timeout, CommandContext context)
    {
        string directory = Directory.GetCurrentDirectory();
        TextWriter log = verbose ? context.Error : TextWriter.Null;
        if (target == ExecTarget.Host)
        {
            string clr = HostClr.Ensure(log);
            var arguments = new List<string>();
            if (verbose)
            {
                arguments.Add("--verbose");
            }

            arguments.Add(image);
            return StreamingProcess.Run(clr, arguments, directory, timeout, context.Output, context.Error);
        }

        string elf = QemuClr.Ensure(log);
        var commandLine = new List<string> { "nanoclr-qemu" };
        if (verbose)
        {
            commandLine.Add("--verbose");
        }

        // semihosting opens files as QEMU's process, but the image cannot ask for QEMU's working directory
        commandLine.Add("--cwd");
        commandLine.Add(directory);

        commandLine.Add(image);
        string[] qemu =
        [
            "-M", "virt", "-cpu", "rv64", "-m", "64M", "-bios", "none", "-nographic", "-monitor", "none",
            "-kernel", elf,
            "-semihosting-config", "enable=on,target=native," + string.Join(",", commandLine.Select(a => "arg=" + QemuOption(a))),
        ];
        return StreamingProcess.Run(QemuProgram, qemu, directory, timeout, context.Output, context.Error);
    }

    /// <summary>A value inside a QEMU option list: commas are doubled (QEMU's escape), the rest passes as is.</summary>
    private static string QemuOption(string value) => value.Replace(",", ",,", StringComparison.Ordinal);
}
