using NfK210.Registers;

namespace NfK210.Cli.Demo;

/// <summary>
/// The built-in demo kmodel V3 (no download): layer 0 K210_CONV, 1×64×64 grey input → 4 filters (Sobel X,
/// Sobel Y, Laplacian, emboss) 3×3, rc5 standard activation, max-pool 2×2 → 4×32×32 u8 streamed to main memory
/// (MAIN_MEM_OUT at 0); layer 1 DEQUANTIZE to f32 (q / 255) at main 4096 = output 0 (16 384 bytes).
/// The input map sits at the top of KPU RAM (lines 32704…32767), the output map just below (32640…32703).
/// </summary>
public sealed class DemoModel
{
    public const int InputSize = 64;
    public const int OutputSize = 32;
    public const int Channels = 4;
    public const int WeightZero = 128;
    public const uint ConvOutputAddress = 0;
    public const uint FloatOutputAddress = 4096;
    public const float DequantizeScale = 1f / 255f;
    public const float DequantizeBias = 0f;

    public static IReadOnlyList<DemoFilter> Filters { get; } =
    [
        new("Sobel X", [-1, 0, 1, -2, 0, 2, -1, 0, 1], 8),
        new("Sobel Y", [-1, -2, -1, 0, 0, 0, 1, 2, 1], 8),
        new("Laplacian", [-1, -1, -1, -1, 8, -1, -1, -1, -1], 16),
        new("emboss", [-2, -1, 0, -1, 1, 1, 0, 1, 2], 4),
    ];

    private DemoModel(K210ConvLayer conv, byte[] kmodel)
    {
        Conv = conv;
        Kmodel = kmodel;
    }

    public K210ConvLayer Conv { get; }

    public byte[] Kmodel { get; }

    /// <summary>KPU line of the input map: the top 64 lines (W = 64 → one line per row).</summary>
    public static int InputLine => MemoryMap.KpuRamLines - KpuMapLayout.Lines(1, InputSize, InputSize);

    /// <summary>KPU line of the 4×32×32 output map, directly below the input.</summary>
    public static int OutputLine => InputLine - KpuMapLayout.Lines(Channels, OutputSize, OutputSize);

    public static int OutputBytes => Channels * OutputSize * OutputSize;

    public static DemoModel Create()
    {
        // Weights are stored as w + 128 (uint8); arg_x = −128·2^15 >> 15 restores the signed taps, so
        // conv = Σ x·w exactly (input zero point 0: arg_w = arg_add = pad_value = 0).
        var argument = new KpuLayerArgument
        {
            InputChannels = 1,
            OutputChannels = Channels,
            Width = InputSize,
            Height = InputSize,
            Kernel3x3 = true,
            PoolType = 1,
            SourceLine = InputLine,
            DestinationLine = OutputLine,
            PadValue = 0,
            ArgX = -WeightZero << 15,
            ShrX = 15,
        };
        byte[] weights = Filters.SelectMany(f => f.Taps.Select(t => (byte)(t + WeightZero))).ToArray();

        // bn ≈ (128 + conv / divisor) · 1024, so the rc5 table's round(bn / 1024) is the output byte.
        ulong[] batchNorm = Filters
            .Select(f => KpuBatchNormEntry.FromScale(1024.0 / f.Divisor, 128 * 1024).ToWord())
            .ToArray();
        var conv = new K210ConvLayer
        {
            Argument = argument,
            Weights = weights,
            BatchNorm = batchNorm,
            Activation = KpuActivationTable.Rc5Standard(),
            MainMemoryOutput = ConvOutputAddress,
        };

        byte[] kmodel = new KmodelV3Builder()
            .AddConv(conv)
            .AddDequantize(ConvOutputAddress, FloatOutputAddress, (uint)OutputBytes, DequantizeScale, DequantizeBias)
            .AddOutput(FloatOutputAddress, (uint)OutputBytes * 4)
            .Build();
        return new DemoModel(conv, kmodel);
    }
}
