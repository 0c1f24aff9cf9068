using System.CommandLine;
using NfK210.Cli.Native;

namespace NfK210.Cli;

/// <summary>Runs a command body and turns every expected failure into a message and an exit code.</summary>
public static class CommandRunner
{
    public static int Guard(ParseResult parseResult, Func<CommandContext, int> body)
    {
        var context = new CommandContext(
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error);
        try
        {
            return body(context);
        }
        catch (CliException e)
        {
            context.Error.WriteLine($"error: {e.Message}");
            return e.ExitCode;
        }
        catch (NativeLibraryMissingException e)
        {
            context.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.NativeLibraryMissing;
        }
        catch (EntryPointNotFoundException e)
        {
            context.Error.WriteLine(
                $"error: the native library lacks a function of nfk210_api.h ({e.Message}); rebuild it");
            return ExitCodes.NativeLibraryMissing;
        }
        catch (NativeException e)
        {
            context.Error.WriteLine($"error: {e.Message}");
            return ExitCodes.Failure;
        }
        catch (Exception e)
        {
            return Unexpected(parseResult, e, context.Error);
        }
        finally
        {
            context.Output.Flush();
            context.Error.Flush();
        }
    }

    /// <summary>
    /// The last line of defence: one line "error: COMMAND: cause" and exit code 70; the stack trace only with
    /// --verbose, since a trace tells a user nothing and hides the cause.
    /// </summary>
    public static int Unexpected(ParseResult? parseResult, Exception e, TextWriter error)
    {
        string command = parseResult?.CommandResult.Command is { } c && c is not RootCommand ? c.Name : "nfk210";
        string cause = OneLine($"{e.GetType().Name}: {e.Message}");
        error.WriteLine($"error: {command}: unexpected failure ({cause}); this is a defect of nfk210, please report it");
        if (parseResult is not null && CommonOptions.IsVerbose(parseResult))
        {
            error.WriteLine(e.ToString());
        }

        error.Flush();
        return ExitCodes.Internal;
    }

    private static string OneLine(string text) =>
        string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
