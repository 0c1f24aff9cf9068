using System.Reflection.Metadata;

namespace NfK210.Pe.Writing;

/// <summary>Type provider for decoding custom attribute blobs; enums defined elsewhere are assumed to be Int32.</summary>
internal sealed class AttributeTypeProvider(AssemblyModel model, SigTypeProvider inner) : ICustomAttributeTypeProvider<SigType>
{
    public SigType GetPrimitiveType(PrimitiveTypeCode typeCode) => inner.GetPrimitiveType(typeCode);
    public SigType GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => inner.GetTypeFromDefinition(reader, handle, rawTypeKind);
    public SigType GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => inner.GetTypeFromReference(reader, handle, rawTypeKind);
    public SigType GetSZArrayType(SigType elementType) => new SzArraySig(elementType);
    public SigType GetSystemType() => new NamedSig(default, false, "System.Type");
    public bool IsSystemType(SigType type) => type.FullName == "System.Type";

    public SigType GetTypeFromSerializedName(string name)
    {
        int comma = name.IndexOf(',');
        string typeName = (comma >= 0 ? name[..comma] : name).Replace('+', '/');
        return new NamedSig(default, false, typeName);
    }

    public PrimitiveTypeCode GetUnderlyingEnumType(SigType type)
    {
        if (model.Resolve(type) is { EnumValueField.Type: PrimitiveSig primitive })
        {
            return primitive.Code;
        }

        return PrimitiveTypeCode.Int32;
    }
}
