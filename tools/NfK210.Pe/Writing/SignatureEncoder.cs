using System.Reflection.Metadata;
using NfK210.Pe.Format;

namespace NfK210.Pe.Writing;

/// <summary>Encodes types into nanoCLR signature bytes, following MetadataProcessor's rules (including its handling of
/// modifiers, pinned and pointer types, which all become 0x00).</summary>
internal sealed class SignatureEncoder(PeBuilder builder)
{
    private static readonly Dictionary<string, NanoDataType> PrimitiveTypes = new(StringComparer.Ordinal)
    {
        ["System.Void"] = NanoDataType.Void,
        ["System.SByte"] = NanoDataType.I1,
        ["System.Int16"] = NanoDataType.I2,
        ["System.Int32"] = NanoDataType.I4,
        ["System.Int64"] = NanoDataType.I8,
        ["System.Byte"] = NanoDataType.U1,
        ["System.UInt16"] = NanoDataType.U2,
        ["System.UInt32"] = NanoDataType.U4,
        ["System.UInt64"] = NanoDataType.U8,
        ["System.Single"] = NanoDataType.R4,
        ["System.Double"] = NanoDataType.R8,
        ["System.Char"] = NanoDataType.Char,
        ["System.String"] = NanoDataType.String,
        ["System.Boolean"] = NanoDataType.Boolean,
        ["System.Object"] = NanoDataType.Object,
        ["System.IntPtr"] = NanoDataType.I4,
        ["System.UIntPtr"] = NanoDataType.U4,
        ["System.WeakReference"] = NanoDataType.WeakClass,
    };

    private static readonly Dictionary<string, NanoDataType> BuiltInTypes = new(StringComparer.Ordinal)
    {
        ["System.Boolean"] = NanoDataType.Boolean,
        ["System.Char"] = NanoDataType.Char,
        ["System.SByte"] = NanoDataType.I1,
        ["System.Byte"] = NanoDataType.U1,
        ["System.Int16"] = NanoDataType.I2,
        ["System.UInt16"] = NanoDataType.U2,
        ["System.Int32"] = NanoDataType.I4,
        ["System.UInt32"] = NanoDataType.U4,
        ["System.Int64"] = NanoDataType.I8,
        ["System.UInt64"] = NanoDataType.U8,
        ["System.Single"] = NanoDataType.R4,
        ["System.Double"] = NanoDataType.R8,
        ["System.DateTime"] = NanoDataType.DateTime,
        ["System.TimeSpan"] = NanoDataType.TimeSpan,
        ["System.String"] = NanoDataType.String,
        ["System.RuntimeTypeHandle"] = NanoDataType.Reflection,
        ["System.RuntimeFieldHandle"] = NanoDataType.Reflection,
        ["System.RuntimeMethodHandle"] = NanoDataType.Reflection,
        ["System.WeakReference"] = NanoDataType.WeakClass,
    };

    public static bool TryGetPrimitive(string fullName, out NanoDataType type) => PrimitiveTypes.TryGetValue(fullName, out type);

    public byte[] Field(SigType type)
    {
        var w = new ByteWriter();
        w.U8(0x06);
        WriteTypeInfo(type, w);
        return w.ToArray();
    }

    public byte[] Type(SigType type)
    {
        var w = new ByteWriter();
        WriteTypeInfo(type, w);
        return w.ToArray();
    }

    public byte[] Method(MethodSignature<SigType> signature)
    {
        var w = new ByteWriter();
        byte convention = (byte)((signature.Header.IsInstance ? 0x20 : 0x00) | (signature.Header.RawValue & 0x1F));
        w.U8(convention);
        if (signature.Header.IsGeneric)
        {
            w.U8((byte)signature.GenericParameterCount);
        }

        w.U8((byte)signature.ParameterTypes.Length);
        WriteTypeInfo(signature.ReturnType, w);
        foreach (SigType parameter in signature.ParameterTypes)
        {
            WriteTypeInfo(parameter, w);
        }

        return w.ToArray();
    }

    public byte[] Locals(IReadOnlyList<SigType> locals)
    {
        var w = new ByteWriter();
        foreach (SigType local in locals)
        {
            WriteTypeInfo(local, w);
        }

        return w.ToArray();
    }

