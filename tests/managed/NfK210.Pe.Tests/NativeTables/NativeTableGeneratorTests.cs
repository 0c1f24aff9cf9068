using NfK210.Pe.NativeTables;

namespace NfK210.Pe.Tests.NativeTables;

/// <summary>The generated sources' shape, from a hand-made image description.</summary>
public class NativeTableGeneratorTests
{
    private static PeImage Image(Version? nativeVersion) => new()
    {
        AssemblyName = "Acme.Device",
        Version = new Version(1, 0, 0, 0),
        Bytes = [],
        NativeMethodsChecksum = 0xCAFEF00D,
        NativeVersion = nativeVersion,
        NativeClasses =
        [
            new NativeClass
            {
                FullName = "Acme.Device.IThing", StubName = "Acme_Device_IThing", IncludeInStub = false,
                StaticFields = [], InstanceFields = [],
                Methods = [new NativeMethod { Name = "Run", StubName = "Run___VOID", IsNative = false }],
            },
            new NativeClass
            {
                FullName = "Acme.Device.Sensor", StubName = "Acme_Device_Sensor", IncludeInStub = true,
                StaticFields = [("s_count", 0)],
                InstanceFields = [("_handle", 1), ("<Rate>k__BackingField", 2)],
                Methods =
                [
                    new NativeMethod { Name = ".ctor", StubName = "_ctor___VOID", IsNative = false },
                    new NativeMethod { Name = "NativeOpen", StubName = "NativeOpen___STATIC__I4__SZARRAY_U1", IsNative = true },
                ],
            },
            new NativeClass
            {
                FullName = "Acme.Device.Sensor/<>c", StubName = "Acme_Device_Sensor__<>c", IncludeInStub = true,
                StaticFields = [("<>9", 1)], InstanceFields = [],
                Methods = [new NativeMethod { Name = ".cctor", StubName = "_cctor___STATIC__VOID", IsNative = false }],
            },
        ],
    };

    [Fact]
    public void Header_DeclaresFieldsAndNativesOfIncludedClasses()
    {
        NativeTableFiles files = NativeTableGenerator.Generate(Image(new Version(2, 1, 0, 7)), "Acme.Device");

        Assert.Equal("Acme_Device.h", files.HeaderFileName);
        Assert.Contains("struct Library_Acme_Device_Acme_Device_Sensor\n{", files.Header);
        Assert.Contains("    static const int FIELD_STATIC__s_count = 0;\n", files.Header);
        Assert.Contains("    static const int FIELD___handle = 1;\n", files.Header);
        Assert.Contains("    static const int FIELD__Rate = 2;\n", files.Header); // backing field renamed
        Assert.Contains("    NANOCLR_NATIVE_DECLARE(NativeOpen___STATIC__I4__SZARRAY_U1);\n", files.Header);
        Assert.DoesNotContain("IThing", files.Header); // interfaces get no struct
        Assert.DoesNotContain("<>c", files.Header); // nor compiler-generated classes
        Assert.Contains("extern const CLR_RT_NativeAssemblyData g_CLR_AssemblyNative_Acme_Device;", files.Header);
        Assert.Contains("#include <nanoCLR_Interop.h>", files.Header);
    }

    [Fact]
    public void Source_HasOneEntryPerMethodAndTheRecord()
    {
        NativeTableFiles files = NativeTableGenerator.Generate(Image(new Version(2, 1, 0, 7)), "Acme.Device");

        string table = files.Source[files.Source.IndexOf("method_lookup[] = {", StringComparison.Ordinal)..];
        Assert.StartsWith(
            "method_lookup[] = {\n    NULL,\n    NULL,\n    Library_Acme_Device_Acme_Device_Sensor::NativeOpen___STATIC__I4__SZARRAY_U1,\n    NULL,\n};",
            table);
        Assert.Contains("const CLR_RT_NativeAssemblyData g_CLR_AssemblyNative_Acme_Device = {\n    \"Acme.Device\",\n    0xCAFEF00D,\n    method_lookup,\n    {2, 1, 0, 7},\n};", files.Source);
    }

    [Fact]
    public void MissingNativeVersion_IsAnError()
    {
        var error = Assert.Throws<PeConversionException>(() => NativeTableGenerator.Generate(Image(null), "Acme.Device"));

        Assert.Contains("AssemblyNativeVersion", error.Message);
    }
}
