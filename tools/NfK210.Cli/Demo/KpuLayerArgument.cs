namespace NfK210.Cli.Demo;

/// <summary>
/// The 12-word KPU layer argument (spec/kpu.md §4), with counts decoded (fields stored as "count − 1" in hardware
/// appear here as counts). <see cref="ToWords"/> and <see cref="FromWords"/> round-trip every defined field;
/// reserved bits are written as 0.
/// </summary>
public sealed record KpuLayerArgument
{
    // Word 0
    public bool InterruptEnabled { get; init; }
    public bool RamFlag { get; init; }
    public bool FullAdd { get; init; }
    public bool Depthwise { get; init; }

    // Word 1
    public int ImageSrcLine { get; init; }
    public int ImageDstLine { get; init; }

    // Word 2
    public int InputChannels { get; init; } = 1;
    public int OutputChannels { get; init; } = 1;
    public int OutputChannelsPerLoad { get; init; } = 1;

    // Word 3
    public int InputWidth { get; init; } = 1;
    public int InputHeight { get; init; } = 1;
    public int OutputWidth { get; init; } = 1;
    public int OutputHeight { get; init; } = 1;

    // Word 4
    /// <summary>0 = 1×1, 1 = 3×3.</summary>
    public int KernelType { get; init; }
    public int PadType { get; init; }
    public int PoolType { get; init; }
    public bool FirstStride { get; init; }
    public bool BypassConv { get; init; }
    public bool LoadPara { get; init; } = true;
    public int DmaBurstSize { get; init; } = 15;
    public byte PadValue { get; init; }
    public uint BwsxBaseAddr { get; init; }

    // Word 5
    public bool LoadCoor { get; init; } = true;
    /// <summary>Number of weight loads (load_time + 1).</summary>
    public int Loads { get; init; } = 1;
    public int ParaSize { get; init; }
    public uint ParaStartAddr { get; init; }

    // Word 6
    public int CoefColumnOffset { get; init; }
    public int CoefRowOffset { get; init; }

    // Word 7
    public int ChannelSwitchAddr { get; init; }
    public int RowSwitchAddr { get; init; }
    public int CoefSize { get; init; }
    public int CoefGroup { get; init; }
    public bool LoadAct { get; init; } = true;
    public uint ActiveAddr { get; init; }

    // Word 8
    public int WbChannelSwitchAddr { get; init; }
    public int WbRowSwitchAddr { get; init; }
    public int WbGroup { get; init; }

    // Word 9
    public int ShrW { get; init; }
    public int ShrX { get; init; }
    /// <summary>Signed 24-bit.</summary>
    public int ArgW { get; init; }
    /// <summary>Signed 24-bit.</summary>
    public int ArgX { get; init; }

    // Word 10
    /// <summary>Signed 40-bit.</summary>
    public long ArgAdd { get; init; }

    // Word 11
    public bool SendDataOut { get; init; }
    /// <summary>OW × OH − 1 (stored as is).</summary>
    public int ChannelByteNum { get; init; }
    /// <summary>OW × OH × OC − 1 (stored as is).</summary>
    public uint DmaTotalByte { get; init; }

    public int KernelSize => KernelType == 1 ? 3 : 1;

    /// <summary>Number of weight elements: OC·K·K (depthwise) or OC·IC·K·K.</summary>
    public int WeightCount => OutputChannels * (Depthwise ? 1 : InputChannels) * KernelSize * KernelSize;

