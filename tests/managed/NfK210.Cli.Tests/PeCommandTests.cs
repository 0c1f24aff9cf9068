using System.Reflection;
using System.Reflection.Emit;
using System.Text;

namespace NfK210.Cli.Tests;

/// <summary>`nfk210 pe`: writes &lt;assembly name&gt;.pe (and native tables on request); bad input is a readable error
/// with exit code 1.</summary>
public class PeCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("nfk210-pe-cli-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    /// <summary>A small assembly with one InternalCall method and no [AssemblyNativeVersion].</summary>
    private string EmitAssembly()
    {
        var assembly = new PersistedAssemblyBuilder(new AssemblyName("Cli.Probe") { Version = new Version(1, 2, 3, 4) }, typeof(object).Assembly);
        ModuleBuilder module = assembly.DefineDynamicModule("Cli.Probe");
        TypeBuilder type = module.DefineType("Cli.Probe.Device", TypeAttributes.Public | TypeAttributes.Class);
        MethodBuilder native = type.DefineMethod("NativeRead", MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig,
            typeof(int), [typeof(byte[])]);
        native.SetImplementationFlags(MethodImplAttributes.InternalCall);
        type.CreateType();
        string path = Path.Combine(_directory, "input", "Cli.Probe.dll");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        assembly.Save(path);
        return path;
    }

    [Fact]
    public void Pe_WritesThePeIntoOut()
    {
        string dll = EmitAssembly();
        string output = Path.Combine(_directory, "out");

        CliResult result = CliRunner.Run("pe", dll, "--out", output);

        Assert.True(result.ExitCode == 0, result.ToString());
        byte[] pe = File.ReadAllBytes(Path.Combine(output, "Cli.Probe.pe"));
        Assert.Equal("NFMRK1", Encoding.ASCII.GetString(pe, 0, 6));
        Assert.Contains("Cli.Probe 1.2.3.4", result.Output);
    }

    [Fact]
    public void Pe_DefaultsToTheAssemblysFolder()
    {
        string dll = EmitAssembly();

        CliResult result = CliRunner.Run("pe", dll);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(dll)!, "Cli.Probe.pe")));
    }

    [Fact]
    public void Pe_NativeTablesWithoutNativeVersion_IsAnError()
    {
        string dll = EmitAssembly();

        CliResult result = CliRunner.Run("pe", dll, "--out", _directory, "--native-tables", Path.Combine(_directory, "t"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("AssemblyNativeVersion", result.Error);
    }

    [Fact]
    public void Pe_MissingAssembly_ExitsWithOne()
    {
        CliResult result = CliRunner.Run("pe", Path.Combine(_directory, "Nope.dll"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("error: assembly not found", result.Error);
    }

    [Fact]
    public void Pe_NotAnAssembly_ExitsWithOne()
    {
        string path = Path.Combine(_directory, "Garbage.dll");
        File.WriteAllBytes(path, Encoding.ASCII.GetBytes("this is not a PE file at all"));

        CliResult result = CliRunner.Run("pe", path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("is not a readable .NET assembly", result.Error);
    }

    [Fact]
    public void Pe_UnsupportedConstructs_NamesThemAndExitsWithOne()
    {
        // This test assembly is a .NET 10 library full of generics: nanoCLR could not run it.
        CliResult result = CliRunner.Run("pe", typeof(PeCommandTests).Assembly.Location, "--out", _directory);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("can't be converted to a nanoFramework .pe", result.Error);
        Assert.Contains("generic", result.Error);
    }
}
