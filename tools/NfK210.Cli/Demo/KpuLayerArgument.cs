using static NfK210.Cli.Demo.KpuPayload;
using LayerRegs = NfK210.Registers.KpuLayerArgument;

namespace NfK210.Cli.Demo;

/// <summary>
/// A K210_CONV layer argument given by its geometry (spec/kpu.md §4). <see cref="ToWords"/> fills the 12 words the
/// way nncase v0.1.0-rc5 does (spec/kpu.md §9): map layouts from the widths, output size from the pool type, weight
/// loads from the 30 KiB (8-bit) / 60 KiB (16-bit) rule, DMA byte counts, load_para = load_coor = load_act = 1,
/// dma_burst_size 15; pointers, int_en, send_data_out and the fields of unknown meaning stay 0 (the runtime fills
/// the pointers). Word indices and bit positions come from the generated register description.
/// </summary>
public sealed record KpuLayerArgument
{
    private const int DmaBurstSize = 15;

    public required int InputChannels { get; init; }
    public required int OutputChannels { get; init; }
    public required int Width { get; init; }
    public required int Height { get; init; }
    public bool Kernel3x3 { get; init; } = true;
    public bool Depthwise { get; init; }

    /// <summary>0…9 (spec/kpu.md §7.5).</summary>
    public int PoolType { get; init; }

    /// <summary>KPU RAM line of the input map (image_src_addr).</summary>
    public required int SourceLine { get; init; }

    /// <summary>KPU RAM line of the output map (image_dst_addr).</summary>
    public required int DestinationLine { get; init; }

    public byte PadValue { get; init; }
    public int ArgX { get; init; }
    public int ShrX { get; init; }
    public int ArgW { get; init; }
    public int ShrW { get; init; }
    public long ArgAdd { get; init; }
    public bool EightBitWeights { get; init; } = true;

    public int KernelSize => Kernel3x3 ? 3 : 1;

    /// <summary>floor(W / pool stride) (spec/kpu.md §7.5).</summary>
    public int OutputWidth => Width / PoolStride;

    public int OutputHeight => Height / PoolStride;

    /// <summary>Dense output bytes (OC·OH·OW).</summary>
    public int OutputBytes => OutputChannels * OutputHeight * OutputWidth;

    /// <summary>Weight bytes of the layer: OC·K·K (depthwise) or OC·IC·K·K elements of 1 or 2 bytes.</summary>
    public int WeightBytes => OutputChannels * WeightBytesPerOutputChannel;

    private int WeightBytesPerOutputChannel =>
        (Depthwise ? 1 : InputChannels) * KernelSize * KernelSize * (EightBitWeights ? 1 : 2);

