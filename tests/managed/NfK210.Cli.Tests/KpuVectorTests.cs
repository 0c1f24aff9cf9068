using NfK210.Cli.Demo;

namespace NfK210.Cli.Tests;

/// <summary>
/// The argument packing and the builder against the V3 conformance vectors in ../shared/vectors/kpu, whose kmodels
/// nncase rc5 wrote: the layer geometry that each case.json states gives the stored argument words, and the builder
/// lays the case's weights, batch-norm and activation words out into the very same file. (Whether the native
/// library computes each case's expected.bin is checked by NativeVectorTests.)
/// </summary>
public sealed class KpuVectorTests
{
    [SharedFact]
    public void Arguments_FromTheCaseGeometry_AreTheStoredWords()
    {
        var failures = new List<string>();
        int layers = 0;
        foreach (V3VectorCase c in V3VectorCase.All())
        {
            Assert.Equal(c.Arguments.Length, c.Model.LayerCount);
            for (int i = 0; i < c.Arguments.Length; i++)
            {
                KpuLayerArgument a = c.Arguments[i];
                layers++;
                Assert.Equal(c.OutputChw[i], (a.OutputChannels, a.OutputHeight, a.OutputWidth));
                ulong[] stored = c.Model.ArgumentWords(i);
                ulong[] made = a.ToWords();
                if (!made.SequenceEqual(stored))
                {
                    int word = Enumerable.Range(0, 12).First(w => made[w] != stored[w]);
                    failures.Add($"{c.Name} layer {i}: word {word} is 0x{made[word]:X16}, stored 0x{stored[word]:X16}");
                }
            }
        }

        Assert.True(layers >= 20, $"only {layers} V3 layers found");
        Assert.Empty(failures);
    }

    [SharedFact]
    public void Builder_RebuildsEveryV3VectorByteForByte()
    {
        var failures = new List<string>();
        int checkedCases = 0;
        foreach (V3VectorCase c in V3VectorCase.All())
        {
            KmodelV3TestReader reader = c.Model;
            var builder = new KmodelV3Builder();
            for (int i = 0; i < reader.LayerCount; i++)
            {
                Assert.Equal(KmodelV3Builder.K210ConvType, reader.Layers[i].Type);
                KpuLayerArgument a = c.Arguments[i];
                uint[] head = reader.ConvHead(i);
                builder.AddConv(new K210ConvLayer
                {
                    Argument = a,
                    Weights = reader.File.AsSpan((int)head[3], a.WeightBytes).ToArray(),
                    BatchNorm = reader.U64s((int)head[4], a.OutputChannels),
                    Activation = reader.U64s((int)head[5], 18),
                    MainMemoryOutput = (head[0] & 1) == 1 ? head[1] : null,
                });
            }

            foreach ((uint address, uint size) in reader.Outputs)
            {
                builder.AddOutput(address, size);
            }

            byte[] rebuilt = builder.Build();
            byte[] original = reader.File;
            checkedCases++;
            if (!rebuilt.AsSpan().SequenceEqual(original))
            {
                int at = 0;
                while (at < Math.Min(rebuilt.Length, original.Length) && rebuilt[at] == original[at])
                {
                    at++;
                }

                failures.Add($"{c.Name}: first difference at byte {at} (lengths {rebuilt.Length} vs {original.Length})");
            }
        }

        Assert.True(checkedCases >= 20, $"only {checkedCases} V3 cases found");
        Assert.Empty(failures);
    }

    [SharedFact]
    public void MnistKmodel_Layer0ActivationIsTheRc5StandardTable()
    {
        var reader = new KmodelV3TestReader(File.ReadAllBytes(TestPaths.Shared("models", "v3-maix-mnist", "mnist.kmodel")));
        uint[] head = reader.ConvHead(0);

        Assert.Equal(0x300u, head[5]);
        Assert.Equal(reader.U64s((int)head[5], 18), KpuActivationTable.Rc5Standard());
    }
}
