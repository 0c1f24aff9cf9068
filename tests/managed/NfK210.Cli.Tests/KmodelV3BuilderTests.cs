using System.Buffers.Binary;
using NfK210.Cli.Demo;

namespace NfK210.Cli.Tests;

/// <summary>The demo model's bytes against spec/kmodel-v3.md §1–3 and spec/kpu.md §4–5.</summary>
public sealed class KmodelV3BuilderTests
{
    private static readonly DemoModel Demo = DemoModel.Create();
    private static readonly KmodelV3TestReader File = new(Demo.Kmodel);

    [Fact]
    public void Header_HasV3FieldsOfTheDemo()
    {
        Assert.Equal(3u, File.Version);
        Assert.Equal(1u, File.Flags); // 8-bit weights
        Assert.Equal(0u, File.Arch);
        Assert.Equal(2, File.LayerCount);
        Assert.Equal(32640u, File.MaxStartAddress); // output map 32640…32703 below the input 32704…32767
        Assert.Equal(20480u, File.MainMemoryUsage); // 4096 u8 + 16384 f32
        Assert.Equal(1, File.OutputCount);
        Assert.Equal((4096u, 16384u), File.Outputs[0]);
    }

    [Fact]
    public void LayerTable_TypesAndBodySizes()
    {
        Assert.Equal(52, File.BodyStart); // 28 + 8·1 + 8·2
        Assert.Equal((10240u, 604u), File.Layers[0]);
        Assert.Equal((12u, 24u), File.Layers[1]);
        Assert.Equal(File.BodyEnd, Demo.Kmodel.Length);
        Assert.Equal(680, Demo.Kmodel.Length);
    }

    [Fact]
    public void ConvBody_BlocksAreAlignedAtAbsoluteOffsets()
    {
        uint[] head = File.ConvHead(0);

        Assert.Equal(1u, head[0]); // MAIN_MEM_OUT
        Assert.Equal(0u, head[1]);
        Assert.Equal(80u, head[2]); // body 52 + 24-byte head = 76 -> 8-aligned
        Assert.Equal(256u, head[3]); // 80 + 96 = 176 -> 128-aligned
        Assert.Equal(384u, head[4]); // 256 + 36 = 292 -> 128-aligned
        Assert.Equal(512u, head[5]); // 384 + 32 = 416 -> 256-aligned
        Assert.Equal(0u, head[2] % 8);
        Assert.Equal(0u, head[3] % 128);
        Assert.Equal(0u, head[4] % 128);
        Assert.Equal(0u, head[5] % 256);
        Assert.Equal(File.BodyOffsets[1], (int)head[5] + KpuActivationTable.Bytes); // 656: already 8-aligned
    }

    [Fact]
    public void ConvArgument_DecodesToTheDemoLayer()
    {
        KpuLayerArgument a = KpuLayerArgument.FromWords(File.ArgumentWords(0));

        Assert.Equal((1, 4, 4), (a.InputChannels, a.OutputChannels, a.OutputChannelsPerLoad));
        Assert.Equal((64, 64, 32, 32), (a.InputWidth, a.InputHeight, a.OutputWidth, a.OutputHeight));
        Assert.Equal((32704, 32640), (a.ImageSrcLine, a.ImageDstLine));
        Assert.Equal((1, 1, 0), (a.KernelType, a.PoolType, a.PadType));
        Assert.Equal((1, 36), (a.Loads, a.ParaSize));
        Assert.Equal((64, 1, 1), (a.ChannelSwitchAddr, a.RowSwitchAddr, a.CoefGroup));
        Assert.Equal((32, 1, 2), (a.WbChannelSwitchAddr, a.WbRowSwitchAddr, a.WbGroup));
        Assert.Equal((-128 << 15, 15, 0, 0, 0L), (a.ArgX, a.ShrX, a.ArgW, a.ShrW, a.ArgAdd));
        Assert.Equal((1023, 4095u), (a.ChannelByteNum, a.DmaTotalByte));
        Assert.True(a.LoadPara && a.LoadCoor && a.LoadAct);
        Assert.Equal(15, a.DmaBurstSize);
        Assert.False(a.InterruptEnabled || a.SendDataOut || a.Depthwise);
        Assert.Equal((0u, 0u, 0u), (a.BwsxBaseAddr, a.ParaStartAddr, a.ActiveAddr));
    }

