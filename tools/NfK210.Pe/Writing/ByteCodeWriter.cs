using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace NfK210.Pe.Writing;

/// <summary>Rewrites one method body into nanoCLR byte code: tokens become 16-bit table indices, branches and switch
/// targets 16-bit offsets in the compacted code, followed by the exception handler table.</summary>
internal sealed class ByteCodeWriter(PeBuilder builder, MethodModel method, StringTable strings)
{
    private readonly MethodBodyModel _body = method.Body!;

    public byte[] Write()
    {
        var w = new ByteWriter();
        foreach (IlInstruction instruction in _body.Instructions)
        {
            WriteOpCode(instruction.OpCode, w);
            WriteOperand(instruction, w);
        }

        WriteExceptionTable(w);
        return w.ToArray();
    }

    private static void WriteOpCode(OpCode code, ByteWriter w)
    {
        ushort value = unchecked((ushort)code.Value);
        if (code.Size == 1)
        {
            w.U8((byte)value);
        }
        else
        {
            w.U8((byte)(value >> 8));
            w.U8((byte)value);
        }
    }

    private int TargetOffset(int ilOffset)
    {
        IlInstruction? target = _body.AtOffset(ilOffset);
        if (target is not null)
        {
            return target.NanoOffset;
        }

        IlInstruction last = _body.Instructions[^1];
        return last.NanoOffset + last.Size;
    }

    private void WriteOperand(IlInstruction instruction, ByteWriter w)
    {
        OpCode code = instruction.OpCode;
        object? operand = instruction.Operand;
        switch (code.OperandType)
        {
            case OperandType.InlineNone:
                return;
            case OperandType.InlineSwitch:
            {
                int[] targets = (int[])operand!;
                w.U8((byte)targets.Length);
                int origin = instruction.NanoOffset + code.Size + 2 * targets.Length + 1;
                foreach (int target in targets)
                {
                    w.U16(unchecked((ushort)(short)(TargetOffset(target) - origin)));
                }

                return;
            }
            case OperandType.ShortInlineBrTarget:
                w.U8(unchecked((byte)(sbyte)(TargetOffset((int)operand!) - (instruction.NanoOffset + code.Size + 1))));
                return;
            case OperandType.InlineBrTarget:
                w.U16(unchecked((ushort)(short)(TargetOffset((int)operand!) - (instruction.NanoOffset + code.Size + 2))));
                return;
            case OperandType.ShortInlineVar:
            case OperandType.ShortInlineI:
                w.U8((byte)(int)operand!);
                return;
            case OperandType.InlineVar:
                w.U16((ushort)(int)operand!);
                return;
            case OperandType.InlineSig:
                return;
            case OperandType.InlineI:
                w.U32(unchecked((uint)(int)operand!));
                return;
            case OperandType.InlineI8:
                w.U64(unchecked((ulong)(long)operand!));
                return;
            case OperandType.ShortInlineR:
                w.U32(BitConverter.SingleToUInt32Bits((float)operand!));
                return;
            case OperandType.InlineR:
                w.U64(BitConverter.DoubleToUInt64Bits((double)operand!));
                return;
            case OperandType.InlineString:
                w.U16(strings.GetOrCreate((string)operand!));
                return;
            case OperandType.InlineMethod:
                w.U16(builder.MethodReferenceId(MetadataTokens.EntityHandle((int)operand!)));
                return;
            case OperandType.InlineType:
                w.U16(builder.TypeReferenceId(builder.DecodeType(MetadataTokens.EntityHandle((int)operand!))));
                return;
            case OperandType.InlineField:
                w.U16(builder.FieldReferenceId(MetadataTokens.EntityHandle((int)operand!)));
                return;
            case OperandType.InlineTok:
                w.U32(TokenOperand(MetadataTokens.EntityHandle((int)operand!)));
                return;
            default:
                throw new PeConversionException($"unsupported IL operand kind {code.OperandType} of {code.Name} in {method}");
        }
    }

    private uint TokenOperand(EntityHandle handle)
    {
        switch (handle.Kind)
        {
            case HandleKind.TypeReference:
                builder.TryGetTypeRefId(builder.DecodeType(handle).FullName, out ushort typeRef);
                return 0x0100_0000u | typeRef;
            case HandleKind.TypeDefinition:
                ushort typeDef = builder.Model.Resolve((TypeDefinitionHandle)handle) is { } t && builder.TryGetTypeDefId(t, out ushort id) ? id : (ushort)0;
                return 0x0400_0000u | typeDef;
            case HandleKind.TypeSpecification:
                return 0x0800_0000u | builder.GetOrCreateTypeSpec(builder.DecodeType(handle));
            case HandleKind.FieldDefinition:
                ushort field = builder.Model.Resolve((FieldDefinitionHandle)handle) is { } f && builder.TryGetFieldId(f, out ushort fid) ? fid : (ushort)0;
                return 0x0500_0000u | field;
            default:
                return 0;
        }
    }

    private void WriteExceptionTable(ByteWriter w)
    {
        if (_body.ExceptionRegions.Count == 0)
        {
            return;
        }

        foreach (ExceptionRegion region in _body.ExceptionRegions.OrderBy(r => r.HandlerOffset))
        {
            switch (region.Kind)
            {
                case ExceptionRegionKind.Catch:
                    w.U16(0x0000);
                    w.U16(builder.TypeReferenceId(builder.DecodeType(region.CatchType), 0x8000));
                    break;
                case ExceptionRegionKind.Fault:
                    w.U16(0x0001);
                    w.U16(0x0000);
                    break;
                case ExceptionRegionKind.Finally:
                    w.U16(0x0002);
                    w.U16(0x0000);
                    break;
                case ExceptionRegionKind.Filter:
                    w.U16(0x0003);
                    w.U16((ushort)TargetOffset(region.FilterOffset));
                    break;
            }

            w.U16((ushort)TargetOffset(region.TryOffset));
            w.U16((ushort)TargetOffset(region.TryOffset + region.TryLength));
            w.U16((ushort)TargetOffset(region.HandlerOffset));
            int handlerEnd = region.HandlerOffset + region.HandlerLength;
            w.U16((ushort)(handlerEnd >= _body.CodeSize ? _body.Instructions[^1].NanoOffset : TargetOffset(handlerEnd)));
        }

        w.U8((byte)_body.ExceptionRegions.Count);
    }
}
