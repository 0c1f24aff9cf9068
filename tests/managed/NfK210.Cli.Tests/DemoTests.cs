using NfK210.Cli.Commands;
using NfK210.Cli.Demo;
using NfK210.Cli.Native;

namespace NfK210.Cli.Tests;

/// <summary>The demo's model and C# reference (no native library needed).</summary>
public sealed class DemoTests
{
    [Fact]
    public void DemoImage_HasBackgroundCircleAndSquare()
    {
        byte[] image = DemoImage.Create();

        Assert.Equal(64 * 64, image.Length);
        Assert.Equal(DemoImage.Background, image[0]);
        Assert.Equal(DemoImage.CircleLevel, image[22 * 64 + 20]);
        Assert.Equal(DemoImage.SquareLevel, image[45 * 64 + 45]);
    }

    [Fact]
    public void Reference_FlatRegionsGive128AndEdgesDeviate()
    {
        DemoModel model = DemoModel.Create();
        byte[] q = DemoRun.ExpectedKpuOutput(model, DemoImage.Create(), KpuProfile.Nncase01);

        Assert.Equal(DemoModel.OutputBytes, q.Length);
        int plane = 32 * 32;
        // Interior of the background (no edge in the window): every filter gives conv 0 -> 128 (emboss: 128 + pixel/4).
        Assert.Equal(128, q[0 * plane + 2 * 32 + 28]);
        Assert.Equal(128, q[2 * plane + 2 * 32 + 28]);
        // Some pixels of the Laplacian channel see the edges.
        Assert.Contains(q.AsSpan(2 * plane, plane).ToArray(), v => v > 160);
    }

    [Fact]
    public void Reference_ProfilesDifferOnlyWhereTiesOccur()
    {
        DemoModel model = DemoModel.Create();
        byte[] image = DemoImage.Create();

        byte[] up = DemoRun.ExpectedKpuOutput(model, image, KpuProfile.Nncase01);
        byte[] even = DemoRun.ExpectedKpuOutput(model, image, KpuProfile.Nncase02);
        byte[] trunc = DemoRun.ExpectedKpuOutput(model, image, KpuProfile.Truncate);

        Assert.All(up.Zip(even), p => Assert.InRange(p.First - p.Second, 0, 1));
        Assert.All(up.Zip(trunc), p => Assert.InRange(p.First - p.Second, 0, 1));
    }

    [Theory]
    [InlineData(KpuProfile.Nncase01, 5, 20, 3)] // 2.5 -> 3 (half up)
    [InlineData(KpuProfile.Nncase02, 5, 20, 2)] // 2.5 -> 2 (half to even)
    [InlineData(KpuProfile.Nncase02, 7, 20, 4)] // 3.5 -> 4
    [InlineData(KpuProfile.Truncate, 7, 20, 3)]
    [InlineData(KpuProfile.Nncase01, 7, 0, 7 << 19)] // shift 0: unchanged
    public void RoundShift_FollowsTheProfile(KpuProfile profile, long halves, int shift, long expected)
    {
        long p = shift == 0 ? halves << 19 : halves << (shift - 1);

        Assert.Equal(expected, KpuReference.RoundShift(p, shift, profile));
    }

    [Fact]
    public void CountDifferentFloats_ComparesBytes()
    {
        byte[] a = BitConverter.GetBytes(1f).Concat(BitConverter.GetBytes(2f)).ToArray();
        byte[] b = BitConverter.GetBytes(1f).Concat(BitConverter.GetBytes(2.0000002f)).ToArray();

        Assert.Equal(0, DemoCommand.CountDifferentFloats(a, a));
        Assert.Equal(1, DemoCommand.CountDifferentFloats(a, b));
        Assert.Equal(2, DemoCommand.CountDifferentFloats(a, a.AsSpan(0, 4)));
    }
}
