namespace NfK210.Cli.Demo;

/// <summary>Layer type codes of kmodel V3 used by the builder (spec/kmodel-v3.md §2).</summary>
public static class KmodelV3LayerType
{
    public const uint Quantize = 11;
    public const uint Dequantize = 12;
    public const uint Softmax = 15;
    public const uint K210Conv = 10240;
}
