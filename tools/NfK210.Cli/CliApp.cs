using System.CommandLine;
using NfK210.Cli.Commands;

namespace NfK210.Cli;

/// <summary>The nfk210 command line: run, inspect, bench, flash, test, demo (the default when no argument is given).</summary>
public static class CliApp
{
    public static RootCommand CreateRootCommand()
    {
        var root = new RootCommand(
            "nfk210: run, inspect and benchmark K210 kmodels on the host KPU emulator (libnfk210), and flash boards. " +
            "Without arguments it runs the built-in demo.")
        {
            RunCommand.Create(),
            InspectCommand.Create(),
            BenchCommand.Create(),
            DemoCommand.Create(),
            FlashCommand.Create(),
            TestCommand.Create(),
            BuildCommand.Create(),
            PeCommand.Create(),
            ExecCommand.Create(),
            DeployCommand.Create(),
        };
        root.Options.Add(CommonOptions.Verbose());
        return root;
    }

    /// <summary>Parses and runs; returns the process exit code (see <see cref="ExitCodes"/>).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        string[] effective = args.Length == 0 ? ["demo"] : args;
        ParseResult? parseResult = null;
        try
        {
            parseResult = CreateRootCommand().Parse(effective);
            return parseResult.Invoke(new InvocationConfiguration
            {
                Output = output,
                Error = error,
                EnableDefaultExceptionHandler = false,
            });
        }
        catch (Exception e)
        {
            // Parsers, validators and the help writer run outside a command's own guard.
            return CommandRunner.Unexpected(parseResult, e, error);
        }
    }
}
