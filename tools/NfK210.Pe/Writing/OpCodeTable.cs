using System.Reflection;
using System.Reflection.Emit;

namespace NfK210.Pe.Writing;

/// <summary>All IL opcodes by value, taken from the BCL's <see cref="OpCodes"/> (sizes, operand kinds, stack effects).</summary>
internal static class OpCodeTable
{
    private static readonly OpCode?[] OneByte = new OpCode?[256];
    private static readonly OpCode?[] TwoByte = new OpCode?[256];

    static OpCodeTable()
    {
        foreach (FieldInfo field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.GetValue(null) is not OpCode code)
            {
                continue;
            }

            ushort value = unchecked((ushort)code.Value);
            if (code.Size == 1)
            {
                OneByte[value & 0xFF] = code;
            }
            else
            {
                TwoByte[value & 0xFF] = code;
            }
        }
    }

    public static OpCode? OneByteCode(byte value) => OneByte[value];
    public static OpCode? TwoByteCode(byte value) => TwoByte[value];
}
