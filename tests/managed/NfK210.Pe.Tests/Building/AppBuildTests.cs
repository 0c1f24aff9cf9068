using NfK210.Pe.Building;
using NfK210.Pe.Reading;
using NfK210.Pe.Tests.Reading;

namespace NfK210.Pe.Tests.Building;

/// <summary>`nfk210 build` end to end: each test runs `dotnet build` as a child process, so they are few. Apps are
/// copied to a temporary folder first, the way a user's app lives outside this repository.</summary>
public sealed class AppBuildTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("nfk210-build-").FullName;
    private readonly string _root = PeTestFiles.RepositoryRoot();

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [CoreLibraryFact]
    public void SingleFileAppGivesPeFilesAndAnImageInLoadOrder()
    {
        string app = Path.Combine(_work, "Blink.cs");
        File.Copy(Path.Combine(_root, "samples", "nf", "HelloNano", "Program.cs"), app);
        string output = Path.Combine(_work, "out");

        AppBuildResult result = AppBuilder.Build(new AppBuildOptions(app, output, _root), TextWriter.Null);

        Assert.Equal(["mscorlib", "Blink"], result.Assemblies.Select(a => a.Name));
        Assert.Equal(Path.Combine(output, "Blink.bin"), result.ImagePath);
        // Our converter's mscorlib is byte for byte the package's (made by nanoFramework's MetadataProcessor).
        Assert.Equal(PeTestFiles.CoreLibrary(), File.ReadAllBytes(Path.Combine(output, "mscorlib.pe")));

        byte[] image = File.ReadAllBytes(result.ImagePath);
        IReadOnlyList<(int Offset, PeFile Pe)> parts = DeploymentImage.Split(image);
        Assert.Equal([0, 32536], parts.Select(p => p.Offset));
        for (int i = 0; i < parts.Count; i++)
        {
            byte[] pe = File.ReadAllBytes(result.Assemblies[i].PePath);
            Assert.Equal(pe, image.AsSpan(parts[i].Offset, pe.Length).ToArray());
            Assert.DoesNotContain(parts[i].Pe.Verify(), p => p.Severity == PeSeverity.Error);
        }

        Assert.Equal(32536 + result.Assemblies[1].Size + DeploymentImage.Padding(result.Assemblies[1].Size), image.Length);
        Assert.Equal(0x1549C856u, parts[0].Pe.Header.NativeMethodsChecksum);
        Assert.Equal(0u, parts[1].Pe.Header.NativeMethodsChecksum);
        Assert.Equal("Blink", parts[1].Pe.Name);

        // The same app against a firmware whose mscorlib record differs: both checksums and the assembly are named.
        string natives = Path.Combine(_work, "natives.csv");
        File.WriteAllLines(natives, ["name,version,checksum", "mscorlib,100.5.0.24,0x12345678"]);
        var mismatch = Assert.Throws<AppBuildException>(() => AppBuilder.Build(
            new AppBuildOptions(app, output, _root) { NativeAssemblyList = natives }, TextWriter.Null));
        Assert.Equal(
            "mscorlib: native checksum 0x1549C856 does not match the firmware's 0x12345678 (mscorlib 100.5.0.24); " +
            "nanoCLR would refuse to load it",
            mismatch.Message);
    }

    [CoreLibraryFact]
    public void FolderAppCompilesItsFilesButNotItsBuildOutput()
    {
        string app = Directory.CreateDirectory(Path.Combine(_work, "Counter")).FullName;
        File.WriteAllText(Path.Combine(app, "Program.cs"),
            "namespace Counter { public static class Program { public static void Main() { System.Console.WriteLine(Helper.Twice(21).ToString()); } } }");
        Directory.CreateDirectory(Path.Combine(app, "Parts"));
        File.WriteAllText(Path.Combine(app, "Parts", "Helper.cs"),
            "namespace Counter { internal static class Helper { public static int Twice(int x) => 2 * x; } }");
        Directory.CreateDirectory(Path.Combine(app, "obj"));
        File.WriteAllText(Path.Combine(app, "obj", "Stale.cs"), "this would not compile");
        string output = Path.Combine(_work, "out");

        AppBuildResult result = AppBuilder.Build(new AppBuildOptions(app, output, _root), TextWriter.Null);

        Assert.Equal(["mscorlib", "Counter"], result.Assemblies.Select(a => a.Name));
        PeFile counter = PeFile.Read(File.ReadAllBytes(Path.Combine(output, "Counter.pe")));
        Assert.DoesNotContain(counter.Verify(), p => p.Severity == PeSeverity.Error);
        // <Module>, Program and Helper.
        Assert.Equal(3, counter.TypeDefs.Count);
    }

    [CoreLibraryFact]
    public void ProjectIsBuiltAsGivenAndMustUseNanoFrameworksMscorlib()
    {
        string nf = Directory.CreateDirectory(Path.Combine(_work, "NfProject")).FullName;
        File.WriteAllText(Path.Combine(nf, "NfProject.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFramework>netstandard2.0</TargetFramework>
                <DisableImplicitFrameworkReferences>true</DisableImplicitFrameworkReferences>
                <ImplicitUsings>disable</ImplicitUsings>
                <NoWarn>NU1701</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="nanoFramework.CoreLibrary" Version="1.17.11" ExcludeAssets="all" GeneratePathProperty="true" />
                <Reference Include="mscorlib">
                  <HintPath>$(PkgnanoFramework_CoreLibrary)/lib/mscorlib.dll</HintPath>
                  <Private>false</Private>
                </Reference>
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(nf, "Program.cs"), "public static class Program { public static void Main() { } }");
        AppBuildResult result = AppBuilder.Build(
            new AppBuildOptions(Path.Combine(nf, "NfProject.csproj"), Path.Combine(_work, "out"), _root), TextWriter.Null);
        Assert.Equal(["mscorlib", "NfProject"], result.Assemblies.Select(a => a.Name));

        string desktop = Directory.CreateDirectory(Path.Combine(_work, "DesktopProject")).FullName;
        File.WriteAllText(Path.Combine(desktop, "DesktopProject.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(desktop, "Library.cs"), "public static class Library { }");
        var e = Assert.Throws<AppBuildException>(() => AppBuilder.Build(
            new AppBuildOptions(desktop, Path.Combine(_work, "out2"), _root), TextWriter.Null));
        Assert.StartsWith("DesktopProject is not built against nanoFramework's mscorlib (it references System.Runtime)", e.Message);
    }

    [CoreLibraryFact]
    public void CompileErrorsAreListedWithFileAndLine()
    {
        string app = Path.Combine(_work, "Broken.cs");
        File.WriteAllLines(app,
        [
            "namespace Broken {",
            "  public static class Program {",
            "    public static void Main() { int x = \"text\"; }",
            "  }",
            "}",
        ]);

        var e = Assert.Throws<AppBuildException>(() =>
            AppBuilder.Build(new AppBuildOptions(app, Path.Combine(_work, "out"), _root), TextWriter.Null));

        Assert.Contains($"{app}(3,41): error CS0029: Cannot implicitly convert type 'string' to 'int'", e.Message);
        Assert.False(Directory.Exists(Path.Combine(_work, "out")));
    }
}
