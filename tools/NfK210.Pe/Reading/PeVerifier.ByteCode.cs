using System.Reflection.Emit;

namespace NfK210.Pe.Reading;

/// <summary>
/// Method bodies. A body runs from its RVA to the next body's RVA (or the ByteCode table's end), as nanoCLR's
/// FindMethodBoundaries has it; with MD_HasExceptionHandlers its last byte counts the 12-byte handler records just
/// before it. Each instruction is decoded with nanoCLR's operand sizes and its tokens, targets and numbers checked.
/// </summary>
internal sealed partial class PeVerifier
{
    private const int ExceptionHandlerSize = 12;

    private void CheckMethodBodies()
    {
        int byteCodeSize = _pe.ByteCode.Length;
        for (int i = 0; i < _pe.MethodDefs.Count; i++)
        {
            MethodDefRow row = _pe.MethodDefs[i];
            if (row.Rva == None)
            {
                continue;
            }

            if (row.Rva >= byteCodeSize)
            {
                Add("MethodDef", i, "RVA", $"0x{row.Rva:X4} is outside the ByteCode table ({byteCodeSize} bytes)");
                continue;
            }

            // A next RVA past the table is reported on its own row; this body then ends with the table.
            int end = Math.Min(NextBodyStart(i, byteCodeSize), byteCodeSize);
            if (end < row.Rva)
            {
                Add("MethodDef", i, "RVA", $"0x{row.Rva:X4} is after the next method's body (0x{end:X4}); bodies must be in table order");
                continue;
            }

            CheckBody(i, row, row.Rva, end);
        }
    }

    private int NextBodyStart(int method, int byteCodeSize)
    {
        for (int k = method + 1; k < _pe.MethodDefs.Count; k++)
        {
            if (_pe.MethodDefs[k].Rva != None)
            {
                return _pe.MethodDefs[k].Rva;
            }
        }

        return byteCodeSize;
    }

    private void CheckBody(int method, MethodDefRow row, int start, int end)
    {
        ReadOnlySpan<byte> code = _pe.ByteCode.Span;
        int codeEnd = end;
        var handlers = new List<(int Index, ushort Mode, ushort Class, ushort TryStart, ushort TryEnd, ushort HandlerStart, ushort HandlerEnd)>();
        if ((row.Flags & MethodDefRow.HasExceptionHandlersFlag) != 0)
        {
            int count = end > start ? code[end - 1] : -1;
            codeEnd = end - 1 - (count * ExceptionHandlerSize);
            if (count < 0 || codeEnd < start)
            {
                Add("ByteCode", method, "exceptionHandlers",
                    $"the body (0x{start:X4}..0x{end:X4}) is too short for its {Math.Max(count, 0)} exception handlers");
                return;
            }

            for (int h = 0; h < count; h++)
            {
                int at = codeEnd + (h * ExceptionHandlerSize);
                handlers.Add((h, PeFile.U16(code, at), PeFile.U16(code, at + 2), PeFile.U16(code, at + 4),
                    PeFile.U16(code, at + 6), PeFile.U16(code, at + 8), PeFile.U16(code, at + 10)));
            }
        }

        int length = codeEnd - start;
        var instructionStarts = new bool[length + 1];
        var branchTargets = new List<(int From, int Target)>();
        if (!WalkInstructions(method, row, code.Slice(start, length), instructionStarts, branchTargets))
        {
            return;
        }

        instructionStarts[length] = true;
        foreach ((int from, int target) in branchTargets)
        {
            if (target < 0 || target >= length || !instructionStarts[target])
            {
                Add("ByteCode", method, $"IL_{from:X4}", $"branch target IL_{target:X4} is not an instruction of the body ({length} bytes)");
            }
        }

        foreach (var eh in handlers)
        {
            CheckHandler(method, eh.Index, eh.Mode, eh.Class, length, instructionStarts,
                eh.TryStart, eh.TryEnd, eh.HandlerStart, eh.HandlerEnd);
        }
    }

