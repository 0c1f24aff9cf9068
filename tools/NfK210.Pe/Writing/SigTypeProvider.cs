using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace NfK210.Pe.Writing;

/// <summary>Decodes signature blobs into <see cref="SigType"/> trees.</summary>
internal sealed class SigTypeProvider(MetadataReader reader) : ISignatureTypeProvider<SigType, object?>
{
    public SigType GetPrimitiveType(PrimitiveTypeCode typeCode) => new PrimitiveSig(typeCode, PrimitiveName(typeCode));

    public SigType GetTypeFromDefinition(MetadataReader r, TypeDefinitionHandle handle, byte rawTypeKind) =>
        new NamedSig(handle, rawTypeKind == (byte)SignatureTypeKind.ValueType, TypeNames.Of(reader, handle));

    public SigType GetTypeFromReference(MetadataReader r, TypeReferenceHandle handle, byte rawTypeKind) =>
        new NamedSig(handle, rawTypeKind == (byte)SignatureTypeKind.ValueType, TypeNames.Of(reader, handle));

    public SigType GetTypeFromSpecification(MetadataReader r, object? context, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, context);

    public SigType GetSZArrayType(SigType elementType) => new SzArraySig(elementType);
    public SigType GetArrayType(SigType elementType, ArrayShape shape) => new MultiArraySig(elementType, shape.Rank);
    public SigType GetByReferenceType(SigType elementType) => new ByRefSig(elementType);
    public SigType GetPointerType(SigType elementType) => new PointerSig(elementType);
    public SigType GetPinnedType(SigType elementType) => new PinnedSig(elementType);
    public SigType GetGenericInstantiation(SigType genericType, ImmutableArray<SigType> typeArguments) =>
        new GenericInstSig(genericType, typeArguments);
    public SigType GetGenericMethodParameter(object? context, int index) => new GenericParamSig(true, index);
    public SigType GetGenericTypeParameter(object? context, int index) => new GenericParamSig(false, index);
    public SigType GetModifiedType(SigType modifier, SigType unmodifiedType, bool isRequired) =>
        new ModifiedSig(unmodifiedType, modifier, isRequired);
    public SigType GetFunctionPointerType(MethodSignature<SigType> signature) => new UnsupportedSig("method*");

    private static string PrimitiveName(PrimitiveTypeCode code) => code switch
    {
        PrimitiveTypeCode.Void => "System.Void",
        PrimitiveTypeCode.Boolean => "System.Boolean",
        PrimitiveTypeCode.Char => "System.Char",
        PrimitiveTypeCode.SByte => "System.SByte",
        PrimitiveTypeCode.Byte => "System.Byte",
        PrimitiveTypeCode.Int16 => "System.Int16",
        PrimitiveTypeCode.UInt16 => "System.UInt16",
        PrimitiveTypeCode.Int32 => "System.Int32",
        PrimitiveTypeCode.UInt32 => "System.UInt32",
        PrimitiveTypeCode.Int64 => "System.Int64",
        PrimitiveTypeCode.UInt64 => "System.UInt64",
        PrimitiveTypeCode.Single => "System.Single",
        PrimitiveTypeCode.Double => "System.Double",
        PrimitiveTypeCode.String => "System.String",
        PrimitiveTypeCode.Object => "System.Object",
        PrimitiveTypeCode.IntPtr => "System.IntPtr",
        PrimitiveTypeCode.UIntPtr => "System.UIntPtr",
        PrimitiveTypeCode.TypedReference => "System.TypedReference",
        _ => "?",
    };
}
