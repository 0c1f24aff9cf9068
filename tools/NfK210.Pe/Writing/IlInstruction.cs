using System.Reflection.Emit;

namespace NfK210.Pe.Writing;

/// <summary>One decoded IL instruction. <see cref="Operand"/> is an int/long/float/double, a metadata token (int),
/// a branch target's IL offset (int), switch targets (int[]) or a user string (string).</summary>
internal sealed class IlInstruction(int offset, OpCode opCode, object? operand, int size)
{
    public int Offset { get; } = offset;
    public OpCode OpCode { get; } = opCode;
    public object? Operand { get; } = operand;

    /// <summary>Size in the IL stream.</summary>
    public int Size { get; } = size;

    /// <summary>Offset in nanoCLR's compacted byte code (tokens and branches shrink to 16 bits); the IL offset until
    /// the writer's pre-processing pass sets it, as in MetadataProcessor.</summary>
    public int NanoOffset { get; set; } = offset;
}
