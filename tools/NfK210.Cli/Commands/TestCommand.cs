using System.CommandLine;
using NfK210.Cli.Exec;
using NfK210.Pe.Building;
using NfK210.TestRunner;

namespace NfK210.Cli.Commands;

/// <summary>
/// `nfk210 test PROJECT [--runtime nanoclr|dotnet] [--target host|qemu]`: runs a nanoFramework-style test project
/// and prints `N passed, N failed`. On nanoCLR (the default) the project's device build (its `nf/` project, assembly
/// NFUnitTest) is deployed with our launcher (tools/NfK210.TestLauncher) and run by the real interpreter; with
/// `--runtime dotnet` the host build runs under <see cref="NanoTestRunner"/> on .NET.
/// </summary>
public static class TestCommand
{
    private const string LauncherProject = "tools/NfK210.TestLauncher/NfK210.TestLauncher.csproj";
    private static readonly TimeSpan ClrTimeout = TimeSpan.FromMinutes(20);

    public static Command Create()
    {
        var project = new Argument<string>("PROJECT")
        {
            Description = "test project (.csproj or its folder; its device build is nf/*.csproj) or a built test assembly (.dll, --runtime dotnet)",
        };
        var runtime = new Option<string>("--runtime")
        {
            Description = "nanoclr (nanoFramework's interpreter, the default) or dotnet (the host build on .NET)",
            DefaultValueFactory = _ => "nanoclr",
        };
        runtime.AcceptOnlyFromAmong("nanoclr", "dotnet");
        var target = new Option<string>("--target")
        {
            Description = "where nanoCLR runs: host (the PC's virtual device, the default) or qemu (RV64 under QEMU)",
            DefaultValueFactory = _ => "host",
        };
        target.AcceptOnlyFromAmong("host", "qemu");
        var command = new Command("test", "build and run a nanoFramework-style test project on nanoCLR or .NET")
        {
            project, runtime, target,
        };
        command.SetAction(parseResult => CommandRunner.Guard(parseResult, context =>
            parseResult.GetValue(runtime) == "dotnet"
                ? OnDotnet(parseResult.GetRequiredValue(project), context)
                : OnNanoClr(parseResult.GetRequiredValue(project),
                    parseResult.GetValue(target) == "qemu" ? ExecTarget.Qemu : ExecTarget.Host, context)));
        return command;
    }

    public static int OnDotnet(string project, CommandContext context)
    {
        string assembly = project.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? project
            : Build(ProjectFile(project));
        if (!File.Exists(assembly))
        {
            throw new CliException($"test assembly '{assembly}' not found");
        }

        TestSummary summary = NanoTestRunner.Run(assembly, context.Output);
        return summary.Failed == 0 ? ExitCodes.Ok : ExitCodes.Failure;
    }

    /// <summary>Deploys NFUnitTest with the launcher on nanoCLR; passes when the launcher's closing line counts no failure.</summary>
    public static int OnNanoClr(string project, ExecTarget target, CommandContext context)
    {
        string repo = FirmwareArtifact.RepositoryRoot("test");
        string tests = Build(DeviceProjectFile(project));
        AppBuildResult image;
        try
        {
            image = AppBuilder.Build(new AppBuildOptions(
                Path.Combine(repo, LauncherProject), Path.Combine(repo, "build", "nfk210-test", Path.GetFileNameWithoutExtension(tests)), repo)
            {
                AlsoLoaded = [tests],
            }, TextWriter.Null);
        }
        catch (AppBuildException e)
        {
            throw new CliException(e.Message, e);
        }

        var console = new StringWriter();
        int status = NanoClrRunner.Run(target, image.ImagePath, verbose: false, ClrTimeout,
            new CommandContext(new TeeWriter(context.Output, console), context.Error));
        string? summary = console.ToString().Split('\n').Select(l => l.Trim()).LastOrDefault(l => l.Contains(" passed, "));
        if (status != 0 || summary == null)
        {
            throw new CliException($"the tests did not run to their end on nanoCLR (status {status})");
        }

        return summary.Contains(" 0 failed", StringComparison.Ordinal) ? ExitCodes.Ok : ExitCodes.Failure;
    }

    private static string ProjectFile(string path)
    {
        if (File.Exists(path))
        {
            return Path.GetFullPath(path);
        }

        if (Directory.Exists(path))
        {
            string[] projects = Directory.GetFiles(path, "*.csproj");
            if (projects.Length == 1)
            {
                return Path.GetFullPath(projects[0]);
            }

            throw new CliException($"'{path}' holds {projects.Length} .csproj files; name one");
        }

        throw new CliException($"test project '{path}' not found");
    }

    /// <summary>The device build of a test project: the project itself when it is one, else its nf/*.csproj.</summary>
    private static string DeviceProjectFile(string path)
    {
        string project = ProjectFile(path);
        if (File.ReadAllText(project).Contains("nanoFramework.CoreLibrary", StringComparison.Ordinal))
        {
            return project;
        }

        string nf = Path.Combine(Path.GetDirectoryName(project)!, "nf");
        string[] candidates = Directory.Exists(nf) ? Directory.GetFiles(nf, "*.csproj") : [];
        return candidates.Length == 1
            ? candidates[0]
            : throw new CliException(
                $"'{path}' has no device build for nanoCLR (a project against nanoFramework.CoreLibrary in {nf}); " +
                "--runtime dotnet runs its host build");
    }

    /// <summary>Builds the project in Release and returns its output assembly.</summary>
    private static string Build(string projectFile)
    {
        try
        {
            DotnetBuild.Build(projectFile, Path.GetFileName(projectFile));
            return DotnetBuild.Property(projectFile, "TargetPath");
        }
        catch (AppBuildException e)
        {
            throw new CliException(e.Message, e);
        }
    }
}