    [Fact]
    public void Weights_AreTapsPlus128InOcIcKyKxOrder()
    {
        byte[] weights = Demo.Kmodel.AsSpan(256, 36).ToArray();

        Assert.Equal(DemoModel.Filters.SelectMany(f => f.Taps).Select(t => (byte)(t + 128)), weights);
        Assert.All(Demo.Kmodel.AsSpan(292, 384 - 292).ToArray(), b => Assert.Equal(0, b));
    }

    [Fact]
    public void BatchNorm_MapsConvToAbout128PlusConvOverDivisor()
    {
        for (int c = 0; c < DemoModel.Channels; c++)
        {
            KpuBatchNormEntry bn = KpuBatchNormEntry.FromWord(File.U64(384 + 8 * c));
            int divisor = DemoModel.Filters[c].Divisor;

            Assert.Equal(128 * 1024, bn.Add);
            Assert.Equal(128 * 1024 + 1024 * 8 / divisor, bn.Apply(8)); // exact for these power-of-two divisors
            Assert.Equal(128 * 1024 - 1024 * 40 / divisor, bn.Apply(-40));
        }
    }

    [Fact]
    public void Activation_IsTheRc5StandardTable()
    {
        ulong[] words = Enumerable.Range(0, 18).Select(i => File.U64(512 + 8 * i)).ToArray();

        Assert.Equal(0x0800000000000000UL, words[0]); // start −2^35, mul 0, shift 0
        Assert.Equal(0x0F7D4CF4B8000000UL, words[1]);
        Assert.Equal(0x0FFFD4A9B7000000UL, words[9]);
        Assert.Equal(0x0000000000040014UL, words[10]); // start 0, mul 1024, shift 20
        Assert.Equal(0x07FFFFFFF0000000UL, words[11]);
        Assert.Equal(0x07FFFFFFF4000000UL, words[15]);
        Assert.Equal(0UL, words[16]);
        Assert.Equal(0UL, words[17]);
    }

    [Fact]
    public void DequantizeBody_IsTheSpecLayout()
    {
        int body = File.BodyOffsets[1];

        Assert.Equal(656, body);
        Assert.Equal(1u, File.U32(body)); // flags
        Assert.Equal(0u, File.U32(body + 4)); // in
        Assert.Equal(4096u, File.U32(body + 8)); // out
        Assert.Equal(4096u, File.U32(body + 12)); // count
        Assert.Equal(1f / 255f, BinaryPrimitives.ReadSingleLittleEndian(Demo.Kmodel.AsSpan(body + 16)));
        Assert.Equal(0f, BinaryPrimitives.ReadSingleLittleEndian(Demo.Kmodel.AsSpan(body + 20)));
    }

    [Fact]
    public void Builder_16BitWeights_ClearsFlagAndDoublesTheWeightBytes()
    {
        KpuLayerArgument a = KpuLayerArgument.ForConvolution(new KpuConvolutionGeometry
        {
            InputChannels = 2, OutputChannels = 3, Width = 8, Height = 8, SourceLine = 100, DestinationLine = 50,
            EightBitWeights = false,
        });
        var conv = new K210ConvLayer
        {
            Argument = a,
            Weights = new byte[2 * 3 * 9 * 2],
            BatchNorm = new KpuBatchNormEntry[3],
            Activation = KpuActivationTable.Rc5Standard(),
            MainMemoryOutput = 0,
        };

        byte[] bytes = new KmodelV3Builder { EightBitWeights = false }.AddConv(conv).AddOutput(0, 192).Build();
        var reader = new KmodelV3TestReader(bytes);

        Assert.Equal(0u, reader.Flags);
        Assert.Equal(108, a.ParaSize);
        Assert.Equal(50u, reader.MaxStartAddress);
        Assert.Equal(192u, reader.MainMemoryUsage);
        Assert.Equal(bytes.Length, reader.BodyEnd);
        Assert.Equal(0, bytes.Length % 8);
    }