    public ulong[] ToWords()
    {
        var w = new ulong[12];
        w[0] = Bit(InterruptEnabled, 0) | Bit(RamFlag, 1) | Bit(FullAdd, 2) | Bit(Depthwise, 3);
        w[1] = Field(ImageSrcLine, 0, 15) | Field(ImageDstLine, 32, 15);
        w[2] = Field(InputChannels - 1, 0, 10) | Field(OutputChannels - 1, 32, 10) |
               Field(OutputChannelsPerLoad - 1, 48, 10);
        w[3] = Field(InputWidth - 1, 0, 10) | Field(InputHeight - 1, 10, 9) | Field(OutputWidth - 1, 32, 10) |
               Field(OutputHeight - 1, 42, 9);
        w[4] = Field(KernelType, 0, 3) | Field(PadType, 3, 1) | Field(PoolType, 4, 4) | Bit(FirstStride, 8) |
               Bit(BypassConv, 9) | Bit(LoadPara, 10) | Field(DmaBurstSize, 16, 8) | Field(PadValue, 24, 8) |
               Field(BwsxBaseAddr, 32, 32);
        w[5] = Bit(LoadCoor, 0) | Field(Loads - 1, 1, 6) | Field(ParaSize, 15, 17) | Field(ParaStartAddr, 32, 32);
        w[6] = Field(CoefColumnOffset, 0, 4) | Field(CoefRowOffset, 4, 12);
        w[7] = Field(ChannelSwitchAddr, 0, 15) | Field(RowSwitchAddr, 16, 4) | Field(CoefSize, 20, 8) |
               Field(CoefGroup, 28, 3) | Bit(LoadAct, 31) | Field(ActiveAddr, 32, 32);
        w[8] = Field(WbChannelSwitchAddr, 0, 15) | Field(WbRowSwitchAddr, 16, 4) | Field(WbGroup, 20, 3);
        w[9] = Field(ShrW, 0, 4) | Field(ShrX, 4, 4) | SignedField(ArgW, 8, 24) | SignedField(ArgX, 32, 24);
        w[10] = SignedField(ArgAdd, 0, 40);
        w[11] = Bit(SendDataOut, 0) | Field(ChannelByteNum, 16, 16) | Field(DmaTotalByte, 32, 32);
        return w;
    }

    public static KpuLayerArgument FromWords(ReadOnlySpan<ulong> w)
    {
        if (w.Length != 12)
        {
            throw new ArgumentException($"a layer argument has 12 words, got {w.Length}", nameof(w));
        }

        return new KpuLayerArgument
        {
            InterruptEnabled = Get(w[0], 0, 1) != 0,
            RamFlag = Get(w[0], 1, 1) != 0,
            FullAdd = Get(w[0], 2, 1) != 0,
            Depthwise = Get(w[0], 3, 1) != 0,
            ImageSrcLine = (int)Get(w[1], 0, 15),
            ImageDstLine = (int)Get(w[1], 32, 15),
            InputChannels = (int)Get(w[2], 0, 10) + 1,
            OutputChannels = (int)Get(w[2], 32, 10) + 1,
            OutputChannelsPerLoad = (int)Get(w[2], 48, 10) + 1,
            InputWidth = (int)Get(w[3], 0, 10) + 1,
            InputHeight = (int)Get(w[3], 10, 9) + 1,
            OutputWidth = (int)Get(w[3], 32, 10) + 1,
            OutputHeight = (int)Get(w[3], 42, 9) + 1,
            KernelType = (int)Get(w[4], 0, 3),
            PadType = (int)Get(w[4], 3, 1),
            PoolType = (int)Get(w[4], 4, 4),
            FirstStride = Get(w[4], 8, 1) != 0,
            BypassConv = Get(w[4], 9, 1) != 0,
            LoadPara = Get(w[4], 10, 1) != 0,
            DmaBurstSize = (int)Get(w[4], 16, 8),
            PadValue = (byte)Get(w[4], 24, 8),
            BwsxBaseAddr = (uint)Get(w[4], 32, 32),
            LoadCoor = Get(w[5], 0, 1) != 0,
            Loads = (int)Get(w[5], 1, 6) + 1,
            ParaSize = (int)Get(w[5], 15, 17),
            ParaStartAddr = (uint)Get(w[5], 32, 32),
            CoefColumnOffset = (int)Get(w[6], 0, 4),
            CoefRowOffset = (int)Get(w[6], 4, 12),
            ChannelSwitchAddr = (int)Get(w[7], 0, 15),
            RowSwitchAddr = (int)Get(w[7], 16, 4),
            CoefSize = (int)Get(w[7], 20, 8),
            CoefGroup = (int)Get(w[7], 28, 3),
            LoadAct = Get(w[7], 31, 1) != 0,
            ActiveAddr = (uint)Get(w[7], 32, 32),
            WbChannelSwitchAddr = (int)Get(w[8], 0, 15),
            WbRowSwitchAddr = (int)Get(w[8], 16, 4),
            WbGroup = (int)Get(w[8], 20, 3),
            ShrW = (int)Get(w[9], 0, 4),
            ShrX = (int)Get(w[9], 4, 4),
            ArgW = (int)SignExtend(Get(w[9], 8, 24), 24),
            ArgX = (int)SignExtend(Get(w[9], 32, 24), 24),
            ArgAdd = SignExtend(Get(w[10], 0, 40), 40),
            SendDataOut = Get(w[11], 0, 1) != 0,
            ChannelByteNum = (int)Get(w[11], 16, 16),
            DmaTotalByte = (uint)Get(w[11], 32, 32),
        };
    }

