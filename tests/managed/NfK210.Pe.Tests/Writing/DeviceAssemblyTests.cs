namespace NfK210.Pe.Tests.Writing;

/// <summary>Our own device assemblies convert into well-formed images.</summary>
public class DeviceAssemblyTests
{
    private const string TestsProject = "tests/managed/nanoFramework.Hardware.K210.Tests/nf";

    [DeviceAssemblyFact(WriterTestFiles.K210Project, WriterTestFiles.K210Assembly)]
    public void K210Library_HeaderCrcsVersionAndNativeChecksumAreConsistent()
    {
        string dll = WriterTestFiles.DeviceAssembly(WriterTestFiles.K210Project, WriterTestFiles.K210Assembly)!;

        PeImage image = PeConverter.Convert(dll);

        PeHeaderCheck.AssertValid(dll, image);
        Assert.NotEqual(0u, image.NativeMethodsChecksum); // it has InternalCall methods
        Assert.Equal(new Version(1, 0, 0, 1), image.NativeVersion); // AssemblyInfo.nf.cs: AssemblyNativeVersion
        Assert.Equal(PeHeaderCheck.MethodCount(image.Bytes), image.NativeClasses.Sum(c => c.Methods.Count));
        Assert.Contains(image.NativeClasses.SelectMany(c => c.Methods),
            m => m.IsNative && m.StubName.StartsWith("Native", StringComparison.Ordinal));
    }

    [DeviceAssemblyFact(WriterTestFiles.K210Project, WriterTestFiles.K210Assembly)]
    public void K210Library_ConvertsDeterministically()
    {
        string dll = WriterTestFiles.DeviceAssembly(WriterTestFiles.K210Project, WriterTestFiles.K210Assembly)!;

        Assert.Equal(PeConverter.Convert(dll).Bytes, PeConverter.Convert(dll).Bytes);
    }

    [DeviceAssemblyFact(TestsProject, "NFUnitTest")]
    public void DeviceTestAssembly_HeaderIsConsistentAndItHasNoNatives()
    {
        string dll = WriterTestFiles.DeviceAssembly(TestsProject, "NFUnitTest")!;

        PeImage image = PeConverter.Convert(dll);

        PeHeaderCheck.AssertValid(dll, image);
        Assert.Equal(0u, image.NativeMethodsChecksum);
    }

    [Fact]
    public void MissingAssembly_IsAReadableError()
    {
        var error = Assert.Throws<PeConversionException>(() => PeConverter.Convert("/nonexistent/dir/App.dll"));
        Assert.Contains("/nonexistent/dir/App.dll", error.Message);
    }
}
