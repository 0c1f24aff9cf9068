using System.CommandLine;
using NfK210.Pe;
using NfK210.Pe.NativeTables;

namespace NfK210.Cli.Commands;

/// <summary>`nfk210 pe ASSEMBLY.dll [--out DIR] [--native-tables DIR [--project-name NAME]]`: converts a .NET
/// assembly built against nanoFramework's mscorlib into a nanoFramework .pe (same bytes as MetadataProcessor) and,
/// on request, generates nanoCLR's native method table sources for it.</summary>
public static class PeCommand
{
    public static Command Create()
    {
        var assembly = new Argument<string>("ASSEMBLY") { Description = "the .NET assembly (.dll) to convert" };
        var output = new Option<string?>("--out") { Description = "folder for <assembly name>.pe (default: the assembly's folder)" };
        var nativeTables = new Option<string?>("--native-tables")
        {
            Description = "also write <project>.h/.cpp with nanoCLR's native method table into this folder",
        };
        var projectName = new Option<string?>("--project-name")
        {
            Description = "name for the native table files and structs (default: the assembly name; dots become '_')",
        };
        var command = new Command("pe", "convert an assembly to a nanoFramework .pe (and optionally its native tables)")
        {
            assembly, output, nativeTables, projectName,
        };
        command.SetAction(parseResult => CommandRunner.Guard(parseResult, context => Execute(
            parseResult.GetRequiredValue(assembly),
            parseResult.GetValue(output),
            parseResult.GetValue(nativeTables),
            parseResult.GetValue(projectName),
            context)));
        return command;
    }

    public static int Execute(string assemblyPath, string? outputDirectory, string? nativeTablesDirectory,
        string? projectName, CommandContext context)
    {
        PeImage image;
        try
        {
            image = PeConverter.Convert(assemblyPath);
        }
        catch (PeConversionException e)
        {
            throw new CliException(e.Message);
        }

        string directory = outputDirectory ?? Path.GetDirectoryName(Path.GetFullPath(assemblyPath))!;
        Directory.CreateDirectory(directory);
        string pePath = Path.Combine(directory, image.AssemblyName + ".pe");
        File.WriteAllBytes(pePath, image.Bytes);
        context.Output.WriteLine(
            $"{pePath}: {image.AssemblyName} {image.Version}, {image.Bytes.Length} bytes, native checksum 0x{image.NativeMethodsChecksum:X8}");

        if (nativeTablesDirectory is not null)
        {
            NativeTableFiles files;
            try
            {
                files = NativeTableGenerator.Generate(image, projectName ?? image.AssemblyName);
            }
            catch (PeConversionException e)
            {
                throw new CliException(e.Message);
            }

            files.WriteTo(nativeTablesDirectory);
            context.Output.WriteLine(
                $"{Path.Combine(nativeTablesDirectory, files.HeaderFileName)}, {files.SourceFileName}: native table " +
                $"({image.NativeClasses.Sum(c => c.Methods.Count(m => m.IsNative))} native methods)");
        }

        return ExitCodes.Ok;
    }
}
