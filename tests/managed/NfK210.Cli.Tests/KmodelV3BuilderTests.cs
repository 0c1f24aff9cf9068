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
        Assert.Equal(File.BodyOffsets[1], (int)head[5] + 18 * 8); // 16 segment + 2 bias words: 656, already 8-aligned
    }

    [Fact]
    public void ConvArgument_IsTheHandAssembledWords()
    {
        // spec/kpu.md §4 for the demo layer: 1 -> 4 channels, 64x64 -> max-pool 2x2 -> 32x32, 3x3, lines 32704 -> 32640.
        ulong[] expected =
        [
            0, // int_en, ram_flag, full_add, depth_wise_layer
            0x00007F80_00007FC0, // image_dst_addr 32640 [46:32], image_src_addr 32704 [14:0]
            0x0003_0003_00000000, // o_ch_num_coef 4-1 [57:48], o_ch_num 4-1 [41:32], i_ch_num 1-1
            0x00007C1F_0000FC3F, // o_col_high 31 << 42, o_row_wid 31 << 32, i_col_high 63 << 10, i_row_wid 63
            0x00000000_000F0411, // dma_burst_size 15 << 16, load_para << 10, pool_type 1 << 4, kernel_type 1 (3x3)
            0x00000000_00120001, // para_size 36 bytes << 15, load_time 1-1, load_coor 1
            0,
            0x00000000_90010040, // load_act << 31, coef_group 1 << 28, row_switch_addr 1 << 16, channel_switch_addr 64
            0x00000000_00210020, // wb_group 2 << 20, wb_row_switch_addr 1 << 16, wb_channel_switch_addr 32
            0x00C00000_000000F0, // arg_x -128 << 15 = 0xC00000 (24-bit) << 32, shr_x 15 << 4, arg_w 0, shr_w 0
            0, // arg_add
            0x00000FFF_03FF0000, // dma_total_byte 4096-1 << 32, channel_byte_num 1024-1 << 16, send_data_out 0
        ];

        Assert.Equal(expected, File.ArgumentWords(0));
    }

    [Fact]
    public void Weights_AreTapsPlus128InOcIcKyKxOrder()
    {
        byte[] weights = Demo.Kmodel.AsSpan(256, 36).ToArray();

        Assert.Equal(DemoModel.Filters.SelectMany(f => f.Taps).Select(t => (byte)(t + 128)), weights);
        Assert.All(Demo.Kmodel.AsSpan(292, 384 - 292).ToArray(), b => Assert.Equal(0, b));
    }

    [Fact]
    public void BatchNorm_WordsAreTheDivisorsAsPowerOfTwoScales()
    {
        // bn = conv · 1024 / divisor + 128 · 1024: norm_add 131072 = 0x20000 << 24, norm_shift << 56, norm_mul.
        // Divisor 8: scale 128 = 2^22 >> 15; 16: 64 = 2^21 >> 15; 4: 256 = 2^23 >> 15 does not fit 24 signed
        // bits, so 2^22 >> 14.
        ulong[] expected = [0x0F00020000400000, 0x0F00020000400000, 0x0F00020000200000, 0x0E00020000400000];

        Assert.Equal(expected, File.U64s(384, 4));
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
        K210ConvLayer conv = Conv(new KpuLayerArgument
        {
            InputChannels = 2, OutputChannels = 3, Width = 8, Height = 8, SourceLine = 100, DestinationLine = 50,
            EightBitWeights = false,
        });

        byte[] bytes = new KmodelV3Builder().AddConv(conv).AddOutput(0, 192).Build();
        var reader = new KmodelV3TestReader(bytes);

        Assert.Equal(2 * 3 * 9 * 2, conv.Weights.Length);
        Assert.Equal(0u, reader.Flags);
        Assert.Equal(0x00360001UL, reader.ArgumentWords(0)[5]); // para_size 3 · 18 weights · 2 bytes = 108 << 15, load_coor
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

        ArgumentException e = Assert.Throws<ArgumentException>(() => new KmodelV3Builder().AddConv(conv));
        Assert.Contains("36 weight bytes", e.Message);
    }

    [Fact]
    public void Builder_MixedWeightWidths_IsRefused()
    {
        var argument = new KpuLayerArgument
        {
            InputChannels = 1, OutputChannels = 1, Width = 4, Height = 4, SourceLine = 0, DestinationLine = 4,
        };
        var builder = new KmodelV3Builder().AddConv(Conv(argument));

        Assert.Throws<ArgumentException>(() => builder.AddConv(Conv(argument with { EightBitWeights = false })));
    }

    [Fact]
    public void Builder_NoKpuLayers_MaxStartIs32768()
    {
        byte[] bytes = new KmodelV3Builder()
            .AddDequantize(0, 8, 2, 1f, 0f)
            .AddOutput(8, 8)
            .Build();
        var reader = new KmodelV3TestReader(bytes);

        Assert.Equal(1u, reader.Flags);
        Assert.Equal(32768u, reader.MaxStartAddress);
        Assert.Equal(16u, reader.MainMemoryUsage);
        Assert.Equal(44, reader.BodyStart);
        Assert.Equal(28u, reader.Layers[0].BodySize); // 24-byte body + 4 bytes to the absolute 8-byte boundary (68 -> 72)
    }

    [Fact]
    public void Argument_MnistLayer0_IsTheWordsOfTheSpec()
    {
        // spec/kmodel-v3.md §9.1, layer 0 argument of Sipeed's mnist.kmodel.
        ulong[] words =
        [
            0, 0x00007FAC00007FE4, 0x000F000F00000000, 0x0000340D00006C1B, 0x00000000000F0411, 0x0000000000480001, 0,
            0x00000000A001001C, 0x000000000041000E, 0x00C40000000000F0, 0, 0x00000C3F00C30000,
        ];

        var argument = new KpuLayerArgument
        {
            InputChannels = 1, OutputChannels = 16, Width = 28, Height = 28, PoolType = 1,
            SourceLine = 32740, DestinationLine = 32684, ArgX = -3932160, ShrX = 15,
        };

        Assert.Equal(words, argument.ToWords());
    }

    [Fact]
    public void Argument_ValueOutsideItsField_IsRefused()
    {
        var argument = new KpuLayerArgument
        {
            InputChannels = 1, OutputChannels = 1, Width = 4, Height = 4, SourceLine = 0, DestinationLine = 4,
        };

        Assert.Throws<ArgumentOutOfRangeException>(() => (argument with { ArgX = 1 << 23 }).ToWords()); // signed 24-bit
        Assert.Throws<ArgumentOutOfRangeException>(() => (argument with { SourceLine = 32768 }).ToWords()); // 15 bits
        Assert.Equal(0xFFFFFFUL << 8, (argument with { ArgW = -1 }).ToWords()[9]);
    }

    [Fact]
    public void BatchNormWord_MnistExample_IsTheSpecWord()
    {
        // spec/kmodel-v3.md §9.1: 0x0F00003DAB00DF2B = shift 15, add 15787, mul 57131.
        Assert.Equal(0x0F00003DAB00DF2BUL, new KpuBatchNormEntry(57131, 15787, 15).ToWord());
    }

    [Fact]
    public void BatchNormWord_NegativeFields_AreTwosComplementInTheirBits()
    {
        // mul −1 → 0xFFFFFF [23:0], add −2 → 0xFFFFFFFE [55:24], shift 3 [59:56].
        Assert.Equal(0x03FFFFFFFEFFFFFFUL, new KpuBatchNormEntry(-1, -2, 3).ToWord());
        Assert.Throws<ArgumentOutOfRangeException>(() => new KpuBatchNormEntry(1 << 23, 0, 0).ToWord());
        Assert.Throws<ArgumentOutOfRangeException>(() => new KpuBatchNormEntry(1, 0, 16).ToWord());
    }

    /// <summary>A layer for <paramref name="argument"/> with zero weights and batch-norm and the rc5 table.</summary>
    private static K210ConvLayer Conv(KpuLayerArgument argument) => new()
    {
        Argument = argument,
        Weights = new byte[argument.WeightBytes],
        BatchNorm = new ulong[argument.OutputChannels],
        Activation = KpuActivationTable.Rc5Standard(),
        MainMemoryOutput = 0,
    };
}
