namespace NfK210.Cli.Tests;

/// <summary>Runs the CLI in-process and captures what it prints.</summary>
public static class CliRunner
{
    public static CliResult Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = CliApp.Run(args, output, error);
        return new CliResult(code, output.ToString(), error.ToString());
    }
}
