namespace NfK210.Cli.Demo;

/// <summary>Output geometry of the KPU pool types (spec/kpu.md §7.5).</summary>
public static class KpuPool
{
    /// <summary>Subsampling factor of a pool type: 2 for types 1, 2, 5, 6; 4 for 3, 4, 7; 1 for 0, 8, 9.</summary>
    public static int Stride(int poolType) => poolType switch
    {
        0 or 8 or 9 => 1,
        1 or 2 or 5 or 6 => 2,
        3 or 4 or 7 => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(poolType), poolType, "pool types are 0..9"),
    };

    public static int OutputSize(int inputSize, int poolType) => inputSize / Stride(poolType);
}
