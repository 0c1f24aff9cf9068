using System.Reflection.Emit;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;

namespace NfK210.Pe.Writing;

/// <summary>Decodes a method body's IL into instructions.</summary>
internal static class IlDecoder
{
    public static List<IlInstruction> Decode(MetadataReader reader, MethodBodyBlock body)
    {
        var result = new List<IlInstruction>();
        BlobReader il = body.GetILReader();
        while (il.RemainingBytes > 0)
        {
            int offset = il.Offset;
            byte first = il.ReadByte();
            OpCode code = (first == 0xFE ? OpCodeTable.TwoByteCode(il.ReadByte()) : OpCodeTable.OneByteCode(first))
                ?? throw new BadImageFormatException($"unknown IL opcode 0x{first:X2} at IL_{offset:X4}");
            object? operand = ReadOperand(reader, ref il, code);
            result.Add(new IlInstruction(offset, code, operand, il.Offset - offset));
        }

        return result;
    }

    private static object? ReadOperand(MetadataReader reader, ref BlobReader il, OpCode code)
    {
        switch (code.OperandType)
        {
            case OperandType.InlineNone:
                return null;
            case OperandType.ShortInlineBrTarget:
            {
                sbyte delta = il.ReadSByte();
                return il.Offset + delta;
            }
            case OperandType.InlineBrTarget:
            {
                int delta = il.ReadInt32();
                return il.Offset + delta;
            }
            case OperandType.InlineSwitch:
            {
                int count = il.ReadInt32();
                var deltas = new int[count];
                for (int i = 0; i < count; i++)
                {
                    deltas[i] = il.ReadInt32();
                }

                int end = il.Offset;
                return deltas.Select(d => end + d).ToArray();
            }
            case OperandType.ShortInlineVar:
            case OperandType.ShortInlineI:
                return (int)il.ReadByte();
            case OperandType.InlineVar:
                return (int)il.ReadUInt16();
            case OperandType.InlineI:
                return il.ReadInt32();
            case OperandType.InlineI8:
                return il.ReadInt64();
            case OperandType.ShortInlineR:
                return il.ReadSingle();
            case OperandType.InlineR:
                return il.ReadDouble();
            case OperandType.InlineString:
                return reader.GetUserString(MetadataTokens.UserStringHandle(il.ReadInt32() & 0xFFFFFF));
            default:
                return il.ReadInt32(); // tokens: method, field, type, tok, sig
        }
    }
}
