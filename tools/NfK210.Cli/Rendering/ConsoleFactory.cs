using Spectre.Console;

namespace NfK210.Cli.Rendering;

/// <summary>Spectre.Console consoles over a <see cref="TextWriter"/> (plain text unless it is a real terminal).</summary>
public static class ConsoleFactory
{
    /// <summary>Width used when the output is not a terminal (files, pipes, tests), so tables do not wrap.</summary>
    public const int RedirectedWidth = 160;

    public static IAnsiConsole Create(TextWriter writer)
    {
        bool terminal = ReferenceEquals(writer, Console.Out) && !Console.IsOutputRedirected;
        IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!terminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