    [Fact]
    public void Builder_WrongWeightCount_IsRefused()
    {
        var conv = new K210ConvLayer
        {
            Argument = Demo.Conv.Argument,
            Weights = new byte[35],
            BatchNorm = Demo.Conv.BatchNorm,
            Activation = Demo.Conv.Activation,
        };

        Assert.Throws<ArgumentException>(() => new KmodelV3Builder().AddConv(conv));
    }

    [Fact]
    public void Builder_NoKpuLayers_MaxStartIs32768()
    {
        byte[] bytes = new KmodelV3Builder()
            .AddCpuLayer(KmodelV3LayerType.Dequantize, CpuLayerBodies.Dequantize(0, 8, 2, 1f, 0f))
            .AddOutput(8, 8)
            .Build();
        var reader = new KmodelV3TestReader(bytes);

        Assert.Equal(32768u, reader.MaxStartAddress);
        Assert.Equal(16u, reader.MainMemoryUsage);
        Assert.Equal(44, reader.BodyStart);
        Assert.Equal(28u, reader.Layers[0].BodySize); // 24-byte body + 4 bytes to the absolute 8-byte boundary (68 -> 72)
    }

    [Fact]
    public void Argument_MnistLayer0WordsFromTheSpec_RoundTrip()
    {
        // spec/kmodel-v3.md §9.1, layer 0 argument of Sipeed's mnist.kmodel.
        ulong[] words =
        [
            0, 0x00007FAC00007FE4, 0x000F000F00000000, 0x0000340D00006C1B, 0x00000000000F0411, 0x0000000000480001, 0,
            0x00000000A001001C, 0x000000000041000E, 0x00C40000000000F0, 0, 0x00000C3F00C30000,
        ];

        KpuLayerArgument a = KpuLayerArgument.FromWords(words);

        Assert.Equal(words, a.ToWords());
        Assert.Equal((32740, 32684), (a.ImageSrcLine, a.ImageDstLine));
        Assert.Equal((1, 16, 16), (a.InputChannels, a.OutputChannels, a.OutputChannelsPerLoad));
        Assert.Equal((28, 28, 14, 14), (a.InputWidth, a.InputHeight, a.OutputWidth, a.OutputHeight));
        Assert.Equal(-3932160, a.ArgX);
        Assert.Equal((195, 3135u), (a.ChannelByteNum, a.DmaTotalByte));
        Assert.Equal(144, a.ParaSize);

        KpuLayerArgument rebuilt = KpuLayerArgument.ForConvolution(new KpuConvolutionGeometry
        {
            InputChannels = 1, OutputChannels = 16, Width = 28, Height = 28, PoolType = 1,
            SourceLine = 32740, DestinationLine = 32684, ArgX = -3932160, ShrX = 15,
        });
        Assert.Equal(words, rebuilt.ToWords());
    }

    [Fact]
    public void BatchNormWord_MnistExample_Decodes()
    {
        // spec/kmodel-v3.md §9.1: 0x0F00003DAB00DF2B -> mul 57131, add 15787, shift 15.
        KpuBatchNormEntry bn = KpuBatchNormEntry.FromWord(0x0F00003DAB00DF2B);

        Assert.Equal(new KpuBatchNormEntry(57131, 15787, 15), bn);
        Assert.Equal(0x0F00003DAB00DF2BUL, bn.ToWord());
        Assert.Equal(266092, bn.Apply(143565)); // the hand trace of §9.1
    }
}
