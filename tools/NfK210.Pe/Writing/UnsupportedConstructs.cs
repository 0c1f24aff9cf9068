using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace NfK210.Pe.Writing;

/// <summary>Finds what nanoCLR cannot run: generic types and methods (and their instantiations, e.g. Func/Action),
/// multi-dimensional arrays, pointers, default interface methods, embedded resources.</summary>
internal static class UnsupportedConstructs
{
    public static List<string> Find(AssemblyModel model)
    {
        var problems = new List<string>();
        foreach (TypeModel type in model.Types)
        {
            if (type.GenericParameterCount > 0)
            {
                problems.Add($"generic type {type.FullName} (nanoCLR v1 has no generics)");
            }

            foreach (SigType itf in type.Interfaces)
            {
                Check(itf, $"interface list of {type.FullName}", problems);
            }

            foreach (FieldModel field in type.Fields)
            {
                Check(field.Type, $"field {field}", problems);
            }

            foreach (MethodModel method in type.Methods)
            {
                string where = $"method {method}";
                if (method.GenericParameterCount > 0)
                {
                    problems.Add($"generic method in {where}");
                }

                if (type.IsInterface && method.HasBody && !method.IsStatic)
                {
                    problems.Add($"default interface method (interface method with a body) in {where}");
                }

                Check(method.Signature.ReturnType, $"return type of {where}", problems);
                foreach (SigType parameter in method.Signature.ParameterTypes)
                {
                    Check(parameter, $"parameter of {where}", problems);
                }

                if (method.Body is not { } body)
                {
                    continue;
                }

                foreach (SigType local in body.Locals)
                {
                    Check(local, $"local variable of {where}", problems);
                }

                foreach (IlInstruction instruction in body.Instructions)
                {
                    CheckOperand(model, instruction, where, problems);
                }
            }
        }

        if (model.ResourceCount > 0)
        {
            problems.Add($"embedded resources ({model.ResourceCount}) are not supported by this converter");
        }

        return problems.Distinct().ToList();
    }

    private static void CheckOperand(AssemblyModel model, IlInstruction instruction, string where, List<string> problems)
    {
        if (instruction.OpCode.OperandType is not (System.Reflection.Emit.OperandType.InlineMethod or
            System.Reflection.Emit.OperandType.InlineField or System.Reflection.Emit.OperandType.InlineType or
            System.Reflection.Emit.OperandType.InlineTok))
        {
            return;
        }

        EntityHandle handle = MetadataTokens.EntityHandle((int)instruction.Operand!);
        string at = $"{where} at IL_{instruction.Offset:X4} ({instruction.OpCode.Name})";
        switch (handle.Kind)
        {
            case HandleKind.MethodSpecification:
                problems.Add($"generic method instantiation in {at}");
                break;
            case HandleKind.TypeSpecification:
                Check(AssemblyModel.DecodeTypeHandle(model.Reader, handle, new SigTypeProvider(model.Reader)), at, problems);
                break;
            case HandleKind.MemberReference:
                MemberRefModel member = model.MemberRef((MemberReferenceHandle)handle);
                if (member.Parent.Kind == HandleKind.TypeSpecification)
                {
                    Check(AssemblyModel.DecodeTypeHandle(model.Reader, member.Parent, new SigTypeProvider(model.Reader)),
                        $"{at}, member {member.Name}", problems);
                }

                break;
        }
    }

    private static void Check(SigType type, string where, List<string> problems)
    {
        switch (type)
        {
            case GenericInstSig generic:
                problems.Add($"generic instantiation {generic.FullName} in {where}");
                break;
            case GenericParamSig:
                problems.Add($"generic parameter type in {where}");
                break;
            case MultiArraySig array:
                problems.Add($"multi-dimensional array {array.FullName} in {where}");
                break;
            case PointerSig pointer:
                problems.Add($"pointer type {pointer.FullName} in {where}");
                break;
            case UnsupportedSig unsupported:
                problems.Add($"unsupported type {unsupported.Description} in {where}");
                break;
            case SzArraySig s: Check(s.Element, where, problems); break;
            case ByRefSig b: Check(b.Element, where, problems); break;
            case PinnedSig p: Check(p.Element, where, problems); break;
            case ModifiedSig m: Check(m.Unmodified, where, problems); break;
        }
    }
}
