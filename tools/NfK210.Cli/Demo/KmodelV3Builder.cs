using System.Buffers.Binary;

namespace NfK210.Cli.Demo;

/// <summary>
/// Writes kmodel V3 files the way nncase v0.1.0-rc5's generator does (spec/kmodel-v3.md §1–3, kpu.md §4–5):
/// 28-byte header, output table, layer header table, then the bodies. Body 0 starts right after the tables;
/// after every body the position is padded to a multiple of 8 (absolute), and <c>body_size</c> includes that
/// padding. Inside a K210_CONV body the argument is 8-aligned, the weights 128-aligned, the batch-norm table
/// 128-aligned and the activation table 256-aligned, all relative to the file start, and the 24-byte head holds
/// those absolute offsets. Pointer fields of the argument, int_en and send_data_out are stored as 0 (the runtime
/// fills them).
/// </summary>
public sealed class KmodelV3Builder
{
    public const int HeaderBytes = 28;
    public const int ConvHeadBytes = 24;

    private readonly List<(uint Type, K210ConvLayer? Conv, byte[]? Body)> _layers = [];
    private readonly List<(uint Address, uint Size)> _outputs = [];

    /// <summary>Header flags bit 0: 8-bit weights (true) or 16-bit.</summary>
    public bool EightBitWeights { get; set; } = true;

    /// <summary>main_mem_usage; null = computed (see <see cref="Build"/>).</summary>
    public uint? MainMemoryUsage { get; set; }

    /// <summary>max_start_address; null = computed (see <see cref="Build"/>).</summary>
    public uint? MaxStartAddress { get; set; }

    public KmodelV3Builder AddOutput(uint address, uint size)
    {
        _outputs.Add((address, size));
        return this;
    }

    public KmodelV3Builder AddConv(K210ConvLayer layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        int bytesPerWeight = EightBitWeights ? 1 : 2;
        if (layer.Weights.Length != layer.Argument.WeightCount * bytesPerWeight)
        {
            throw new ArgumentException(
                $"the layer needs {layer.Argument.WeightCount} weights ({layer.Argument.WeightCount * bytesPerWeight} " +
                $"bytes), got {layer.Weights.Length} bytes (set EightBitWeights before adding layers)", nameof(layer));
        }

        if (layer.BatchNorm.Count != layer.Argument.OutputChannels)
        {
            throw new ArgumentException(
                $"the layer needs {layer.Argument.OutputChannels} batch-norm entries, got {layer.BatchNorm.Count}",
                nameof(layer));
        }

        _layers.Add((KmodelV3LayerType.K210Conv, layer, null));
        return this;
    }

    /// <summary>Adds a CPU layer with a ready body (e.g. <see cref="CpuLayerBodies.Dequantize"/>).</summary>
    public KmodelV3Builder AddCpuLayer(uint type, byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        if (type == KmodelV3LayerType.K210Conv)
        {
            throw new ArgumentException("use AddConv for K210_CONV layers", nameof(type));
        }

        _layers.Add((type, null, body));
        return this;
    }

