using System.CommandLine;
using NfK210.TestRunner;

namespace NfK210.Cli.Commands;

/// <summary>
/// `nfk210 test PROJECT`: builds a nanoFramework-style test project (or takes a built test assembly) and runs its
/// [TestClass] tests on the host with <see cref="NanoTestRunner"/>, printing `N passed, N failed`.
/// </summary>
public static class TestCommand
{
    public static Command Create()
    {
        var project = new Argument<string>("PROJECT")
        {
            Description = "test project (.csproj or its folder) or a built test assembly (.dll)",
        };
        var command = new Command("test", "build and run a nanoFramework-style test project on the host emulator")
        {
            project,
        };
        command.SetAction(parseResult => CommandRunner.Guard(parseResult, context =>
            Execute(parseResult.GetRequiredValue(project), context)));
        return command;
    }

    public static int Execute(string project, CommandContext context)
    {
        string assembly = project.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? project
            : Build(ProjectFile(project), context);
        if (!File.Exists(assembly))
        {
            throw new CliException($"test assembly '{assembly}' not found");
        }

        TestSummary summary = NanoTestRunner.Run(assembly, context.Output);
        return summary.Failed == 0 ? ExitCodes.Ok : ExitCodes.Failure;
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

    /// <summary>Builds the project in Release and returns its output assembly.</summary>
    private static string Build(string projectFile, CommandContext context)
    {
        (int code, string output) = Dotnet("build", projectFile, "-c", "Release", "-nologo", "-v", "q");
        if (code != 0)
        {
            context.Error.WriteLine(output);
            throw new CliException($"building '{projectFile}' failed");
        }

        (code, output) = Dotnet("msbuild", projectFile, "-getProperty:TargetPath", "-p:Configuration=Release", "-nologo");
        string path = output.Trim();
        if (code != 0 || path.Length == 0)
        {
            throw new CliException($"cannot find the output assembly of '{projectFile}': {output}");
        }

        return path;
    }

    private static (int Code, string Output) Dotnet(params string[] arguments)
    {
        (int code, string output, string error) = ExternalProgram.Run("dotnet", arguments);
        return (code, output + error);
    }
}
