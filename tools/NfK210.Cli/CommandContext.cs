using NfK210.Cli.Rendering;
using Spectre.Console;

namespace NfK210.Cli;

/// <summary>Where a command writes: plain text writers and a Spectre console over the output writer.</summary>
public sealed class CommandContext
{
    private IAnsiConsole? _console;

    public CommandContext(TextWriter output, TextWriter error)
    {
        Output = output;
        Error = error;
    }

    public TextWriter Output { get; }

    public TextWriter Error { get; }

    /// <summary>Spectre console for tables (created on first use).</summary>
    public IAnsiConsole Console => _console ??= ConsoleFactory.Create(Output);
}
