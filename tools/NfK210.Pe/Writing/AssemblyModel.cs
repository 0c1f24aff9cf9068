using System.Collections.Immutable;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace NfK210.Pe.Writing;

/// <summary>The parts of a .NET assembly that the .pe writer needs, read with System.Reflection.Metadata.</summary>
internal sealed class AssemblyModel
{
    private readonly Dictionary<TypeDefinitionHandle, TypeModel> _typesByHandle = [];
    private readonly Dictionary<MethodDefinitionHandle, MethodModel> _methodsByHandle = [];
    private readonly Dictionary<FieldDefinitionHandle, FieldModel> _fieldsByHandle = [];

    public required MetadataReader Reader { get; init; }
    public required string Name { get; init; }
    public required Version Version { get; init; }
    public List<TypeModel> Types { get; } = [];
    public List<TypeReferenceHandle> TypeRefs { get; } = [];
    public List<AssemblyReferenceHandle> AssemblyRefs { get; } = [];
    public List<MemberRefModel> MemberRefs { get; } = [];
    public List<AttributeModel> AssemblyAttributes { get; } = [];
    public MethodDefinitionHandle EntryPoint { get; init; }
    public int ResourceCount { get; init; }

    private readonly Dictionary<MemberReferenceHandle, MemberRefModel> _memberRefsByHandle = [];

    public TypeModel? Resolve(TypeDefinitionHandle handle) => _typesByHandle.GetValueOrDefault(handle);
    public MemberRefModel MemberRef(MemberReferenceHandle handle) => _memberRefsByHandle[handle];
    public MethodModel? Resolve(MethodDefinitionHandle handle) => _methodsByHandle.GetValueOrDefault(handle);
    public FieldModel? Resolve(FieldDefinitionHandle handle) => _fieldsByHandle.GetValueOrDefault(handle);

    /// <summary>The definition a signature type names, when it is defined in this assembly.</summary>
    public TypeModel? Resolve(SigType type) =>
        type.ElementType is NamedSig { Handle.Kind: HandleKind.TypeDefinition } named
            ? Resolve((TypeDefinitionHandle)named.Handle)
            : type.ElementType is PrimitiveSig primitive ? Types.FirstOrDefault(t => t.FullName == primitive.FullName) : null;

    public static AssemblyModel Load(PEReader pe)
    {
        MetadataReader reader = pe.GetMetadataReader();
        AssemblyDefinition assembly = reader.GetAssemblyDefinition();
        var provider = new SigTypeProvider(reader);
        var model = new AssemblyModel
        {
            Reader = reader,
            Name = reader.GetString(assembly.Name),
            Version = assembly.Version,
            EntryPoint = pe.PEHeaders.CorHeader is { EntryPointTokenOrRelativeVirtualAddress: var ep and not 0 }
                ? MetadataTokens.MethodDefinitionHandle(ep & 0xFFFFFF)
                : default,
            ResourceCount = reader.ManifestResources.Count,
        };
        model.AssemblyRefs.AddRange(reader.AssemblyReferences);
        model.TypeRefs.AddRange(reader.TypeReferences);
        model.AssemblyAttributes.AddRange(assembly.GetCustomAttributes().Select(model.ToAttribute));

        foreach (TypeDefinitionHandle handle in reader.TypeDefinitions)
        {
            TypeDefinition type = reader.GetTypeDefinition(handle);
            string name = reader.GetString(type.Name);
            if (name == "<Module>" && type.Namespace.IsNil)
            {
                continue;
            }

            var typeModel = new TypeModel(handle, TypeNames.Of(reader, handle), name, reader.GetString(type.Namespace), type.Attributes)
            {
                BaseTypeHandle = type.BaseType,
                BaseTypeFullName = type.BaseType.IsNil ? null : BaseName(reader, type.BaseType, provider),
                GenericParameterCount = type.GetGenericParameters().Count,
                HasSecurity = type.GetDeclarativeSecurityAttributes().Count > 0,
            };
            model._typesByHandle[handle] = typeModel;
            model.Types.Add(typeModel);
        }

        foreach (TypeModel typeModel in model.Types)
        {
            model.Fill(pe, typeModel, provider);
        }

        foreach (MemberReferenceHandle handle in reader.MemberReferences)
        {
            MemberRefModel member = ToMemberRef(reader, handle, provider);
            model.MemberRefs.Add(member);
            model._memberRefsByHandle[handle] = member;
        }

        return model;
    }

