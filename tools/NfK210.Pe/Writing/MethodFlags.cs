using System.Reflection;

namespace NfK210.Pe.Writing;

/// <summary>CLR_RECORD_METHODDEF flags (MD_*) as MetadataProcessor derives them.</summary>
internal static class MethodFlags
{
    public static uint Of(MethodModel method, AssemblyModel model)
    {
        MethodAttributes a = method.Attributes;
        uint flags = (a & MethodAttributes.MemberAccessMask) switch
        {
            MethodAttributes.Private => 0x01,
            MethodAttributes.FamANDAssem => 0x02,
            MethodAttributes.Assembly => 0x03,
            MethodAttributes.Family => 0x04,
            MethodAttributes.FamORAssem => 0x05,
            MethodAttributes.Public => 0x06,
            _ => 0x00,
        };
        if ((a & MethodAttributes.Static) != 0) flags |= 0x10;
        if ((a & MethodAttributes.Final) != 0) flags |= 0x20;
        if ((a & MethodAttributes.Virtual) != 0) flags |= 0x40;
        if ((a & MethodAttributes.HideBySig) != 0) flags |= 0x80;
        if ((a & MethodAttributes.NewSlot) != 0) flags |= 0x100;
        if ((a & MethodAttributes.Abstract) != 0) flags |= 0x200;
        if ((a & MethodAttributes.SpecialName) != 0) flags |= 0x400;
        if (method.IsConstructor) flags |= method.IsStatic ? 0x2000u : 0x1000u;
        if (method.Name == "Finalize" && method.Signature.ReturnType.FullName == "System.Void" &&
            method.Signature.ParameterTypes.Length == 0)
        {
            flags |= 0x4000;
        }

        if ((method.ImplAttributes & MethodImplAttributes.Synchronized) != 0) flags |= 0x0100_0000;
        if (method.HasCustomAttributes) flags |= 0x8000_0000;
        if (method.Handle == model.EntryPoint) flags |= 0x0800_0000;
        if (method.Body is { ExceptionRegions.Count: > 0 }) flags |= 0x4000_0000;
        if (method.DeclaringType.BaseTypeFullName == "System.MulticastDelegate")
        {
            if (method.IsConstructor) flags |= 0x0001_0000;
            else if (method.Name == "Invoke") flags |= 0x0002_0000;
            else if (method.Name == "BeginInvoke") flags |= 0x0004_0000;
            else if (method.Name == "EndInvoke") flags |= 0x0008_0000;
        }

        if (ContainsGenericParameter(method)) flags |= 0x0010_0000;
        if (method.GenericParameterCount > 0) flags |= 0x0020_0000;
        return flags;
    }

    private static bool ContainsGenericParameter(MethodModel method) =>
        HasGenericParameter(method.Signature.ReturnType) ||
        method.Signature.ParameterTypes.Any(HasGenericParameter);

    private static bool HasGenericParameter(SigType type) => type switch
    {
        GenericParamSig => true,
        SzArraySig s => HasGenericParameter(s.Element),
        MultiArraySig m => HasGenericParameter(m.Element),
        ByRefSig b => HasGenericParameter(b.Element),
        PointerSig p => HasGenericParameter(p.Element),
        ModifiedSig m => HasGenericParameter(m.Unmodified),
        GenericInstSig g => g.Arguments.Any(HasGenericParameter),
        _ => false,
    };
}
