using System.Reflection;
using System.Reflection.Emit;

namespace NfK210.Pe.Tests.Writing;

/// <summary>What nanoCLR cannot run is refused, naming the construct and where it is.</summary>
public class UnsupportedConstructTests
{
    private static PeConversionException Reject(Action<ModuleBuilder> define)
    {
        using var probe = new ProbeAssembly(define);
        return Assert.Throws<PeConversionException>(() => PeConverter.Convert(probe.Path));
    }

    private static TypeBuilder Class(ModuleBuilder module, string name = "Probe.Holder") =>
        module.DefineType(name, TypeAttributes.Public | TypeAttributes.Class);

    [Fact]
    public void GenericType_IsRejectedWithItsName()
    {
        var error = Reject(m =>
        {
            TypeBuilder box = Class(m, "Probe.Box`1");
            box.DefineGenericParameters("T");
            box.CreateType();
        });

        Assert.Contains("generic type Probe.Box`1", error.Message);
    }

    [Fact]
    public void GenericMethod_IsRejectedWithTypeAndMethod()
    {
        var error = Reject(m =>
        {
            TypeBuilder type = Class(m);
            MethodBuilder method = type.DefineMethod("Identity", MethodAttributes.Public | MethodAttributes.Static);
            method.DefineGenericParameters("T");
            method.SetReturnType(typeof(void));
            method.GetILGenerator().Emit(OpCodes.Ret);
            type.CreateType();
        });

        Assert.Contains("generic method in method Probe.Holder::Identity", error.Message);
    }

    [Fact]
    public void FuncInstantiation_IsRejectedWithTheField()
    {
        var error = Reject(m =>
        {
            TypeBuilder type = Class(m);
            type.DefineField("callback", typeof(Func<int, int>), FieldAttributes.Public);
            type.CreateType();
        });

        Assert.Contains("generic instantiation System.Func`2<System.Int32,System.Int32>", error.Message);
        Assert.Contains("field Probe.Holder::callback", error.Message);
    }

    [Fact]
    public void MultiDimensionalArray_IsRejectedWithTheParameter()
    {
        var error = Reject(m =>
        {
            TypeBuilder type = Class(m);
            ProbeAssembly.ManagedMethod(type, "Fill", MethodAttributes.Public | MethodAttributes.Static, typeof(void), [typeof(float[,])]);
            type.CreateType();
        });

        Assert.Contains("multi-dimensional array System.Single[,] in parameter of method Probe.Holder::Fill", error.Message);
    }

    [Fact]
    public void Pointer_IsRejectedWithTheParameter()
    {
        var error = Reject(m =>
        {
            TypeBuilder type = Class(m);
            ProbeAssembly.ManagedMethod(type, "Poke", MethodAttributes.Public | MethodAttributes.Static, typeof(void), [typeof(byte*)]);
            type.CreateType();
        });

        Assert.Contains("pointer type System.Byte* in parameter of method Probe.Holder::Poke", error.Message);
    }

    [Fact]
    public void DefaultInterfaceMethod_IsRejectedWithTheInterfaceAndMethod()
    {
        var error = Reject(m =>
        {
            TypeBuilder itf = m.DefineType("Probe.IGreeter", TypeAttributes.Public | TypeAttributes.Interface | TypeAttributes.Abstract);
            ProbeAssembly.ManagedMethod(itf, "Greet", MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.NewSlot | MethodAttributes.HideBySig,
                typeof(int), []);
            itf.CreateType();
        });

        Assert.Contains("default interface method (interface method with a body) in method Probe.IGreeter::Greet", error.Message);
    }

    [Fact]
    public void SeveralProblems_AreReportedTogether()
    {
        var error = Reject(m =>
        {
            TypeBuilder type = Class(m);
            type.DefineField("grid", typeof(int[,]), FieldAttributes.Public);
            type.DefineField("next", typeof(Action<int>), FieldAttributes.Public);
            type.CreateType();
        });

        Assert.Equal(2, error.Problems.Count);
        Assert.Contains(error.Problems, p => p.Contains("multi-dimensional array System.Int32[,] in field Probe.Holder::grid"));
        Assert.Contains(error.Problems, p => p.Contains("generic instantiation System.Action`1<System.Int32> in field Probe.Holder::next"));
        Assert.StartsWith("Probe can't be converted", error.Message);
    }
}
