using System.Reflection;
using System.Reflection.Metadata;

namespace NfK210.Pe.Writing;

/// <summary>A method definition with its decoded signature and body.</summary>
internal sealed class MethodModel(MethodDefinitionHandle handle, TypeModel declaringType, string name,
    MethodAttributes attributes, MethodImplAttributes implAttributes, MethodSignature<SigType> signature)
{
    public MethodDefinitionHandle Handle { get; } = handle;
    public TypeModel DeclaringType { get; } = declaringType;
    public string Name { get; } = name;
    public MethodAttributes Attributes { get; } = attributes;
    public MethodImplAttributes ImplAttributes { get; } = implAttributes;
    public MethodSignature<SigType> Signature { get; } = signature;
    public int Rva { get; set; }
    public MethodBodyModel? Body { get; set; }
    public List<AttributeModel> CustomAttributes { get; } = [];
    public bool HasCustomAttributes { get; set; }
    public int GenericParameterCount { get; set; }

    public bool HasBody => Body is not null;
    public bool IsStatic => (Attributes & MethodAttributes.Static) != 0;
    public bool IsVirtual => (Attributes & MethodAttributes.Virtual) != 0;
    public bool IsAbstract => (Attributes & MethodAttributes.Abstract) != 0;
    public bool HasThis => Signature.Header.IsInstance;
    public bool IsConstructor =>
        (Attributes & MethodAttributes.RTSpecialName) != 0 && (Attributes & MethodAttributes.SpecialName) != 0 &&
        (Name == ".ctor" || Name == ".cctor");
    public bool IsInternalCall => (ImplAttributes & MethodImplAttributes.InternalCall) != 0;
    public bool IsRuntime => (ImplAttributes & MethodImplAttributes.CodeTypeMask) == MethodImplAttributes.Runtime;

    public override string ToString() => DeclaringType.FullName + "::" + Name;
}
