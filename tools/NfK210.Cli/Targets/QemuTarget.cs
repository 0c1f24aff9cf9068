using System.Globalization;

namespace NfK210.Cli.Targets;

/// <summary>
/// `--target qemu`: runs the model on the RISC-V build of the C core (firmware/native, preset qemu-virt) under
/// qemu-system-riscv64, where the KPU and DMAC are the same emulator behind the same seam. Model, inputs and
/// outputs cross through semihosting; the runner is built when it is missing or older than the sources.
/// </summary>
public static class QemuTarget
{
    public const string QemuProgram = "qemu-system-riscv64";
    private const string RunnerRelativePath = "build/qemu-virt/firmware/native/model_runner.elf";
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(20);

    /// <summary>Path of the runner image, building it first when needed.</summary>
    /// <exception cref="CliException">No repository, no toolchain, or the build failed.</exception>
    public static string EnsureRunner(TextWriter log) =>
        new NfK210.Cli.Exec.FirmwareArtifact("qemu-virt", "model_runner", RunnerRelativePath, "--target qemu").Ensure(log);

    /// <summary>Runs every tensor through the runner; returns the output files per input, in index order.</summary>
    /// <exception cref="CliException">QEMU is missing, fails, or an output is missing.</exception>
    public static IReadOnlyList<IReadOnlyList<byte[]>> Run(
        string runner, byte[] model, IReadOnlyList<byte[]> tensors, int profile, TextWriter log)
    {
        string work = Directory.CreateTempSubdirectory("nfk210-qemu-").FullName;
        try
        {
            File.WriteAllBytes(Path.Combine(work, "model.kmodel"), model);
            Directory.CreateDirectory(Path.Combine(work, "out"));
            var args = new List<string>
            {
                "-machine", "virt", "-cpu", "rv64", "-m", "64M", "-nographic", "-bios", "none",
                "-monitor", "none", "-serial", "none", "-kernel", runner,
            };
            var commandLine = new List<string> { "model_runner", "--profile",
                profile.ToString(CultureInfo.InvariantCulture), "model.kmodel", "out" };
            for (int i = 0; i < tensors.Count; i++)
            {
                File.WriteAllBytes(Path.Combine(work, $"input{i}.bin"), tensors[i]);
                commandLine.Add($"input{i}.bin");
            }

            args.Add("-semihosting-config");
            args.Add("enable=on,target=native," + string.Join(",", commandLine.Select(a => "arg=" + a)));
            string output = NfK210.Cli.Exec.FirmwareArtifact.Execute(QemuProgram, args, work,
                $"running {QemuProgram} (apt-get install qemu-system-misc)", Timeout);
            log.Write(output);

            var results = new List<IReadOnlyList<byte[]>>();
            for (int i = 0; i < tensors.Count; i++)
            {
                var outputs = new List<byte[]>();
                for (int k = 0; File.Exists(Path.Combine(work, "out", $"input{i}.out{k}.bin")); k++)
                {
                    outputs.Add(File.ReadAllBytes(Path.Combine(work, "out", $"input{i}.out{k}.bin")));
                }

                if (outputs.Count == 0)
                {
                    throw new CliException($"the QEMU runner wrote no output for input {i}");
                }

                results.Add(outputs);
            }

            return results;
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }
}
