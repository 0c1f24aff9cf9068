namespace NfK210.Cli.Demo;

/// <summary>One activation segment (spec/kpu.md §5.3): start (signed 36-bit), y_mul (signed 16-bit), shift.</summary>
public readonly record struct KpuActivationSegment(long Start, short Mul, byte Shift);
