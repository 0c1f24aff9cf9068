using System.CommandLine;
using NfK210.Cli.Native;
using NfK210.Pe.Building;

namespace NfK210.Cli.Commands;

/// <summary>
/// `nfk210 build APP [--out DIR]`: compiles a nanoFramework app (a .cs file, a folder of .cs files or a .csproj)
/// against nanoFramework.CoreLibrary's mscorlib and our device library, converts it and its references to .pe, checks
/// their native checksums against the firmware, and writes DIR/&lt;name&gt;.pe and the deployment image DIR/&lt;App&gt;.bin.
/// </summary>
public static class BuildCommand
{
    public static Command Create()
    {
        var app = new Argument<string>("APP") { Description = "the app: a .cs file, a folder of .cs files or a .csproj" };
        var output = new Option<string?>("--out")
        {
            Description = "output folder for the .pe files and the .bin (default: bin/nfk210 beside the app)",
        };
        CommonOptions.RefuseEmpty(app);
        CommonOptions.RefuseEmpty(output);
        var command = new Command("build", "compile a C# app for nanoCLR and make its .pe files and deployment image")
        {
            app, output,
        };
        command.SetAction(parseResult => CommandRunner.Guard(parseResult, context =>
            Execute(parseResult.GetRequiredValue(app), parseResult.GetValue(output), context)));
        return command;
    }

    public static int Execute(string app, string? outputDirectory, CommandContext context)
    {
        string root = NativeLibraryLocator.FindRepositoryRoot(AppContext.BaseDirectory)
                      ?? NativeLibraryLocator.FindRepositoryRoot(Directory.GetCurrentDirectory())
                      ?? throw new CliException("`build` needs the nf-k210 source tree (nf-k210.sln not found)");
        string output = outputDirectory ?? DefaultOutput(app);
        AppBuildResult result;
        try
        {
            result = AppBuilder.Build(new AppBuildOptions(app, output, root), context.Error);
        }
        catch (AppBuildException e)
        {
            throw new CliException(e.Message, e);
        }

        foreach (BuiltAssembly a in result.Assemblies)
        {
            string native = a.NativeChecksum == 0 ? "no native methods" : $"native checksum 0x{a.NativeChecksum:X8}";
            context.Output.WriteLine($"  {a.Name,-32} {a.Version,-14} {a.Size,8:N0} bytes  {native}");
        }

        context.Output.WriteLine($"{result.ImagePath}: {result.ImageSize:N0} bytes, {result.Assemblies.Count} assemblies");
        return ExitCodes.Ok;
    }

    internal static string DefaultOutput(string app)
    {
        string full = Path.GetFullPath(app);
        string folder = Directory.Exists(full) ? full : Path.GetDirectoryName(full)!;
        return Path.Combine(folder, "bin", "nfk210");
    }
}
