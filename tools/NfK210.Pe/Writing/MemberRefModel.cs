using System.Reflection.Metadata;

namespace NfK210.Pe.Writing;

/// <summary>A MemberRef row: a method or field of another type (usually in a referenced assembly).</summary>
internal sealed class MemberRefModel(MemberReferenceHandle handle, string name, EntityHandle parent, string parentFullName,
    MethodSignature<SigType>? methodSignature, SigType? fieldType)
{
    public MemberReferenceHandle Handle { get; } = handle;
    public string Name { get; } = name;
    public EntityHandle Parent { get; } = parent;
    public string ParentFullName { get; } = parentFullName;
    public MethodSignature<SigType>? MethodSignature { get; } = methodSignature;
    public SigType? FieldType { get; } = fieldType;
    public bool IsField => FieldType is not null;

    /// <summary>Cecil-style full name, the key MetadataProcessor de-duplicates references with.</summary>
    public string FullName => IsField
        ? FieldType!.FullName + " " + ParentFullName + "::" + Name
        : MethodSignature!.Value.ReturnType.FullName + " " + ParentFullName + "::" + Name + "(" +
          string.Join(",", MethodSignature.Value.ParameterTypes.Select(p => p.FullName)) + ")";
}
