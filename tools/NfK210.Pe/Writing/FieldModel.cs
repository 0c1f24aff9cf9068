using System.Reflection;
using System.Reflection.Metadata;

namespace NfK210.Pe.Writing;

/// <summary>A field definition.</summary>
internal sealed class FieldModel(FieldDefinitionHandle handle, TypeModel declaringType, string name, FieldAttributes attributes, SigType type)
{
    public FieldDefinitionHandle Handle { get; } = handle;
    public TypeModel DeclaringType { get; } = declaringType;
    public string Name { get; } = name;
    public FieldAttributes Attributes { get; } = attributes;
    public SigType Type { get; } = type;
    public bool HasConstant { get; set; }
    public int Rva { get; set; }
    public byte[]? InitialValue { get; set; }
    public List<AttributeModel> CustomAttributes { get; } = [];
    public bool HasCustomAttributes { get; set; }

    public bool IsStatic => (Attributes & FieldAttributes.Static) != 0;
    public bool IsLiteral => (Attributes & FieldAttributes.Literal) != 0;

    public override string ToString() => DeclaringType.FullName + "::" + Name;
}
