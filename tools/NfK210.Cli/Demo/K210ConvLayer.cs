namespace NfK210.Cli.Demo;

/// <summary>Everything a K210_CONV layer body of a V3 kmodel holds (spec/kmodel-v3.md §3.20).</summary>
public sealed class K210ConvLayer
{
    public required KpuLayerArgument Argument { get; init; }

    /// <summary>Raw weight bytes, [oc][ic][ky][kx] (depthwise [c][ky][kx]); u8, or u16 little-endian.</summary>
    public required byte[] Weights { get; init; }

    /// <summary>One entry per output channel.</summary>
    public required IReadOnlyList<KpuBatchNormEntry> BatchNorm { get; init; }

    public required KpuActivationTable Activation { get; init; }

    /// <summary>Main-buffer byte offset of the streamed output (KLF_MAIN_MEM_OUT), or null to keep it in KPU RAM.</summary>
    public uint? MainMemoryOutput { get; init; }

    /// <summary>Dense output bytes (OC·OH·OW).</summary>
    public int OutputBytes => Argument.OutputChannels * Argument.OutputHeight * Argument.OutputWidth;
}
