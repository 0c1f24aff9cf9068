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
        finally
        {
            context.Output.Flush();
            context.Error.Flush();
        }
    }
}
