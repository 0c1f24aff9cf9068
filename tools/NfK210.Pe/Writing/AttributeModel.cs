using System.Reflection.Metadata;

namespace NfK210.Pe.Writing;

/// <summary>A custom attribute: its constructor (MethodDef or MemberRef), attribute type name and raw value blob.</summary>
internal sealed class AttributeModel(CustomAttributeHandle handle, EntityHandle constructor, string typeFullName, string? declaringTypeFullName)
{
    public CustomAttributeHandle Handle { get; } = handle;
    public EntityHandle Constructor { get; } = constructor;
    public string TypeFullName { get; } = typeFullName;
    public string? DeclaringTypeFullName { get; } = declaringTypeFullName;
}
