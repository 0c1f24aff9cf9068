using System.Reflection;
using System.Reflection.Emit;

namespace NfK210.Pe.Tests.Writing;

/// <summary>Native (InternalCall) methods: stub names and the native checksum.</summary>
public class NativeMethodTests
{
    private static PeImage ConvertProbe(bool withExtraManagedMethod)
    {
        using var probe = new ProbeAssembly(m =>
        {
            TypeBuilder type = m.DefineType("Probe.Native", TypeAttributes.Public | TypeAttributes.Class);
            ProbeAssembly.InternalCall(type, "NativeForward", MethodAttributes.Public | MethodAttributes.Static, typeof(void),
                [typeof(int), typeof(byte[]), typeof(float[])]);
            ProbeAssembly.InternalCall(type, "NativeScale", MethodAttributes.Public, typeof(float), [typeof(float)]);
            ProbeAssembly.ManagedMethod(type, "Managed", MethodAttributes.Public | MethodAttributes.Static, typeof(int), []);
            type.CreateType();
            if (withExtraManagedMethod)
            {
                TypeBuilder other = m.DefineType("Probe.Other", TypeAttributes.Public | TypeAttributes.Class);
                ProbeAssembly.ManagedMethod(other, "Helper", MethodAttributes.Public | MethodAttributes.Static, typeof(void), []);
                other.CreateType();
            }
        });
        return PeConverter.Convert(probe.Path);
    }

    [Fact]
    public void StubNames_FollowNanoClrTypeCodes()
    {
        PeImage image = ConvertProbe(withExtraManagedMethod: false);

        NativeClass type = Assert.Single(image.NativeClasses, c => c.FullName == "Probe.Native");
        Assert.Equal("Probe_Native", type.StubName);
        // Instance methods (the emitted default constructor among them) come before static ones in the method table.
        Assert.Equal(
            ["NativeScale___R4__R4", "_ctor___VOID", "NativeForward___STATIC__VOID__I4__SZARRAY_U1__SZARRAY_R4", "Managed___STATIC__I4"],
            type.Methods.Select(m => m.StubName));
        Assert.Equal([true, false, true, false], type.Methods.Select(m => m.IsNative));
        Assert.Equal(new Version(2, 3, 4, 5), image.Version);
    }

    [Fact]
    public void NativeChecksum_CoversManagedMethodsOfOtherClassesToo()
    {
        uint plain = ConvertProbe(withExtraManagedMethod: false).NativeMethodsChecksum;
        uint extended = ConvertProbe(withExtraManagedMethod: true).NativeMethodsChecksum;

        Assert.NotEqual(0u, plain);
        Assert.NotEqual(plain, extended);
    }
}
