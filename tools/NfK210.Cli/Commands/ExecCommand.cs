using System.CommandLine;
using NfK210.Cli.Exec;
using NfK210.Pe.Building;

namespace NfK210.Cli.Commands;

/// <summary>
/// `nfk210 exec APP [--target host|qemu|dotnet]`: builds a C# app as `nfk210 build` does (or takes a built deployment
/// image), runs it on nanoCLR — the host virtual device or the RV64 image under QEMU — or, for comparison, on .NET,
/// streams its console to standard output and ends with the app's status: 0 when Main returns, 1 on an unhandled
/// exception (type, message and managed stack trace on standard error), 2 when the assemblies cannot be loaded.
/// `--target board --port PORT` deploys it over the wire protocol to a board that runs our nanoCLR image instead
/// (as `nfk210 deploy`) and streams its console until the app exits.
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
            Description = "host (nanoCLR on the PC, the default), qemu (nanoCLR on RV64 under QEMU), board (a K210 running " +
                          "our nanoCLR image, deployed over --port) or dotnet (the same source on .NET)",
            DefaultValueFactory = _ => "host",
        };
        target.AcceptOnlyFromAmong("host", "qemu", "board", "dotnet");
        var port = new Option<string>("--port") { Description = "--target board: the board's serial port" };
        var baud = DeployCommand.BaudOption();
        var timeout = new Option<int>("--timeout")
        {
            Description = "seconds before the app is stopped (default 600)",
            DefaultValueFactory = _ => 600,
        };
        CommonOptions.AcceptWholeNumber(timeout, 1, 86400, " of seconds");
        CommonOptions.RefuseEmpty(app);
        CommonOptions.RefuseEmpty(port);
        var command = new Command("exec", "run a C# app on nanoCLR (host virtual device or QEMU) or on .NET")
        {
            app, target, port, baud, timeout,
        };
        command.SetAction(parseResult => CommandRunner.Guard(parseResult, context =>
        {
            ExecTarget parsed = Parse(parseResult.GetValue(target)!);
            TimeSpan limit = TimeSpan.FromSeconds(parseResult.GetValue(timeout));
            bool isVerbose = CommonOptions.IsVerbose(parseResult);
            string? portName = parseResult.GetValue(port);
            if (parsed == ExecTarget.Board)
            {
                if (string.IsNullOrWhiteSpace(portName))
                {
                    throw new CliException("--target board needs --port PORT (the board's serial port)");
                }

                string image = Image(parseResult.GetRequiredValue(app), isVerbose ? context.Error : TextWriter.Null);
                var options = new BoardDeployOptions(portName, parseResult.GetValue(baud), true, limit, isVerbose)
                {
                    TimeoutIsFailure = true,
                };
                return BoardDeployment.Run(image, options, context);
            }

            if (portName is not null)
            {
                throw new CliException("--port is for --target board only");
            }

            return Execute(parseResult.GetRequiredValue(app), parsed, limit, isVerbose, context);
        }));
        return command;
    }

    /// <summary>The app's deployment image: a given .bin, or the app built as `nfk210 build` does.</summary>
    public static string Image(string app, TextWriter log) => IsImage(app) ? ExistingImage(app) : Build(app, log);

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
        "board" => ExecTarget.Board,
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
