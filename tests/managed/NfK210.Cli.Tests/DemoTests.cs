using NfK210.Cli.Demo;
using NfK210.Cli.Native;
using NfK210.Cli.Outputs;

namespace NfK210.Cli.Tests;

/// <summary>
/// The demo's image, and the demo model run on the native library against output pixels worked out by hand.
///
/// How the demo layer turns a 3×3 input window x into an output byte q (DemoModel; spec/kpu.md §7):
/// * conv: weights are stored as t + 128 and arg_x = −128·2^15 &gt;&gt; 15 adds −128·Σx, so conv = Σ x·t exactly;
///   outside the image the window reads pad_value 0.
/// * batch-norm (FromScale(1024 / d, 128·1024) per filter divisor d): d = 8 → mul 2^22, shift 15 (conv·128);
///   d = 16 → mul 2^21, shift 15 (conv·64); d = 4 → 2^23 does not fit in 24 signed bits, so mul 2^22, shift 14
///   (conv·256). So bn = 131072 + conv·1024/d, exactly.
/// * activation, rc5 standard table: bn ≥ 0 falls in segment 10 (start 0, mul 1024, shift 20), so the output is
///   round(bn·1024 / 2^20) = round(128 + conv/d), clamped to 0…255; exact .5 ties go up under nncase-0.1, to even
///   under nncase-0.2, and truncate drops the fraction.
/// * max-pool 2×2: q(oy, ox) = the largest of the four pixels (2·oy + 0/1, 2·ox + 0/1).
/// * DEQUANTIZE: output = (f32)q · (1/255f) + 0.
///
/// Filters: Sobel X [−1 0 1; −2 0 2; −1 0 1] / 8, Sobel Y [−1 −2 −1; 0 0 0; 1 2 1] / 8,
/// Laplacian [−1 −1 −1; −1 8 −1; −1 −1 −1] / 16, emboss [−2 −1 0; −1 1 1; 0 1 2] / 4 (its taps sum to 1).
/// Image (DemoImage, 64×64): background 24; circle 230 centred at (x 19.84, y 21.76), radius 13.44; square 150 at
/// x 35…55, y 31…51.
///
/// (oy 2, ox 28): pixels y 4–5, x 56–57; every window (y 3–6, x 55–58) is background 24.
///   Sobel X, Sobel Y, Laplacian: taps sum to 0 → conv 0 → 128. emboss: conv 24 → 128 + 6 = 134.
/// (oy 0, ox 5): pixels y 0–1, x 10–11; window rows of (0, x): [0 0 0] (padding), [24 24 24], [24 24 24].
///   Sobel X: rows uniform → 0 → 128. Sobel Y: (24 + 48 + 24) − 0 = 96 → 128 + 12 = 140.
///   Laplacian: 8·24 − 5·24 = 72 → 128 + 4.5 = 132.5 → 133 (nncase-0.1), 132 (nncase-0.2), 132 (truncate).
///   emboss: 0 + (−1 + 1 + 1)·24 + (0 + 1 + 2)·24 = 96 → 152. Row y 1 is all background: 128, 128, 128, 134.
/// (oy 0, ox 0): the corner. (0, 0): rows [0 0 0], [0 24 24], [0 24 24]: Sobel X 2·24 + 24 = 72 → 137;
///   Sobel Y 2·24 + 24 = 72 → 137; Laplacian 8·24 − 3·24 = 120 → 135.5; emboss (24 + 24) + (24 + 2·24) = 120 → 158.
///   (0, 1) is the (0, 10) case above: 128, 140, 132.5, 152. (1, 0): rows [0 24 24] ×3: Sobel X 4·24 = 96 → 140;
///   Sobel Y 0 → 128; Laplacian 8·24 − 5·24 = 72 → 132.5; emboss −24 + 48 + 72 = 96 → 152. (1, 1): 128, 128, 128, 134.
///   Max: 140, 140, 135.5 → 136 (nncase-0.1, nncase-0.2) or 135 (truncate), 158.
/// (oy 20, ox 17): pixels y 40–41, x 34–35, at the square's left edge (rows 39–42 are all inside it, so every
///   window row is the same): x 34 sees [24 24 150], x 35 sees [24 150 150].
///   Sobel X: 4·(150 − 24) = 504 → 128 + 63 = 191 at both. Sobel Y: 0 → 128.
///   Laplacian: x 34: 8·24 − (3·198 − 24) = −378 → 104.375; x 35: 8·150 − (3·324 − 150) = 378 → 151.625 → 152
///   (151 truncated). emboss, −3a + b + 3c per row [a b c]: x 35: −72 + 150 + 450 = 528 → 260 → clamped 255.
/// (oy 10, ox 10): pixels y 20–21, x 20–21, windows y 19–22, x 19–22: all inside the circle (230).
///   Sobel X, Sobel Y, Laplacian: 128. emboss: 128 + 230/4 = 185.5 → 186 (nncase-0.1, nncase-0.2), 185 (truncate).
/// </summary>
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
        Assert.Equal(DemoImage.SquareLevel, image[31 * 64 + 35]); // the square's top-left pixel
        Assert.Equal(DemoImage.Background, image[31 * 64 + 34]);
        Assert.Equal(DemoImage.Background, image[30 * 64 + 35]);
    }

    [NativeTheory]
    [InlineData(KpuProfile.Nncase01, 2, 28, 128, 128, 128, 134)]
    [InlineData(KpuProfile.Nncase02, 2, 28, 128, 128, 128, 134)]
    [InlineData(KpuProfile.Truncate, 2, 28, 128, 128, 128, 134)]
    [InlineData(KpuProfile.Nncase01, 0, 5, 128, 140, 133, 152)]
    [InlineData(KpuProfile.Nncase02, 0, 5, 128, 140, 132, 152)]
    [InlineData(KpuProfile.Truncate, 0, 5, 128, 140, 132, 152)]
    [InlineData(KpuProfile.Auto, 0, 5, 128, 140, 133, 152)] // V3 -> nncase-0.1
    [InlineData(KpuProfile.Nncase01, 0, 0, 140, 140, 136, 158)]
    [InlineData(KpuProfile.Nncase02, 0, 0, 140, 140, 136, 158)]
    [InlineData(KpuProfile.Truncate, 0, 0, 140, 140, 135, 158)]
    [InlineData(KpuProfile.Nncase01, 20, 17, 191, 128, 152, 255)]
    [InlineData(KpuProfile.Nncase02, 20, 17, 191, 128, 152, 255)]
    [InlineData(KpuProfile.Truncate, 20, 17, 191, 128, 151, 255)]
    [InlineData(KpuProfile.Nncase01, 10, 10, 128, 128, 128, 186)]
    [InlineData(KpuProfile.Nncase02, 10, 10, 128, 128, 128, 186)]
    [InlineData(KpuProfile.Truncate, 10, 10, 128, 128, 128, 185)]
    public void NativeRun_GivesTheHandWorkedPixels(
        KpuProfile profile, int oy, int ox, byte sobelX, byte sobelY, byte laplacian, byte emboss)
    {
        using NfkModel model = NfkModel.Load(DemoModel.Create().Kmodel, profile);
        model.Run(DemoImage.Create());
        float[] output = OutputSummary.ToFloats(model.GetOutput(0));

        int plane = 32 * 32;
        Assert.Equal(4 * plane, output.Length);
        float[] expected = new[] { sobelX, sobelY, laplacian, emboss }.Select(q => q * (1f / 255f) + 0f).ToArray();
        float[] actual = Enumerable.Range(0, 4).Select(c => output[c * plane + oy * 32 + ox]).ToArray();
        Assert.Equal(expected, actual);
    }
}