    /// <summary>
    /// The file. Computed header values when not set: main_mem_usage = the highest end of any output-table range
    /// or of any MAIN_MEM_OUT stream (rounded up to 8 bytes, as the DMA writes whole words);
    /// max_start_address = the lowest KPU line of any K210_CONV input or output map (32768 without any).
    /// </summary>
    public byte[] Build()
    {
        int bodyStart = HeaderBytes + 8 * _outputs.Count + 8 * _layers.Count;
        var file = new List<byte>(bodyStart + 1024);
        file.AddRange(new byte[bodyStart]);
        var bodySizes = new uint[_layers.Count];
        for (int i = 0; i < _layers.Count; i++)
        {
            int start = file.Count;
            if (_layers[i].Conv is { } conv)
            {
                WriteConvBody(file, conv);
            }
            else
            {
                file.AddRange(_layers[i].Body!);
            }

            PadTo(file, 8);
            bodySizes[i] = (uint)(file.Count - start);
        }

        byte[] bytes = file.ToArray();
        Span<byte> s = bytes;
        BinaryPrimitives.WriteUInt32LittleEndian(s, 3);
        BinaryPrimitives.WriteUInt32LittleEndian(s[4..], EightBitWeights ? 1u : 0u);
        BinaryPrimitives.WriteUInt32LittleEndian(s[8..], 0);
        BinaryPrimitives.WriteUInt32LittleEndian(s[12..], (uint)_layers.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(s[16..], MaxStartAddress ?? ComputeMaxStartAddress());
        BinaryPrimitives.WriteUInt32LittleEndian(s[20..], MainMemoryUsage ?? ComputeMainMemoryUsage());
        BinaryPrimitives.WriteUInt32LittleEndian(s[24..], (uint)_outputs.Count);
        int p = HeaderBytes;
        foreach ((uint address, uint size) in _outputs)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(s[p..], address);
            BinaryPrimitives.WriteUInt32LittleEndian(s[(p + 4)..], size);
            p += 8;
        }

        for (int i = 0; i < _layers.Count; i++)
        {
            BinaryPrimitives.WriteUInt32LittleEndian(s[p..], _layers[i].Type);
            BinaryPrimitives.WriteUInt32LittleEndian(s[(p + 4)..], bodySizes[i]);
            p += 8;
        }

        return bytes;
    }

    private uint ComputeMaxStartAddress()
    {
        uint lowest = KpuMapLayout.TotalLines;
        foreach ((_, K210ConvLayer? conv, _) in _layers)
        {
            if (conv is not null)
            {
                lowest = Math.Min(lowest, (uint)Math.Min(conv.Argument.ImageSrcLine, conv.Argument.ImageDstLine));
            }
        }

        return lowest;
    }

    private uint ComputeMainMemoryUsage()
    {
        uint high = 0;
        foreach ((uint address, uint size) in _outputs)
        {
            high = Math.Max(high, address + size);
        }

        foreach ((_, K210ConvLayer? conv, _) in _layers)
        {
            if (conv?.MainMemoryOutput is { } address)
            {
                high = Math.Max(high, address + (uint)((conv.OutputBytes + 7) / 8 * 8));
            }
        }

        return high;
    }

    private void WriteConvBody(List<byte> file, K210ConvLayer conv)
    {
        int head = file.Count;
        file.AddRange(new byte[ConvHeadBytes]);

        PadTo(file, 8);
        int argumentOffset = file.Count;
        KpuLayerArgument stored = conv.Argument with
        {
            InterruptEnabled = false,
            SendDataOut = false,
            BwsxBaseAddr = 0,
            ParaStartAddr = 0,
            ActiveAddr = 0,
        };
        foreach (ulong w in stored.ToWords())
        {
            AddUInt64(file, w);
        }

        PadTo(file, 128);
        int weightsOffset = file.Count;
        file.AddRange(conv.Weights);

        PadTo(file, 128);
        int batchNormOffset = file.Count;
        foreach (KpuBatchNormEntry bn in conv.BatchNorm)
        {
            AddUInt64(file, bn.ToWord());
        }

        PadTo(file, 256);
        int activationOffset = file.Count;
        foreach (ulong w in conv.Activation.ToWords())
        {
            AddUInt64(file, w);
        }

        uint[] headWords =
        [
            conv.MainMemoryOutput is null ? 0u : 1u,
            conv.MainMemoryOutput ?? 0u,
            (uint)argumentOffset,
            (uint)weightsOffset,
            (uint)batchNormOffset,
            (uint)activationOffset,
        ];
        for (int i = 0; i < headWords.Length; i++)
        {
            uint v = headWords[i];
            for (int b = 0; b < 4; b++)
            {
                file[head + 4 * i + b] = (byte)(v >> (8 * b));
            }
        }
    }

    private static void AddUInt64(List<byte> file, ulong value)
    {
        for (int b = 0; b < 8; b++)
        {
            file.Add((byte)(value >> (8 * b)));
        }
    }

    private static void PadTo(List<byte> file, int alignment)
    {
        while (file.Count % alignment != 0)
        {
            file.Add(0);
        }
    }
}
