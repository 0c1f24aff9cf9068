namespace NfK210.Cli.Demo;

/// <summary>Everything a K210_CONV layer body of a V3 kmodel holds (spec/kmodel-v3.md §3.20).</summary>
public sealed class K210ConvLayer
{
    public required KpuLayerArgument Argument { get; init; }

    /// <summary>Raw weight bytes, [oc][ic][ky][kx] (depthwise [c][ky][kx]); u8, or u16 little-endian.</summary>
    public required byte[] Weights { get; init; }

    /// <summary>One batch-norm word per output channel (e.g. <see cref="KpuBatchNormEntry.ToWord"/>).</summary>
    public required IReadOnlyList<ulong> BatchNorm { get; init; }

    /// <summary>The activation table's words (e.g. <see cref="KpuActivationTable.Rc5Standard"/>).</summary>
    public required IReadOnlyList<ulong> Activation { get; init; }

    /// <summary>Main-buffer byte offset of the streamed output (KLF_MAIN_MEM_OUT), or null to keep it in KPU RAM.</summary>
    public uint? MainMemoryOutput { get; init; }
}