    /// <summary>Subsampling of the pool type: 2 for types 1, 2, 5, 6; 4 for 3, 4, 7; 1 for 0, 8, 9.</summary>
    private int PoolStride => PoolType switch
    {
        0 or 8 or 9 => 1,
        1 or 2 or 5 or 6 => 2,
        3 or 4 or 7 => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(PoolType), PoolType, "pool types are 0..9"),
    };

    public ulong[] ToWords()
    {
        if (Depthwise && InputChannels != OutputChannels)
        {
            throw new ArgumentException("a depthwise layer needs as many output channels as input channels");
        }

        int ow = OutputWidth;
        int oh = OutputHeight;
        int bufferBytes = (EightBitWeights ? 30 : 60) * 1024;
        int perLoad = Math.Max(1, Math.Min(OutputChannels, bufferBytes / WeightBytesPerOutputChannel));
        int loads = (OutputChannels + perLoad - 1) / perLoad;

        var w = new ulong[LayerRegs.WordCount];
        Put(w, LayerRegs.DepthWiseLayerWord, LayerRegs.DepthWiseLayerShift, LayerRegs.DepthWiseLayerWidth,
            LayerRegs.DepthWiseLayerSigned, Depthwise ? 1 : 0);
        Put(w, LayerRegs.ImageSrcAddrWord, LayerRegs.ImageSrcAddrShift, LayerRegs.ImageSrcAddrWidth,
            LayerRegs.ImageSrcAddrSigned, SourceLine);
        Put(w, LayerRegs.ImageDstAddrWord, LayerRegs.ImageDstAddrShift, LayerRegs.ImageDstAddrWidth,
            LayerRegs.ImageDstAddrSigned, DestinationLine);
        Put(w, LayerRegs.IChNumWord, LayerRegs.IChNumShift, LayerRegs.IChNumWidth, LayerRegs.IChNumSigned,
            InputChannels - 1);
        Put(w, LayerRegs.OChNumWord, LayerRegs.OChNumShift, LayerRegs.OChNumWidth, LayerRegs.OChNumSigned,
            OutputChannels - 1);
        Put(w, LayerRegs.OChNumCoefWord, LayerRegs.OChNumCoefShift, LayerRegs.OChNumCoefWidth,
            LayerRegs.OChNumCoefSigned, perLoad - 1);
        Put(w, LayerRegs.IRowWidWord, LayerRegs.IRowWidShift, LayerRegs.IRowWidWidth, LayerRegs.IRowWidSigned,
            Width - 1);
        Put(w, LayerRegs.IColHighWord, LayerRegs.IColHighShift, LayerRegs.IColHighWidth, LayerRegs.IColHighSigned,
            Height - 1);
        Put(w, LayerRegs.ORowWidWord, LayerRegs.ORowWidShift, LayerRegs.ORowWidWidth, LayerRegs.ORowWidSigned,
            ow - 1);
        Put(w, LayerRegs.OColHighWord, LayerRegs.OColHighShift, LayerRegs.OColHighWidth, LayerRegs.OColHighSigned,
            oh - 1);
        Put(w, LayerRegs.KernelTypeWord, LayerRegs.KernelTypeShift, LayerRegs.KernelTypeWidth,
            LayerRegs.KernelTypeSigned, Kernel3x3 ? 1 : 0);
        Put(w, LayerRegs.PoolTypeWord, LayerRegs.PoolTypeShift, LayerRegs.PoolTypeWidth, LayerRegs.PoolTypeSigned,
            PoolType);
        Put(w, LayerRegs.LoadParaWord, LayerRegs.LoadParaShift, LayerRegs.LoadParaWidth, LayerRegs.LoadParaSigned, 1);
        Put(w, LayerRegs.DmaBurstSizeWord, LayerRegs.DmaBurstSizeShift, LayerRegs.DmaBurstSizeWidth,
            LayerRegs.DmaBurstSizeSigned, DmaBurstSize);
        Put(w, LayerRegs.PadValueWord, LayerRegs.PadValueShift, LayerRegs.PadValueWidth, LayerRegs.PadValueSigned,
            PadValue);
        Put(w, LayerRegs.LoadCoorWord, LayerRegs.LoadCoorShift, LayerRegs.LoadCoorWidth, LayerRegs.LoadCoorSigned, 1);
        Put(w, LayerRegs.LoadTimeWord, LayerRegs.LoadTimeShift, LayerRegs.LoadTimeWidth, LayerRegs.LoadTimeSigned,
            loads - 1);
        Put(w, LayerRegs.ParaSizeWord, LayerRegs.ParaSizeShift, LayerRegs.ParaSizeWidth, LayerRegs.ParaSizeSigned,
            perLoad * WeightBytesPerOutputChannel);
        Put(w, LayerRegs.ChannelSwitchAddrWord, LayerRegs.ChannelSwitchAddrShift, LayerRegs.ChannelSwitchAddrWidth,
            LayerRegs.ChannelSwitchAddrSigned, KpuMapLayout.ChannelStride(Width, Height));
        Put(w, LayerRegs.RowSwitchAddrWord, LayerRegs.RowSwitchAddrShift, LayerRegs.RowSwitchAddrWidth,
            LayerRegs.RowSwitchAddrSigned, KpuMapLayout.RowLength(Width));
        Put(w, LayerRegs.CoefGroupWord, LayerRegs.CoefGroupShift, LayerRegs.CoefGroupWidth, LayerRegs.CoefGroupSigned,
            KpuMapLayout.Groups(Width));
        Put(w, LayerRegs.LoadActWord, LayerRegs.LoadActShift, LayerRegs.LoadActWidth, LayerRegs.LoadActSigned, 1);
        Put(w, LayerRegs.WbChannelSwitchAddrWord, LayerRegs.WbChannelSwitchAddrShift,
            LayerRegs.WbChannelSwitchAddrWidth, LayerRegs.WbChannelSwitchAddrSigned, KpuMapLayout.ChannelStride(ow, oh));
        Put(w, LayerRegs.WbRowSwitchAddrWord, LayerRegs.WbRowSwitchAddrShift, LayerRegs.WbRowSwitchAddrWidth,
            LayerRegs.WbRowSwitchAddrSigned, KpuMapLayout.RowLength(ow));
        Put(w, LayerRegs.WbGroupWord, LayerRegs.WbGroupShift, LayerRegs.WbGroupWidth, LayerRegs.WbGroupSigned,
            KpuMapLayout.Groups(ow));
        Put(w, LayerRegs.ShrWWord, LayerRegs.ShrWShift, LayerRegs.ShrWWidth, LayerRegs.ShrWSigned, ShrW);
        Put(w, LayerRegs.ShrXWord, LayerRegs.ShrXShift, LayerRegs.ShrXWidth, LayerRegs.ShrXSigned, ShrX);
        Put(w, LayerRegs.ArgWWord, LayerRegs.ArgWShift, LayerRegs.ArgWWidth, LayerRegs.ArgWSigned, ArgW);
        Put(w, LayerRegs.ArgXWord, LayerRegs.ArgXShift, LayerRegs.ArgXWidth, LayerRegs.ArgXSigned, ArgX);
        Put(w, LayerRegs.ArgAddWord, LayerRegs.ArgAddShift, LayerRegs.ArgAddWidth, LayerRegs.ArgAddSigned, ArgAdd);
        Put(w, LayerRegs.ChannelByteNumWord, LayerRegs.ChannelByteNumShift, LayerRegs.ChannelByteNumWidth,
            LayerRegs.ChannelByteNumSigned, ow * oh - 1);
        Put(w, LayerRegs.DmaTotalByteWord, LayerRegs.DmaTotalByteShift, LayerRegs.DmaTotalByteWidth,
            LayerRegs.DmaTotalByteSigned, OutputBytes - 1);
        return w;
    }
}
