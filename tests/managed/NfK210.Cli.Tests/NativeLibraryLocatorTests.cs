using NfK210.Cli.Native;

namespace NfK210.Cli.Tests;

public sealed class NativeLibraryLocatorTests : IDisposable
{
    private readonly string _dir = TestPaths.NewTempDirectory();

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Find_EnvironmentVariableNamesAFile_ReturnsIt()
    {
        string lib = Touch(Path.Combine(_dir, "custom", "mylib.so"));

        Assert.Equal(lib, NativeLibraryLocator.Find(lib, _dir, _dir));
    }

    [Fact]
    public void Find_EnvironmentVariableNamesNothing_ReturnsNullEvenIfOtherPlacesHaveOne()
    {
        Touch(Path.Combine(_dir, NativeLibraryLocator.FileName));

        Assert.Null(NativeLibraryLocator.Find(Path.Combine(_dir, "missing.so"), _dir, _dir));
    }

    [Fact]
    public void Find_NextToTheAssembly_IsSecond()
    {
        string beside = Touch(Path.Combine(_dir, "bin", NativeLibraryLocator.FileName));

        Assert.Equal(beside, NativeLibraryLocator.Find(null, Path.Combine(_dir, "bin"), _dir));
    }

    [Fact]
    public void Find_UnderRepoBuildHost_IsThird()
    {
        string repo = Path.Combine(_dir, "repo");
        Touch(Path.Combine(repo, NativeLibraryLocator.SolutionFileName));
        string lib = Touch(Path.Combine(repo, "build", "host", "firmware", "native", NativeLibraryLocator.FileName));
        string assemblyDir = Path.Combine(repo, "tools", "NfK210.Cli", "bin", "Release", "net10.0");
        Directory.CreateDirectory(assemblyDir);

        Assert.Equal(lib, NativeLibraryLocator.Find(null, assemblyDir, _dir));
        Assert.Equal(lib, NativeLibraryLocator.Find(null, _dir, Path.Combine(repo, "tools")));
    }

    [Fact]
    public void Find_NothingAnywhere_ReturnsNull()
    {
        Assert.Null(NativeLibraryLocator.Find(null, _dir, _dir));
    }

    [Fact]
    public void FindRepositoryRoot_FindsThisRepository()
    {
        Assert.NotNull(TestPaths.RepoRoot);
        Assert.True(File.Exists(Path.Combine(TestPaths.RepoRoot!, NativeLibraryLocator.SolutionFileName)));
    }

    private static string Touch(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, []);
        return path;
    }
}