    /// <summary>
    /// A convolution argument filled the way nncase v0.1.0-rc5 fills it (spec/kpu.md §9): layouts from the widths,
    /// output size from the pool type, weight loads from the 30 KiB (8-bit) / 60 KiB (16-bit) rule, DMA byte counts,
    /// constant fields (load_* = 1, burst 15), pointers 0, int_en = send_data_out = 0.
    /// </summary>
    public static KpuLayerArgument ForConvolution(KpuConvolutionGeometry g)
    {
        int k = g.Kernel3x3 ? 3 : 1;
        int ow = KpuPool.OutputSize(g.Width, g.PoolType);
        int oh = KpuPool.OutputSize(g.Height, g.PoolType);
        int bytesPerWeight = g.EightBitWeights ? 1 : 2;
        int weightsPerOutputChannel = (g.Depthwise ? 1 : g.InputChannels) * k * k;
        int budget = (g.EightBitWeights ? 30 : 60) * 1024;
        int perLoad = Math.Max(1, Math.Min(g.OutputChannels, budget / (weightsPerOutputChannel * bytesPerWeight)));
        int loads = (g.OutputChannels + perLoad - 1) / perLoad;
        if (g.Depthwise && g.InputChannels != g.OutputChannels)
        {
            throw new ArgumentException("a depthwise layer needs as many output channels as input channels");
        }

        return new KpuLayerArgument
        {
            Depthwise = g.Depthwise,
            ImageSrcLine = g.SourceLine,
            ImageDstLine = g.DestinationLine,
            InputChannels = g.InputChannels,
            OutputChannels = g.OutputChannels,
            OutputChannelsPerLoad = perLoad,
            InputWidth = g.Width,
            InputHeight = g.Height,
            OutputWidth = ow,
            OutputHeight = oh,
            KernelType = g.Kernel3x3 ? 1 : 0,
            PoolType = g.PoolType,
            PadValue = g.PadValue,
            Loads = loads,
            ParaSize = perLoad * weightsPerOutputChannel * bytesPerWeight,
            ChannelSwitchAddr = KpuMapLayout.ChannelStride(g.Width, g.Height),
            RowSwitchAddr = KpuMapLayout.RowLength(g.Width),
            CoefGroup = KpuMapLayout.Groups(g.Width),
            WbChannelSwitchAddr = KpuMapLayout.ChannelStride(ow, oh),
            WbRowSwitchAddr = KpuMapLayout.RowLength(ow),
            WbGroup = KpuMapLayout.Groups(ow),
            ShrW = g.ShrW,
            ShrX = g.ShrX,
            ArgW = g.ArgW,
            ArgX = g.ArgX,
            ArgAdd = g.ArgAdd,
            ChannelByteNum = ow * oh - 1,
            DmaTotalByte = (uint)(ow * oh * g.OutputChannels - 1),
        };
    }

    private static ulong Bit(bool value, int position) => value ? 1UL << position : 0;

    private static ulong Field(long value, int position, int width)
    {
        ulong max = width == 64 ? ulong.MaxValue : (1UL << width) - 1;
        if (value < 0 || (ulong)value > max)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"does not fit in {width} bits");
        }

        return (ulong)value << position;
    }

    private static ulong SignedField(long value, int position, int width)
    {
        long min = -(1L << (width - 1));
        long max = (1L << (width - 1)) - 1;
        if (value < min || value > max)
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, $"does not fit in a signed {width}-bit field");
        }

        return ((ulong)value & ((1UL << width) - 1)) << position;
    }

    private static ulong Get(ulong word, int position, int width) =>
        (word >> position) & (width == 64 ? ulong.MaxValue : (1UL << width) - 1);

    private static long SignExtend(ulong value, int width)
    {
        int shift = 64 - width;
        return (long)(value << shift) >> shift;
    }
}