    public byte[] Interfaces(IReadOnlyList<SigType> interfaces)
    {
        var w = new ByteWriter();
        w.U8((byte)interfaces.Count);
        foreach (SigType itf in interfaces)
        {
            WriteSubTypeInfo(itf, w);
        }

        return w.ToArray();
    }

    public void WriteDataTypeForTypeDef(TypeModel type, ByteWriter w)
    {
        if (BuiltInTypes.TryGetValue(type.FullName, out NanoDataType builtIn))
        {
            w.U8((byte)builtIn);
        }
        else if (type.IsEnum)
        {
            FieldModel? valueField = type.EnumValueField;
            if (valueField is null)
            {
                w.U8((byte)NanoDataType.I4);
            }
            else
            {
                WriteTypeInfo(valueField.Type, w);
            }
        }
        else if (type.IsValueType)
        {
            w.U8((byte)NanoDataType.ValueType);
        }
        else
        {
            w.U8((byte)NanoDataType.Class);
        }
    }

    /// <summary>The return-type byte of a method record (no sub-type token).</summary>
    public void WriteDataType(SigType type, ByteWriter w, bool alsoWriteSubType)
    {
        if (PrimitiveTypes.TryGetValue(type.FullName, out NanoDataType primitive))
        {
            w.U8((byte)primitive);
            return;
        }

        switch (type)
        {
            case NamedSig named:
                bool isValueType = named.Handle.Kind == HandleKind.TypeDefinition
                    ? builder.Model.Resolve((TypeDefinitionHandle)named.Handle)?.IsValueType ?? named.IsValueType
                    : named.IsValueType;
                w.U8((byte)(isValueType ? NanoDataType.ValueType : NanoDataType.Class));
                if (alsoWriteSubType)
                {
                    WriteSubTypeInfo(named, w);
                }

                return;
            case GenericParamSig { IsMethodParameter: false } genericParam:
                w.U8((byte)NanoDataType.MVar);
                if (alsoWriteSubType)
                {
                    w.U8((byte)genericParam.Index);
                }

                return;
            case SzArraySig or MultiArraySig:
                w.U8((byte)NanoDataType.SzArray);
                SigType element = type is SzArraySig sz ? sz.Element : ((MultiArraySig)type).Element;
                if (element is GenericParamSig elementParam)
                {
                    w.U8((byte)NanoDataType.Var);
                    w.U8((byte)elementParam.Index);
                }
                else if (alsoWriteSubType)
                {
                    WriteDataType(element, w, true);
                }

                return;
            case ByRefSig byRef:
                w.U8((byte)NanoDataType.ByRef);
                if (alsoWriteSubType)
                {
                    WriteDataType(byRef.Element.ElementType, w, false);
                }

                return;
            case GenericInstSig generic:
                w.U8((byte)NanoDataType.GenericInst);
                WriteDataType(generic.Generic, w, false);
                w.U8((byte)generic.Arguments.Count);
                foreach (SigType argument in generic.Arguments)
                {
                    WriteDataType(argument, w, true);
                }

                return;
            default:
                w.U8(0x00);
                return;
        }
    }

    private void WriteTypeInfo(SigType type, ByteWriter w)
    {
        if (type is ModifiedSig { IsRequired: false })
        {
            w.U8(0x00);
        }

        if (type is ByRefSig byRef)
        {
            w.U8((byte)NanoDataType.ByRef);
            WriteDataType(byRef.Element, w, true);
        }
        else
        {
            WriteDataType(type, w, true);
        }
    }

    private void WriteSubTypeInfo(SigType type, ByteWriter w)
    {
        if (PeBuilder.IsTypeSpecification(type))
        {
            w.Compressed(((uint)builder.GetOrCreateTypeSpec(type) << 2) | 0x02);
        }
        else if (builder.TryGetTypeRefId(type.FullName, out ushort typeRef))
        {
            w.Compressed(((uint)typeRef << 2) | 0x01);
        }
        else if (builder.Model.Resolve(type) is { } definition && builder.TryGetTypeDefId(definition, out ushort typeDef))
        {
            w.Compressed((uint)typeDef << 2);
        }
        else
        {
            throw new PeConversionException($"can't find type {type.FullName} in the type reference or definition tables");
        }
    }
}
