using System.CommandLine;
using NfK210.Cli.Exec;

namespace NfK210.Cli.Commands;

/// <summary>
/// `nfk210 deploy APP --port PORT [--baud N] [--no-console] [--timeout S]`: builds the app as `nfk210 build` does (or
/// takes a built deployment image) and deploys it over nanoFramework's wire protocol to a device that runs our
/// nanoCLR image — no reflashing of the firmware — then reboots it and prints the app's console.
/// </summary>
public static class DeployCommand
{
    public static Command Create()
    {
        var app = new Argument<string>("APP")
        {
            Description = "the app: a .cs file, a folder of .cs files, a .csproj, or a deployment image (.bin) from `nfk210 build`",
        };
        var port = new Option<string>("--port") { Description = "serial port of the device (e.g. /dev/ttyUSB0)", Required = true };
        var baud = BaudOption();
        var noConsole = new Option<bool>("--no-console") { Description = "reboot and return without listening to the app (for CI)" };
        var timeout = new Option<int>("--timeout")
        {
            Description = "seconds to print the app's console before returning (Ctrl-C stops earlier)",
            DefaultValueFactory = _ => 60,
        };
        CommonOptions.AcceptWholeNumber(timeout, 1, 86400, " of seconds");
        CommonOptions.RefuseEmpty(app);
        CommonOptions.RefuseEmpty(port);
        var command = new Command("deploy", "deploy a C# app to a device running our nanoCLR image over the wire protocol")
        {
            app, port, baud, noConsole, timeout,
        };
        command.SetAction(parseResult => CommandRunner.Guard(parseResult, context =>
        {
            bool isVerbose = CommonOptions.IsVerbose(parseResult);
            string image = ExecCommand.Image(parseResult.GetRequiredValue(app), isVerbose ? context.Error : TextWriter.Null);
            var options = new BoardDeployOptions(parseResult.GetRequiredValue(port), parseResult.GetValue(baud),
                !parseResult.GetValue(noConsole), TimeSpan.FromSeconds(parseResult.GetValue(timeout)), isVerbose);
            return BoardDeployment.Run(image, options, context);
        }));
        return command;
    }

    /// <summary>The line rate of the board's console UART, which nanoCLR's wire protocol shares.</summary>
    public static Option<int> BaudOption()
    {
        var baud = new Option<int>("--baud")
        {
            Description = "line rate (115200 is the rate our nanoCLR image sets)",
            DefaultValueFactory = _ => 115200,
        };
        baud.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && (!int.TryParse(result.Tokens[0].Value, out int b) || b <= 0))
            {
                result.AddError("--baud takes a whole number greater than 0");
            }
        });
        return baud;
    }
}
