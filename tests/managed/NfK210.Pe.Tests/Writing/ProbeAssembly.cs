using System.Reflection;
using System.Reflection.Emit;

namespace NfK210.Pe.Tests.Writing;

/// <summary>Emits a tiny assembly ("Probe") to a temporary file with System.Reflection.Emit's persisted builder, so
/// each test states exactly the construct it feeds the converter.</summary>
internal sealed class ProbeAssembly : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("nfk210-pe-").FullName;

    public ProbeAssembly(Action<ModuleBuilder> define)
    {
        var assembly = new PersistedAssemblyBuilder(new AssemblyName("Probe") { Version = new Version(2, 3, 4, 5) }, typeof(object).Assembly);
        ModuleBuilder module = assembly.DefineDynamicModule("Probe");
        define(module);
        Path = System.IO.Path.Combine(_directory, "Probe.dll");
        assembly.Save(Path);
    }

    public string Path { get; }

    public static MethodBuilder ManagedMethod(TypeBuilder type, string name, MethodAttributes attributes, Type returnType, Type[] parameters)
    {
        MethodBuilder method = type.DefineMethod(name, attributes, returnType, parameters);
        ILGenerator il = method.GetILGenerator();
        if (returnType != typeof(void))
        {
            il.Emit(OpCodes.Ldc_I4_0);
        }

        il.Emit(OpCodes.Ret);
        return method;
    }

    public static MethodBuilder InternalCall(TypeBuilder type, string name, MethodAttributes attributes, Type returnType, Type[] parameters)
    {
        MethodBuilder method = type.DefineMethod(name, attributes | MethodAttributes.HideBySig, returnType, parameters);
        method.SetImplementationFlags(MethodImplAttributes.InternalCall);
        return method;
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
