using System.CommandLine;
using NfK210.Cli.Exec;
using NfK210.Pe.Building;

namespace NfK210.Cli.Commands;

/// <summary>
/// `nfk210 exec APP [--target host|qemu|dotnet]`: builds a C# app as `nfk210 build` does (or takes a built deployment
/// image), runs it on nanoCLR — the host virtual device or the RV64 image under QEMU — or, for comparison, on .NET,
/// streams its console to standard output and ends with the app's status: 0 when Main returns, 1 on an unhandled
/// exception (type, message and managed stack trace on standard error), 2 when the assemblies cannot be loaded.
/// </summary>
public static class ExecCommand
{
    public static Command Create()
    {
        var app = new Argument<string>("APP")
        {
            Description = "the app: a .cs file, a folder of .cs files, a .csproj, or a deployment image (.bin) from `nfk210 build`",
        };
        var target = new Option<string>("--target")
        {
            Description = "host (nanoCLR on the PC, the default), qemu (nanoCLR on RV64 under QEMU) or dotnet (the same source on .NET)",
            DefaultValueFactory = _ => "host",
        };
        target.AcceptOnlyFromAmong("host", "qemu", "dotnet");
        var timeout = new Option<int>("--timeout")
        {
            Description = "seconds before the app is stopped (default 600)",
            DefaultValueFactory = _ => 600,
        };
        timeout.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && (!int.TryParse(result.Tokens[0].Value, out int s) || s <= 0))
            {
                result.AddError("--timeout takes a whole number of seconds greater than 0");
            }
        });
        var verbose = new Option<bool>("--verbose") { Description = "show the build and nanoCLR's start-up messages" };
        var command = new Command("exec", "run a C# app on nanoCLR (host virtual device or QEMU) or on .NET")
        {
            app, target, timeout, verbose,
        };
        command.SetAction(parseResult => CommandRunner.Guard(parseResult, context => Execute(
            parseResult.GetRequiredValue(app), Parse(parseResult.GetValue(target)!),
            TimeSpan.FromSeconds(parseResult.GetValue(timeout)), parseResult.GetValue(verbose), context)));
        return command;
    }

    public static int Execute(string app, ExecTarget target, TimeSpan timeout, bool verbose, CommandContext context)
    {
        TextWriter log = verbose ? context.Error : TextWriter.Null;
        if (target == ExecTarget.Dotnet)
        {
            if (IsImage(app))
            {
                throw new CliException("--target dotnet runs the app's source: give its .cs file, folder or .csproj");
            }

            return DotnetApp.Run(DotnetApp.Build(app, log), timeout, context);
        }

        string image = IsImage(app) ? ExistingImage(app) : Build(app, log);
        return NanoClrRunner.Run(target, image, verbose, timeout, context);
    }

    private static ExecTarget Parse(string target) => target switch
    {
        "qemu" => ExecTarget.Qemu,
        "dotnet" => ExecTarget.Dotnet,
        _ => ExecTarget.Host,
    };

    private static bool IsImage(string app) => app.EndsWith(".bin", StringComparison.OrdinalIgnoreCase);

    private static string ExistingImage(string image) =>
        File.Exists(image) ? Path.GetFullPath(image) : throw new CliException($"deployment image '{image}' not found");

    /// <summary>Builds the app into bin/nfk210 beside it and returns its deployment image.</summary>
    private static string Build(string app, TextWriter log)
    {
        string root = FirmwareArtifact.RepositoryRoot("exec");
        try
        {
            return AppBuilder.Build(new AppBuildOptions(app, BuildCommand.DefaultOutput(app), root), log).ImagePath;
        }
        catch (AppBuildException e)
        {
            throw new CliException(e.Message, e);
        }
    }
}
