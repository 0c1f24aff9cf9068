using NfK210.Pe.Building;

namespace NfK210.Pe.Tests.Building;

public sealed class AppSourceTests : IDisposable
{
    private readonly string _work = Directory.CreateTempSubdirectory("nfk210-app-").FullName;

    public void Dispose() => Directory.Delete(_work, recursive: true);

    [Fact]
    public void SourceFileIsNamedAfterItselfButProgramAfterItsFolder()
    {
        string blinky = Directory.CreateDirectory(Path.Combine(_work, "Blinky")).FullName;
        File.WriteAllText(Path.Combine(blinky, "Program.cs"), string.Empty);
        File.WriteAllText(Path.Combine(blinky, "led-test.cs"), string.Empty);

        AppSource program = AppSource.Resolve(Path.Combine(blinky, "Program.cs"));
        AppSource other = AppSource.Resolve(Path.Combine(blinky, "led-test.cs"));

        Assert.Equal((AppSourceKind.SourceFile, "Blinky", blinky), (program.Kind, program.Name, program.Folder));
        Assert.Equal("led_test", other.Name);
    }

    [Fact]
    public void FolderWithOneProjectIsThatProjectAndItsSourcesOtherwise()
    {
        string folder = Directory.CreateDirectory(Path.Combine(_work, "App")).FullName;
        File.WriteAllText(Path.Combine(folder, "A.cs"), string.Empty);
        Directory.CreateDirectory(Path.Combine(folder, "bin"));
        File.WriteAllText(Path.Combine(folder, "bin", "Old.cs"), string.Empty);

        AppSource sources = AppSource.Resolve(folder);
        Assert.Equal(AppSourceKind.SourceFolder, sources.Kind);
        Assert.Equal([Path.Combine(folder, "A.cs")], AppSource.SourceFolderFiles(folder));

        File.WriteAllText(Path.Combine(folder, "App.csproj"), "<Project />");
        Assert.Equal((AppSourceKind.Project, Path.Combine(folder, "App.csproj")), (AppSource.Resolve(folder).Kind, AppSource.Resolve(folder).Path));

        File.WriteAllText(Path.Combine(folder, "Other.csproj"), "<Project />");
        var e = Assert.Throws<AppBuildException>(() => AppSource.Resolve(folder));
        Assert.Equal($"'{folder}' holds 2 .csproj files; name the one to build", e.Message);
    }

    [Fact]
    public void EmptyFolderAndOtherFilesAreRefused()
    {
        string empty = Directory.CreateDirectory(Path.Combine(_work, "Empty")).FullName;
        string text = Path.Combine(_work, "notes.txt");
        File.WriteAllText(text, string.Empty);

        Assert.Equal($"'{empty}' holds no .cs files", Assert.Throws<AppBuildException>(() => AppSource.Resolve(empty)).Message);
        Assert.Equal($"'{text}' is neither a .cs file, a folder nor a .csproj",
            Assert.Throws<AppBuildException>(() => AppSource.Resolve(text)).Message);
    }
}
