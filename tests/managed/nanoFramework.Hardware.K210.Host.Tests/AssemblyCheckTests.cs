using NfK210.AssemblyCheck;

namespace nanoFramework.Hardware.K210.Host.Tests;

/// <summary>The device-assembly check accepts the device builds and names what nanoCLR cannot run.</summary>
public sealed class AssemblyCheckTests
{
    private static string DeviceLibrary =>
        Paths.Output("firmware/managed/nanoFramework.Hardware.K210", "netstandard2.0", "nanoFramework.Hardware.K210.dll");

    [Fact]
    public void DeviceLibraryAndItsTests_AreClean()
    {
        string tests = Paths.Output("tests/managed/nanoFramework.Hardware.K210.Tests/nf", "netstandard2.0", "NFUnitTest.dll");
        Assert.Empty(DeviceAssemblyChecker.Check(DeviceLibrary));
        Assert.Empty(DeviceAssemblyChecker.Check(tests, "nanoFramework.Hardware.K210", "System.IO.FileSystem"));
    }

    [Fact]
    public void TestAssembly_ReferencingAnUncheckedAssembly_IsReported()
    {
        string tests = Paths.Output("tests/managed/nanoFramework.Hardware.K210.Tests/nf", "netstandard2.0", "NFUnitTest.dll");
        Assert.Contains(DeviceAssemblyChecker.Check(tests), p => p.Contains("references assembly 'nanoFramework.Hardware.K210'"));
    }

    [Fact]
    public void HostBuild_IsRejectedForItsGenericsAndReferences()
    {
        // The host build of the same library uses Action<T>, Nullable<T> and generic BCL methods.
        string host = typeof(Kpu).Assembly.Location;
        IReadOnlyList<string> problems = DeviceAssemblyChecker.Check(host);
        Assert.Contains(problems, p => p.Contains("generic type System.Action`1<nanoFramework.Hardware.K210.ModelDescription>"));
        Assert.Contains(problems, p => p.Contains("generic method instantiation"));
        Assert.Contains(problems, p => p.Contains("references assembly 'System.Runtime'"));
    }

    [Fact]
    public void ThisAssembly_WithItsGenericCode_IsRejected()
    {
        IReadOnlyList<string> problems = DeviceAssemblyChecker.Check(typeof(AssemblyCheckTests).Assembly.Location);
        Assert.Contains(problems, p => p.Contains("nanoCLR cannot run generics"));
    }
}
