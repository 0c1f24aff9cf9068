using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace NfK210.Pe.Writing;

/// <summary>The evaluation stack depth MetadataProcessor records per method (its own estimate, not the IL
/// max stack): a linear walk that resets after unconditional jumps and merges depths at branch targets.</summary>
internal static class StackDepth
{
    public static byte Calculate(PeBuilder builder, MethodBodyModel body)
    {
        var atTarget = new Dictionary<int, int>();
        int size = 0;
        int max = 0;
        foreach (IlInstruction instruction in body.Instructions)
        {
            if (atTarget.TryGetValue(instruction.NanoOffset, out int corrected))
            {
                size = corrected;
            }

            OpCode code = instruction.OpCode;
            if (code == OpCodes.Throw || code == OpCodes.Endfinally || code == OpCodes.Endfilter ||
                code == OpCodes.Leave_S || code == OpCodes.Br_S || code == OpCodes.Leave)
            {
                size = 0;
                continue;
            }

            if (code == OpCodes.Newobj)
            {
                size -= ParameterCount(builder, instruction, out _, out _);
            }
            else if (code == OpCodes.Call || code == OpCodes.Callvirt)
            {
                size -= ParameterCount(builder, instruction, out bool hasThis, out bool returnsValue);
                if (hasThis)
                {
                    size--;
                }

                if (returnsValue)
                {
                    size++;
                }
            }

            size += Pushes(code.StackBehaviourPush);
            size -= Pops(code.StackBehaviourPop);
            if (code.OperandType is OperandType.ShortInlineBrTarget or OperandType.InlineBrTarget)
            {
                int target = body.AtOffset((int)instruction.Operand!)?.NanoOffset ?? -1;
                atTarget.TryGetValue(target, out int existing);
                atTarget[target] = Math.Max(existing, size);
            }

            max = Math.Max(max, size);
        }

        return (byte)max;
    }

    private static int ParameterCount(PeBuilder builder, IlInstruction instruction, out bool hasThis, out bool returnsValue)
    {
        EntityHandle handle = MetadataTokens.EntityHandle((int)instruction.Operand!);
        MethodSignature<SigType> signature = handle.Kind switch
        {
            HandleKind.MethodDefinition => builder.Model.Resolve((MethodDefinitionHandle)handle)!.Signature,
            HandleKind.MemberReference => builder.Model.MemberRef((MemberReferenceHandle)handle).MethodSignature!.Value,
            HandleKind.MethodSpecification => SpecSignature(builder, (MethodSpecificationHandle)handle),
            _ => throw new PeConversionException($"unexpected call operand {handle.Kind}"),
        };
        hasThis = signature.Header.IsInstance;
        returnsValue = signature.ReturnType.FullName != "System.Void";
        return signature.ParameterTypes.Length;
    }

    private static MethodSignature<SigType> SpecSignature(PeBuilder builder, MethodSpecificationHandle handle)
    {
        EntityHandle method = builder.Model.Reader.GetMethodSpecification(handle).Method;
        return method.Kind == HandleKind.MethodDefinition
            ? builder.Model.Resolve((MethodDefinitionHandle)method)!.Signature
            : builder.Model.MemberRef((MemberReferenceHandle)method).MethodSignature!.Value;
    }

    private static int Pushes(StackBehaviour push) => push switch
    {
        StackBehaviour.Push1 or StackBehaviour.Pushi or StackBehaviour.Pushi8 or StackBehaviour.Pushr4 or
            StackBehaviour.Pushr8 or StackBehaviour.Pushref => 1,
        StackBehaviour.Push1_push1 => 2,
        _ => 0,
    };

    private static int Pops(StackBehaviour pop) => pop switch
    {
        StackBehaviour.Pop1 or StackBehaviour.Popi or StackBehaviour.Popref => 1,
        StackBehaviour.Pop1_pop1 or StackBehaviour.Popi_pop1 or StackBehaviour.Popi_popi or StackBehaviour.Popi_popi8 or
            StackBehaviour.Popi_popr4 or StackBehaviour.Popi_popr8 or StackBehaviour.Popref_pop1 or StackBehaviour.Popref_popi => 2,
        StackBehaviour.Popi_popi_popi or StackBehaviour.Popref_popi_popi or StackBehaviour.Popref_popi_popi8 or
            StackBehaviour.Popref_popi_popr4 or StackBehaviour.Popref_popi_popr8 or StackBehaviour.Popref_popi_popref or
            StackBehaviour.Popref_popi_pop1 => 3,
        _ => 0,
    };
}
