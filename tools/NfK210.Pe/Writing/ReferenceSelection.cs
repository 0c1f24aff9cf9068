using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace NfK210.Pe.Writing;

/// <summary>The assembly, type and member references kept in the .pe: those the kept types, fields, methods and
/// stored attributes use (MetadataProcessor's "minimize" drops the rest, e.g. those of assembly-level attributes).</summary>
internal sealed class ReferenceSelection
{
    public ReferenceSelection(PeBuilder builder)
    {
        AssemblyModel model = builder.Model;
        MetadataReader reader = model.Reader;
        var usedTypeNames = new HashSet<string>(StringComparer.Ordinal);
        var usedMembers = new HashSet<MemberReferenceHandle>();

        void UseType(SigType type)
        {
            switch (type)
            {
                case NamedSig named:
                    usedTypeNames.Add(named.FullName);
                    break;
                case SzArraySig s: UseType(s.Element); break;
                case MultiArraySig m: UseType(m.Element); break;
                case ByRefSig b: UseType(b.Element); break;
                case PointerSig p: UseType(p.Element); break;
                case PinnedSig p: UseType(p.Element); break;
                case ModifiedSig m: UseType(m.Unmodified); break;
                case GenericInstSig g:
                    UseType(g.Generic);
                    foreach (SigType argument in g.Arguments) UseType(argument);
                    break;
            }
        }

        void UseSignature(MethodSignature<SigType> signature)
        {
            UseType(signature.ReturnType);
            foreach (SigType parameter in signature.ParameterTypes) UseType(parameter);
        }

        void UseMember(MemberReferenceHandle handle)
        {
            if (!usedMembers.Add(handle)) return;
            MemberRefModel member = model.MemberRef(handle);
            if (member.Parent.Kind is HandleKind.TypeReference or HandleKind.TypeSpecification) UseType(builder.DecodeType(member.Parent));
            if (member.MethodSignature is { } signature) UseSignature(signature);
            if (member.FieldType is { } fieldType) UseType(fieldType);
        }

        void UseAttributes(IEnumerable<AttributeModel> attributes)
        {
            foreach (AttributeModel attribute in attributes.Where(builder.Exclusions.IsIncludedAttribute))
            {
                if (attribute.Constructor.Kind == HandleKind.MemberReference) UseMember((MemberReferenceHandle)attribute.Constructor);
            }
        }

        foreach (TypeModel type in builder.Types)
        {
            if (!type.BaseTypeHandle.IsNil) UseType(builder.DecodeType(type.BaseTypeHandle));
            foreach (SigType itf in type.Interfaces) UseType(itf);
            UseAttributes(type.CustomAttributes);
        }

        foreach (FieldModel field in builder.Fields)
        {
            UseType(field.Type);
            UseAttributes(field.CustomAttributes);
        }

        foreach (MethodModel method in builder.Methods)
        {
            UseSignature(method.Signature);
            UseAttributes(method.CustomAttributes);
            if (method.Body is not { } body) continue;
            foreach (SigType local in body.Locals) UseType(local);
            foreach (ExceptionRegion region in body.ExceptionRegions)
            {
                if (!region.CatchType.IsNil) UseType(builder.DecodeType(region.CatchType));
            }

            foreach (IlInstruction instruction in body.Instructions)
            {
                if (instruction.OpCode.OperandType is System.Reflection.Emit.OperandType.InlineMethod or
                    System.Reflection.Emit.OperandType.InlineField or System.Reflection.Emit.OperandType.InlineType or
                    System.Reflection.Emit.OperandType.InlineTok)
                {
                    EntityHandle handle = MetadataTokens.EntityHandle((int)instruction.Operand!);
                    switch (handle.Kind)
                    {
                        case HandleKind.MemberReference: UseMember((MemberReferenceHandle)handle); break;
                        case HandleKind.TypeReference or HandleKind.TypeSpecification: UseType(builder.DecodeType(handle)); break;
                        case HandleKind.MethodSpecification:
                            EntityHandle generic = reader.GetMethodSpecification((MethodSpecificationHandle)handle).Method;
                            if (generic.Kind == HandleKind.MemberReference) UseMember((MemberReferenceHandle)generic);
                            break;
                    }
                }
            }
        }

        // Nested type references need their declaring references.
        bool added = true;
        while (added)
        {
            added = false;
            foreach (TypeReferenceHandle handle in model.TypeRefs)
            {
                TypeReference reference = reader.GetTypeReference(handle);
                if (usedTypeNames.Contains(TypeNames.Of(reader, handle)) && reference.ResolutionScope.Kind == HandleKind.TypeReference)
                {
                    added |= usedTypeNames.Add(TypeNames.Of(reader, (TypeReferenceHandle)reference.ResolutionScope));
                }
            }
        }

        TypeRefs = model.TypeRefs.Where(h => usedTypeNames.Contains(TypeNames.Of(reader, h))).ToList();
        var usedAssemblies = TypeRefs.Select(h => reader.GetTypeReference(h).ResolutionScope)
            .Where(s => s.Kind == HandleKind.AssemblyReference).ToHashSet();
        AssemblyRefs = model.AssemblyRefs.Where(h => usedAssemblies.Contains(h)).ToList();
        var typeRefNames = TypeRefs.Select(h => TypeNames.Of(reader, h)).ToHashSet(StringComparer.Ordinal);
        List<MemberRefModel> members = model.MemberRefs
            .Where(m => usedMembers.Contains(m.Handle) && (typeRefNames.Contains(m.ParentFullName) || m.Parent.Kind == HandleKind.TypeSpecification))
            .ToList();
        FieldRefs = members.Where(m => m.IsField).ToList();
        MethodRefs = members.Where(m => !m.IsField).ToList();
    }

    public List<AssemblyReferenceHandle> AssemblyRefs { get; }
    public List<TypeReferenceHandle> TypeRefs { get; }
    public List<MemberRefModel> FieldRefs { get; }
    public List<MemberRefModel> MethodRefs { get; }
}
