using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace NfK210.Pe.Writing;

/// <summary>MetadataProcessor's type-table order: by full name (culture order), each type preceded by its declaring
/// type, the interfaces it implements and the types used in the signatures of the methods its code calls.</summary>
internal static class TypeOrdering
{
    public static List<TypeModel> Sort(AssemblyModel model)
    {
        var processed = new HashSet<string>(StringComparer.Ordinal);
        var result = new List<TypeModel>();
        Visit(model, model.Types.OrderBy(t => t.FullName, CultureLikeComparer.Instance), processed, result);
        return result;
    }

    private static void Visit(AssemblyModel model, IEnumerable<TypeModel> types, HashSet<string> processed, List<TypeModel> result)
    {
        foreach (TypeModel type in types)
        {
            if (processed.Contains(type.FullName))
            {
                continue;
            }

            if (type.DeclaringType is { } declaring)
            {
                Visit(model, [declaring], processed, result);
            }

            Visit(model, type.Interfaces.Select(model.Resolve).OfType<TypeModel>(), processed, result);

            if (processed.Add(type.FullName))
            {
                Visit(model, UsedTypes(model, type), processed, result);
                result.Add(type);
            }
        }
    }

    private static IEnumerable<TypeModel> UsedTypes(AssemblyModel model, TypeModel type)
    {
        var operands = new List<MethodSignature<SigType>>();
        foreach (MethodModel method in type.Methods)
        {
            if (method.Body is not { } body)
            {
                continue;
            }

            foreach (IlInstruction instruction in body.Instructions)
            {
                if (instruction.OpCode.OperandType is not System.Reflection.Emit.OperandType.InlineMethod and
                    not System.Reflection.Emit.OperandType.InlineTok)
                {
                    continue;
                }

                EntityHandle handle = MetadataTokens.EntityHandle((int)instruction.Operand!);
                if (Signature(model, handle) is { } signature)
                {
                    operands.Add(signature);
                }
            }
        }

        foreach (MethodSignature<SigType> signature in operands)
        {
            if (model.Resolve(signature.ReturnType) is { } returned && returned.FullName != "System.Void")
            {
                yield return returned;
            }

            foreach (SigType parameter in signature.ParameterTypes)
            {
                if (model.Resolve(parameter) is { } parameterType)
                {
                    yield return parameterType;
                }
            }
        }
    }

    private static MethodSignature<SigType>? Signature(AssemblyModel model, EntityHandle handle) => handle.Kind switch
    {
        HandleKind.MethodDefinition => model.Resolve((MethodDefinitionHandle)handle)?.Signature,
        HandleKind.MemberReference => model.MemberRef((MemberReferenceHandle)handle).MethodSignature,
        HandleKind.MethodSpecification => Signature(model, model.Reader.GetMethodSpecification((MethodSpecificationHandle)handle).Method),
        _ => null,
    };
}