    private void CheckHandler(int method, int index, ushort mode, ushort classOrFilter, int length, bool[] starts,
        ushort tryStart, ushort tryEnd, ushort handlerStart, ushort handlerEnd)
    {
        string field = $"exceptionHandler[{index}]";
        switch (mode)
        {
            case 0: // catch: TypeDef index, or TypeRef index with bit 15 set
                if ((classOrFilter & 0x8000) != 0)
                {
                    CheckIndex("ByteCode", method, field + ".classToken", "TypeRef", classOrFilter & 0x7FFF, _pe.TypeRefs.Count);
                }
                else
                {
                    CheckIndex("ByteCode", method, field + ".classToken", "TypeDef", classOrFilter, _pe.TypeDefs.Count);
                }

                break;
            case 1 or 2: // catch-all (fault), finally
                break;
            case 3: // filter
                if (classOrFilter >= length || !starts[classOrFilter])
                {
                    Add("ByteCode", method, field + ".filterStart", $"IL_{classOrFilter:X4} is not an instruction of the body");
                }

                break;
            default:
                Add("ByteCode", method, field + ".mode", $"{mode} is not catch (0), catch-all (1), finally (2) or filter (3)");
                return;
        }

        if (tryStart >= length || !starts[tryStart] || tryEnd > length || tryEnd < tryStart)
        {
            Add("ByteCode", method, field + ".try", $"IL_{tryStart:X4}..IL_{tryEnd:X4} is not a range of the body ({length} bytes)");
        }

        if (handlerStart >= length || !starts[handlerStart] || handlerEnd > length || handlerEnd < handlerStart)
        {
            Add("ByteCode", method, field + ".handler",
                $"IL_{handlerStart:X4}..IL_{handlerEnd:X4} is not a range of the body ({length} bytes)");
        }
    }

    /// <summary>Decodes every instruction; returns false when decoding had to stop.</summary>
    private bool WalkInstructions(int method, MethodDefRow row, ReadOnlySpan<byte> il, bool[] starts,
        List<(int From, int Target)> branchTargets)
    {
        int pos = 0;
        while (pos < il.Length)
        {
            int at = pos;
            starts[at] = true;
            ushort value = il[pos++];
            if (value == 0xFE)
            {
                if (pos >= il.Length)
                {
                    Add("ByteCode", method, $"IL_{at:X4}", "two-byte opcode cut off by the end of the body");
                    return false;
                }

                value = (ushort)(0xFE00 | il[pos++]);
            }

            if (!IlOpcodeTable.TryGet(value, out OpCode opcode))
            {
                Add("ByteCode", method, $"IL_{at:X4}", $"0x{value:X2} is not an IL opcode");
                return false;
            }

            int operandSize = IlOpcodeTable.OperandSize(opcode.OperandType);
            if (opcode.OperandType == OperandType.InlineSwitch)
            {
                if (pos >= il.Length)
                {
                    Add("ByteCode", method, $"IL_{at:X4}", "switch count cut off by the end of the body");
                    return false;
                }

                operandSize = 1 + (2 * il[pos]);
            }
            else if (operandSize < 0)
            {
                Add("ByteCode", method, $"IL_{at:X4}", $"{opcode.Name} ({opcode.OperandType}) is not supported by nanoCLR");
                return false;
            }

            if (pos + operandSize > il.Length)
            {
                Add("ByteCode", method, $"IL_{at:X4}", $"{opcode.Name}'s {operandSize}-byte operand runs past the end of the body");
                return false;
            }

            CheckOperand(method, row, at, opcode, il.Slice(pos, operandSize), pos + operandSize, branchTargets);
            pos += operandSize;
        }

        return true;
    }

