using System.Reflection;

namespace NfK210.Pe.Writing;

/// <summary>CLR_RECORD_TYPEDEF flags (TD_*) as MetadataProcessor derives them.</summary>
internal static class TypeFlags
{
    public const ushort Delegate = 0x0200;
    public const ushort MulticastDelegate = 0x0400;
    public const ushort SemanticsMask = 0x0030;
    public const ushort SemanticsValueType = 0x0010;
    public const ushort SemanticsInterface = 0x0020;

    public static ushort Of(PeBuilder? builder, TypeModel type)
    {
        ushort flags = (type.Attributes & TypeAttributes.VisibilityMask) switch
        {
            TypeAttributes.Public => 0x0001,
            TypeAttributes.NestedPublic => 0x0002,
            TypeAttributes.NestedPrivate => 0x0003,
            TypeAttributes.NestedFamily => 0x0004,
            TypeAttributes.NestedAssembly => 0x0005,
            TypeAttributes.NestedFamANDAssem => 0x0006,
            TypeAttributes.NestedFamORAssem => 0x0007,
            _ => 0x0000,
        };
        if (((int)type.Attributes & 0x2000) != 0) // Serializable
        {
            flags |= 0x0008;
        }

        if (type.IsEnum)
        {
            flags |= 0x0030 | 0x0008;
        }
        else if (type.IsValueType)
        {
            flags |= SemanticsValueType;
        }
        else if (type.IsInterface)
        {
            flags |= SemanticsInterface;
        }

        if ((type.Attributes & TypeAttributes.Abstract) != 0) flags |= 0x0040;
        if ((type.Attributes & TypeAttributes.Sealed) != 0) flags |= 0x0080;
        if ((type.Attributes & TypeAttributes.SpecialName) != 0) flags |= 0x0100;
        if ((type.Attributes & TypeAttributes.BeforeFieldInit) != 0) flags |= 0x1000;
        if (type.HasSecurity) flags |= 0x2000;
        if (type.HasCustomAttributes) flags |= 0x8000;
        if (type.BaseTypeFullName == "System.MulticastDelegate") flags |= MulticastDelegate;
        if (type.BaseTypeFullName == "System.Delegate" && type.FullName != "System.MulticastDelegate") flags |= Delegate;

        if (builder is not null)
        {
            foreach (MethodModel method in type.Methods)
            {
                if (builder.TryGetMethodId(method, out _) && method.Name == "Finalize" &&
                    method.Signature.ReturnType.FullName == "System.Void" && method.Signature.ParameterTypes.Length == 0 &&
                    type.FullName != "System.Object")
                {
                    flags |= 0x4000;
                }
            }
        }

        return flags;
    }
}