    private void Fill(PEReader pe, TypeModel typeModel, SigTypeProvider provider)
    {
        MetadataReader reader = Reader;
        TypeDefinition type = reader.GetTypeDefinition(typeModel.Handle);
        TypeDefinitionHandle declaring = type.GetDeclaringType();
        if (!declaring.IsNil)
        {
            typeModel.DeclaringType = _typesByHandle[declaring];
        }

        foreach (TypeDefinitionHandle nested in type.GetNestedTypes())
        {
            typeModel.NestedTypes.Add(_typesByHandle[nested]);
        }

        foreach (InterfaceImplementationHandle ih in type.GetInterfaceImplementations())
        {
            EntityHandle itf = reader.GetInterfaceImplementation(ih).Interface;
            typeModel.Interfaces.Add(DecodeTypeHandle(reader, itf, provider));
        }

        CustomAttributeHandleCollection typeAttributes = type.GetCustomAttributes();
        typeModel.HasCustomAttributes = typeAttributes.Count > 0;
        typeModel.CustomAttributes.AddRange(typeAttributes.Select(ToAttribute));

        foreach (FieldDefinitionHandle fh in type.GetFields())
        {
            FieldDefinition field = reader.GetFieldDefinition(fh);
            SigType fieldType = field.DecodeSignature(provider, null);
            var fieldModel = new FieldModel(fh, typeModel, reader.GetString(field.Name), field.Attributes, fieldType)
            {
                HasConstant = !field.GetDefaultValue().IsNil,
                Rva = field.GetRelativeVirtualAddress(),
            };
            CustomAttributeHandleCollection fieldAttributes = field.GetCustomAttributes();
            fieldModel.HasCustomAttributes = fieldAttributes.Count > 0;
            fieldModel.CustomAttributes.AddRange(fieldAttributes.Select(ToAttribute));
            if (fieldModel.Rva != 0)
            {
                fieldModel.InitialValue = ReadInitialValue(pe, fieldModel);
            }

            _fieldsByHandle[fh] = fieldModel;
            typeModel.Fields.Add(fieldModel);
        }

        foreach (MethodDefinitionHandle mh in type.GetMethods())
        {
            MethodDefinition method = reader.GetMethodDefinition(mh);
            var methodModel = new MethodModel(mh, typeModel, reader.GetString(method.Name), method.Attributes,
                method.ImplAttributes, method.DecodeSignature(provider, null))
            {
                Rva = method.RelativeVirtualAddress,
                GenericParameterCount = method.GetGenericParameters().Count,
            };
            CustomAttributeHandleCollection methodAttributes = method.GetCustomAttributes();
            methodModel.HasCustomAttributes = methodAttributes.Count > 0;
            methodModel.CustomAttributes.AddRange(methodAttributes.Select(ToAttribute));
            if (method.RelativeVirtualAddress != 0)
            {
                MethodBodyBlock body = pe.GetMethodBody(method.RelativeVirtualAddress);
                ImmutableArray<SigType> locals = body.LocalSignature.IsNil
                    ? []
                    : reader.GetStandaloneSignature(body.LocalSignature).DecodeLocalSignature(provider, null);
                methodModel.Body = new MethodBodyModel(locals, IlDecoder.Decode(reader, body), body.ExceptionRegions, body.Size);
            }

            _methodsByHandle[mh] = methodModel;
            typeModel.Methods.Add(methodModel);
        }
    }

    private byte[] ReadInitialValue(PEReader pe, FieldModel field)
    {
        int size = field.Type switch
        {
            NamedSig { Handle.Kind: HandleKind.TypeDefinition } named =>
                Reader.GetTypeDefinition((TypeDefinitionHandle)named.Handle).GetLayout().Size,
            PrimitiveSig p => p.Code switch
            {
                PrimitiveTypeCode.Boolean or PrimitiveTypeCode.SByte or PrimitiveTypeCode.Byte => 1,
                PrimitiveTypeCode.Char or PrimitiveTypeCode.Int16 or PrimitiveTypeCode.UInt16 => 2,
                PrimitiveTypeCode.Int32 or PrimitiveTypeCode.UInt32 or PrimitiveTypeCode.Single => 4,
                PrimitiveTypeCode.Int64 or PrimitiveTypeCode.UInt64 or PrimitiveTypeCode.Double => 8,
                _ => 0,
            },
            _ => 0,
        };
        PEMemoryBlock block = pe.GetSectionData(field.Rva);
        return block.GetContent(0, size).ToArray();
    }

    private AttributeModel ToAttribute(CustomAttributeHandle handle)
    {
        CustomAttribute attribute = Reader.GetCustomAttribute(handle);
        EntityHandle parent = attribute.Constructor.Kind == HandleKind.MethodDefinition
            ? Reader.GetMethodDefinition((MethodDefinitionHandle)attribute.Constructor).GetDeclaringType()
            : Reader.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent;
        string typeName = TypeNames.Of(Reader, parent);
        string? declaringName = null;
        int slash = typeName.LastIndexOf('/');
        if (slash >= 0)
        {
            declaringName = typeName[..slash];
        }

        return new AttributeModel(handle, attribute.Constructor, typeName, declaringName);
    }

    private static string BaseName(MetadataReader reader, EntityHandle handle, SigTypeProvider provider) =>
        DecodeTypeHandle(reader, handle, provider).FullName;

    internal static SigType DecodeTypeHandle(MetadataReader reader, EntityHandle handle, SigTypeProvider provider) =>
        handle.Kind switch
        {
            HandleKind.TypeDefinition => provider.GetTypeFromDefinition(reader, (TypeDefinitionHandle)handle, 0),
            HandleKind.TypeReference => provider.GetTypeFromReference(reader, (TypeReferenceHandle)handle, 0),
            HandleKind.TypeSpecification => reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(provider, null),
            _ => new UnsupportedSig(handle.Kind.ToString()),
        };

    private static MemberRefModel ToMemberRef(MetadataReader reader, MemberReferenceHandle handle, SigTypeProvider provider)
    {
        MemberReference member = reader.GetMemberReference(handle);
        string parentName = member.Parent.Kind switch
        {
            HandleKind.TypeDefinition or HandleKind.TypeReference or HandleKind.TypeSpecification =>
                DecodeTypeHandle(reader, member.Parent, provider).FullName,
            _ => member.Parent.Kind.ToString(),
        };
        return member.GetKind() == MemberReferenceKind.Field
            ? new MemberRefModel(handle, reader.GetString(member.Name), member.Parent, parentName, null, member.DecodeFieldSignature(provider, null))
            : new MemberRefModel(handle, reader.GetString(member.Name), member.Parent, parentName, member.DecodeMethodSignature(provider, null), null);
    }
}
