using NfK210.Cli.Model;
using NfK210.Cli.Outputs;

namespace NfK210.Cli.Tests;

public sealed class OutputSummaryTests
{
    private static readonly OutputDescription Float = new(0, 0, 12, "f32");

    [Fact]
    public void Describe_FewFloats_PrintsValuesAndArgmax()
    {
        byte[] bytes = new[] { 0.25f, 2.5f, -1f }.SelectMany(BitConverter.GetBytes).ToArray();

        string s = OutputSummary.Describe(0, bytes, Float);

        Assert.Equal("out0: 12 bytes, f32 x 3 [0.25, 2.5, -1], argmax 1 (2.5)", s);
    }

    [Fact]
    public void Describe_ManyFloats_OmitsValues()
    {
        byte[] bytes = Enumerable.Range(0, 21).Select(i => (float)(i == 7 ? 9 : 0)).SelectMany(BitConverter.GetBytes).ToArray();

        string s = OutputSummary.Describe(2, bytes, new OutputDescription(2, 0, 84, "f32"));

        Assert.Equal("out2: 84 bytes, f32 x 21, argmax 7 (9)", s);
    }

    [Fact]
    public void Describe_Bytes_PrintsU8AndArgmax()
    {
        string s = OutputSummary.Describe(1, [3, 9, 9, 1], null);

        Assert.Equal("out1: 4 bytes, u8 x 4 [3, 9, 9, 1], argmax 1 (9)", s);
    }

    [Fact]
    public void ArgMax_IgnoresNaN()
    {
        Assert.Equal(1, OutputSummary.ArgMax([float.NaN, 1f, 0f]));
        Assert.Equal(-1, OutputSummary.ArgMax([]));
    }
}
