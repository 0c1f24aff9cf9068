using System.Text.Json;
using NfK210.Cli.Demo;
using NfK210.Cli.Native;

namespace NfK210.Cli.Tests;

/// <summary>
/// The builder, the argument factory and the C# KPU reference against the V3 conformance vectors in
/// ../shared/vectors/kpu (kmodels written as nncase rc5 writes them, outputs from nncase's rc5 emulator).
/// </summary>
public sealed class KpuVectorTests
{
    private static IEnumerable<string> V3Cases() =>
        Directory.EnumerateDirectories(TestPaths.Shared("vectors", "kpu"), "v3-*").Order(StringComparer.Ordinal);

    [SharedFact]
    public void Builder_RebuildsEveryV3VectorByteForByte()
    {
        var failures = new List<string>();
        int checkedCases = 0;
        foreach (string dir in V3Cases())
        {
            byte[] original = File.ReadAllBytes(Path.Combine(dir, "model.kmodel"));
            var reader = new KmodelV3TestReader(original);
            var builder = new KmodelV3Builder { EightBitWeights = (reader.Flags & 1) == 1 };
            for (int i = 0; i < reader.LayerCount; i++)
            {
                Assert.Equal(KmodelV3LayerType.K210Conv, reader.Layers[i].Type);
                builder.AddConv(reader.ReadConv(i));
            }

            foreach ((uint address, uint size) in reader.Outputs)
            {
                builder.AddOutput(address, size);
            }

            byte[] rebuilt = builder.Build();
            checkedCases++;
            if (!rebuilt.AsSpan().SequenceEqual(original))
            {
                int at = 0;
                while (at < Math.Min(rebuilt.Length, original.Length) && rebuilt[at] == original[at])
                {
                    at++;
                }

                failures.Add($"{Path.GetFileName(dir)}: first difference at byte {at} " +
                             $"(lengths {rebuilt.Length} vs {original.Length})");
            }
        }

        Assert.True(checkedCases >= 20, $"only {checkedCases} V3 cases found");
        Assert.Empty(failures);
    }

    [SharedFact]
    public void ForConvolution_FillsArgumentsAsTheVectorsStoreThem()
    {
        var failures = new List<string>();
        foreach (string dir in V3Cases())
        {
            var reader = new KmodelV3TestReader(File.ReadAllBytes(Path.Combine(dir, "model.kmodel")));
            for (int i = 0; i < reader.LayerCount; i++)
            {
                ulong[] stored = reader.ArgumentWords(i);
                KpuLayerArgument a = KpuLayerArgument.FromWords(stored);
                KpuLayerArgument made = KpuLayerArgument.ForConvolution(new KpuConvolutionGeometry
                {
                    InputChannels = a.InputChannels,
                    OutputChannels = a.OutputChannels,
                    Width = a.InputWidth,
                    Height = a.InputHeight,
                    Kernel3x3 = a.KernelType == 1,
                    Depthwise = a.Depthwise,
                    PoolType = a.PoolType,
                    SourceLine = a.ImageSrcLine,
                    DestinationLine = a.ImageDstLine,
                    PadValue = a.PadValue,
                    ArgX = a.ArgX,
                    ShrX = a.ShrX,
                    ArgW = a.ArgW,
                    ShrW = a.ShrW,
                    ArgAdd = a.ArgAdd,
                    EightBitWeights = (reader.Flags & 1) == 1,
                });
                if (!made.ToWords().SequenceEqual(stored))
                {
                    failures.Add($"{Path.GetFileName(dir)} layer {i}: {made} vs stored {a}");
                }
            }
        }

        Assert.Empty(failures);
    }

    [SharedFact]
    public void KpuReference_ReproducesTheSingleLayerNncase01Vectors()
    {
        int compared = 0;
        var failures = new List<string>();
        foreach (string dir in V3Cases())
        {
            using JsonDocument caseJson = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "case.json")));
            string profile = caseJson.RootElement.GetProperty("profile").GetString()!;
            var reader = new KmodelV3TestReader(File.ReadAllBytes(Path.Combine(dir, "model.kmodel")));
            if (reader.LayerCount != 1 || (reader.Flags & 1) != 1)
            {
                continue; // chained layers and 16-bit weights are beyond the demo's reference
            }

            K210ConvLayer conv = reader.ReadConv(0);
            if (conv.Argument.PoolType > 5)
            {
                continue;
            }

            byte[] input = File.ReadAllBytes(Path.Combine(dir, "input.bin"));
            byte[] expected = File.ReadAllBytes(Path.Combine(dir, "expected.bin"));
            byte[] actual = KpuReference.Run(conv, input, KpuProfileNames.Parse(profile));
            compared++;
            if (!actual.AsSpan().SequenceEqual(expected))
            {
                int diff = actual.Zip(expected).Count(p => p.First != p.Second);
                failures.Add($"{Path.GetFileName(dir)}: {diff} of {expected.Length} bytes differ");
            }
        }

        Assert.True(compared >= 5, $"only {compared} cases compared");
        Assert.Empty(failures);
    }

    [SharedFact]
    public void MnistKmodel_Layer0ActivationIsTheRc5StandardTable()
    {
        var reader = new KmodelV3TestReader(File.ReadAllBytes(TestPaths.Shared("models", "v3-maix-mnist", "mnist.kmodel")));
        K210ConvLayer conv = reader.ReadConv(0);

        Assert.Equal(KpuActivationTable.Rc5Standard().ToWords(), conv.Activation.ToWords());
        Assert.Equal(0x300u, reader.ConvHead(0)[5]);
    }
}
