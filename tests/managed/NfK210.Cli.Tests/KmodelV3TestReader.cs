using System.Buffers.Binary;
using NfK210.Cli.Demo;

namespace NfK210.Cli.Tests;

/// <summary>A minimal kmodel V3 reader for the tests (header, tables, K210_CONV bodies).</summary>
public sealed class KmodelV3TestReader
{
    public KmodelV3TestReader(byte[] file)
    {
        File = file;
        Version = U32(0);
        Flags = U32(4);
        Arch = U32(8);
        LayerCount = (int)U32(12);
        MaxStartAddress = U32(16);
        MainMemoryUsage = U32(20);
        OutputCount = (int)U32(24);
        Outputs = Enumerable.Range(0, OutputCount).Select(i => (U32(28 + 8 * i), U32(32 + 8 * i))).ToArray();
        int table = 28 + 8 * OutputCount;
        Layers = Enumerable.Range(0, LayerCount).Select(i => (U32(table + 8 * i), U32(table + 8 * i + 4))).ToArray();
        BodyStart = table + 8 * LayerCount;
        BodyOffsets = new int[LayerCount];
        int p = BodyStart;
        for (int i = 0; i < LayerCount; i++)
        {
            BodyOffsets[i] = p;
            p += (int)Layers[i].BodySize;
        }

        BodyEnd = p;
    }

    public byte[] File { get; }
    public uint Version { get; }
    public uint Flags { get; }
    public uint Arch { get; }
    public int LayerCount { get; }
    public uint MaxStartAddress { get; }
    public uint MainMemoryUsage { get; }
    public int OutputCount { get; }
    public (uint Address, uint Size)[] Outputs { get; }
    public (uint Type, uint BodySize)[] Layers { get; }
    public int BodyStart { get; }
    public int[] BodyOffsets { get; }
    public int BodyEnd { get; }

    public uint U32(int offset) => BinaryPrimitives.ReadUInt32LittleEndian(File.AsSpan(offset));

    public ulong U64(int offset) => BinaryPrimitives.ReadUInt64LittleEndian(File.AsSpan(offset));

    /// <summary>The six head words of K210_CONV layer <paramref name="layer"/>.</summary>
    public uint[] ConvHead(int layer) => Enumerable.Range(0, 6).Select(i => U32(BodyOffsets[layer] + 4 * i)).ToArray();

    /// <summary>Decodes K210_CONV layer <paramref name="layer"/> into the builder's representation.</summary>
    public K210ConvLayer ReadConv(int layer)
    {
        uint[] head = ConvHead(layer);
        ulong[] words = Enumerable.Range(0, 12).Select(i => U64((int)head[2] + 8 * i)).ToArray();
        KpuLayerArgument argument = KpuLayerArgument.FromWords(words);
        int weightBytes = argument.WeightCount * ((Flags & 1) == 1 ? 1 : 2);
        return new K210ConvLayer
        {
            Argument = argument,
            Weights = File.AsSpan((int)head[3], weightBytes).ToArray(),
            BatchNorm = Enumerable.Range(0, argument.OutputChannels)
                .Select(i => KpuBatchNormEntry.FromWord(U64((int)head[4] + 8 * i))).ToArray(),
            Activation = KpuActivationTable.FromWords(
                Enumerable.Range(0, 18).Select(i => U64((int)head[5] + 8 * i)).ToArray()),
            MainMemoryOutput = (head[0] & 1) == 1 ? head[1] : null,
        };
    }

    /// <summary>The 12 stored argument words of K210_CONV layer <paramref name="layer"/>.</summary>
    public ulong[] ArgumentWords(int layer)
    {
        uint offset = ConvHead(layer)[2];
        return Enumerable.Range(0, 12).Select(i => U64((int)offset + 8 * i)).ToArray();
    }
}
