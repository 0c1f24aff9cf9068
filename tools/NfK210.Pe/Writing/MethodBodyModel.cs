using System.Reflection.Metadata;

namespace NfK210.Pe.Writing;

/// <summary>A decoded method body: locals, instructions and exception regions.</summary>
internal sealed class MethodBodyModel(IReadOnlyList<SigType> locals, List<IlInstruction> instructions,
    IReadOnlyList<ExceptionRegion> exceptionRegions, int codeSize)
{
    public IReadOnlyList<SigType> Locals { get; } = locals;
    public List<IlInstruction> Instructions { get; } = instructions;
    public IReadOnlyList<ExceptionRegion> ExceptionRegions { get; } = exceptionRegions;
    public int CodeSize { get; } = codeSize;

    public IlInstruction? AtOffset(int ilOffset) => Instructions.FirstOrDefault(i => i.Offset == ilOffset);
}
