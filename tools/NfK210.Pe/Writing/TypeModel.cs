using System.Reflection;
using System.Reflection.Metadata;

namespace NfK210.Pe.Writing;

/// <summary>A type definition of the assembly being converted.</summary>
internal sealed class TypeModel(TypeDefinitionHandle handle, string fullName, string name, string ns, TypeAttributes attributes)
{
    public TypeDefinitionHandle Handle { get; } = handle;
    public string FullName { get; } = fullName;
    public string Name { get; } = name;
    public string Namespace { get; } = ns;
    public TypeAttributes Attributes { get; } = attributes;
    public EntityHandle BaseTypeHandle { get; set; }
    public string? BaseTypeFullName { get; set; }
    public TypeModel? DeclaringType { get; set; }
    public List<TypeModel> NestedTypes { get; } = [];
    public List<FieldModel> Fields { get; } = [];
    public List<MethodModel> Methods { get; } = [];
    public List<SigType> Interfaces { get; } = [];
    public List<AttributeModel> CustomAttributes { get; } = [];
    public bool HasCustomAttributes { get; set; }
    public bool HasSecurity { get; set; }
    public int GenericParameterCount { get; set; }

    public bool IsInterface => (Attributes & TypeAttributes.Interface) != 0;
    public bool IsEnum => BaseTypeFullName == "System.Enum";
    public bool IsValueType => IsEnum || (BaseTypeFullName == "System.ValueType" && FullName != "System.Enum");

    /// <summary>Cecil names the definition of the "value__" field of an enum SpecialName.</summary>
    public FieldModel? EnumValueField => Fields.FirstOrDefault(f => (f.Attributes & FieldAttributes.SpecialName) != 0);

    public override string ToString() => FullName;
}
