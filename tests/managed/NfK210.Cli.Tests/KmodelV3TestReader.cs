using System.Buffers.Binary;

namespace NfK210.Cli.Tests;

/// <summary>A minimal kmodel V3 reader for the tests (header, tables, K210_CONV body heads), raw values only.</summary>
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

    public ulong[] U64s(int offset, int count) => Enumerable.Range(0, count).Select(i => U64(offset + 8 * i)).ToArray();

    /// <summary>The six head words of K210_CONV layer <paramref name="layer"/> (flags, main address, then the
    /// absolute offsets of argument, weights, batch-norm and activation).</summary>
    public uint[] ConvHead(int layer) => Enumerable.Range(0, 6).Select(i => U32(BodyOffsets[layer] + 4 * i)).ToArray();

    /// <summary>The 12 stored argument words of K210_CONV layer <paramref name="layer"/>.</summary>
    public ulong[] ArgumentWords(int layer) => U64s((int)ConvHead(layer)[2], 12);
}
