using System.Reflection;
using System.Reflection.Emit;

namespace NfK210.Pe.Reading;

/// <summary>
/// The IL opcodes a .pe method body may hold. nanoCLR keeps ECMA-335 opcodes (one byte, or 0xFE and a second byte) but
/// shrinks operands: field, method, type and string tokens are 16 bits, long branches 16 bits, a switch has an 8-bit
/// count and 16-bit targets, ldtoken keeps a 32-bit token (table in the top byte). The opcode list itself comes from
/// .NET's System.Reflection.Emit.OpCodes, which is the same ECMA table.
/// </summary>
internal static class IlOpcodeTable
{
    private static readonly Dictionary<ushort, OpCode> ByValue = Build();

    public static bool TryGet(ushort value, out OpCode opcode) => ByValue.TryGetValue(value, out opcode);

    /// <summary>Operand size in a .pe; -1 for switch (variable) and for calli's signature, which nanoCLR lacks.</summary>
    public static int OperandSize(OperandType type) => type switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineBrTarget or OperandType.InlineVar => 2,
        OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineType or OperandType.InlineString => 2,
        OperandType.InlineI or OperandType.ShortInlineR or OperandType.InlineTok => 4,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        _ => -1,
    };

    private static Dictionary<ushort, OpCode> Build()
    {
        var table = new Dictionary<ushort, OpCode>();
        foreach (FieldInfo field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.GetValue(null) is OpCode opcode && opcode.OpCodeType != OpCodeType.Nternal)
            {
                table[(ushort)opcode.Value] = opcode;
            }
        }

        return table;
    }
}
