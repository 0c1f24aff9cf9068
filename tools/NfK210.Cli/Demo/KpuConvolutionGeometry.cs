namespace NfK210.Cli.Demo;

/// <summary>What <see cref="KpuLayerArgument.ForConvolution"/> needs to fill a convolution argument.</summary>
public sealed record KpuConvolutionGeometry
{
    public required int InputChannels { get; init; }
    public required int OutputChannels { get; init; }
    public required int Width { get; init; }
    public required int Height { get; init; }
    public bool Kernel3x3 { get; init; } = true;
    public bool Depthwise { get; init; }
    public int PoolType { get; init; }
    public required int SourceLine { get; init; }
    public required int DestinationLine { get; init; }
    public byte PadValue { get; init; }
    public int ArgX { get; init; }
    public int ShrX { get; init; }
    public int ArgW { get; init; }
    public int ShrW { get; init; }
    public long ArgAdd { get; init; }
    public bool EightBitWeights { get; init; } = true;
}
