using NfK210.Registers;
using ActivationRegs = NfK210.Registers.KpuActivationSegment;

namespace NfK210.Cli.Demo;

/// <summary>
/// Writes kmodel V3 files the way nncase v0.1.0-rc5's generator does (spec/kmodel-v3.md §1–3, kpu.md §4–5):
/// 28-byte header, output table, layer header table, then the bodies. Body 0 starts right after the tables;
/// after every body the position is padded to a multiple of 8 (absolute), and <c>body_size</c> includes that
/// padding. Inside a K210_CONV body the argument is 8-aligned, the weights 128-aligned, the batch-norm table
/// 128-aligned and the activation table 256-aligned, all relative to the file start, and the 24-byte head holds
/// those absolute offsets. Header values are computed: flags bit 0 = the layers' weight width (8-bit without KPU
/// layers); main_mem_usage = the highest end of any output-table range or MAIN_MEM_OUT stream (rounded up to 8
/// bytes, as the DMA writes whole words); max_start_address = the lowest KPU line of any K210_CONV input or output
/// map (the number of KPU RAM lines without any).
/// </summary>
public sealed class KmodelV3Builder
{
    public const uint K210ConvType = 10240;
    public const uint DequantizeType = 12;
    private const uint Version = 3;
    private const int HeaderBytes = 28;
    private const int ConvHeadBytes = 24;
    private const uint MainMemoryOutputFlag = 1; // KLF_MAIN_MEM_OUT, bit 0 of a body's flags

    private readonly List<(uint Type, K210ConvLayer? Conv, byte[]? Body)> _layers = [];
    private readonly List<(uint Address, uint Size)> _outputs = [];

    private IEnumerable<K210ConvLayer> Convs => _layers.Select(l => l.Conv).OfType<K210ConvLayer>();

    public KmodelV3Builder AddOutput(uint address, uint size)
    {
        _outputs.Add((address, size));
        return this;
    }

    /// <summary>Adds a K210_CONV layer; all of a file's KPU layers share one weight width (header flags bit 0).</summary>
    public KmodelV3Builder AddConv(K210ConvLayer layer)
    {
        ArgumentNullException.ThrowIfNull(layer);
        KpuLayerArgument a = layer.Argument;
        if (layer.Weights.Length != a.WeightBytes)
        {
            throw new ArgumentException(
                $"the layer needs {a.WeightBytes} weight bytes, got {layer.Weights.Length}", nameof(layer));
        }

        if (layer.BatchNorm.Count != a.OutputChannels)
        {
            throw new ArgumentException(
                $"the layer needs {a.OutputChannels} batch-norm words, got {layer.BatchNorm.Count}", nameof(layer));
        }

        if (layer.Activation.Count != ActivationRegs.TableWords)
        {
            throw new ArgumentException(
                $"an activation table has {ActivationRegs.TableWords} words, got {layer.Activation.Count}",
                nameof(layer));
        }

        if (Convs.Any(c => c.Argument.EightBitWeights != a.EightBitWeights))
        {
            throw new ArgumentException("a kmodel V3 has one weight width for all its KPU layers", nameof(layer));
        }

        _layers.Add((K210ConvType, layer, null));
        return this;
    }

    /// <summary>
    /// Adds a DEQUANTIZE layer (spec/kmodel-v3.md §3.6–3.7, 24 bytes: flags, in, out, count, f32 scale, f32 bias):
    /// out[i] = (f32)in[i] · scale + bias. Flags are 1, as rc5 writes them.
    /// </summary>
    public KmodelV3Builder AddDequantize(uint input, uint output, uint count, float scale, float bias)
    {
        using var body = new MemoryStream();
        using (var w = new BinaryWriter(body))
        {
            w.Write(MainMemoryOutputFlag);
            w.Write(input);
            w.Write(output);
            w.Write(count);
            w.Write(scale);
            w.Write(bias);
        }

        _layers.Add((DequantizeType, null, body.ToArray()));
        return this;
    }

    public byte[] Build()
    {
        using var stream = new MemoryStream();
        using var file = new BinaryWriter(stream); // little-endian on every platform
        file.Write(new byte[HeaderBytes + 8 * _outputs.Count + 8 * _layers.Count]);
        var bodySizes = new uint[_layers.Count];
        for (int i = 0; i < _layers.Count; i++)
        {
            long start = stream.Position;
            if (_layers[i].Conv is { } conv)
            {
                WriteConvBody(file, conv);
            }
            else
            {
                file.Write(_layers[i].Body!);
            }

            PadTo(file, 8);
            bodySizes[i] = (uint)(stream.Position - start);
        }

        stream.Position = 0;
        file.Write(Version);
        file.Write(Convs.All(c => c.Argument.EightBitWeights) ? 1u : 0u);
        file.Write(0u); // arch
        file.Write((uint)_layers.Count);
        file.Write(MaxStartAddress());
        file.Write(MainMemoryUsage());
        file.Write((uint)_outputs.Count);
        foreach ((uint address, uint size) in _outputs)
        {
            file.Write(address);
            file.Write(size);
        }

        for (int i = 0; i < _layers.Count; i++)
        {
            file.Write(_layers[i].Type);
            file.Write(bodySizes[i]);
        }

        return stream.ToArray();
    }

    private uint MaxStartAddress() => (uint)Convs
        .Select(c => Math.Min(c.Argument.SourceLine, c.Argument.DestinationLine))
        .Append(MemoryMap.KpuRamLines)
        .Min();

    private uint MainMemoryUsage() => _outputs
        .Select(o => o.Address + o.Size)
        .Concat(Convs.Where(c => c.MainMemoryOutput is not null)
            .Select(c => c.MainMemoryOutput!.Value + (uint)((c.Argument.OutputBytes + 7) / 8 * 8)))
        .Append(0u)
        .Max();

    private static void WriteConvBody(BinaryWriter file, K210ConvLayer conv)
    {
        Stream stream = file.BaseStream;
        long head = stream.Position;
        file.Write(new byte[ConvHeadBytes]);

        PadTo(file, 8);
        long argumentOffset = stream.Position;
        foreach (ulong word in conv.Argument.ToWords())
        {
            file.Write(word);
        }

        PadTo(file, 128);
        long weightsOffset = stream.Position;
        file.Write(conv.Weights);

        PadTo(file, 128);
        long batchNormOffset = stream.Position;
        foreach (ulong word in conv.BatchNorm)
        {
            file.Write(word);
        }

        PadTo(file, 256);
        long activationOffset = stream.Position;
        foreach (ulong word in conv.Activation)
        {
            file.Write(word);
        }

        long end = stream.Position;
        stream.Position = head;
        file.Write(conv.MainMemoryOutput is null ? 0u : MainMemoryOutputFlag);
        file.Write(conv.MainMemoryOutput ?? 0u);
        file.Write((uint)argumentOffset);
        file.Write((uint)weightsOffset);
        file.Write((uint)batchNormOffset);
        file.Write((uint)activationOffset);
        stream.Position = end;
    }

    private static void PadTo(BinaryWriter file, int alignment)
    {
        while (file.BaseStream.Position % alignment != 0)
        {
            file.Write((byte)0);
        }
    }
}