    private void CheckOperand(int method, MethodDefRow row, int at, OpCode opcode, ReadOnlySpan<byte> operand, int next,
        List<(int From, int Target)> branchTargets)
    {
        string field = $"IL_{at:X4}";
        string? error = null;
        switch (opcode.OperandType)
        {
            case OperandType.InlineField:
                error = FieldTokenError(PeFile.U16(operand, 0));
                break;
            case OperandType.InlineMethod:
                MethodTokenSignature(PeFile.U16(operand, 0), out error);
                break;
            case OperandType.InlineType:
                error = TypeTokenError(PeFile.U16(operand, 0));
                break;
            case OperandType.InlineString:
                error = StringError(PeFile.U16(operand, 0));
                break;
            case OperandType.InlineTok:
                error = FullTokenError(PeFile.U32(operand, 0));
                break;
            case OperandType.ShortInlineBrTarget:
                branchTargets.Add((at, next + (sbyte)operand[0]));
                break;
            case OperandType.InlineBrTarget:
                branchTargets.Add((at, next + (short)PeFile.U16(operand, 0)));
                break;
            case OperandType.InlineSwitch:
                for (int k = 0; k < operand[0]; k++)
                {
                    branchTargets.Add((at, next + (short)PeFile.U16(operand, 1 + (2 * k))));
                }

                break;
            case OperandType.ShortInlineVar:
                error = VariableError(opcode, operand[0], row);
                break;
            case OperandType.InlineVar:
                error = VariableError(opcode, PeFile.U16(operand, 0), row);
                break;
            case OperandType.InlineNone:
                error = MacroVariableError(opcode, row);
                break;
        }

        if (error != null)
        {
            Add("ByteCode", method, field, $"{opcode.Name}: {error}");
        }
    }

    private string? FieldTokenError(ushort token) => (token & 0x8000) != 0
        ? IndexError("FieldRef", token & 0x7FFF, _pe.FieldRefs.Count)
        : IndexError("FieldDef", token, _pe.FieldDefs.Count);

    /// <summary>A 16-bit type token: bits 14–15 select TypeDef (0), TypeRef (1) or TypeSpec (2).</summary>
    private string? TypeTokenError(ushort token)
    {
        int index = token & 0x3FFF;
        return (token >> 14) switch
        {
            0 => IndexError("TypeDef", index, _pe.TypeDefs.Count),
            1 => IndexError("TypeRef", index, _pe.TypeRefs.Count),
            2 => IndexError("TypeSpec", index, _pe.TypeSpecs.Count),
            _ => $"type token 0x{token:X4} has table tag 3, which names no table",
        };
    }

    /// <summary>ldtoken's 32-bit token: the table in the top byte, the row below.</summary>
    private string? FullTokenError(uint token)
    {
        int index = (int)(token & 0x00FFFFFF);
        return (PeTable)(token >> 24) switch
        {
            PeTable.TypeRef => IndexError("TypeRef", index, _pe.TypeRefs.Count),
            PeTable.FieldRef => IndexError("FieldRef", index, _pe.FieldRefs.Count),
            PeTable.MethodRef => IndexError("MethodRef", index, _pe.MethodRefs.Count),
            PeTable.TypeDef => IndexError("TypeDef", index, _pe.TypeDefs.Count),
            PeTable.FieldDef => IndexError("FieldDef", index, _pe.FieldDefs.Count),
            PeTable.MethodDef => IndexError("MethodDef", index, _pe.MethodDefs.Count),
            PeTable.TypeSpec => IndexError("TypeSpec", index, _pe.TypeSpecs.Count),
            _ => $"token 0x{token:X8} names table {token >> 24}, which ldtoken cannot load",
        };
    }

    private static string? VariableError(OpCode opcode, int index, MethodDefRow row) =>
        opcode.Name!.Contains("loc", StringComparison.Ordinal)
            ? (index < row.LocalCount ? null : $"local {index} of {row.LocalCount}")
            : (index < row.ArgumentCount ? null : $"argument {index} of {row.ArgumentCount}");

    /// <summary>ldarg.N, ldloc.N and stloc.N carry their number in the opcode.</summary>
    private static string? MacroVariableError(OpCode opcode, MethodDefRow row)
    {
        string name = opcode.Name!;
        if (name.Length != 7 || name[5] != '.' || !char.IsAsciiDigit(name[6]))
        {
            return null;
        }

        int index = name[6] - '0';
        return name[..5] switch
        {
            "ldarg" => index < row.ArgumentCount ? null : $"argument {index} of {row.ArgumentCount}",
            "ldloc" or "stloc" => index < row.LocalCount ? null : $"local {index} of {row.LocalCount}",
            _ => null,
        };
    }
}
